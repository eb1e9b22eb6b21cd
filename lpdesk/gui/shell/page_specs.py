"""The main window's pages, described without importing them: where each page's class lives, its
entry in the navigation, and which roles it is for.

The main window creates every navigation entry up front (cheap) and builds a page, importing its
module and the services behind it, only when it is first shown or asked for
(``MainWindow.page``): the first screen does not wait for nine pages nobody has opened yet
(docs/performance.md, start-up). ``available`` mirrors each page class's own ``is_available`` and
``title`` its window title; tests/gui/shell/test_lazy_pages.py checks both against the classes.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QCoreApplication

from lpdesk.domain import UserRole
from lpdesk.gui.shell.page import Page
from lpdesk.services.permissions import Permission, allowed

__all__ = ["PAGES", "LazyPage", "PageSpec", "page_index"]

P = TypeVar("P")


@dataclass(frozen=True, slots=True)
class PageSpec:
    name: str  # the main window's attribute ("due_view")
    module: str
    class_name: str
    # the navigation entry's text for pages not drawn in main_window.ui (the page's window title)
    title: Callable[[], str] | None = None
    # the roles whose navigation shows it; None: every role
    available: Callable[[UserRole], bool] | None = None
    takes_settings: bool = False  # built with the main window's QSettings (it keeps its layout)

    def build(self, runner: object, window: object, settings: object) -> Page:
        """The page itself: its module imported now, its class made with the main window's task
        runner and the window as parent (and the window's settings if it keeps a layout)."""
        page_class = getattr(importlib.import_module(self.module), self.class_name)
        page = (
            page_class(runner, window, settings)
            if self.takes_settings
            else page_class(runner, window)
        )
        assert isinstance(page, Page)
        return page


def _lead_professional(role: UserRole) -> bool:
    return role is UserRole.LEAD_PROFESSIONAL


# In navigation order: the first six entries are drawn in main_window.ui, the rest added after.
PAGES: tuple[PageSpec, ...] = (
    PageSpec("caseload_view", "lpdesk.gui.caseload.caseload_view", "CaseloadView"),
    PageSpec("due_view", "lpdesk.gui.caseload.due_view", "DueView"),
    PageSpec("meetings_view", "lpdesk.gui.caseload.overview_views", "MeetingsView"),
    PageSpec("visits_view", "lpdesk.gui.caseload.overview_views", "VisitsView"),
    PageSpec("circulation_view", "lpdesk.gui.caseload.overview_views", "CirculationView"),
    PageSpec("reports_view", "lpdesk.gui.manager.reports_view", "ReportsView"),
    PageSpec(
        "admin_view",
        "lpdesk.gui.admin.admin_view",
        "AdminView",
        title=lambda: QCoreApplication.translate("AdminView", "Circulation queue"),
        available=lambda role: allowed(role, Permission.CIRCULATE),
        takes_settings=True,
    ),
    PageSpec(
        "chair_view",
        "lpdesk.gui.chair.chair_view",
        "ChairView",
        title=lambda: QCoreApplication.translate("ChairView", "Reports to review"),
        available=lambda role: allowed(role, Permission.REVIEW_REPORTS),
        takes_settings=True,
    ),
    PageSpec(
        "manager_view",
        "lpdesk.gui.manager.manager_view",
        "ManagerView",
        title=lambda: QCoreApplication.translate("ManagerView", "Team oversight"),
        available=lambda role: allowed(role, Permission.OVERSEE),
        takes_settings=True,
    ),
    PageSpec(
        "lead_reports_view",
        "lpdesk.gui.chair.lp_reports_view",
        "LeadReportsView",
        title=lambda: QCoreApplication.translate("LeadReportsView", "My conference reports"),
        available=_lead_professional,
    ),
)

_INDEX = {spec.name: index for index, spec in enumerate(PAGES)}


def page_index(name: str) -> int:
    """The page's position in ``PAGES`` (and its navigation entry's ``PAGE_ROLE``)."""
    return _INDEX[name]


class LazyPage(Generic[P]):
    """A main window attribute (``window.due_view``) that is the page, built on first use by
    ``window.page(name)``."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, window: Any, owner: type | None = None) -> P:
        return cast(P, window.page(self.name))
