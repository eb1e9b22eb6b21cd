"""Through the real wizard on the demo caseload: minute a meeting, preview it (a DRAFT watermark),
approve it, preview again (no watermark, an approval line naming the chair, the date and the
version); a disagreement linked after approval is offered for approval again, as version 2."""

from __future__ import annotations

import io
import subprocess
from datetime import date
from pathlib import Path

import pytest
from docx import Document as open_docx

from lpdesk.domain import DocumentKind, Meeting, MeetingStatus, Person
from lpdesk.gui.meeting.meeting_wizard import REVIEW
from tests.gui.meeting.test_meeting_wizard import _convene_today, _stored

pytestmark = pytest.mark.slow


@pytest.fixture
def workspace(qtbot, main_window):  # type: ignore[no-untyped-def]
    row = main_window.caseload_view.model.row_at(0)
    ws = main_window.open_case(row.case_id, row.reference)
    qtbot.waitUntil(lambda: ws.snapshot is not None, timeout=5000)
    return ws


def _text(pdf: Path) -> str:
    done = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    return " ".join(done.stdout.split())


def _preview(qtbot, review) -> str:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(review.sig_preview_ready, timeout=30000) as preview:
        review.preview_button.click()
    return _text(Path(preview.args[0]))


def _docx_text(wizard, meeting_id: int) -> str:  # type: ignore[no-untyped-def]
    from lpdesk.services.rendering import render_document

    file = render_document(
        wizard.ctx,
        kind=DocumentKind.MINUTES,
        record_id=meeting_id,
        fmt="docx",
        forms=wizard.session.forms,
    )
    word = open_docx(io.BytesIO(file.data))
    parts = [p.text for p in word.paragraphs]
    parts += [p.text for s in word.sections for p in s.header.paragraphs]
    return "\n".join(parts)


def test_minute_approve_and_the_draft_watermark_gives_way_to_the_approval_line(
    qtbot, workspace, demo_app
) -> None:
    wizard = _convene_today(qtbot, workspace)
    meeting_id = wizard.meeting_id
    minutes = wizard.minute_page
    qtbot.waitUntil(lambda: minutes.prefill_data is not None, timeout=5000)
    minutes.attendance_editor.record_button.click()
    qtbot.waitUntil(lambda: wizard.meeting.status is MeetingStatus.HELD, timeout=5000)
    minutes.apply_prefill()
    answers = minutes.editor.answers()
    answers["header"].update(
        purpose="Review the plan", plan_category="neglect", venue="Family centre"
    )
    answers["voice"] = {"wishes": "Wants to stay at home with Nan"}
    answers["updated_plan"] = {
        "contingency": "Strategy discussion if contact is refused again",
        "seen_alone": "At school every two weeks",
        "seen_with_family": "Home visits every two weeks",
    }
    for row in answers.get("plan_review", {}).get("rows", []):
        row["progress"] = row.get("progress") or "Started"
    minutes.editor.set_answers(answers)
    with qtbot.waitSignal(minutes.sig_saved, timeout=6000):
        minutes.save_button.click()
    review = wizard.review_page
    with qtbot.waitSignal(review.sig_checked, timeout=5000):
        wizard.next()
    assert wizard.currentId() == REVIEW
    from lpdesk.services import disagreements

    for f in review.findings:  # the demo's open disagreements: escalated, as the chair would
        if f.field.startswith("disagreements["):
            disagreements.escalate_disagreement(
                wizard.ctx,
                disagreement_id=int(f.field.split("[")[1].rstrip("]")),
                level="lp_manager",
                escalated_on=date.today(),
            )
    with qtbot.waitSignal(review.sig_checked, timeout=5000) as checked:
        review.recheck_button.click()
    assert checked.args == [0], [f"{f.field}: {f.message}" for f in review.findings]

    draft = _preview(qtbot, review)
    assert "DRAFT" in draft and "Approved by" not in draft
    assert "DRAFT" in _docx_text(wizard, meeting_id)

    with qtbot.waitSignal(review.sig_approved, timeout=20000):
        review.approve_button.click()
    stored = _stored(demo_app, meeting_id)
    assert stored.status is MeetingStatus.APPROVED and len(stored.seals) == 1
    with demo_app.store.unit_of_work() as uow:
        chair = uow.repo(Person).get(wizard.ctx.actor.person_id).name
    approved = _preview(qtbot, review)
    today = date.today()
    assert "DRAFT" not in approved
    assert f"Approved by {chair} on {today.day} {today:%B %Y}" in approved
    assert "Version 1 of this record" in approved
    word = _docx_text(wizard, meeting_id)
    assert "DRAFT" not in word and f"Approved by {chair}" in word
    assert review.isComplete() and not review.approve_button.isEnabled()

    # a disagreement linked to the approved meeting: not a dead end, approve it again
    dispute = disagreements.record_disagreement(
        wizard.ctx,
        case_id=stored.case_id,
        meeting_id=meeting_id,
        subject="Whether contact should be supervised",
        raised_on=today,
        positions=[(wizard.ctx.actor.person_id, "Supervised until the assessment")],
    )
    disagreements.escalate_disagreement(
        wizard.ctx, disagreement_id=dispute.id, level="lp_manager", escalated_on=today
    )
    with qtbot.waitSignal(review.sig_checked, timeout=5000):
        review.recheck_button.click()
    assert "changed since version 1 was approved" in review.summary_label.text()
    assert review.approve_button.isEnabled() and not review.isComplete()
    with qtbot.waitSignal(review.sig_approved, timeout=20000):
        review.approve_button.click()
    again: Meeting = _stored(demo_app, meeting_id)
    assert [s.version for s in again.seals] == [1, 2] and review.isComplete()
    text = _preview(qtbot, review)
    assert "Version 2 of this record" in text and "Whether contact should be supervised" in text
    wizard.close()
