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


def settled(qtbot: Any, root: QWidget) -> list[str]:
    """The cells once the screen has finished loading (the same twice, a moment apart)."""
    before: list[str] | None = None
    for _ in range(20):
        qtbot.wait(250)
        now = cells(root)
        if now == before and now:
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
        texts = settled(qtbot, page)
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
                settled(qtbot, tabs.widget(i))
                if tabs.widget(i).findChildren(QAbstractItemView)
                else []
            )
            read += len(texts)
            problems += machine_text(f"{row.reference} {tabs.tabText(i)}", texts)
        QApplication.processEvents()
    assert read > (100 if with_cases else 5), "the demo fills the tables"
    assert problems == [], "\n".join(problems)
