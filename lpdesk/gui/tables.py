"""Filling a read-only QTableWidget from rows of text: the small lists inside a case workspace."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

__all__ = ["fill_table", "prepare_table"]

ROW_DATA = Qt.ItemDataRole.UserRole + 1


def prepare_table(table: QTableWidget, headers: Sequence[str]) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)


def fill_table(
    table: QTableWidget,
    rows: Sequence[Sequence[str]],
    *,
    data: Sequence[object] | None = None,
    tooltips: Sequence[str] | None = None,
    empty: str = "",
) -> None:
    """Replace the rows. ``data`` (one per row) is kept on column 0 under ``ROW_DATA``. With no
    rows, ``empty`` is shown as a single greyed row so an empty list says why it is empty."""
    table.setSortingEnabled(False)
    table.clearContents()
    if not rows and empty:
        table.setRowCount(1)
        item = QTableWidgetItem(empty)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        table.setItem(0, 0, item)
        table.setSpan(0, 0, 1, max(1, table.columnCount()))
        return
    table.clearSpans()
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if tooltips is not None:
                item.setToolTip(tooltips[r])
            if c == 0 and data is not None:
                item.setData(ROW_DATA, data[r])
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    for c in range(table.columnCount() - 1):
        table.setColumnWidth(c, min(table.columnWidth(c) + 16, 220))
    table.resizeRowsToContents()
