"""The main window: a thin shell holding navigation, the pages, open cases and the status bar.

It is on screen before the database is open: ``open_session`` runs the composition root's factory on
the database thread and hands the session to every page when it arrives. Only the lead
professional's caseload is built with the window; every other page (``PAGES``), and the services
behind it, is imported and built when first used (shown, or reached as ``window.<name>``), or
otherwise all together as soon as the role's first page has loaded: the window is painted and the
session opened without waiting for pages it does not show (docs/performance.md). The case workspace (and the many
editors behind it) is imported when the first case is opened; the PDF fonts are registered on the
work lane then, so that reportlab's parsing of TrueType files (which holds the GIL) does not stall
the first pack.
"""

from __future__ import annotations

import importlib
import logging
import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QListWidgetItem, QMainWindow, QProgressBar, QWidget

from lpdesk.domain import UserRole
from lpdesk.gui.caseload.caseload_view import CaseloadView
from lpdesk.gui.forms.ui_main_window import Ui_MainWindow
from lpdesk.gui.shell.errors import show_error
from lpdesk.gui.shell.help_menu import build_help_menu
from lpdesk.gui.shell.labels import fmt_date
from lpdesk.gui.shell.page import Page
from lpdesk.gui.shell.session import GuiSession, SessionFactory, user_role_label
from lpdesk.gui.shell.signals import emit
from lpdesk.gui.shell.tasks import Lane, TaskRunner

if TYPE_CHECKING:
    from lpdesk.gui.admin.admin_view import AdminView
    from lpdesk.gui.case.case_workspace import CaseWorkspace
    from lpdesk.gui.caseload.due_view import DueView
    from lpdesk.gui.caseload.overview_views import CirculationView, MeetingsView, VisitsView
    from lpdesk.gui.chair.chair_view import ChairView
    from lpdesk.gui.chair.lp_reports_view import LeadReportsView
    from lpdesk.gui.manager.manager_view import ManagerView
    from lpdesk.gui.manager.reports_view import ReportsView

__all__ = ["PAGES", "MainWindow", "warm_pdf_fonts"]

log = logging.getLogger("lpdesk.gui")

CASE_ROLE = Qt.ItemDataRole.UserRole + 1

# Every page in navigation order: (attribute, module, class, takes the settings). The first six
# rows are drawn in main_window.ui; the rest are added here, titled when their page is built.
PAGES: tuple[tuple[str, str, str, bool], ...] = (
    ("caseload_view", "lpdesk.gui.caseload.caseload_view", "CaseloadView", False),
    ("due_view", "lpdesk.gui.caseload.due_view", "DueView", False),
    ("meetings_view", "lpdesk.gui.caseload.overview_views", "MeetingsView", False),
    ("visits_view", "lpdesk.gui.caseload.overview_views", "VisitsView", False),
    ("circulation_view", "lpdesk.gui.caseload.overview_views", "CirculationView", False),
    ("reports_view", "lpdesk.gui.manager.reports_view", "ReportsView", False),
    ("admin_view", "lpdesk.gui.admin.admin_view", "AdminView", True),
    ("chair_view", "lpdesk.gui.chair.chair_view", "ChairView", True),
    ("manager_view", "lpdesk.gui.manager.manager_view", "ManagerView", True),
    # desks (issue 14): the lead professional's side of the review conference report
    ("lead_reports_view", "lpdesk.gui.chair.lp_reports_view", "LeadReportsView", False),
)
_ROW = {name: row for row, (name, *_) in enumerate(PAGES)}
_DRAWN_ROWS = 6  # the rows main_window.ui draws


