"""A lead professional's journey with the keyboard alone, on the demo caseload: from the due list
(Enter) to the case, a core group convened, attendance recorded and every section of the minutes
written, the minutes approved and circulated. Once the window is shown, nothing here clicks,
selects or calls a widget's method (it only reads what they show): keys go to whatever has the
focus (QTest), the focus moves only by Tab, Shift+Tab, the arrow keys, Enter and Space, and a
choice is made with the arrow keys, Home, F2 or Ctrl+A. Wherever the keyboard cannot get
through, this test fails."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QWidget,
)

from lpdesk.domain import Meeting, MeetingStatus
from lpdesk.forms.spec import FieldKind
from lpdesk.gui.meeting.meeting_wizard import CIRCULATE, MINUTE, REVIEW

pytestmark = pytest.mark.slow

_NONE = Qt.KeyboardModifier.NoModifier


def focused() -> QWidget:
    """Where a key goes: the focus widget, or the active window while nothing in it has the focus
    (a Tab there moves the focus in, as on a desktop); a moment's grace while a window changes."""
    for _ in range(50):
        widget = QApplication.focusWidget() or QApplication.activeWindow()
        if widget is not None:
            return widget
        QTest.qWait(100)
    raise AssertionError("no window is active and nothing has the keyboard focus")


def press(qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = _NONE) -> None:
    """One key, to whatever has the focus (as the keyboard sends it), and the events it queues
    handled before the next (a cell's editor commits on a queued call)."""
    qtbot.keyClick(focused(), key, modifier)
    QApplication.processEvents()


