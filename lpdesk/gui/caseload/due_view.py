"""Due and overdue: everything due across the caseload, overdue first, each with its reason."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from lpdesk.domain import DueItem, DueKind, DueStatus, UserRole
from lpdesk.gui.caseload.due_model import CASE_ID_ROLE, DueColumn, DueFilterProxy, DueModel
from lpdesk.gui.shell.badges import BadgeDelegate
from lpdesk.gui.shell.buddy import buddy_label
from lpdesk.gui.shell.changes import LISTED
from lpdesk.gui.shell.page import Page
from lpdesk.gui.shell.signals import emit
from lpdesk.gui.shell.tables import open_rows_with, read_only_view
from lpdesk.gui.shell.tasks import TaskRunner
from lpdesk.services.due import due_list

__all__ = ["DueView"]

_PENDING = frozenset({DueStatus.OVERDUE.value, DueStatus.DUE_SOON.value})


class DueView(Page):
    watches = LISTED
    sig_open_case = Signal(int, str)
    sig_loaded = Signal(int)

    def __init__(
        self,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        title: str | None = None,
        kinds: frozenset[DueKind] | None = None,
        object_name: str = "due_view",
    ) -> None:
        super().__init__(runner, parent)
        self.setObjectName(object_name)
        self.kinds = kinds
        self.set_header(title or self.tr("Due and overdue"), self.tr("Opening the database…"))
        self.model = DueModel(self)
        self.proxy = DueFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.set_statuses(_PENDING)
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        bar = QHBoxLayout()
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("filter_edit")
        self.filter_edit.setPlaceholderText(self.tr("Filter by case, child, item or reason"))
        self.filter_edit.setAccessibleName(self.tr("Filter the due list"))
        self.filter_edit.setClearButtonEnabled(True)
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("status_combo")
        self.status_combo.setAccessibleName(self.tr("Which items"))
        self.status_combo.addItem(self.tr("Overdue and due soon"), _PENDING)
        self.status_combo.addItem(self.tr("Overdue only"), frozenset({DueStatus.OVERDUE.value}))
        self.status_combo.addItem(self.tr("Everything"), frozenset(s.value for s in DueStatus))
        self.scope_combo = QComboBox(self)
        self.scope_combo.setObjectName("scope_combo")
        self.scope_combo.setAccessibleName(self.tr("Whose cases"))
        self.scope_combo.addItem(self.tr("My cases"), "mine")
        self.scope_combo.addItem(self.tr("Whole team"), "team")
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("refresh_button")
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(buddy_label(self.tr("&Show:"), self.status_combo, self))
        bar.addWidget(self.status_combo)
        bar.addWidget(buddy_label(self.tr("W&hose cases:"), self.scope_combo, self))
        bar.addWidget(self.scope_combo)
        bar.addWidget(self.refresh_button)
        self.page_layout.addLayout(bar)

        self.table_view = read_only_view(
            self,
            "due_table",
            self.tr("Due list"),
            self.proxy,
            several=True,
            word_wrap=False,
            row_height=32,
        )
        self.table_view.setItemDelegateForColumn(DueColumn.STATUS, BadgeDelegate(self))
        self.table_view.sortByColumn(DueColumn.STATUS, Qt.SortOrder.AscendingOrder)
        for column, width in (
            (DueColumn.STATUS, 110),
            (DueColumn.DUE, 140),
            (DueColumn.CASE, 120),
            (DueColumn.CHILD, 90),
            (DueColumn.WHAT, 200),
        ):
            self.table_view.setColumnWidth(column, width)
        self.page_layout.addWidget(self.table_view, 1)
        self.setTabOrder(self.filter_edit, self.status_combo)
        self.setTabOrder(self.status_combo, self.scope_combo)
        self.setTabOrder(self.scope_combo, self.refresh_button)
        self.setTabOrder(self.refresh_button, self.table_view)

    def _connect_signals(self) -> None:
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.status_combo.currentIndexChanged.connect(
            lambda _i: self.proxy.set_statuses(self.status_combo.currentData())
        )
        self.scope_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh_button.clicked.connect(self.refresh)
        open_rows_with(self.table_view, self._open_index)

    def bind(self, session) -> None:  # type: ignore[no-untyped-def]
        actor = session.ctx.actor
        if actor.person_id is None or actor.role is not UserRole.LEAD_PROFESSIONAL:
            self.scope_combo.setCurrentIndex(1)
        super().bind(session)

    def refresh(self) -> None:
        session = self.session
        if session is None:
            return
        mine = self.scope_combo.currentData() == "mine"
        lp = session.ctx.actor.person_id if mine else None
        self.hint_label.setText(self.tr("Loading…"))
        self.runner.run(
            lambda: due_list(session.ctx, profiles=session.profiles, lp_person_id=lp),
            self._show_items,
            self._load_failed,
            owner=self,
        )

    def _show_items(self, items: list[DueItem]) -> None:
        if self.kinds is not None:
            items = [i for i in items if i.kind in self.kinds]
        self.model.set_items(items)
        overdue = sum(i.status is DueStatus.OVERDUE for i in items)
        soon = sum(i.status is DueStatus.DUE_SOON for i in items)
        self.hint_label.setText(
            self.tr("%n overdue", "", overdue)
            + " · "
            + self.tr("%n due soon", "", soon)
            + " · "
            + self.tr("hover an item for the rule behind it; double-click to open the case")
        )
        emit(self.sig_loaded, len(items))

    def _load_failed(self, err: BaseException) -> None:
        self.hint_label.setText(self.tr("The due list could not be loaded."))
        self.report_error(err)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            item = self.model.item_at(self.proxy.mapToSource(index).row())
            emit(self.sig_open_case, int(index.data(CASE_ID_ROLE)), item.case_reference)
