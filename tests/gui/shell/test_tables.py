"""Read-only tables let a keyboard user out with Tab and open a row with Enter, once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from lpdesk.gui.shell.tables import open_rows_with, read_only_view


def _window(qtbot):  # type: ignore[no-untyped-def]
    window = QWidget()
    layout = QVBoxLayout(window)
    before = QLineEdit(window)
    model = QStandardItemModel(3, 2, window)
    for row in range(3):
        for column in range(2):
            model.setItem(row, column, QStandardItem(f"row {row} cell {column}"))
    view = read_only_view(window, "things_table", "Things", model)
    after = QLineEdit(window)
    for widget in (before, view, after):
        layout.addWidget(widget)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window, before, view, after


def test_tab_leaves_a_table_and_shift_tab_goes_back(qtbot) -> None:  # type: ignore[no-untyped-def]
    window, before, view, after = _window(qtbot)
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert window.focusWidget() is after
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Backtab)
    assert window.focusWidget() is before


def test_enter_opens_the_current_row_and_a_double_click_opens_it_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    _window_and, _before, view, _after = _window(qtbot)
    opened: list[int] = []
    open_rows_with(view, lambda index: opened.append(index.row()))
    view.setFocus()
    view.setCurrentIndex(view.model().index(1, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened == [1]
    rect = view.visualRect(view.model().index(2, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [1, 2]
