"""The convene page's date and time fields: Tab and Shift+Tab leave each in one step (Qt's edits
spent a Tab on every part), typing starts at the day, the arrow keys still move between the parts,
and suggested dates arriving after a date was typed do not overwrite it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QLineEdit, QVBoxLayout, QWidget

from lpdesk.gui.meeting.convene_fields import MeetingDateEdit, MeetingTimeEdit
from lpdesk.services.meetings import ProposedDate
from tests.gui.meeting.test_meeting_wizard import workspace  # noqa: F401  (fixture)


@pytest.fixture
def host(qtbot):  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    yield widget
    widget.close()


@pytest.fixture
def fields(qtbot, host):  # type: ignore[no-untyped-def]
    layout = QVBoxLayout(host)
    before = QLineEdit(host)  # the focus chain is the order of creation
    day = MeetingDateEdit(host)
    day.setDisplayFormat("ddd d MMM yyyy")
    day.setDate(QDate(2026, 12, 22))
    moment = MeetingTimeEdit(host)
    after = QLineEdit(host)
    for widget in (before, day, moment, after):
        layout.addWidget(widget)
    host.show()
    host.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is host, timeout=3000)
    before.setFocus()
    return before, day, moment, after


def test_tab_leaves_the_date_and_the_time_in_one_step(qtbot, fields) -> None:
    before, day, moment, after = fields
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is day
    assert day.currentSection() == QDateTimeEdit.Section.DaySection  # not the weekday
    qtbot.keyClicks(day, "06 Dec 2027")
    assert day.date() == QDate(2027, 12, 6)
    qtbot.keyClick(day, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is moment
    qtbot.keyClicks(moment, "13:30")
    assert (moment.time().hour(), moment.time().minute()) == (13, 30)
    qtbot.keyClick(moment, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after
    qtbot.keyClick(after, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is moment
    qtbot.keyClick(moment, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is day
    qtbot.keyClick(day, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is before


def test_the_arrow_keys_still_move_between_the_parts(qtbot, fields) -> None:
    before, day, _moment, _after = fields
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    qtbot.keyClick(day, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is day
    assert day.currentSection() == QDateTimeEdit.Section.MonthSection
    qtbot.keyClick(day, Qt.Key.Key_Down)
    assert day.date() == QDate(2026, 11, 22)


def test_suggested_dates_arriving_late_do_not_overwrite_a_typed_date(
    qtbot,
    workspace,  # noqa: F811
) -> None:
    wizard = workspace.open_new_meeting()
    qtbot.addWidget(wizard)
    page = wizard.convene_page
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard, timeout=3000)
    page.date_edit.setFocus()
    qtbot.waitUntil(page.date_edit.hasFocus, timeout=3000)
    page.date_edit.setDate(QDate(2027, 2, 3))  # as typing does, with the focus in the field
    page._show_proposals([ProposedDate(day=date(2027, 1, 20), reason="due")])
    assert page.date_edit.date() == QDate(2027, 2, 3)
