"""The team manager's oversight page (seed 004): every action on every current plan (what, who,
due, done, status: overdue first), each worker's caseload, and the cases with nobody allocated.

All three lists load on the database thread in one call; the splitter and the column widths are
kept in ``QSettings``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QByteArray, QModelIndex, QSettings, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lpdesk.domain import Case, UserRole
from lpdesk.gui.admin.admin_model import SORT_ROLE, Column, RowsModel
from lpdesk.gui.shell.badges import BadgeDelegate
from lpdesk.gui.shell.labels import count, fmt_date
from lpdesk.gui.shell.page import Page
from lpdesk.gui.shell.signals import emit
from lpdesk.gui.shell.tables import read_only_view
from lpdesk.gui.shell.tasks import TaskRunner
from lpdesk.services.context import ServiceContext
from lpdesk.services.oversight import (
    OVERSIGHT_ROLES,
    TeamActionRow,
    WorkerLoad,
    caseload_counts,
    team_actions,
    unallocated_cases,
)

__all__ = [
    "ManagerView",
    "TeamActionsModel",
    "TeamOverview",
    "UnallocatedCasesModel",
    "WorkerLoadModel",
    "load_team_overview",
]


@dataclass(frozen=True, kw_only=True, slots=True)
class TeamOverview:
    actions: tuple[TeamActionRow, ...]
    loads: tuple[WorkerLoad, ...]
    unallocated: tuple[Case, ...]


def load_team_overview(ctx: ServiceContext, *, profiles: Mapping[str, Any]) -> TeamOverview:
    """The three oversight lists, on the database thread."""
    return TeamOverview(
        actions=tuple(team_actions(ctx)),
        loads=tuple(caseload_counts(ctx, profiles=profiles)),
        unallocated=tuple(unallocated_cases(ctx)),
    )


def _day(d: date | None) -> int:
    return d.toordinal() if d is not None else date.max.toordinal()


class TeamActionsModel(RowsModel):
    def define_columns(self) -> list[Column]:
        tr = self.tr
        return [
            Column(
                tr("Status"),
                lambda r: tr("Overdue") if r.overdue else r.status.replace("_", " "),
                sort=lambda r: (0 if r.overdue else 1) * 10_000_000 + _day(r.due),
                badge=lambda r: [
                    (tr("Overdue"), "overdue")
                    if r.overdue
                    else (r.status.replace("_", " "), "ok" if r.done else "info")
                ],
            ),
            Column(tr("Case"), lambda r: r.case_reference),
            Column(tr("What"), lambda r: r.what, tooltip=lambda r: r.what),
            Column(tr("Who"), lambda r: r.who or tr("Nobody named")),
            Column(tr("Due"), lambda r: fmt_date(r.due), sort=lambda r: _day(r.due)),
            Column(tr("Done"), lambda r: fmt_date(r.done), sort=lambda r: _day(r.done)),
            Column(tr("Lead professional"), lambda r: r.lead_professional),
        ]


class WorkerLoadModel(RowsModel):
    def define_columns(self) -> list[Column]:
        tr = self.tr
        return [
            Column(tr("Worker"), lambda r: r.name),
            Column(tr("Open cases"), lambda r: str(r.open_cases), sort=lambda r: r.open_cases),
            Column(tr("Children"), lambda r: str(r.children), sort=lambda r: r.children),
            Column(
                tr("Overdue items"),
                lambda r: str(r.overdue_items),
                sort=lambda r: r.overdue_items,
                badge=lambda r: [(str(r.overdue_items), "overdue" if r.overdue_items else "ok")],
            ),
        ]


class UnallocatedCasesModel(RowsModel):
    def define_columns(self) -> list[Column]:
        tr = self.tr
        return [
            Column(tr("Case"), lambda c: c.reference),
            Column(tr("Opened"), lambda c: fmt_date(c.opened_on), sort=lambda c: _day(c.opened_on)),
            Column(tr("Team"), lambda c: c.team),
        ]


def _table(parent: QWidget, name: str, accessible: str, model: RowsModel) -> QTableView:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return read_only_view(parent, name, accessible, proxy, row_height=32)


def _section(parent: QWidget, title: str, view: QTableView) -> tuple[QWidget, QLabel]:
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel(title, box)
    label.setProperty("role", "section_title")
    label.setBuddy(view)
    layout.addWidget(label)
    layout.addWidget(view, 1)
    return box, label


class ManagerView(Page):
    sig_open_case = Signal(int, str)  # case id, reference
    sig_loaded = Signal(int)  # number of actions shown after a load

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
        self._build()
        self._connect_signals()
        self.restore_state()

    def _build(self) -> None:
        bar = QHBoxLayout()
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("filter_edit")
        self.filter_edit.setPlaceholderText(self.tr("Filter actions by case, what or who"))
        self.filter_edit.setAccessibleName(self.tr("Filter the team's actions"))
        self.filter_edit.setClearButtonEnabled(True)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("refresh_button")
        self.refresh_button.setAccessibleName(self.tr("Refresh the oversight lists"))
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.refresh_button)
        self.page_layout.addLayout(bar)

        self.actions_table = _table(
            self, "actions_table", self.tr("Team actions"), self.actions_model
        )
        self.actions_table.setItemDelegateForColumn(0, BadgeDelegate(self))
        self.actions_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.loads_table = _table(
            self, "loads_table", self.tr("Caseload per worker"), self.loads_model
        )
        self.loads_table.setItemDelegateForColumn(3, BadgeDelegate(self))
        self.loads_table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.unallocated_table = _table(
            self, "unallocated_table", self.tr("Unallocated cases"), self.unallocated_model
        )
        self.unallocated_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

        self.main_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.main_splitter.setObjectName("main_splitter")
        self.lower_splitter = QSplitter(Qt.Orientation.Horizontal, self.main_splitter)
        self.lower_splitter.setObjectName("lower_splitter")
        actions_box, self.actions_label = _section(
            self, self.tr("Actions: overdue first"), self.actions_table
        )
        loads_box, self.loads_label = _section(
            self, self.tr("Caseload per worker"), self.loads_table
        )
        unallocated_box, self.unallocated_label = _section(
            self, self.tr("Cases with no lead professional"), self.unallocated_table
        )
        self.main_splitter.addWidget(actions_box)
        self.lower_splitter.addWidget(loads_box)
        self.lower_splitter.addWidget(unallocated_box)
        self.main_splitter.addWidget(self.lower_splitter)
        self.page_layout.addWidget(self.main_splitter, 1)
        self.setTabOrder(self.filter_edit, self.refresh_button)
        self.setTabOrder(self.refresh_button, self.actions_table)
        self.setTabOrder(self.actions_table, self.loads_table)
        self.setTabOrder(self.loads_table, self.unallocated_table)

    def _connect_signals(self) -> None:
        proxy = self.actions_table.model()
        assert isinstance(proxy, QSortFilterProxyModel)
        self.filter_edit.textChanged.connect(proxy.setFilterFixedString)
        self.refresh_button.clicked.connect(self.refresh)
        self.actions_table.doubleClicked.connect(self._open_action_case)
        self.unallocated_table.doubleClicked.connect(self._open_unallocated_case)

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
        self.hint_label.setText(self.tr("Loading…"))
        self.runner.run(
            lambda: load_team_overview(session.ctx, profiles=session.profiles),
            self._show,
            self._load_failed,
            owner=self,
        )

    def _show(self, overview: TeamOverview) -> None:
        self.actions_model.set_rows(overview.actions)
        self.loads_model.set_rows(overview.loads)
        self.unallocated_model.set_rows(overview.unallocated)
        for table in self._tables().values():
            table.resizeColumnsToContents()
        overdue = sum(1 for a in overview.actions if a.overdue)
        self.hint_label.setText(
            count(overdue, self.tr("%n overdue action"), self.tr("%n overdue actions"))
            + " · "
            + count(len(overview.loads), self.tr("%n worker"), self.tr("%n workers"))
            + " · "
            + count(
                len(overview.unallocated),
                self.tr("%n unallocated case"),
                self.tr("%n unallocated cases"),
            )
            + " · "
            + self.tr("double-click a row to open the case")
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
