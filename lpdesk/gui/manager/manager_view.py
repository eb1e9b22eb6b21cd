"""The team manager's oversight page (docs/practice.md, the team manager): every action on every current plan (what, who,
due, done, status: overdue first), each worker's caseload, and the cases with nobody allocated.

All three lists load on the database thread in one call; the splitter and the column widths are
kept in ``QSettings``.
"""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import QByteArray, QModelIndex, QSettings, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QInputDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lpdesk.domain import Case, UserRole
from lpdesk.gui.admin.admin_model import RowsModel
from lpdesk.gui.manager.filters import (
    ActionsFilterModel,
    section,
    titled_table,
)
from lpdesk.gui.manager.manager_bar import ManagerBarMixin
from lpdesk.gui.manager.manager_models import (
    TeamActionsModel,
    TeamOverview,
    UnallocatedCasesModel,
    WorkerLoadModel,
    load_team_overview,
)
from lpdesk.gui.shell.badges import BadgeDelegate
from lpdesk.gui.shell.changes import LISTED, Changes, Kind
from lpdesk.gui.shell.labels import count
from lpdesk.gui.shell.page import Page
from lpdesk.gui.shell.signals import emit
from lpdesk.gui.shell.tables import open_rows_with
from lpdesk.gui.shell.tasks import TaskRunner
from lpdesk.services.oversight import (
    OVERSIGHT_ROLES,
    AllocationChoice,
    WorkerLoad,
    allocation_candidates,
)
from lpdesk.services.permissions import Permission, allowed
from lpdesk.services.workload import set_protected_time

__all__ = [
    "ManagerView",
    "TeamActionsModel",
    "TeamOverview",
    "UnallocatedCasesModel",
    "WorkerLoadModel",
    "load_team_overview",
]


