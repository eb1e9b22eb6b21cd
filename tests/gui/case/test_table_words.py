"""A case's tables say things in words: an empty table has no rows and a label beside it says why
(a fake row would be counted by a screen reader as a row of blank cells), and no cell holds only a
symbol ("✓", "–")."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QTableWidget

from lpdesk.gui.shell.tables import empty_label

_SYMBOLS_ONLY = re.compile(r"^[^\w]+$")


def _cells(table: QTableWidget) -> list[str]:
    return [
        item.text()
        for r in range(table.rowCount())
        for c in range(table.columnCount())
        if (item := table.item(r, c)) is not None
    ]


def test_empty_tables_say_why_beside_them_and_have_no_rows(lp_workspace) -> None:
    ws = lp_workspace
    tables = ws.findChildren(QTableWidget)
    assert tables
    empties = [t for t in tables if t.rowCount() == 0]
    assert ws.ui.visits_table in empties, "a new case has no visits"
    for table in empties:
        label = empty_label(table)
        if label is None:  # a list this screen never fills with words of its own
            continue
        assert label.text().strip() and not label.isHidden(), table.objectName()
        assert table.accessibleDescription() == label.text()
    label = empty_label(ws.ui.visits_table)
    assert label is not None and label.text() == "No visits recorded."
    filled = [t for t in tables if t.rowCount() > 0]
    for table in filled:
        label = empty_label(table)
        assert label is None or label.isHidden(), table.objectName()


def test_no_cell_is_only_a_symbol(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    shown = 0
    for r in range(main_window.caseload_view.model.rowCount()):
        row = main_window.caseload_view.model.row_at(r)
        ws = main_window.open_case(row.case_id, row.reference)
        qtbot.waitUntil(lambda ws=ws: ws.snapshot is not None, timeout=10000)
        for table in ws.findChildren(QTableWidget):
            cells = _cells(table)
            shown += len(cells)
            bare = [text for text in cells if _SYMBOLS_ONLY.match(text.strip())]
            assert bare == [], f"{table.objectName()}: {bare}"
    assert shown, "the demo cases fill their tables"
