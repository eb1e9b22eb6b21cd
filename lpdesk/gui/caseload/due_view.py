"""Due and overdue: everything due across the caseload, overdue first, each with its reason.

The list comes a page at a time (``lpdesk.services.due_page``): the first screenful at once, the
next as the table is scrolled to its end. The status and scope choices ask the service again;
the counts in the hint are always the whole list's. Typing in the filter loads the rest of the
list first, so that the filter finds what is there, not only what was shown."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from lpdesk.domain import DueKind, DueStatus, UserRole
from lpdesk.gui.caseload.due_model import CASE_ID_ROLE, DueColumn, DueFilterProxy, DueModel
from lpdesk.gui.shell.badges import BadgeDelegate
from lpdesk.gui.shell.buddy import buddy_label
from lpdesk.gui.shell.changes import LISTED
from lpdesk.gui.shell.page import Page
from lpdesk.gui.shell.signals import emit
from lpdesk.gui.shell.tables import open_rows_with, read_only_view
from lpdesk.gui.shell.tasks import TaskRunner
from lpdesk.services.due_page import PAGE_SIZE, DuePage, due_page

__all__ = ["DueView"]

_EVERY_STATUS = frozenset(s.value for s in DueStatus)


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
        self.proxy.set_statuses(_EVERY_STATUS)  # the service lists only the statuses chosen
        self.model.fetcher = self._fetch_more
        self._asked = 0  # which request the model shows (a later one wins)
        self._counts: tuple[int, int, int] | None = None  # the whole list's: overdue, soon, all
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
        self.status_combo.addItem(self.tr("Overdue and due soon"), "pending")
        self.status_combo.addItem(self.tr("Overdue only"), "overdue")
        self.status_combo.addItem(self.tr("Everything"), "all")
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
        # In the service's order (overdue first, then by due date): the rows shown are the
        # first pages, and sorting them by another column would pretend to sort the list.
        self.table_view.setSortingEnabled(False)
        self.proxy.sort(-1)  # the source's order
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
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.status_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.scope_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh_button.clicked.connect(self.refresh)
        open_rows_with(self.table_view, self._open_index)

    def bind(self, session) -> None:  # type: ignore[no-untyped-def]
        actor = session.ctx.actor
        if actor.person_id is None or actor.role is not UserRole.LEAD_PROFESSIONAL:
            self.scope_combo.setCurrentIndex(1)
        super().bind(session)

    def _ask(self, after: Any, limit: int | None, *, counts: bool = False) -> Any:
        """The service call for the list chosen now, from ``after`` (run on the database lane)."""
        session = self.session
        assert session is not None
        mine = self.scope_combo.currentData() == "mine"
        lp = session.ctx.actor.person_id if mine else None
        show = self.status_combo.currentData()
        kinds = self.kinds
        return lambda: due_page(
            session.ctx,
            profiles=session.profiles,
            lp_person_id=lp,
            kinds=kinds,
            show=show,
            after=after,
            limit=limit,
            counts=counts,
        )

    def refresh(self) -> None:
        if self.session is None:
            return
        self._asked += 1
        asked = self._asked
        self._counts = None
        self.hint_label.setText(self.tr("Loading…"))
        self.runner.run(
            self._ask(None, PAGE_SIZE),
            lambda page: self._show_first(asked, page),
            self._load_failed,
            owner=self,
        )

    def _show_first(self, asked: int, page: DuePage) -> None:
        """The first screenful at once; the whole list's counts follow (a second request:
        counting the whole team's list takes longer than reading its first page)."""
        if asked != self._asked:
            return  # the choices changed while it loaded: a newer request is on its way
        self.model.set_page(page.items, page.after)
        if page.total is not None and page.overdue is not None and page.due_soon is not None:
            self._counted(asked, page)
        else:
            self._show_counts()
            self.runner.run(
                self._ask(None, 1, counts=True),
                lambda counted: self._counted(asked, counted),
                self._load_failed,
                owner=self,
            )
        if self.filter_edit.text():
            self._load_the_rest()

    def _counted(self, asked: int, page: DuePage) -> None:
        if asked != self._asked or page.total is None:
            return
        self._counts = (page.overdue or 0, page.due_soon or 0, page.total)
        self._show_counts()
        emit(self.sig_loaded, self.model.rowCount())

    def _fetch_more(self, after: Any) -> None:
        """Qt asks for more rows (the table scrolled to its end): the next page."""
        self._load(after, PAGE_SIZE)

    def _load_the_rest(self) -> None:
        if not self.model.complete:
            self.hint_label.setText(self.tr("Loading the whole list to filter it…"))
            self._load(self.model.after, None)

    def _load(self, after: Any, limit: int | None) -> None:
        if self.session is None:
            self.model.fetch_failed()
            return
        asked = self._asked

        def show(page: DuePage) -> None:
            if asked != self._asked or after != self.model.after:
                return  # a newer list replaced the one this page belongs to
            self.model.append_page(page.items, page.after)
            self._show_counts()

        def failed(err: BaseException) -> None:
            self.model.fetch_failed()
            self._load_failed(err)

        self.model.begin_fetch()
        self.runner.run(self._ask(after, limit), show, failed, owner=self)

    def _filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        if text:
            self._load_the_rest()

    def _show_counts(self) -> None:
        shown = self.model.rowCount()
        if self._counts is None:
            text = self.tr("showing the first %1; counting the whole list…").replace(
                "%1", f"{shown:,}"
            )
            self.hint_label.setText(text)
            return
        overdue, due_soon, total = self._counts
        counts = (
            self.tr("%n overdue", "", overdue)
            + " · "
            + self.tr("%n due soon", "", due_soon)
            + " · "
        )
        if shown < total:
            counts += (
                self.tr("showing the first %1 of %2; scroll for more")
                .replace("%1", f"{shown:,}")
                .replace("%2", f"{total:,}")
                + " · "
            )
        self.hint_label.setText(
            counts + self.tr("hover an item for the rule behind it; double-click to open the case")
        )

    def _load_failed(self, err: BaseException) -> None:
        self.hint_label.setText(self.tr("The due list could not be loaded."))
        self.report_error(err)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            item = self.model.item_at(self.proxy.mapToSource(index).row())
            emit(self.sig_open_case, int(index.data(CASE_ID_ROLE)), item.case_reference)