def type_keys(qtbot: Any, text: str) -> None:
    """Each character to whatever has the focus at that moment (a table cell's editor opens
    with the first one)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(focused(), char)
        else:  # QTest maps ASCII keys only: the character travels as the event's text
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QCoreApplication.sendEvent(
                    focused(), QKeyEvent(kind, Qt.Key.Key_unknown, _NONE, char)
                )
        QApplication.processEvents()


def _describe(widget: QWidget | None) -> str:
    if widget is None:
        return "(nothing)"
    return f"{type(widget).__name__} {widget.objectName()!r} {widget.accessibleName()!r}"


def tab_to(
    qtbot: Any, wanted: Callable[[QWidget], bool], *, backwards: bool = False, limit: int = 150
) -> QWidget:
    """Press Tab (or Shift+Tab) until the focus is on a widget ``wanted`` accepts."""
    passed: list[str] = []
    for _ in range(limit):
        widget = QApplication.focusWidget()
        if widget is not None and wanted(widget):
            return widget
        passed.append(_describe(widget))
        press(qtbot, Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab)
    raise AssertionError("Tab never reached it; it went through:\n" + "\n".join(passed[-40:]))


def named(name: str) -> Callable[[QWidget], bool]:
    return lambda widget: widget.objectName() == name


def being(target: QWidget) -> Callable[[QWidget], bool]:
    return lambda widget: widget is target


def choose(qtbot: Any, combo: QComboBox, wanted: Callable[[Any], bool]) -> None:
    """Home, then Down until the focused combo box shows a choice ``wanted`` accepts."""
    press(qtbot, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if wanted(combo.currentData()):
            return
        press(qtbot, Qt.Key.Key_Down)
    assert wanted(combo.currentData()), f"no such choice in {combo.accessibleName()}"


def _stored(demo_app: Any, meeting_id: int) -> Meeting:
    with demo_app.store.unit_of_work() as uow:
        return uow.repo(Meeting).get(meeting_id)


# -- the steps ------------------------------------------------------------------------------------


def open_case_from_the_due_list(qtbot: Any, main_window: Any) -> Any:
    main_window.resize(1366, 768)
    main_window.show()
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window, timeout=3000)
    tab_to(qtbot, named("nav_list"))
    due = main_window.due_view
    while not due.isVisible():
        before = main_window.ui.nav_list.currentRow()
        press(qtbot, Qt.Key.Key_Down)
        assert main_window.ui.nav_list.currentRow() != before, "the due list is not in reach"
    qtbot.waitUntil(lambda: due.table_view.model().rowCount() > 0, timeout=10000)
    tab_to(qtbot, named("due_table"))
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(main_window.workspaces), timeout=5000)
    workspace = next(iter(main_window.workspaces.values()))
    qtbot.waitUntil(lambda: workspace.snapshot is not None, timeout=10000)
    assert main_window.ui.page_stack.currentWidget() is workspace
    return workspace


def convene_today(qtbot: Any, workspace: Any) -> Any:
    before = len(workspace.wizards)
    tab_to(qtbot, named("convene_button"))
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(workspace.wizards) == before + 1, timeout=5000)
    wizard = workspace.wizards[-1]
    qtbot.addWidget(wizard)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard, timeout=3000)
    page = wizard.convene_page
    qtbot.waitUntil(lambda: page.minute_taker_combo.count() > 1, timeout=5000)
    # the meeting took place today (attendance is recorded only once it has)
    today = date.today()
    tab_to(qtbot, being(page.date_edit))  # typing starts at the day; Tab leaves the field
    month = page.date_edit.locale().monthName(today.month, QLocale.FormatType.ShortFormat)
    type_keys(qtbot, f"{today.day:02d} {month} {today.year}")
    assert page.date_edit.date().toPython() == today
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.time_edit, _describe(QApplication.focusWidget())
    type_keys(qtbot, "00:05")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.venue_edit, _describe(QApplication.focusWidget())
    press(qtbot, Qt.Key.Key_Backtab)  # and back, in one step each
    assert QApplication.focusWidget() is page.time_edit, _describe(QApplication.focusWidget())
    tab_to(qtbot, being(page.venue_edit))
    type_keys(qtbot, "Family centre")
    # the lead professional chairs (and so may approve); someone else takes the minutes
    me = wizard.ctx.actor.person_id
    tab_to(qtbot, being(page.chair_combo))
    choose(qtbot, page.chair_combo, lambda person: person == me)
    tab_to(qtbot, being(page.minute_taker_combo))
    choose(qtbot, page.minute_taker_combo, lambda person: person != me)
    press(qtbot, Qt.Key.Key_Return)  # the wizard's default button: "Convene and minute >"
    qtbot.waitUntil(lambda: wizard.currentId() == MINUTE, timeout=10000)
    return wizard


def record_attendance(qtbot: Any, wizard: Any) -> None:
    minutes = wizard.minute_page
    qtbot.waitUntil(lambda: bool(minutes.attendance_editor.rows), timeout=5000)
    first = minutes.attendance_editor.rows[0][1]
    tab_to(qtbot, being(first))
    assert first.currentText() == "Present"
    tab_to(qtbot, named("record_attendance_button"))
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: wizard.meeting.status is MeetingStatus.HELD, timeout=5000)


def _fill_table(qtbot: Any, editor: Any, member: str) -> None:
    table: QTableWidget = editor.table
    if table.rowCount() == 0:
        tab_to(qtbot, being(editor.add_button))
        press(qtbot, Qt.Key.Key_Space)
        tab_to(qtbot, being(table), backwards=True)
    assert table.currentColumn() == 0
    row = table.currentRow()
    for column, spec in enumerate(editor.spec.columns):
        item = table.item(row, column)
        if item is None or not item.text().strip():
            if spec.kind is FieldKind.CHOICE:
                press(qtbot, Qt.Key.Key_F2)
                press(qtbot, Qt.Key.Key_Down)
            elif spec.kind is FieldKind.SCALE:
                press(qtbot, Qt.Key.Key_F2)
                type_keys(qtbot, "6")
            elif spec.kind is FieldKind.DATE:
                type_keys(qtbot, (date.today() + timedelta(days=28)).isoformat())
            elif spec.key == "who":
                type_keys(qtbot, member)  # a member of the core group
            else:
                type_keys(qtbot, f"{spec.label} noted")
            press(qtbot, Qt.Key.Key_Return)
        if column + 1 < len(editor.spec.columns):
            press(qtbot, Qt.Key.Key_Right)


def minute_every_section(qtbot: Any, wizard: Any) -> None:
    minutes = wizard.minute_page
    tab_to(qtbot, being(minutes.prefill_button), backwards=True)
    press(qtbot, Qt.Key.Key_Space)  # what the records already say, first
    for (_section, _field), editor in minutes.editor.editors.items():
        target = editor.focus_widget()
        tab_to(qtbot, being(target))
        kind = editor.spec.kind
        if kind is FieldKind.TABLE:
            _fill_table(qtbot, editor, wizard.overview.lead.name)
        elif editor.value() is not None:
            continue
        elif isinstance(target, QComboBox):
            press(qtbot, Qt.Key.Key_Down)  # the first answer after "not answered"
        elif isinstance(target, QSpinBox):
            for _ in range(6):
                press(qtbot, Qt.Key.Key_Up)
        elif kind is FieldKind.DATE:
            type_keys(qtbot, (date.today() + timedelta(days=28)).strftime("%d/%m/%Y"))
        elif isinstance(target, (QLineEdit, QPlainTextEdit)):
            type_keys(qtbot, f"{editor.spec.label}: discussed and agreed")
        assert editor.value() is not None, f"{editor.spec.label} took no answer from the keyboard"
    with qtbot.waitSignal(minutes.sig_saved, timeout=8000):
        tab_to(qtbot, being(minutes.save_button))
        press(qtbot, Qt.Key.Key_Space)


def approve(qtbot: Any, wizard: Any) -> None:
    review = wizard.review_page
    next_button = wizard.button(wizard.WizardButton.NextButton)
    with qtbot.waitSignal(review.sig_checked, timeout=8000):
        tab_to(qtbot, being(next_button))
        press(qtbot, Qt.Key.Key_Space)
    assert wizard.currentId() == REVIEW
    assert not review.findings, [f"{f.field}: {f.message}" for f in review.findings]
    with qtbot.waitSignal(review.sig_approved, timeout=8000):
        tab_to(qtbot, being(review.approve_button))
        press(qtbot, Qt.Key.Key_Space)


def circulate(qtbot: Any, wizard: Any, pack_dir: Path) -> None:
    page = wizard.circulate_page
    next_button = wizard.button(wizard.WizardButton.NextButton)
    with qtbot.waitSignal(page.sig_previewed, timeout=15000):
        tab_to(qtbot, being(next_button))
        press(qtbot, Qt.Key.Key_Space)
    assert wizard.currentId() == CIRCULATE
    tab_to(qtbot, being(page.folder_edit))
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_keys(qtbot, str(pack_dir))
    # a member excluded from the group receives a summary instead: written before the pack
    for excluded in [r for r in page.check.recipients if r.excluded and not r.summary]:
        tab_to(qtbot, being(page.preview_table))
        press(qtbot, Qt.Key.Key_Home)
        for _ in range(page.preview_table.rowCount()):
            if page.chosen_ids() == [excluded.person_id]:
                break
            press(qtbot, Qt.Key.Key_Down)
        assert page.chosen_ids() == [excluded.person_id]
        tab_to(qtbot, being(page.summary_edit))
        type_keys(qtbot, "The core group met and agreed the plan continues.")
        with qtbot.waitSignal(page.sig_status, timeout=15000):
            tab_to(qtbot, being(page.save_summary_button))
            press(qtbot, Qt.Key.Key_Space)
    with qtbot.waitSignal(page.sig_pack_done, timeout=90000):
        tab_to(qtbot, being(page.produce_button))
        press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "Still to be reached" in page.status_label.text(), timeout=15000)
    # everyone's copy sent, posted or handed: choose every recipient, then mark them
    tab_to(qtbot, being(page.preview_table))
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(page.sig_status, timeout=15000):
        tab_to(qtbot, being(page.mark_button))
        press(qtbot, Qt.Key.Key_Space)


def test_a_lead_professional_convenes_minutes_approves_and_circulates_by_keyboard_alone(
    qtbot, main_window, demo_app, tmp_path
) -> None:
    workspace = open_case_from_the_due_list(qtbot, main_window)
    wizard = convene_today(qtbot, workspace)
    meeting_id = wizard.meeting_id
    assert _stored(demo_app, meeting_id).venue == "Family centre"
    record_attendance(qtbot, wizard)
    minute_every_section(qtbot, wizard)
    stored = _stored(demo_app, meeting_id)
    sections = {s.key for s in wizard.minute_page.editor.sections}
    assert {k for k, v in stored.answers.items() if v} >= sections - {"attendance"}
    approve(qtbot, wizard)
    assert _stored(demo_app, meeting_id).status is MeetingStatus.APPROVED
    circulate(qtbot, wizard, tmp_path / "pack")
    assert any((tmp_path / "pack").iterdir())
    stored = _stored(demo_app, meeting_id)
    assert stored.status is MeetingStatus.CIRCULATED and stored.circulated_on is not None
