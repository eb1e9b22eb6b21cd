"""The main window: a thin shell holding navigation, the pages, open cases and the status bar.

It is on screen before the database is open: ``open_session`` runs the composition root's factory on
the database thread and hands the session to the pages built so far when it arrives. Only the
caseload is built with the window; every other page (its module, and the services behind it) when
its navigation entry is first chosen or the page is asked for (``page``; the navigation entries
themselves are all made up front, ``page_specs``). The case workspace (and the many editors behind
it) is imported when the first case is opened, and the PDF fonts are registered on the work lane
then (docs/performance.md, start-up).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QListWidgetItem, QMainWindow, QProgressBar, QWidget

from lpdesk import gc_hold
from lpdesk.domain import UserRole
from lpdesk.gui.caseload.caseload_view import CaseloadView
from lpdesk.gui.forms.ui_main_window import Ui_MainWindow
from lpdesk.gui.shell.errors import show_error
from lpdesk.gui.shell.help_menu import build_help_menu
from lpdesk.gui.shell.labels import fmt_date
from lpdesk.gui.shell.page import Page
from lpdesk.gui.shell.page_specs import PAGES, LazyPage, page_index
from lpdesk.gui.shell.pdf_fonts import warm_pdf_fonts
from lpdesk.gui.shell.screen_fit import fit_to_screen
from lpdesk.gui.shell.session import GuiSession, SessionFactory, user_role_label
from lpdesk.gui.shell.signals import emit
from lpdesk.gui.shell.tables import current_follows_selection
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

__all__ = ["MainWindow"]

log = logging.getLogger("lpdesk.gui")

CASE_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_ROLE = Qt.ItemDataRole.UserRole + 2  # the item's page, as its index in ``page_specs.PAGES``


class MainWindow(QMainWindow):
    sig_session_ready = Signal(object)  # GuiSession
    sig_session_failed = Signal(object)  # BaseException

    # the pages other than the caseload, each built when first used (``page``)
    due_view: LazyPage[DueView] = LazyPage("due_view")
    meetings_view: LazyPage[MeetingsView] = LazyPage("meetings_view")
    visits_view: LazyPage[VisitsView] = LazyPage("visits_view")
    circulation_view: LazyPage[CirculationView] = LazyPage("circulation_view")
    reports_view: LazyPage[ReportsView] = LazyPage("reports_view")
    admin_view: LazyPage[AdminView] = LazyPage("admin_view")
    chair_view: LazyPage[ChairView] = LazyPage("chair_view")
    manager_view: LazyPage[ManagerView] = LazyPage("manager_view")
    lead_reports_view: LazyPage[LeadReportsView] = LazyPage("lead_reports_view")

    def __init__(
        self, runner: TaskRunner, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.settings = settings if settings is not None else QSettings()
        self.session: GuiSession | None = None
        self._fonts_warmed = False
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        # Every navigation entry now, each page when first shown or asked for (``page``): the
        # first screen does not wait for the other pages' modules and services.
        self._built: dict[int, Page] = {}
        for spec in PAGES[self.ui.nav_list.count() :]:  # after the six drawn in main_window.ui
            self.ui.nav_list.addItem(spec.title() if spec.title else spec.name)
        for row in range(len(PAGES)):
            self.ui.nav_list.item(row).setData(PAGE_ROLE, row)
        self.caseload_view = CaseloadView(runner, self)
        self._add_page(page_index("caseload_view"), self.caseload_view)
        self._build_menu()
        self.workspaces: dict[int, CaseWorkspace] = {}
        self._build_status_bar()
        self._build_storage_banner()
        self._connect_signals()
        self.ui.nav_list.setCurrentRow(0)
        self.restore_settings()

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
        current_follows_selection(self.ui.nav_list)  # chosen through a screen reader
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
        for page in list(self._built.values()):
            page.bind(session)
        # a role's navigation holds only its pages: taken out, not hidden (a screen reader
        # counts hidden items)
        nav = self.ui.nav_list
        for row in reversed(range(nav.count())):
            index = nav.item(row).data(PAGE_ROLE)
            available = PAGES[index].available if index is not None else None
            if available is not None and not available(actor.role):
                nav.takeItem(row)
        self.show_page(self.landing_page(actor.role))
        # queued behind the first screen's loads on the database lane: then the start is over
        self.runner.run(lambda: None, lambda _none: gc_hold.release(gc_hold.START_UP), owner=self)
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
        """The PDF fonts registered on the work lane, once, when the first case is opened
        (``pdf_fonts``): not at start-up, so a session that never renders never pays for them."""
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
        gc_hold.release(gc_hold.START_UP)
        self.ui.user_label.setText(self.tr("The database could not be opened."))
        show_error(self, err)
        emit(self.sig_session_failed, err)

    # -- the pages, each built when first shown or asked for ------------------------------------

    def page(self, which: int | str) -> Page:
        """The page at ``PAGES`` position ``which`` (or named ``which``, e.g. "due_view"), built
        now if it has not been: its module imported, added to the page stack, its signals
        connected and, once the session is open, bound to it (which loads it)."""
        index = page_index(which) if isinstance(which, str) else which
        page = self._built.get(index)
        if page is None:
            page = PAGES[index].build(self.runner, self, self.settings)
            self._add_page(index, page)
            if self.session is not None:
                page.bind(self.session)
        return page

    def _add_page(self, index: int, page: Page) -> None:
        self._built[index] = page
        self.ui.page_stack.addWidget(page)
        page.sig_status.connect(self.show_status)
        open_case = getattr(page, "sig_open_case", None)
        if open_case is not None:
            open_case.connect(self.open_case)

    @property
    def pages(self) -> list[Page]:
        """Every page, in navigation order, building those not built yet (tests walk them all)."""
        return [self.page(index) for index in range(len(PAGES))]

    # -- navigation -------------------------------------------------------------------------------

    def _show_nav_row(self, row: int) -> None:
        if row < 0:
            return
        item = self.ui.nav_list.item(row)
        case_id = item.data(CASE_ROLE)
        if case_id is not None and case_id in self.workspaces:
            self.ui.page_stack.setCurrentWidget(self.workspaces[case_id])
        elif item.data(PAGE_ROLE) is not None:
            self.ui.page_stack.setCurrentWidget(self.page(item.data(PAGE_ROLE)))

    def show_page(self, page: Page) -> None:
        index = next(i for i, built in self._built.items() if built is page)
        for row in range(self.ui.nav_list.count()):
            if self.ui.nav_list.item(row).data(PAGE_ROLE) == index:
                self.ui.nav_list.setCurrentRow(row)
                return
        self.ui.page_stack.setCurrentWidget(page)  # not in this role's navigation

    def open_case(self, case_id: int, reference: str) -> CaseWorkspace:
        """Show the case's workspace, opening it (and a navigation entry) the first time."""
        workspace = self.workspaces.get(case_id)
        if workspace is None:
            from lpdesk.gui.case.case_workspace import CaseWorkspace

            workspace = CaseWorkspace(self.runner, case_id, self)
            workspace.sig_status.connect(self.show_status)
            workspace.sig_close_requested.connect(lambda: self.close_case(case_id))
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

    def show_status(self, message: str, timeout_ms: int = 0) -> None:
        self.ui.status_bar.showMessage(message, timeout_ms)

    # -- settings and closing ---------------------------------------------------------------------

    def restore_settings(self) -> None:
        geometry = self.settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            fit_to_screen(self, 1240, 780)
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
