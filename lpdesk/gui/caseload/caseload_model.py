"""The caseload as a table: one row per open case (``lpdesk.services.due.CaseloadRow``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from lpdesk.gui.shell.badges import BADGE_ROLE
from lpdesk.gui.shell.labels import due_kind_label, fmt_date
from lpdesk.services.due import CaseloadRow

__all__ = ["CASE_ID_ROLE", "SORT_ROLE", "CaseloadColumn", "CaseloadModel"]

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class CaseloadColumn(IntEnum):
    REFERENCE = 0
    CHILDREN = 1
    LEAD = 2
    PROFILE = 3
    STATUS = 4
    NEXT_DUE = 5


_COLUMNS = len(CaseloadColumn)
_STATUS = int(CaseloadColumn.STATUS)


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("CaseloadModel", text, None, n)


class CaseloadModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseloadRow] = []
        self._profile_title: Callable[[str], str] = lambda pid: pid

    def set_profile_titles(self, title_of: Callable[[str], str]) -> None:
        self._profile_title = title_of

    def set_rows(self, rows: Sequence[CaseloadRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> CaseloadRow:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            CaseloadColumn.REFERENCE: _tr("Case"),
            CaseloadColumn.CHILDREN: _tr("Children"),
            CaseloadColumn.LEAD: _tr("Lead professional"),
            CaseloadColumn.PROFILE: _tr("Plan profile"),
            CaseloadColumn.STATUS: _tr("Status"),
            CaseloadColumn.NEXT_DUE: _tr("Next due"),
        }[CaseloadColumn(section)]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == SORT_ROLE:  # first: sorting a whole team asks for it ~200,000 times
            if index.column() == _STATUS:
                return row.overdue * 1000 + row.due_soon
            return self._sort_key(row, CaseloadColumn(index.column()))
        column = CaseloadColumn(index.column())
        if role == CASE_ID_ROLE:
            return row.case_id
        if role == BADGE_ROLE and column is CaseloadColumn.STATUS:
            return self.badges(row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        tip_column = column in (CaseloadColumn.NEXT_DUE, CaseloadColumn.STATUS)
        if role == Qt.ItemDataRole.ToolTipRole and tip_column and row.next_due:
            return row.next_due.reason
        return None

    def badges(self, row: CaseloadRow) -> list[tuple[str, str]]:
        found: list[tuple[str, str]] = []
        if row.overdue:
            found.append((_tr("%n overdue", row.overdue), "overdue"))
        if row.due_soon:
            found.append((_tr("%n due soon", row.due_soon), "due_soon"))
        return found or [(_tr("On track"), "ok")]

    def _text(self, row: CaseloadRow, column: CaseloadColumn) -> str:
        if column is CaseloadColumn.REFERENCE:
            return row.reference
        if column is CaseloadColumn.CHILDREN:
            return ", ".join(row.children)
        if column is CaseloadColumn.LEAD:
            return row.lead_professional
        if column is CaseloadColumn.PROFILE:
            return self._profile_title(row.profile_id)
        if column is CaseloadColumn.STATUS:
            return ", ".join(text for text, _ in self.badges(row))
        item = row.next_due
        if item is None:
            return ""
        return f"{fmt_date(item.due)} · {due_kind_label(item.kind)}"

    def _sort_key(self, row: CaseloadRow, column: CaseloadColumn) -> Any:
        if column is CaseloadColumn.STATUS:
            return row.overdue * 1000 + row.due_soon
        if column is CaseloadColumn.NEXT_DUE:
            return row.next_due.due.toordinal() if row.next_due else 10**9
        return self._text(row, column).casefold()
