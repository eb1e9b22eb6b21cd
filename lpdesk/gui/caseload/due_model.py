"""The due list as a table (``lpdesk.domain.DueItem``): overdue first, each with its reason."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from lpdesk.domain import DueItem, DueStatus
from lpdesk.gui.shell.badges import BADGE_ROLE
from lpdesk.gui.shell.labels import due_kind_label, due_status_label, fmt_date

__all__ = ["STATUS_ROLE", "DueColumn", "DueFilterProxy", "DueModel", "sort_due_items"]

SORT_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex
_RANK = {DueStatus.OVERDUE: 0, DueStatus.DUE_SOON: 1, DueStatus.OK: 2}


def sort_due_items(items: Sequence[DueItem]) -> list[DueItem]:
    """Overdue first, then due soon, then the rest; earliest first within each."""
    return sorted(items, key=lambda i: (_RANK[i.status], i.due, i.case_reference, i.kind.value))


class DueColumn(IntEnum):
    STATUS = 0
    DUE = 1
    CASE = 2
    CHILD = 3
    WHAT = 4
    REASON = 5


def _tr(text: str) -> str:
    return QCoreApplication.translate("DueModel", text)


class DueModel(QAbstractTableModel):
    """The due items shown. A paged list (``set_page``) holds the first pages only; Qt asks for
    more as the view scrolls to the end (``canFetchMore``/``fetchMore``), and ``fetcher`` (set by
    the view) loads the next page off the UI thread and hands it to ``append_page``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[DueItem] = []
        self._after: Any = None  # where the next page starts; None: everything is here
        self._fetching = False
        self.fetcher: Callable[[Any], None] | None = None

    def set_items(self, items: Sequence[DueItem]) -> None:
        """A whole list, put in order here."""
        self.beginResetModel()
        self._items = sort_due_items(items)
        self._after, self._fetching = None, False
        self.endResetModel()

    def set_page(self, items: Sequence[DueItem], after: Any) -> None:
        """The first page of a list the service has put in order; ``after``: more to come."""
        self.beginResetModel()
        self._items = list(items)
        self._after, self._fetching = after, False
        self.endResetModel()

    def append_page(self, items: Sequence[DueItem], after: Any) -> None:
        """The next page, asked for with ``after`` (``fetchMore``)."""
        if items:
            first = len(self._items)
            self.beginInsertRows(QModelIndex(), first, first + len(items) - 1)
            self._items.extend(items)
            self.endInsertRows()
        self._after, self._fetching = after, False

    def begin_fetch(self) -> None:
        """A page is on its way: Qt asks for no other meanwhile."""
        self._fetching = True

    def fetch_failed(self) -> None:
        self._fetching = False

    @property
    def after(self) -> Any:
        return self._after

    @property
    def complete(self) -> bool:
        """Every item of the list is here."""
        return self._after is None

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return (
            not parent.isValid()
            and self._after is not None
            and not self._fetching
            and self.fetcher is not None
        )

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            assert self.fetcher is not None
            self._fetching = True
            self.fetcher(self._after)

    def item_at(self, row: int) -> DueItem:
        return self._items[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(DueColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            DueColumn.STATUS: _tr("Status"),
            DueColumn.DUE: _tr("Due"),
            DueColumn.CASE: _tr("Case"),
            DueColumn.CHILD: _tr("Child"),
            DueColumn.WHAT: _tr("What"),
            DueColumn.REASON: _tr("Why"),
        }[DueColumn(section)]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        column = DueColumn(index.column())
        if role == CASE_ID_ROLE:
            return item.case_id
        if role == STATUS_ROLE:
            return item.status.value
        if role == BADGE_ROLE and column is DueColumn.STATUS:
            return [(due_status_label(item.status), item.status.value)]
        if role == SORT_ROLE:
            if column is DueColumn.STATUS:
                return _RANK[item.status] * 10_000_000 + item.due.toordinal()
            if column is DueColumn.DUE:
                return item.due.toordinal()
            return self._text(item, column).casefold()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.reason
        return None

    def _text(self, item: DueItem, column: DueColumn) -> str:
        return {
            DueColumn.STATUS: due_status_label(item.status),
            DueColumn.DUE: fmt_date(item.due, weekday=True),
            DueColumn.CASE: item.case_reference,
            DueColumn.CHILD: item.child_label,
            DueColumn.WHAT: due_kind_label(item.kind),
            DueColumn.REASON: item.reason,
        }[column]


class DueFilterProxy(QSortFilterProxyModel):
    """Text filter over every column plus a set of statuses to show."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._statuses: frozenset[str] = frozenset(s.value for s in DueStatus)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortRole(SORT_ROLE)

    def set_statuses(self, statuses: frozenset[str]) -> None:
        self._statuses = statuses
        self.beginFilterChange()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        status = model.index(source_row, 0, source_parent).data(STATUS_ROLE)
        return status in self._statuses and super().filterAcceptsRow(source_row, source_parent)
