"""No table on any screen shows machine text: no record numbers ("person 30", "child 4",
"action #12"), no internal keys ("health_information", "lp_manager"). Every page of the main
window and every tab of every demo case, as a lead professional, and as a team manager (who also
reads each case's History); the pages of an administrator and a conference chair."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

pytestmark = [pytest.mark.slow, pytest.mark.slowest]  # minutes each: started first (make test)

MACHINE = re.compile(
    r"\b(?:person|child|member|case|meeting|action|assessment|record|section) #?\d+\b"
    r"|#\d+|\b[a-z]+_[a-z_]+\b|_[a-z]+_"
)
# the demo's users (lpdesk/services/demo/staff.py), and whether their cases are opened too
ROLES = [
    ("aisha.rahman", True),  # a lead professional
    ("daniel.kowalczyk", True),  # a team manager, who reads each case's History
    ("beatriz.santos", False),  # an administrator
    ("rahel.tesfaye", False),  # a conference chair
]


def cells(root: QWidget) -> list[str]:
    """Every cell's text in every visible table or list under ``root``."""
    found: list[str] = []
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or not view.isVisibleTo(root.window()):
            continue
        for r in range(model.rowCount()):
            for c in range(model.columnCount()):
                text = model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole)
                if isinstance(text, str) and text:
                    found.append(text)
    return found


def settled(qtbot: Any, runner: Any, root: QWidget) -> list[str]:
    """The cells once the screen has finished loading: the window's task runner idle, what its
    last task posted delivered, and the cells the same twice in a row (an empty table: the same
    for half a second, as a load could still be on its way). Waiting on the runner, not a fixed
    quarter of a second per look, is what keeps this test to seconds (docs/testing.md)."""
    before: list[str] | None = None
    steady = 0
    for _ in range(200):
        qtbot.waitUntil(lambda: runner.pending == 0, timeout=10000)
        qtbot.wait(25)  # the events the last task posted
        now = cells(root)
        steady = steady + 1 if now == before and runner.pending == 0 else 0
        if steady >= (1 if now else 20):
            return now
        before = now
    return before or []


def machine_text(where: str, texts: list[str]) -> list[str]:
    return [f"{where}: {text!r}" for text in texts if MACHINE.search(text)]


@pytest.mark.parametrize(("username", "with_cases"), ROLES)
def test_no_table_shows_record_numbers_or_internal_keys(
    qtbot, window_as, username, with_cases
) -> None:
    window = window_as(username)
    window.resize(1366, 768)
    window.show()
    problems: list[str] = []
    read = 0
    for page in window.pages:
        window.show_page(page)
        texts = settled(qtbot, window.runner, page)
        read += len(texts)
        problems += machine_text(page.objectName(), texts)
    model = window.caseload_view.model
    for r in range(model.rowCount() if with_cases else 0):
        row = model.row_at(r)
        ws = window.open_case(row.case_id, row.reference)
        qtbot.waitUntil(lambda ws=ws: ws.snapshot is not None, timeout=10000)
        tabs = ws.ui.section_tabs
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            texts = (
                settled(qtbot, window.runner, tabs.widget(i))
                if tabs.widget(i).findChildren(QAbstractItemView)
                else []
            )
            read += len(texts)
            problems += machine_text(f"{row.reference} {tabs.tabText(i)}", texts)
        QApplication.processEvents()
    assert read > (100 if with_cases else 5), "the demo fills the tables"
    assert problems == [], "\n".join(problems)
