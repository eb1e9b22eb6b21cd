"""My caseload: every open case with what is overdue and due soon; double-click opens the case."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from lpdesk.domain import UserRole
from lpdesk.gui.caseload.caseload_model import (
    CASE_ID_ROLE,
    SORT_ROLE,
    CaseloadColumn,
    CaseloadModel,
)
from lpdesk.gui.shell.badges import BadgeDelegate
from lpdesk.gui.shell.buddy import buddy_label
from lpdesk.gui.shell.changes import LISTED
from lpdesk.gui.shell.labels import count
from lpdesk.gui.shell.page import Page
from lpdesk.gui.shell.signals import emit
from lpdesk.gui.shell.tables import open_rows_with, read_only_view
from lpdesk.gui.shell.tasks import TaskRunner
from lpdesk.services.due import CaseloadRow, caseload

__all__ = ["CaseloadView"]


class CaseloadView(Page):
    watches = LISTED
    sig_open_case = Signal(int, str)  # case id, reference
    sig_loaded = Signal(int)  # number of rows shown after a load
    sig_new_case = Signal()  # "New case…": the main window opens the dialog

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.setObjectName("caseload_view")
        self.set_header(self.tr("My caseload"), self.tr("Opening the database…"))
        self.model = CaseloadModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortRole(SORT_ROLE)
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        bar = QHBoxLayout()
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("filter_edit")
        self.filter_edit.setPlaceholderText(self.tr("Filter by case, child or lead professional"))
        self.filter_edit.setAccessibleName(self.tr("Filter the caseload"))
        self.filter_edit.setClearButtonEnabled(True)
        self.scope_combo = QComboBox(self)
        self.scope_combo.setObjectName("scope_combo")
        self.scope_combo.setAccessibleName(self.tr("Whose cases"))
        self.scope_combo.addItem(self.tr("My cases"), "mine")
        self.scope_combo.addItem(self.tr("Whole team"), "team")
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("refresh_button")
        self.open_button = QPushButton(self.tr("Open case"), self)
        self.open_button.setObjectName("open_button")
        self.open_button.setProperty("role", "primary")
        self.open_button.setEnabled(False)
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(buddy_label(self.tr("W&hose cases:"), self.scope_combo, self))
        bar.addWidget(self.scope_combo)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.open_button)
        self.new_case_button = QPushButton(self.tr("New case…"), self)
        self.new_case_button.setObjectName("new_case_button")
        self.new_case_button.setAccessibleName(self.tr("Start a case from the initial conference"))
        self.new_case_button.clicked.connect(lambda: emit(self.sig_new_case))
        bar.addWidget(self.new_case_button)
        self.page_layout.addLayout(bar)

        self.table_view = read_only_view(
            self, "caseload_table", self.tr("Caseload"), self.proxy, row_height=34
        )
        self.table_view.setItemDelegateForColumn(CaseloadColumn.STATUS, BadgeDelegate(self))
        self.table_view.sortByColumn(CaseloadColumn.STATUS, Qt.SortOrder.DescendingOrder)
        for column, width in (
            (CaseloadColumn.REFERENCE, 130),
            (CaseloadColumn.CHILDREN, 210),
            (CaseloadColumn.LEAD, 150),
            (CaseloadColumn.PROFILE, 175),
            (CaseloadColumn.STATUS, 190),
        ):
            self.table_view.setColumnWidth(column, width)
        self.page_layout.addWidget(self.table_view, 1)
        self.setTabOrder(self.filter_edit, self.scope_combo)
        self.setTabOrder(self.scope_combo, self.refresh_button)
        self.setTabOrder(self.refresh_button, self.open_button)
        self.setTabOrder(self.open_button, self.table_view)

    def _connect_signals(self) -> None:
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.scope_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh_button.clicked.connect(self.refresh)
        self.open_button.clicked.connect(self._open_current)
        open_rows_with(self.table_view, self._open_index)
        self.table_view.selectionModel().selectionChanged.connect(
            lambda *_: self.open_button.setEnabled(self.table_view.currentIndex().isValid())
        )

    # -- loading ----------------------------------------------------------------------------------

    def bind(self, session) -> None:  # type: ignore[no-untyped-def]
        actor = session.ctx.actor
        self.model.set_profile_titles(
            lambda pid: getattr(session.profiles.get(pid), "title", pid) or pid
        )
        if actor.person_id is None or actor.role is not UserRole.LEAD_PROFESSIONAL:
            self.scope_combo.setCurrentIndex(1)  # a manager or administrator sees the team
        super().bind(session)

    def refresh(self) -> None:
        session = self.session
        if session is None:
            return
        mine = self.scope_combo.currentData() == "mine"
        lp = session.ctx.actor.person_id if mine else None
        self.title_label.setText(self.tr("My caseload") if mine else self.tr("Team caseload"))
        self.hint_label.setText(self.tr("Loading…"))
        self.runner.run(
            lambda: caseload(session.ctx, profiles=session.profiles, lp_person_id=lp),
            self._show_rows,
            self._load_failed,
            owner=self,
        )

    def _show_rows(self, rows: list[CaseloadRow]) -> None:
        self.model.set_rows(rows)
        overdue = sum(1 for r in rows if r.overdue)
        soon = sum(1 for r in rows if r.due_soon and not r.overdue)
        self.hint_label.setText(
            count(len(rows), self.tr("%n open case"), self.tr("%n open cases"))
            + " · "
            + self.tr("%n with something overdue", "", overdue)
            + " · "
            + self.tr("%n with something due soon", "", soon)
            + " · "
            + self.tr("double-click a case to open it")
        )
        emit(self.sig_loaded, len(rows))

    def _load_failed(self, err: BaseException) -> None:
        self.hint_label.setText(self.tr("The caseload could not be loaded."))
        self.report_error(err)

    # -- opening ----------------------------------------------------------------------------------

    def _open_current(self) -> None:
        self._open_index(self.table_view.currentIndex())

    def _open_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        source = self.proxy.mapToSource(index)
        row = self.model.row_at(source.row())
        emit(self.sig_open_case, int(source.data(CASE_ID_ROLE)), row.reference)
