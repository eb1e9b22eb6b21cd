"""Journey 3 from an empty database, through the real windows: convene a core group, send the
invitations (each member on their own channel, the next review conference in each letter), be
warned before convening a second, move the meeting (calendar update) and cancel it after a
confirmation (calendar cancellation). Files are read back: calendars with icalendar, letters'
text with pdftotext, email drafts with the email package."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from email import message_from_bytes, policy

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QMessageBox

from lpdesk.domain import (
    AuditEvent,
    Channel,
    DocumentKind,
    GeneratedDocument,
    Meeting,
    MeetingStatus,
)
from lpdesk.gui.shell.labels import fmt_date
from tests.gui.helpers import type_text
from tests.gui.journey_meeting_steps import (
    calendar_event,
    convene,
    invitations_dialog,
    pack_passwords,
    send_invitations,
    stored_meeting,
    working_day,
)
from tests.gui.journey_steps import saved_message
from tests.gui.test_dialogs import check_labelled
from tests.services.test_circulation_fixtures import pdf_everything

pytestmark = pytest.mark.slow


def test_convene_invite_warn_move_and_cancel(qtbot, lp_workspace, empty_app, journey, tmp_path):
    ws = lp_workspace
    day = working_day(date.today() + timedelta(days=3))

    # Convene through the wizard: the LP's manager chairs the first, the health visitor minutes.
    wizard = convene(
        qtbot,
        ws,
        day,
        chair_id=journey.manager_id,
        minute_taker_id=journey.health_visitor_id,
        venue="Family centre, room 2",
    )
    meeting_id = wizard.meeting_id
    # Attendance is recorded on or after the day, not before.
    minutes = wizard.minute_page
    qtbot.waitUntil(lambda: minutes.attendance_editor is not None, timeout=10000)
    minutes.attendance_editor.record_button.click()
    qtbot.waitUntil(
        lambda: "not happened yet" in minutes.attendance_editor.status_label.text(),
        timeout=10000,
    )
    wizard.close()

    # Convening a meeting for a later day leads straight to sending the invitations.
    dialog = invitations_dialog(qtbot, ws)
    check_labelled(dialog, dialog.windowTitle())
    assert fmt_date(journey.review_on) in dialog.findChild(object, "intro_label").text()
    pack = send_invitations(qtbot, dialog, tmp_path / "first")
    assert not dialog.isVisible()
    by_person = {s.person_id: s for s in pack.invitees}
    assert by_person[journey.mother_id].channel is Channel.EMAIL
    assert by_person[journey.father_id].channel is Channel.POST
    assert by_person[journey.teacher_id].channel is Channel.HAND
    passwords = pack_passwords(pack.password_list_path)
    uid = ""
    for number, sent in enumerate(pack.invitees, start=1):
        text = " ".join(pdf_everything(sent.letter.read_bytes(), passwords[number]).split())
        assert "You are invited to the core group meeting" in text
        assert f"The next review conference is on {journey.review_on:%-d %B %Y}" in text
        assert (sent.letter.stat().st_mode & 0o777) == 0o600
        if sent.channel is Channel.EMAIL:
            msg = message_from_bytes(sent.email.read_bytes(), policy=policy.default)
            assert msg["X-Unsent"] == "1"
            assert "Finn" not in str(msg["Subject"])
            names = sorted(p.get_filename() for p in msg.iter_attachments())
            expected = [sent.calendar.name, sent.letter.name]
            if sent.person_id in (journey.mother_id, journey.father_id):
                # family, invited to the first core group: the guide for families comes too
                expected.append(sent.letter.name.replace("_invitation.pdf", "_guide.pdf"))
            assert names == sorted(expected)
            method, event = calendar_event(sent.calendar)
            assert method == "REQUEST" and int(event["SEQUENCE"]) == 0
            assert event["DTSTART"].dt.replace(tzinfo=None) == datetime.combine(
                day, datetime.min.time()
            ).replace(hour=10)
            uid = str(event["UID"])
        else:
            assert sent.email is None  # a letter to post or hand over
    box = saved_message(qtbot, ws, "saved_message")
    assert "Dana Example: email draft" in box.text()
    assert "Eli Example: letter to post" in box.text()
    box.accept()
    with empty_app.store.unit_of_work() as uow:
        docs = uow.repo(GeneratedDocument).find(kind=DocumentKind.INVITATION)
        assert len(docs) == len(pack.invitees)
        assert any(e.action == "meeting.invitations" for e in uow.repo(AuditEvent).find())
    qtbot.waitUntil(lambda: ws.snapshot is not None and bool(ws.snapshot.meetings), timeout=10000)

    # A second core group while one is convened: warned, and shown the existing one.
    warning = ws.open_new_meeting()
    assert isinstance(warning, QMessageBox)
    assert fmt_date(day) in warning.text()
    warning.findChild(object, "show_convened_button").click()
    assert ws.ui.section_tabs.currentWidget() is ws.ui.meetings_tab
    assert ws._selected_meeting().id == meeting_id
    assert ws.reschedule_button.isEnabled()

    # Move it: the invitees are told with a calendar update (same UID, a higher SEQUENCE).
    later = working_day(day + timedelta(days=2))
    move = ws.open_reschedule_dialog()
    check_labelled(move, move.windowTitle())
    move.when_edit.setDateTime(QDateTime(QDate(later.year, later.month, later.day), QTime(14, 0)))
    with qtbot.waitSignal(move.sig_saved, timeout=10000):
        move.save()
    assert stored_meeting(empty_app, meeting_id).scheduled_at == datetime(
        later.year, later.month, later.day, 14, 0
    )
    update = send_invitations(qtbot, invitations_dialog(qtbot, ws), tmp_path / "moved")
    mother = next(s for s in update.invitees if s.person_id == journey.mother_id)
    method, event = calendar_event(mother.calendar)
    assert method == "REQUEST" and str(event["UID"]) == uid and int(event["SEQUENCE"]) == 1
    assert event["DTSTART"].dt.hour == 14
    saved_message(qtbot, ws, "saved_message").accept()
    qtbot.waitUntil(lambda: ws.snapshot.meetings[0].scheduled_at.hour == 14, timeout=10000)

    # Cancel it: nothing happens until the LP confirms; then the calendar cancellation.
    ws.select_meeting(meeting_id)
    cancel = ws.open_reschedule_dialog()
    cancel.cancel_radio.setChecked(True)
    assert not cancel.when_edit.isEnabled()
    cancel.save()
    confirm = cancel.confirm_box
    assert confirm is not None and "cannot be undone" in confirm.text()
    assert stored_meeting(empty_app, meeting_id).status is MeetingStatus.CONVENED
    with qtbot.waitSignal(cancel.sig_saved, timeout=10000):
        confirm.findChild(object, "confirm_button").click()
    assert stored_meeting(empty_app, meeting_id).status is MeetingStatus.CANCELLED
    told = invitations_dialog(qtbot, ws)
    assert told.cancelled and "cancel" in told.windowTitle().lower()
    gone = send_invitations(qtbot, told, tmp_path / "cancelled")
    assert all(s.letter is None for s in gone.invitees)
    method, event = calendar_event(next(s for s in gone.invitees if s.calendar).calendar)
    assert method == "CANCEL" and str(event["UID"]) == uid and int(event["SEQUENCE"]) == 2


def test_refused_cancel_confirmation_keeps_the_meeting(qtbot, lp_workspace, empty_app, journey):
    from lpdesk.services.meetings import convene_meeting

    ws = lp_workspace
    day = working_day(date.today() + timedelta(days=4))
    meeting = convene_meeting(
        ws.session.ctx,
        case_id=journey.case_id,
        scheduled_at=datetime(day.year, day.month, day.day, 9, 30),
        venue="School, meeting room",
        chair_person_id=journey.manager_id,
        minute_taker_person_id=journey.health_visitor_id,
    )
    ws.refresh()
    qtbot.waitUntil(lambda: bool(ws.snapshot.meetings), timeout=10000)
    ws.select_meeting(meeting.id)
    dialog = ws.open_reschedule_dialog()
    dialog.cancel_radio.setChecked(True)
    dialog.save()
    keep = next(b for b in dialog.confirm_box.buttons() if b.text() == "Keep it")
    keep.click()
    assert dialog.isVisible() and not dialog.confirmed
    assert stored_meeting(empty_app, meeting.id).status is MeetingStatus.CONVENED
    dialog.reject()


def test_a_looked_after_child_review_back_to_back_with_the_core_group(
    qtbot, lp_workspace, empty_app, journey
):
    from lpdesk.domain import MeetingKind
    from lpdesk.services.meetings import convene_meeting

    ws = lp_workspace
    day = working_day(date.today() + timedelta(days=6))
    core = convene_meeting(
        ws.session.ctx,
        case_id=journey.case_id,
        scheduled_at=datetime(day.year, day.month, day.day, 10, 0),
        venue="Family centre",
        chair_person_id=journey.manager_id,
        minute_taker_person_id=journey.health_visitor_id,
    )
    ws.refresh()
    qtbot.waitUntil(lambda: bool(ws.snapshot.meetings), timeout=10000)
    dialog = ws.open_lac_review_dialog()
    check_labelled(dialog, dialog.windowTitle())
    dialog.when_edit.setDateTime(QDateTime(QDate(day.year, day.month, day.day), QTime(11, 30)))
    type_text(dialog.venue_edit, "Family centre")
    dialog.chair_combo.setCurrentIndex(dialog.chair_combo.findData(journey.manager_id))
    dialog.minute_taker_combo.setCurrentIndex(
        dialog.minute_taker_combo.findData(journey.health_visitor_id)
    )
    with qtbot.waitSignal(dialog.sig_saved, timeout=10000) as saved:
        dialog.save()
    lac = saved.args[0]
    assert "separate from the core group" in saved_message(qtbot, ws, "saved_message").text()
    with empty_app.store.unit_of_work() as uow:
        stored = uow.repo(Meeting).find(case_id=journey.case_id)
    kinds = sorted((m.kind, m.scheduled_at.hour) for m in stored)
    assert kinds == [(MeetingKind.CORE_GROUP, 10), (MeetingKind.LAC_REVIEW, 11)]
    assert lac.number == 0 and core.number == 1  # the review never counts as a core group
    qtbot.waitUntil(lambda: len(ws.snapshot.meetings) == 2, timeout=10000)
    assert ws.convened_core_group().id == core.id


def test_invitations_into_a_used_folder_are_refused(
    qtbot, lp_workspace, empty_app, journey, tmp_path
):
    from lpdesk.services.meetings import convene_meeting

    ws = lp_workspace
    day = working_day(date.today() + timedelta(days=5))
    meeting = convene_meeting(
        ws.session.ctx,
        case_id=journey.case_id,
        scheduled_at=datetime(day.year, day.month, day.day, 10, 0),
        venue="Family centre",
        chair_person_id=journey.manager_id,
        minute_taker_person_id=journey.health_visitor_id,
    )
    used = tmp_path / "used"
    used.mkdir()
    (used / "keep.txt").write_text("mine")
    dialog = ws.open_invitations_dialog(meeting)
    dialog.folder_edit.setText(str(used))
    dialog.send_button.click()
    qtbot.waitUntil(lambda: dialog.error_label_widget.isVisibleTo(dialog), timeout=10000)
    text = dialog.error_label_widget.text()
    assert "• Folder: invitations go into a new or empty folder" in text and "_" not in text
    assert dialog.isVisible() and dialog.folder_edit.property("invalid") is True
    assert [p.name for p in used.iterdir()] == ["keep.txt"]
    with empty_app.store.unit_of_work() as uow:
        assert uow.repo(GeneratedDocument).find(kind=DocumentKind.INVITATION) == []
    dialog.reject()
