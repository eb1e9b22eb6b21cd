"""Choosing through the accessibility interface, as a screen reader does over AT-SPI (its
Selection interface is Qt's QAccessibleSelectionInterface): choosing a navigation item shows its
page; choosing a caseload row enables "Open case", whose press action opens the case; choosing a
section of the minutes moves to it. The navigation counts exactly the items it shows."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QAccessibleInterface
from PySide6.QtWidgets import QApplication


def _children(iface: QAccessibleInterface) -> list[QAccessibleInterface]:
    return [iface.child(i) for i in range(iface.childCount())]


def _cell(iface: QAccessibleInterface, row: int, column: int = 0) -> QAccessibleInterface:
    for child in _children(iface):
        cell = child.tableCellInterface()
        if cell is not None and (cell.rowIndex(), cell.columnIndex()) == (row, column):
            return child
    raise AssertionError(f"no cell at row {row}, column {column}")


def _shown(qtbot: Any, main_window: Any) -> None:
    main_window.show()
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window, timeout=3000)


def test_the_navigation_counts_what_it_shows_and_a_choice_shows_the_page(
    qtbot, main_window
) -> None:
    _shown(qtbot, main_window)
    nav = main_window.ui.nav_list
    iface = QAccessible.queryAccessibleInterface(nav)
    items = _children(iface)
    shown = [nav.item(r).text() for r in range(nav.count()) if not nav.item(r).isHidden()]
    assert [c.text(QAccessible.Text.Name) for c in items] == shown  # none hidden, none extra
    assert main_window.chair_view.windowTitle() not in shown  # a lead professional's list
    due = next(c for c in items if c.text(QAccessible.Text.Name) == "Due and overdue")
    assert main_window.ui.page_stack.currentWidget() is not main_window.due_view
    assert iface.selectionInterface().select(due)
    assert main_window.ui.page_stack.currentWidget() is main_window.due_view
    assert iface.selectionInterface().selectedItemCount() == 1
    # a choice by the item's own action (AT-SPI's "toggle" on a list item) does the same
    visits = next(c for c in items if c.text(QAccessible.Text.Name) == "Visits")
    actions = visits.actionInterface()
    assert actions is not None
    iface.selectionInterface().clear()
    actions.doAction(QAccessibleActionInterface.toggleAction())
    assert main_window.ui.page_stack.currentWidget() is main_window.visits_view


def test_a_caseload_row_chosen_through_the_selection_interface_opens_with_open_case(
    qtbot, main_window
) -> None:
    _shown(qtbot, main_window)
    view = main_window.caseload_view
    assert view.proxy.rowCount() >= 1
    assert not view.open_button.isEnabled()
    table = QAccessible.queryAccessibleInterface(view.table_view)
    assert table.selectionInterface().select(_cell(table, 0))
    assert view.open_button.isEnabled()
    reference = view.proxy.index(0, 0).data()
    button = QAccessible.queryAccessibleInterface(view.open_button)
    button.actionInterface().doAction(QAccessibleActionInterface.pressAction())
    qtbot.waitUntil(lambda: bool(main_window.workspaces), timeout=5000)
    assert reference in main_window.ui.nav_list.currentItem().text()


def test_a_section_of_the_minutes_chosen_through_the_selection_interface_is_shown(
    qtbot, main_window
) -> None:
    _shown(qtbot, main_window)
    row = main_window.caseload_view.model.row_at(0)
    workspace = main_window.open_case(row.case_id, row.reference)
    qtbot.waitUntil(lambda: workspace.snapshot is not None, timeout=10000)
    workspace.ui.meetings_table.selectRow(0)
    wizard = workspace.open_selected_meeting()
    qtbot.addWidget(wizard)
    sections = wizard.minute_page.editor.section_list
    qtbot.waitUntil(lambda: sections.count() > 3, timeout=5000)
    iface = QAccessible.queryAccessibleInterface(sections)
    assert iface.selectionInterface().select(iface.child(3))
    assert sections.currentRow() == 3
    wizard.reject()