class MainWindow(QMainWindow):
    sig_session_ready = Signal(object)  # GuiSession
    sig_session_failed = Signal(object)  # BaseException

    def __init__(
        self, runner: TaskRunner, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.settings = settings if settings is not None else QSettings()
        self.session: GuiSession | None = None
        self._fonts_warmed = False
        self._built: dict[str, Page] = {}
        self._rest_started = False
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        for _ in PAGES[_DRAWN_ROWS:]:
            self.ui.nav_list.addItem(QListWidgetItem())  # titled and shown once built
            self.ui.nav_list.item(self.ui.nav_list.count() - 1).setHidden(True)
        self.caseload_view = CaseloadView(runner, self)
        self._add_page("caseload_view", self.caseload_view)
        self._build_menu()
        self.workspaces: dict[int, CaseWorkspace] = {}
        self._build_status_bar()
        self._build_storage_banner()
        self._connect_signals()
        self.ui.nav_list.setCurrentRow(0)
        self.restore_settings()

    if TYPE_CHECKING:  # built on first use (``__getattr__``)
        due_view: DueView
        meetings_view: MeetingsView
        visits_view: VisitsView
        circulation_view: CirculationView
        reports_view: ReportsView
        admin_view: AdminView
        chair_view: ChairView
        manager_view: ManagerView
        lead_reports_view: LeadReportsView

    # -- pages, built when first used ---------------------------------------------------------

    def __getattr__(self, name: str) -> Any:
        if name in _ROW and name != "caseload_view":
            return self.page(name)
        raise AttributeError(name)

    @property
    def pages(self) -> list[Page]:
        """Every page in navigation order (building those not built yet)."""
        return [self.page(name) for name, *_ in PAGES]

    def page(self, name: str) -> Page:
        """The page called ``name`` in ``PAGES``, imported and built now if it was not yet."""
        built = self._built.get(name)
        if built is not None:
            return built
        _, module, class_name, takes_settings = PAGES[_ROW[name]]
        cls = getattr(importlib.import_module(module), class_name)
        made = cls(self.runner, self, self.settings) if takes_settings else cls(self.runner, self)
        return self._add_page(name, made)

    def _add_page(self, name: str, page: Page) -> Page:
        row = _ROW[name]
        self._built[name] = page
        self.ui.page_stack.addWidget(page)
        item = self.ui.nav_list.item(row)
        if row >= _DRAWN_ROWS:
            item.setText(page.windowTitle())
            item.setHidden(False)
        page.sig_status.connect(self.show_status)
        open_case = getattr(page, "sig_open_case", None)
        if open_case is not None:
            open_case.connect(self.open_case)
        if self.session is not None:
            self._bind_page(page, row)
        return page

    def _bind_page(self, page: Page, row: int) -> None:
        assert self.session is not None
        page.bind(self.session)
        available = getattr(page, "is_available", None)
        if available is not None:  # a role's navigation shows only its pages
            self.ui.nav_list.item(row).setHidden(not available(self.session.ctx.actor.role))

    def _first_screen_filled(self) -> None:
        if not self._rest_started:
            self._rest_started = True
            self._build_the_rest()

    def _build_the_rest(self) -> None:
        """Build every page not built yet, once the first page has loaded. Not later, on a timer:
        building pages on later turns of the event loop crashed Qt in the GUI tests (a
        segmentation fault while events were processed with a dialog open; docs/performance.md)."""
        if self.runner.closed:
            return
        for name, *_ in PAGES:
            self.page(name)

    def _build_status_bar(self) -> None:
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("busy_bar")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.setMaximumHeight(14)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName(self.tr("Working"))
        self.busy_bar.hide()
        self.database_label = QLabel(self)
        self.database_label.setObjectName("database_label")
        self.acting_label = QLabel(self)
        self.acting_label.setObjectName("acting_label")
        self.ui.status_bar.addPermanentWidget(self.acting_label)
        self.ui.status_bar.addPermanentWidget(self.busy_bar)
        self.ui.status_bar.addPermanentWidget(self.database_label)

    def _build_storage_banner(self) -> None:
        """A banner above everything else, hidden until the session says the database is in an
        unsafe place (a network share or a cloud-synced folder)."""
        self.storage_banner = QLabel(self)
        self.storage_banner.setObjectName("storage_banner")
        self.storage_banner.setWordWrap(True)
        self.storage_banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.storage_banner.setStyleSheet(
            "QLabel#storage_banner { background: #fff4ce; color: #3b2f00;"
            " border-bottom: 1px solid #c9a400; padding: 6px 10px; }"
        )
        self.storage_banner.setAccessibleName(self.tr("Warning about where the data is kept"))
        self.storage_banner.hide()
        self.ui.central_layout.insertWidget(0, self.storage_banner)

    def _connect_signals(self) -> None:
        self.ui.nav_list.currentRowChanged.connect(self._show_nav_row)
        self.runner.sig_busy_changed.connect(lambda n: self.busy_bar.setVisible(n > 0))
        self.runner.sig_error.connect(lambda err: show_error(self, err))
        self.caseload_view.sig_new_case.connect(self.open_new_case)

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&lpdesk"))
        self.new_case_action = menu.addAction(self.tr("&New case…"))
        self.new_case_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_case_action.triggered.connect(self.open_new_case)
        self.settings_action = menu.addAction(self.tr("&Settings…"))
        self.settings_action.setShortcut(QKeySequence(self.tr("Ctrl+,")))
        self.settings_action.triggered.connect(self.open_settings)
        quit_action = menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.help_menu = build_help_menu(self, self.settings)

    def open_new_case(self) -> QDialog | None:
        """Start a case from its initial conference; once saved, say so and open it."""
        if self.session is None:
            return None
        from lpdesk.gui.case.new_case_dialog import NewCaseDialog

        dialog = NewCaseDialog(self.runner, self.session, self)
        dialog.sig_saved.connect(lambda started: self._case_started(dialog, started))
        dialog.open()
        return dialog

    def _case_started(self, dialog: QDialog, started: object) -> None:
        self._refresh_lists()
        case = getattr(started, "case", None)
        if case is not None:
            self.open_case(case.id, case.reference)
        self.show_status(getattr(dialog, "saved_text", str)(started))

    def open_settings(self) -> QDialog | None:
        """The authority's settings (team managers change them; others see why they cannot)."""
        if self.session is None:
            return None
        # keyring etc.: not at start-up
        from lpdesk.gui.settings.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.runner, session=self.session, parent=self)
        dialog.open()
        return dialog

    # -- the session ------------------------------------------------------------------------------

    def open_session(self, factory: SessionFactory) -> None:
        """Build the session on the database thread; the window stays responsive meanwhile."""
        self.show_status(self.tr("Opening the database…"))
        self.runner.run(factory, self._session_opened, self._session_failed, owner=self)

    def _session_opened(self, session: GuiSession) -> None:
        self.session = session
        actor = session.ctx.actor
        self._show_acting_user(session)
        self.database_label.setText(self.tr("Data: {path}").format(path=str(session.data_dir)))
        self.show_status(self.tr("Ready"), 4000)
        for name, page in list(self._built.items()):
            self._bind_page(page, _ROW[name])
        landing = self.landing_page(actor.role)
        self.show_page(landing)
        loaded = getattr(landing, "sig_loaded", None)
        if loaded is not None:  # the other pages once the first screen is filled
            loaded.connect(self._first_screen_filled)
        else:
            self._first_screen_filled()
        self._show_storage_warning(session.storage_warning)
        self._start_scheduled_backup(session)
        emit(self.sig_session_ready, session)

    # -- who is acting (issue 14: always visible) and where each role lands ---------------------

    def _show_acting_user(self, session: GuiSession) -> None:
        role = user_role_label(session.ctx.actor.role)
        self.ui.user_label.setText(
            self.tr("{user} · {role}\n{today}").format(
                user=session.who,
                role=role,
                today=fmt_date(session.ctx.clock.today(), weekday=True),
            )
        )
        text = (
            self.tr("Demo · acting as {user} ({role})")
            if session.demo
            else self.tr("Acting as {user} ({role})")
        )
        self.acting_label.setText(text.format(user=session.who, role=role))
        self.acting_label.setAccessibleName(self.acting_label.text())

    def landing_page(self, role: UserRole) -> Page:
        """Each role's own work: the circulation queue, the reports awaiting review, the team's
        due and overdue, or the lead professional's caseload."""
        if role is UserRole.ADMINISTRATOR:
            return self.admin_view
        if role is UserRole.CONFERENCE_CHAIR:
            return self.chair_view
        if role in (UserRole.TEAM_MANAGER, UserRole.QA_MANAGER):
            return self.manager_view
        return self.caseload_view

    def _show_storage_warning(self, warning: str | None) -> None:
        if not warning:
            self.storage_banner.hide()
            return
        self.storage_banner.setText(self.tr("⚠ {warning}").format(warning=warning))
        self.storage_banner.show()

    def _start_scheduled_backup(self, session: GuiSession) -> None:
        """The scheduled backup, on the database lane (queued behind the first screen's loads)."""
        if session.backup_due is None:
            return
        self.runner.run(
            session.backup_due,
            self._scheduled_backup_done,
            self._scheduled_backup_failed,
            owner=self,
        )

    def _scheduled_backup_done(self, path: object) -> None:
        if path is not None:
            self.show_status(self.tr("Backup made and verified."), 6000)

    def _scheduled_backup_failed(self, err: BaseException) -> None:
        log.warning("scheduled backup failed: %s", type(err).__name__)
        self.show_status(
            self.tr(
                "The scheduled backup could not be made; see the log. Nothing else is affected."
            )
        )

    def warm_pdf_fonts_once(self) -> None:
        """Register the PDF fonts on the work lane when documents become likely (the first case
        opened), so the first pack or preview does not stall the UI while reportlab parses them
        (~0.4 s holding the GIL). Not at start-up: a session that never renders does not pay the
        ~60 MB, and the first screen is not delayed (docs/performance.md)."""
        if self._fonts_warmed or self.session is None:
            return
        self._fonts_warmed = True
        self.runner.run(
            warm_pdf_fonts,
            on_error=lambda err: log.warning("PDF fonts not registered in advance: %r", err),
            lane=Lane.WORK,
            owner=self,
        )

    def _session_failed(self, err: BaseException) -> None:
        self.ui.user_label.setText(self.tr("The database could not be opened."))
        show_error(self, err)
        emit(self.sig_session_failed, err)

    # -- navigation -------------------------------------------------------------------------------

    def _show_nav_row(self, row: int) -> None:
        if row < 0:
            return
        item = self.ui.nav_list.item(row)
        case_id = item.data(CASE_ROLE)
        if case_id is not None and case_id in self.workspaces:
            self.ui.page_stack.setCurrentWidget(self.workspaces[case_id])
        elif row < len(PAGES):
            self.ui.page_stack.setCurrentWidget(self.page(PAGES[row][0]))

    def show_page(self, page: Page) -> None:
        row = next(_ROW[name] for name, built in self._built.items() if built is page)
        self.ui.nav_list.setCurrentRow(row)

    def open_case(self, case_id: int, reference: str) -> CaseWorkspace:
        """Show the case's workspace, opening it (and a navigation entry) the first time."""
        workspace = self.workspaces.get(case_id)
        if workspace is None:
            from lpdesk.gui.case.case_workspace import CaseWorkspace

            workspace = CaseWorkspace(self.runner, case_id, self)
            workspace.sig_status.connect(self.show_status)
            workspace.sig_close_requested.connect(lambda: self.close_case(case_id))
            workspace.sig_changed.connect(self._refresh_lists)
            self.workspaces[case_id] = workspace
            self.ui.page_stack.addWidget(workspace)
            item = QListWidgetItem(self.tr("Case {reference}").format(reference=reference))
            item.setData(CASE_ROLE, case_id)
            item.setToolTip(self.tr("Open case workspace"))
            self.ui.nav_list.addItem(item)
            if self.session is not None:
                workspace.bind(self.session)
            self.warm_pdf_fonts_once()
        for row in range(self.ui.nav_list.count()):
            if self.ui.nav_list.item(row).data(CASE_ROLE) == case_id:
                self.ui.nav_list.setCurrentRow(row)
        return workspace

    def close_case(self, case_id: int) -> None:
        workspace = self.workspaces.pop(case_id, None)
        if workspace is None:
            return
        for row in range(self.ui.nav_list.count()):
            if self.ui.nav_list.item(row).data(CASE_ROLE) == case_id:
                self.ui.nav_list.takeItem(row)
                break
        self.ui.page_stack.removeWidget(workspace)
        workspace.deleteLater()
        self.ui.nav_list.setCurrentRow(0)

    def _refresh_lists(self) -> None:
        self.caseload_view.refresh()
        due = self._built.get("due_view")
        if due is not None:
            due.refresh()

    def show_status(self, message: str, timeout_ms: int = 0) -> None:
        self.ui.status_bar.showMessage(message, timeout_ms)

    # -- settings and closing ---------------------------------------------------------------------

    def restore_settings(self) -> None:
        geometry = self.settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1240, 780)
        splitter = self.settings.value("main_window/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.ui.main_splitter.restoreState(splitter)
        else:
            self.ui.main_splitter.setSizes([210, 1030])

    def save_settings(self) -> None:
        self.settings.setValue("main_window/geometry", self.saveGeometry())
        self.settings.setValue("main_window/splitter", self.ui.main_splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        for workspace in list(self.workspaces.values()):
            workspace.flush()
        self.save_settings()
        session, self.session = self.session, None
        if session is not None and not self.runner.closed:
            self.runner.run(session.close)
        self.runner.shutdown(wait=True)  # queued database calls (a last autosave) finish first
        super().closeEvent(event)


def warm_pdf_fonts() -> None:
    """Register the PDF fonts now (once per process), off the UI thread. Parsing the faces is
    pure Python holding the interpreter; while it runs, the interpreter hands over to the UI
    thread every millisecond instead of every 5 (a UI tick needs the interpreter several times,
    and waited up to 5 ms each time: the stalls of docs/performance.md)."""
    from lpdesk.documents.fonts import register_fonts

    previous = sys.getswitchinterval()
    sys.setswitchinterval(min(previous, 0.001))
    try:
        register_fonts()
    finally:
        sys.setswitchinterval(previous)
