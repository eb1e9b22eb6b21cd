"""The main window builds only the caseload at start; every other page when first chosen or asked
for. The navigation holds exactly the role's pages from the start (docs/performance.md, start-up)."""

from __future__ import annotations

import importlib

import pytest

from lpdesk.domain import UserRole
from lpdesk.gui.shell.page_specs import PAGES


@pytest.mark.parametrize("spec", PAGES, ids=[spec.name for spec in PAGES])
def test_each_described_page_matches_its_class(qtbot, runner, settings, spec) -> None:  # type: ignore[no-untyped-def]
    """The navigation entry and the roles it is shown to, read without importing the page, are
    the page's own window title and ``is_available``."""
    page_class = getattr(importlib.import_module(spec.module), spec.class_name)
    own_rule = getattr(page_class, "is_available", None)
    assert (spec.available is None) == (own_rule is None)
    if own_rule is not None:
        assert spec.available is not None
        assert [spec.available(role) for role in UserRole] == [own_rule(role) for role in UserRole]
    if spec.title is not None:
        page = page_class(runner, None, settings) if spec.takes_settings else page_class(runner)
        qtbot.addWidget(page)
        assert page.windowTitle() == spec.title()


def test_only_the_caseload_is_built_at_start(qtbot, main_window) -> None:
    stack = main_window.ui.page_stack
    assert [stack.widget(i) for i in range(stack.count())] == [main_window.caseload_view]
    nav = main_window.ui.nav_list
    titles = [nav.item(row).text() for row in range(nav.count())]
    assert titles[:6] == [
        "My caseload",
        "Due and overdue",
        "Meetings",
        "Visits",
        "Circulation",
        "Reports",
    ]
    assert "Circulation queue" in titles and "My conference reports" in titles
    assert "Team oversight" not in titles and "Reports to review" not in titles  # not an LP's
    assert stack.count() == 1, "reading the navigation builds no page"


def test_choosing_an_entry_builds_binds_and_shows_its_page(qtbot, main_window) -> None:
    nav = main_window.ui.nav_list
    stack = main_window.ui.page_stack
    row = next(r for r in range(nav.count()) if nav.item(r).text() == "Due and overdue")
    nav.setCurrentRow(row)
    assert stack.count() == 2
    due = stack.currentWidget()
    assert due is main_window.due_view and due.session is main_window.session
    qtbot.waitUntil(lambda: due.model.rowCount() > 0, timeout=10000)
    nav.setCurrentRow(0)
    nav.setCurrentRow(row)  # built once
    assert stack.count() == 2 and stack.currentWidget() is due


def test_a_page_asked_for_by_name_is_built_once(qtbot, main_window) -> None:
    visits = main_window.page("visits_view")
    assert main_window.visits_view is visits
    assert (
        main_window.page(PAGES.index(next(s for s in PAGES if s.name == "visits_view"))) is visits
    )
    assert main_window.ui.page_stack.indexOf(visits) >= 0
    assert len(main_window.pages) == len(PAGES) == main_window.ui.page_stack.count()