class ManagerView(ManagerBarMixin, Page):
    watches = LISTED | {Kind.STAFF}
    sig_open_case = Signal(int, str)  # case id, reference
    sig_loaded = Signal(int)  # number of actions shown after a load
    sig_allocate_opened = Signal(object)  # the AllocateDialog on screen

    def __init__(
        self, runner: TaskRunner, parent: QWidget | None = None, settings: QSettings | None = None
    ) -> None:
        super().__init__(runner, parent)
        self.setObjectName("manager_view")
        self.setWindowTitle(self.tr("Team oversight"))
        self.settings = settings if settings is not None else QSettings()
        self.set_header(self.tr("Team oversight"), self.tr("Opening the database…"))
        self.actions_model = TeamActionsModel(self)
        self.loads_model = WorkerLoadModel(self)
        self.unallocated_model = UnallocatedCasesModel(self)
        self.court_cases: frozenset[int] = frozenset()
        self._build()
        self._connect_signals()
        self.restore_state()

    def _build(self) -> None:
        self._build_bar()

        self.actions_proxy = ActionsFilterModel(self)
        self.actions_table = titled_table(
            self, "actions_table", self.tr("Team actions"), self.actions_model, self.actions_proxy
        )
        self.actions_table.setItemDelegateForColumn(0, BadgeDelegate(self))
        self.actions_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.loads_table = titled_table(
            self, "loads_table", self.tr("Caseload per worker"), self.loads_model
        )
        self.loads_table.setItemDelegateForColumn(3, BadgeDelegate(self))
        self.loads_table.setItemDelegateForColumn(5, BadgeDelegate(self))
        self.loads_table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.unallocated_table = titled_table(
            self, "unallocated_table", self.tr("Unallocated cases"), self.unallocated_model
        )
        self.unallocated_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

        self.main_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.main_splitter.setObjectName("main_splitter")
        self.lower_splitter = QSplitter(Qt.Orientation.Horizontal, self.main_splitter)
        self.lower_splitter.setObjectName("lower_splitter")
        actions_box, self.actions_label = section(
            self, self.tr("Actions: overdue first"), self.actions_table
        )
        loads_box, self.loads_label = section(
            self, self.tr("Caseload per worker"), self.loads_table
        )
        unallocated_box, self.unallocated_label = section(
            self, self.tr("Cases with no lead professional"), self.unallocated_table
        )
        self.main_splitter.addWidget(actions_box)
        self.protected_button = QPushButton(self.tr("Protected time…"), self)
        self.protected_button.setObjectName("protected_button")
        self.protected_button.setAccessibleName(self.tr("Set the chosen worker's protected time"))
        self.allocate_button = QPushButton(self.tr("Allocate…"), self)
        self.allocate_button.setObjectName("allocate_button")
        self.allocate_button.setAccessibleName(self.tr("Allocate the chosen case"))
        for box, button in (
            (loads_box, self.protected_button),
            (unallocated_box, self.allocate_button),
        ):
            box_layout = box.layout()
            assert isinstance(box_layout, QVBoxLayout)
            box_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignRight)
        self.lower_splitter.addWidget(loads_box)
        self.lower_splitter.addWidget(unallocated_box)
        self.main_splitter.addWidget(self.lower_splitter)
        self.page_layout.addWidget(self.main_splitter, 1)
        chain = [
            self.filter_edit,
            self.worker_combo,
            self.agency_combo,
            self.case_combo,
            self.court_check,
            self.refresh_button,
            self.team_button,
            self.actions_table,
            self.loads_table,
            self.protected_button,
            self.unallocated_table,
            self.allocate_button,
        ]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)

    def _connect_signals(self) -> None:
        self._connect_bar()
        # activated: Enter, or a double-click (each row opens its case)
        open_rows_with(self.actions_table, self._open_action_case)
        open_rows_with(self.unallocated_table, self._open_unallocated_case)
        self.allocate_button.clicked.connect(lambda: self.allocate())
        self.protected_button.clicked.connect(lambda: self.edit_protected_time())

    # -- state ------------------------------------------------------------------------------------

    def _tables(self) -> dict[str, QTableView]:
        return {
            "actions": self.actions_table,
            "loads": self.loads_table,
            "unallocated": self.unallocated_table,
        }

    def restore_state(self) -> None:
        for key, splitter in (("main", self.main_splitter), ("lower", self.lower_splitter)):
            state = self.settings.value(f"manager_view/{key}_splitter")
            if isinstance(state, QByteArray) and not state.isEmpty():
                splitter.restoreState(state)
        for key, table in self._tables().items():
            state = self.settings.value(f"manager_view/{key}_columns")
            if isinstance(state, QByteArray) and not state.isEmpty():
                table.horizontalHeader().restoreState(state)

    def save_state(self) -> None:
        self.settings.setValue("manager_view/main_splitter", self.main_splitter.saveState())
        self.settings.setValue("manager_view/lower_splitter", self.lower_splitter.saveState())
        for key, table in self._tables().items():
            self.settings.setValue(
                f"manager_view/{key}_columns", table.horizontalHeader().saveState()
            )

    def hideEvent(self, event: Any) -> None:
        self.save_state()
        super().hideEvent(event)

    # -- loading ----------------------------------------------------------------------------------

    @staticmethod
    def is_available(role: UserRole) -> bool:
        """Whether this page has anything for the role (the navigation may hide it otherwise)."""
        return role in OVERSIGHT_ROLES

    def refresh(self) -> None:
        session = self.session
        if session is None:
            return
        if not self.is_available(session.ctx.actor.role):
            self.hint_label.setText(
                self.tr("Team oversight is for team managers and quality assurance managers.")
            )
            self.refresh_button.setEnabled(False)
            return
        self.team_button.setVisible(allowed(session.ctx.actor.role, Permission.MANAGE_ACCOUNTS))
        self.hint_label.setText(self.tr("Loading…"))
        self.runner.run(
            lambda: load_team_overview(session.ctx, profiles=session.profiles),
            self._show,
            self._load_failed,
            owner=self,
        )

    def _show(self, overview: TeamOverview) -> None:
        self.court_cases = overview.court_cases
        self.actions_model.set_rows(overview.actions)
        self._fill_filters(overview)
        self._show_court_work()
        self.loads_model.set_rows(overview.loads)
        self.unallocated_model.set_rows(overview.unallocated)
        for table in self._tables().values():
            table.resizeColumnsToContents()
        overdue = sum(1 for a in overview.actions if a.overdue)
        over = sum(1 for w in overview.loads if w.over_allocated)
        self.hint_label.setText(
            count(overdue, self.tr("%n overdue action"), self.tr("%n overdue actions"))
            + " · "
            + count(len(overview.loads), self.tr("%n worker"), self.tr("%n workers"))
            + (" · " + self.tr("{n} over-allocated").format(n=over) if over else "")
            + " · "
            + count(
                len(overview.unallocated),
                self.tr("%n unallocated case"),
                self.tr("%n unallocated cases"),
            )
            + " · "
            + self.tr("Enter or double-click a row to open the case")
        )
        emit(self.sig_loaded, len(overview.actions))

    def _load_failed(self, err: BaseException) -> None:
        self.hint_label.setText(self.tr("The oversight lists could not be loaded."))
        self.report_error(err)

    def _open_action_case(self, index: QModelIndex) -> None:
        row = self._source_row(self.actions_table, index)
        if row is not None:
            emit(self.sig_open_case, row.case_id, row.case_reference)

    def _open_unallocated_case(self, index: QModelIndex) -> None:
        case = self._source_row(self.unallocated_table, index)
        if case is not None and case.id is not None:
            emit(self.sig_open_case, case.id, case.reference)

    def _source_row(self, table: QTableView, index: QModelIndex) -> Any:
        proxy = table.model()
        if not index.isValid() or not isinstance(proxy, QSortFilterProxyModel):
            return None
        model = proxy.sourceModel()
        assert isinstance(model, RowsModel)
        return model.row_at(proxy.mapToSource(index).row())

    # -- allocation and protected time -----------------------------------------------------------

    def _current(self, table: QTableView) -> Any:
        return self._source_row(table, table.currentIndex())

    def allocate(self) -> None:
        """Allocate the chosen unallocated case: the team's workers with their loads."""
        session, case = self.session, self._current(self.unallocated_table)
        if session is None or not isinstance(case, Case) or case.id is None:
            emit(self.sig_status, self.tr("Choose an unallocated case first."))
            return
        case_id = case.id
        self.runner.run(
            lambda: allocation_candidates(session.ctx, case_id=case_id, profiles=session.profiles),
            lambda choices: self._open_allocate(case, choices),
            self.report_error,
            owner=self,
        )

    def _open_allocate(self, case: Case, choices: list[AllocationChoice]) -> None:
        if self.session is None:
            return
        from lpdesk.gui.manager.allocate_dialog import AllocateDialog

        dialog = AllocateDialog(self.runner, self.session, case, choices, self)
        dialog.sig_allocated.connect(lambda _a: self._allocated(case))
        dialog.finished.connect(dialog.deleteLater)
        self.allocate_dialog = dialog
        emit(self.sig_allocate_opened, dialog)
        dialog.open()

    def _allocated(self, case: Case) -> None:
        emit(
            self.sig_status, self.tr("Case {reference} allocated.").format(reference=case.reference)
        )

    def edit_protected_time(self, percent: int | None = None) -> None:
        """The chosen worker's protected time, as a percentage of a full-time caseload."""
        session, load = self.session, self._current(self.loads_table)
        if session is None or not isinstance(load, WorkerLoad):
            emit(self.sig_status, self.tr("Choose a worker first."))
            return
        if percent is None:
            value, ok = QInputDialog.getInt(
                self,
                self.tr("Protected time"),
                self.tr("{name}'s protected time (per cent of a full-time caseload):").format(
                    name=load.name
                ),
                load.protected_percent,
                0,
                90,
            )
            if not ok:
                return
            percent = value
        person_id, chosen = load.person_id, percent
        self.runner.run(
            lambda: set_protected_time(session.ctx, person_id=person_id, percent=chosen),
            None,
            self.report_error,
            owner=self,
            changes=Changes.of(None, Kind.STAFF),
        )
