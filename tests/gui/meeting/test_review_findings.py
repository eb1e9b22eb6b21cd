"""The review list reads each finding in the pro-forma's own words (never an internal path such as
"header.purpose"), and Enter on a finding goes back to the minutes with the focus on its field."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from lpdesk.domain import MeetingStatus
from lpdesk.gui.meeting.meeting_wizard import MINUTE, REVIEW
from tests.gui.meeting.test_meeting_wizard import _convene_today

pytestmark = pytest.mark.slow

_PATH = re.compile(r"\b[a-z]+(_[a-z]+)*\.[a-z_]+\b|\w+\[\d+\]")


@pytest.fixture
def workspace(qtbot, main_window):  # type: ignore[no-untyped-def]
    row = main_window.caseload_view.model.row_at(0)
    ws = main_window.open_case(row.case_id, row.reference)
    qtbot.waitUntil(lambda: ws.snapshot is not None, timeout=5000)
    return ws


def test_findings_are_read_in_words_and_enter_goes_to_the_field(qtbot, workspace) -> None:
    wizard = _convene_today(qtbot, workspace)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard, timeout=3000)
    qtbot.waitUntil(lambda: wizard.minute_page.prefill_data is not None, timeout=5000)
    wizard.minute_page.attendance_editor.record_button.click()  # the meeting is held
    qtbot.waitUntil(lambda: wizard.meeting.status is MeetingStatus.HELD, timeout=5000)
    review = wizard.review_page
    with qtbot.waitSignal(review.sig_checked, timeout=5000):
        wizard.next()
    assert wizard.currentId() == REVIEW
    lines = [review.findings_list.item(i).text() for i in range(review.findings_list.count())]
    assert lines and len(lines) == len(review.findings)
    spoken = [line for line in lines if _PATH.search(line)]
    assert spoken == [], "internal keys read aloud"
    assert not [line for line in lines if "_" in line or "⚠" in line]
    purpose = next(i for i, f in enumerate(review.findings) if f.field == "header.purpose")
    label = wizard.minute_page.editor.spec.section("header").field("purpose").label
    assert lines[purpose].startswith(label), lines[purpose]

    review.findings_list.setFocus()
    review.findings_list.setCurrentRow(purpose)
    qtbot.keyClick(review.findings_list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentId() == MINUTE, timeout=3000)
    field = wizard.minute_page.editor.editor("header", "purpose").focus_widget()
    qtbot.waitUntil(field.hasFocus, timeout=3000)
    wizard.reject()
