"""Read-only tables: one look for every list in lpdesk (``style_read_only``, ``read_only_view``),
and filling a QTableWidget from rows of text for the small lists inside a case workspace."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

__all__ = ["fill_table", "open_rows_with", "prepare_table", "read_only_view", "style_read_only"]

ROW_DATA = Qt.ItemDataRole.UserRole + 1


def style_read_only(
    view: QTableView,
    *,
    several: bool = False,
    word_wrap: bool = True,
    row_height: int | None = None,
) -> None:
    """Whole rows selected (one, or ``several``), nothing editable, alternating rows, no grid,
    headers left-aligned, the last column stretched. Tab leaves the table (Qt's per-cell Tab
    navigation would trap a keyboard user in it: the arrow keys move between rows)."""
    view.setTabKeyNavigation(False)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if several
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(word_wrap)
    view.verticalHeader().setVisible(False)
    if row_height is not None:
        view.verticalHeader().setDefaultSectionSize(row_height)
    header = view.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)


def read_only_view(
    parent: QWidget,
    name: str,
    accessible: str,
    model: QAbstractItemModel | None = None,
    *,
    several: bool = False,
    word_wrap: bool = True,
    row_height: int | None = None,
) -> QTableView:
    """A sortable read-only QTableView over ``model`` (usually a sort/filter proxy)."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    if model is not None:
        view.setModel(model)
    style_read_only(view, several=several, word_wrap=word_wrap, row_height=row_height)
    view.setSortingEnabled(True)
    return view


def open_rows_with(view: QAbstractItemView, slot: Callable[[QModelIndex], object]) -> None:
    """A row opens with Enter or Return, or a double-click (Qt's ``activated``), and only once."""
    view.activated.connect(slot)


def prepare_table(table: QTableWidget, headers: Sequence[str]) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    style_read_only(table)


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
