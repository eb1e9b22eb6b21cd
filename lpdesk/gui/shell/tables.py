"""Read-only tables: one look for every list in lpdesk (``style_read_only``, ``read_only_view``),
and filling a QTableWidget from rows of text for the small lists inside a case workspace."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractItemModel, QItemSelection, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

__all__ = [
    "current_follows_selection",
    "empty_label",
    "fill_table",
    "open_rows_with",
    "prepare_table",
    "read_only_view",
    "style_read_only",
]

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
    current_follows_selection(view)


def current_follows_selection(view: QAbstractItemView) -> None:
    """A row selected through the accessibility interface (a screen reader's "select", which
    AT-SPI hands to Qt's selection and which does not move the current row) becomes the current
    row, as a click or the arrow keys make it: the app acts on the current row. Call it after
    the view's model is set (a new model brings a new selection model)."""

    def follow(selected: QItemSelection, _deselected: QItemSelection) -> None:
        chosen = view.selectionModel()
        indexes = selected.indexes()
        current = view.currentIndex()
        if not indexes or (
            current.isValid() and chosen.isRowSelected(current.row(), current.parent())
        ):
            return
        chosen.setCurrentIndex(indexes[0], QItemSelectionModel.SelectionFlag.NoUpdate)

    chosen = view.selectionModel()
    if chosen is not None:  # no model yet: called again once it has one
        chosen.selectionChanged.connect(follow)


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


def empty_label(table: QTableWidget) -> QLabel | None:
    """The label beside ``table`` that says why it is empty (None until it has been needed)."""
    parent = table.parentWidget()
    name = f"{table.objectName() or 'table'}_empty_label"
    return parent.findChild(QLabel, name) if parent is not None else None


def _box_holding(layout: QLayout, widget: QWidget) -> QBoxLayout | None:
    if isinstance(layout, QBoxLayout) and layout.indexOf(widget) >= 0:
        return layout
    for i in range(layout.count()):
        item = layout.itemAt(i)
        inner = item.layout() if item is not None else None
        found = _box_holding(inner, widget) if inner is not None else None
        if found is not None:
            return found
    return None


def _say_empty(table: QTableWidget, text: str) -> None:
    label = empty_label(table)
    parent = table.parentWidget()
    layout = parent.layout() if parent is not None else None
    if label is None and text and layout is not None:
        box = _box_holding(layout, table)
        if box is not None:
            label = QLabel(parent)
            label.setObjectName(f"{table.objectName() or 'table'}_empty_label")
            label.setWordWrap(True)
            label.setProperty("role", "page_hint")
            box.insertWidget(box.indexOf(table), label)
    if label is not None:
        label.setText(text)
        label.setVisible(bool(text))
    table.setAccessibleDescription(text)


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
    rows, ``empty`` says why in a label beside the table (and in the table's accessible
    description), not as a fake row a screen reader would count as a row of blank cells."""
    table.setSortingEnabled(False)
    table.clearContents()
    table.clearSpans()
    _say_empty(table, "" if rows else empty)
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
