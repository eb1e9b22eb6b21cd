"""The meeting wizard end to end on the demo caseload: convene, attendance, minutes with autosave and
the language check, a disagreement, approval, circulation to .eml drafts, and an edit that
withdraws the approval."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QTime

from lpdesk.domain import Disagreement, Meeting, MeetingStatus
from lpdesk.gui.meeting.meeting_wizard import CIRCULATE, MINUTE, REVIEW
from tests.gui.helpers import type_text
from tests.gui.journey_meeting_steps import complete_minutes
from tests.gui.test_dialogs import check_labelled

pytestmark = pytest.mark.slow


def stored_reference(workspace) -> str:  # type: ignore[no-untyped-def]
    return workspace.snapshot.overview.case.reference


def _stored(demo_app, meeting_id: int) -> Meeting:  # type: ignore[no-untyped-def]
    with demo_app.store.unit_of_work() as uow:
        return uow.repo(Meeting).find(id=meeting_id)[0]


@pytest.fixture
def workspace(qtbot, main_window):  # type: ignore[no-untyped-def]
    row = main_window.caseload_view.model.row_at(0)  # loaded by the main_window fixture
    ws = main_window.open_case(row.case_id, row.reference)
    qtbot.waitUntil(lambda: ws.snapshot is not None, timeout=5000)
    return ws


def _convene_today(qtbot, workspace):  # type: ignore[no-untyped-def]
    wizard = workspace.open_new_meeting()
    qtbot.addWidget(wizard)
    page = wizard.convene_page
    qtbot.waitUntil(lambda: page.proposals_list.count() > 0, timeout=5000)
    qtbot.waitUntil(lambda: page.minute_taker_combo.count() > 1, timeout=5000)  # who may
    today = date.today()
    page.date_edit.setDate(QDate(today.year, today.month, today.day))
    page.time_edit.setTime(QTime(0, 5))
    me = wizard.ctx.actor.person_id
    page.chair_combo.setCurrentIndex(page.chair_combo.findData(me))
    other = next(
        i
        for i in range(page.minute_taker_combo.count())
        if page.minute_taker_combo.itemData(i) != me
    )
    page.minute_taker_combo.setCurrentIndex(other)
    type_text(page.venue_edit, "Centre familial Zoë")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == MINUTE, timeout=5000)
    return wizard


def test_convene_minute_disagree_approve_circulate_and_withdraw(
    qtbot, workspace, demo_app, tmp_path
) -> None:
    wizard = _convene_today(qtbot, workspace)
    meeting_id = wizard.meeting_id
    assert _stored(demo_app, meeting_id).venue == "Centre familial Zoë"
    minutes = wizard.minute_page
    qtbot.waitUntil(lambda: minutes.prefill_data is not None, timeout=5000)

    # attendance: everyone present; the meeting becomes held
    minutes.attendance_editor.record_button.click()
    qtbot.waitUntil(lambda: wizard.meeting.status is MeetingStatus.HELD, timeout=5000)

    # typing autosaves after the debounce, with the language check shown inline
    concerns = minutes.editor.editor("visits", "concerns").focus_widget()
    with qtbot.waitSignal(minutes.sig_saved, timeout=6000) as saved:
        type_text(concerns, "Ayşe seemed disturbed after contact")
    assert minutes.saved_label.text().startswith("Saved ")
    assert any(f.label == "disturbed" for f in saved.args[0].language_findings)
    finding = minutes.editor.finding_labels[("visits", "concerns")]
    assert finding.isVisibleTo(wizard) and "disturbed" in finding.text()
    assert _stored(demo_app, meeting_id).answers["visits"]["concerns"].startswith("Ayşe")

    # a disagreement recorded at the meeting
    dialog = minutes.open_disagreement_dialog()
    type_text(dialog.subject_edit, "Whether contact with the father should be supervised")
    person, text = dialog.position_rows[0]
    person.setCurrentIndex(1)
    type_text(text, "Supervised until the assessment is complete")
    with qtbot.waitSignal(dialog.sig_saved, timeout=5000):
        dialog.save()
    with demo_app.store.unit_of_work() as uow:
        assert [d.subject for d in uow.repo(Disagreement).find(meeting_id=meeting_id)] == [
            "Whether contact with the father should be supervised"
        ]

    # complete the record, then review: the open disagreement blocks approval until escalated
    complete_minutes(qtbot, minutes)
    review = wizard.review_page
    with qtbot.waitSignal(review.sig_checked, timeout=5000):
        wizard.next()
    assert wizard.currentId() == REVIEW
    fields = [f.field for f in review.findings]
    assert any(f.startswith("disagreements[") for f in fields), fields
    assert not review.approve_button.isEnabled()
    row = next(i for i, f in enumerate(review.findings) if f.field.startswith("disagreements["))
    review.findings_list.setCurrentRow(row)
    with qtbot.waitSignal(review.sig_checked, timeout=5000) as checked:
        review.escalate_button.click()
    assert checked.args == [0], [f"{f.field}: {f.message}" for f in review.findings]
    with qtbot.waitSignal(review.sig_approved, timeout=5000):
        review.approve_button.click()
    stored = _stored(demo_app, meeting_id)
    assert stored.status is MeetingStatus.APPROVED and stored.approved_hash

    # the approved minutes render to a PDF off the UI thread; the file name carries no name
    with qtbot.waitSignal(review.sig_preview_ready, timeout=20000) as preview:
        review.preview_button.click()
    pdf = Path(preview.args[0])
    assert pdf.read_bytes().startswith(b"%PDF-")
    names = [part for c in workspace.snapshot.overview.children for part in c.name.split()]
    assert stored_reference(workspace) in pdf.name
    assert not [part for part in names if part in pdf.name]

    # an edit after approval withdraws it and says so
    wizard.back()
    assert wizard.currentId() == MINUTE
    with qtbot.waitSignal(minutes.sig_saved, timeout=6000) as saved:
        type_text(minutes.editor.editor("parents_views", "views").focus_widget(), "Mother agrees")
    assert saved.args[0].approval_withdrawn
    assert minutes.banner_label.isVisibleTo(wizard) and "withdrew" in minutes.banner_label.text()
    assert _stored(demo_app, meeting_id).status is MeetingStatus.HELD

    # approved again, then circulated: the recipient preview is the last check, then the pack
    with qtbot.waitSignal(review.sig_checked, timeout=5000):
        wizard.next()
    with qtbot.waitSignal(review.sig_approved, timeout=5000):
        review.approve_button.click()
    circulate = wizard.circulate_page
    with qtbot.waitSignal(circulate.sig_previewed, timeout=10000) as previewed:
        wizard.next()
    assert wizard.currentId() == CIRCULATE and previewed.args[0] > 0
    assert circulate.preview_table.rowCount() == previewed.args[0]
    pack_dir = tmp_path / "pack"
    circulate.folder_edit.setText(str(pack_dir))
    circulate.mode_combo.setCurrentIndex(circulate.mode_combo.findData("eml"))
    with qtbot.waitSignal(circulate.sig_pack_done, timeout=60000):
        circulate.produce_button.click()
    drafts = sorted(p.name for p in pack_dir.iterdir())
    assert any(n.endswith(".eml") for n in drafts) and any("passwords" in n for n in drafts)
    assert all(stored_reference(workspace) in n for n in drafts)
    # drafts are prepared, not sent: the meeting is not circulated until they are marked sent
    assert _stored(demo_app, meeting_id).status is MeetingStatus.APPROVED
    qtbot.waitUntil(lambda: "Still to be reached" in circulate.status_label.text(), timeout=15000)

    wizard.close()


def test_a_conflicting_save_keeps_the_text_and_stops_autosave(qtbot, workspace, demo_app) -> None:
    from lpdesk.services.meetings import save_draft

    wizard = _convene_today(qtbot, workspace)
    minutes = wizard.minute_page
    # someone else saves first
    save_draft(
        demo_app.context(demo_app.actor()),
        meeting_id=wizard.meeting_id,
        answers={"parents_views": {"views": "their version"}},
        expected_revision=wizard.revision,
    )
    field = minutes.editor.editor("parents_views", "views").focus_widget()
    type_text(field, "my version")
    qtbot.waitUntil(lambda: minutes.conflicted, timeout=6000)
    assert field.toPlainText() == "my version"
    assert "someone else" in minutes.banner_label.text().lower()
    assert _stored(demo_app, wizard.meeting_id).answers["parents_views"]["views"] == "their version"
    wizard.close()


def test_reopening_a_meeting_offers_the_autosaved_draft(qtbot, workspace, demo_app) -> None:
    from lpdesk.gui.meeting.meeting_wizard import MeetingWizard

    first = _convene_today(qtbot, workspace)
    minutes = first.minute_page
    with qtbot.waitSignal(minutes.sig_saved, timeout=6000):
        type_text(minutes.editor.editor("voice", "wishes").focus_widget(), "Wants her dog Łatka")
    meeting_id = first.meeting_id
    first.deleteLater()  # as if the app had stopped: nothing but the database survives

    stored = _stored(demo_app, meeting_id)
    reopened = MeetingWizard(
        workspace.runner, workspace.session, workspace.snapshot.overview, stored
    )
    qtbot.addWidget(reopened)
    reopened.show()
    assert reopened.currentId() == MINUTE
    again = reopened.minute_page
    assert again.editor.editor("voice", "wishes").value() == "Wants her dog Łatka"
    assert "restored" in again.banner_label.text()
    check_labelled(again, again.title())
    reopened.close()
