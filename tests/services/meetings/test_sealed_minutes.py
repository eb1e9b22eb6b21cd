"""Sealed minutes on a real SQLite file and PostgreSQL: what was approved is what is rendered and
sent, a correction is a new approved version, a disagreement linked after approval has a way
forward, and what the minutes agree becomes the plan's next version."""

from __future__ import annotations

import io
import subprocess
from datetime import date, datetime

import pytest
from docx import Document as open_docx

from lpdesk.documents.tree_data import from_data, to_data
from lpdesk.domain import (
    ActionStatus,
    DueKind,
    Meeting,
    MeetingStatus,
    PlanStage,
    RuleViolation,
    Visit,
)
from lpdesk.services import disagreements, plans
from lpdesk.services.meetings import (
    approval_state,
    approve,
    completeness,
    minutes_hash,
    record_attendance,
    save_draft,
)
from lpdesk.services.rendering import AuthoritySettings, render_document, render_tree
from tests.services.meetings.builders import (
    as_person,
    build_family,
    convene_first,
    everyone_present,
)

JAN6 = date(2027, 1, 6)
COMPLETE = {
    "purpose": {"purpose": "Develop the detailed plan"},
    "voice": {"wishes": "Finn said he likes his teacher and wants more time at the park."},
    "danger": {"statements": "Workers are worried Finn goes hungry at weekends."},
    "next_dates": {"next_meeting_on": "2027-02-03", "review_conference_on": "2027-03-12"},
}


def pdf_text(data: bytes) -> str:
    done = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True)
    return done.stdout.decode()


def docx_text(data: bytes) -> str:
    word = open_docx(io.BytesIO(data))
    parts = [p.text for p in word.paragraphs]
    for table in word.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    for section in word.sections:
        parts += [p.text for p in section.header.paragraphs]
        parts.append(section.header._element.xml)
    return "\n".join(parts)


@pytest.fixture
def held(store, ctx, clock, profiles):
    fam = build_family(store)
    with store.unit_of_work() as uow:  # a visit before the meeting: the record shows it
        uow.repo(Visit).add(
            Visit(
                case_id=fam.case_id,
                child_id=fam.child_id,
                visitor_person_id=fam.lp_id,
                visited_at=datetime(2027, 1, 4, 10, 0),
                recorded_at=datetime(2027, 1, 4, 12, 0),
                seen_alone=True,
            )
        )
    meeting = convene_first(ctx, fam, profiles, JAN6)
    clock.current = datetime(2027, 1, 6, 12, 0)
    meeting = record_attendance(ctx, meeting_id=meeting.id, entries=everyone_present(fam))
    return fam, meeting


def _stored(store, meeting_id) -> Meeting:
    with store.unit_of_work() as uow:
        return uow.repo(Meeting).get(meeting_id)


def _approve(store, clock, fam, meeting_id, profiles) -> Meeting:
    revision = _stored(store, meeting_id).revision
    chair = as_person(store, clock, fam.manager_id)
    return approve(chair, meeting_id=meeting_id, expected_revision=revision, profiles=profiles)


def _render(ctx, meeting_id, profiles, fmt="pdf"):
    return render_document(ctx, kind="minutes", record_id=meeting_id, fmt=fmt, profiles=profiles)


def test_approved_minutes_rerender_to_the_recorded_sha_after_a_later_visit_and_plan_edit(
    store, ctx, clock, held, profiles
):
    fam, meeting = held
    save_draft(
        ctx,
        meeting_id=meeting.id,
        answers=COMPLETE,
        expected_revision=meeting.revision,
        profiles=profiles,
    )
    draft = _render(ctx, meeting.id, profiles)
    assert "DRAFT" in pdf_text(draft.data)
    assert "DRAFT" in docx_text(_render(ctx, meeting.id, profiles, "docx").data)

    approved = _approve(store, clock, fam, meeting.id, profiles)
    (seal,) = approved.seals
    assert (seal.version, seal.content_hash) == (1, approved.approved_hash)
    pdf, docx = _render(ctx, meeting.id, profiles), _render(ctx, meeting.id, profiles, "docx")
    assert (pdf.sha256, docx.sha256) == (seal.pdf_sha256, seal.docx_sha256)
    text = pdf_text(pdf.data)
    assert "DRAFT" not in text and "DRAFT" not in docx_text(docx.data)
    assert "Approved by Morgan Teamlead on 6 January 2027 at 12:00" in " ".join(text.split())
    assert "Version 1 of this record" in " ".join(text.split())

    # later: a visit recorded for the period the minutes cover, and a plan edit
    clock.current = datetime(2027, 1, 8, 9, 0)
    with store.unit_of_work() as uow:
        uow.repo(Visit).add(
            Visit(
                case_id=fam.case_id,
                child_id=fam.child_id,
                visitor_person_id=fam.health_visitor_id,
                visited_at=datetime(2027, 1, 5, 15, 0),
                recorded_at=datetime(2027, 1, 8, 9, 0),
            )
        )
    plans.add_action(
        ctx,
        plan_id=fam.plan_id,
        what="Nursery place from February",
        who_person_id=fam.health_visitor_id,
        by_when=date(2027, 2, 1),
        measure="Attendance register",
        profiles=profiles,
    )
    again = _render(ctx, meeting.id, profiles)
    again_docx = _render(ctx, meeting.id, profiles, "docx")
    assert (again.sha256, again_docx.sha256) == (seal.pdf_sha256, seal.docx_sha256)
    assert again.data == pdf.data
    assert "Nursery place" not in pdf_text(again.data)
    assert minutes_hash(ctx, meeting.id) == approved.approved_hash  # still sendable


def test_the_sealed_tree_round_trips_exactly(store, ctx, clock, held, profiles):
    fam, meeting = held
    save_draft(
        ctx,
        meeting_id=meeting.id,
        answers=COMPLETE,
        expected_revision=meeting.revision,
        profiles=profiles,
    )
    (seal,) = _approve(store, clock, fam, meeting.id, profiles).seals
    doc = from_data(seal.document)
    assert to_data(doc) == seal.document
    assert render_tree(doc, "pdf", AuthoritySettings()).sha256 == seal.pdf_sha256
    assert "1 Test Row" not in str(seal.document)  # no address is ever sealed


def test_an_amendment_is_a_new_approved_version_with_the_old_kept(
    store, ctx, clock, held, profiles
):
    fam, meeting = held
    save_draft(
        ctx,
        meeting_id=meeting.id,
        answers=COMPLETE,
        expected_revision=meeting.revision,
        profiles=profiles,
    )
    first = _approve(store, clock, fam, meeting.id, profiles)
    clock.current = datetime(2027, 1, 7, 10, 0)
    changed = dict(COMPLETE, voice={"wishes": "Finn said he wants to stay at his school."})
    saved = save_draft(
        ctx,
        meeting_id=meeting.id,
        answers=changed,
        expected_revision=first.revision,
        profiles=profiles,
    )
    assert saved.approval_withdrawn
    withdrawn = _stored(store, meeting.id)
    assert withdrawn.status is MeetingStatus.HELD and withdrawn.seals == first.seals
    draft = " ".join(pdf_text(_render(ctx, meeting.id, profiles).data).split())
    assert "DRAFT: a draft amendment of version 1, approved by Morgan Teamlead" in draft

    second = _approve(store, clock, fam, meeting.id, profiles)
    assert [s.version for s in second.seals] == [1, 2]
    assert second.seals[0] == first.seals[0]  # the old version is kept as it was
    text = " ".join(pdf_text(_render(ctx, meeting.id, profiles).data).split())
    assert "Version 2 of this record" in text
    assert "It amends version 1, approved by Morgan Teamlead on 6 January 2027" in text
    assert "Amendments" in text and "stay at his school" in text and "likes his teacher" in text
    old = render_tree(from_data(second.seals[0].document), "pdf", AuthoritySettings())
    assert old.sha256 == first.seals[0].pdf_sha256


def test_a_disagreement_linked_after_approval_has_a_way_forward(store, ctx, clock, held, profiles):
    fam, meeting = held
    save_draft(
        ctx,
        meeting_id=meeting.id,
        answers=COMPLETE,
        expected_revision=meeting.revision,
        profiles=profiles,
    )
    approved = _approve(store, clock, fam, meeting.id, profiles)
    with pytest.raises(RuleViolation, match="already approved and unchanged"):
        _approve(store, clock, fam, meeting.id, profiles)
    dispute = disagreements.record_disagreement(
        ctx,
        case_id=fam.case_id,
        meeting_id=meeting.id,
        subject="Frequency of visits",
        raised_on=JAN6,
        positions=[(fam.mother_id, "Weekly visits are too many")],
    )
    disagreements.escalate_disagreement(
        ctx, disagreement_id=dispute.id, level="lp_manager", escalated_on=JAN6
    )
    assert minutes_hash(ctx, meeting.id) != approved.approved_hash  # circulation refuses
    # the approved record still renders as approved, without the later disagreement
    assert "Frequency of visits" not in pdf_text(_render(ctx, meeting.id, profiles).data)
    again = _approve(store, clock, fam, meeting.id, profiles)  # the way forward
    assert again.status is MeetingStatus.APPROVED and len(again.seals) == 2
    assert again.approved_hash == minutes_hash(ctx, meeting.id)
    text = " ".join(pdf_text(_render(ctx, meeting.id, profiles).data).split())
    assert "Frequency of visits" in text and "Amendments" in text


AGREED = dict(
    COMPLETE,
    updated_plan={
        "actions": [
            {
                "what": "Weekly visit to check food in the house",
                "who": "gale visitor",
                "by_when": "2027-02-01",
                "measured_by": "Food seen at each visit",
            },
            {
                "what": "Finn attends the homework club",
                "who": "Harper Teacher (Class teacher)",
                "by_when": "2027-01-29",
                "measured_by": "Register",
            },
        ],
        "contingency": "If food is not seen twice, a strategy discussion is held.",
        "seen_alone": "Every fortnight at school by the LP.",
        "seen_with_family": "Every week at home.",
    },
)


def test_the_plans_next_version_holds_what_the_approved_minutes_agreed(
    store, ctx, clock, held, profiles
):
    fam, meeting = held
    old = plans.add_action(
        ctx,
        plan_id=fam.plan_id,
        what="Referral to the food bank",
        who_person_id=fam.lp_id,
        by_when=date(2027, 1, 5),
        measure="Referral sent",
        profiles=profiles,
    ).value
    review = {
        "actions": [
            {
                "action_id": str(old.id),
                "progress": "Referral made",
                "status": "completed",
                "impact": "",
            }
        ]
    }
    wrong = dict(AGREED, plan_review=review)
    wrong["updated_plan"] = dict(
        AGREED["updated_plan"], actions=[{**AGREED["updated_plan"]["actions"][0], "who": "Sam"}]
    )
    save_draft(
        ctx,
        meeting_id=meeting.id,
        answers=wrong,
        expected_revision=meeting.revision,
        profiles=profiles,
    )
    found = {
        f.field: f.message for f in completeness(ctx, meeting_id=meeting.id, profiles=profiles)
    }
    assert '"Sam" is not a member of the core group' in found["updated_plan.actions[1]"]
    assert "say what difference it made" in found["plan_review.actions[1]"]

    review["actions"][0]["impact"] = "Finn has had breakfast every school day"
    save_draft(
        ctx,
        meeting_id=meeting.id,
        answers=dict(AGREED, plan_review=review),
        expected_revision=_stored(store, meeting.id).revision,
        profiles=profiles,
    )
    assert completeness(ctx, meeting_id=meeting.id, profiles=profiles) == []
    _approve(store, clock, fam, meeting.id, profiles)

    view = plans.plan_view(ctx, plan_id=fam.plan_id)
    new = {a.what: a for a in view.actions}
    visit = new["Weekly visit to check food in the house"]
    assert (visit.who_person_id, visit.by_when, visit.measure) == (
        fam.health_visitor_id,
        date(2027, 2, 1),
        "Food seen at each visit",
    )
    assert new["Finn attends the homework club"].who_person_id == fam.teacher_id
    done = new["Referral to the food bank"]
    assert (done.status, done.impact, done.completed_on) == (
        ActionStatus.COMPLETED,
        "Finn has had breakfast every school day",
        JAN6,
    )
    assert view.plan.contingency == AGREED["updated_plan"]["contingency"]
    assert "Every fortnight at school" in view.plan.seen_arrangements
    assert "Every week at home" in view.plan.seen_arrangements
    assert view.plan.stage is PlanStage.DETAILED
    (version,) = view.versions
    assert set(version.consulted_person_ids) == {
        fam.lp_id,
        fam.mother_id,
        fam.child_person_id,
        fam.health_visitor_id,
    }
    assert len(version.snapshot["actions"]) == 3
    notices = plans.plan_change_notices(ctx, fam.case_id)
    assert [n.plan_version_id for n in notices] == [version.id]
    assert notices[0].lp_manager_person_id == fam.manager_id
    assert notices[0].conference_chair_person_id == fam.chair_id

    # at once on the due list
    from lpdesk.services.due import due_list

    items = due_list(ctx, profiles=profiles.profiles(), case_ids=[fam.case_id])
    due_actions = {i.due for i in items if i.kind is DueKind.ACTION}
    assert {date(2027, 2, 1), date(2027, 1, 29)} <= due_actions

    # and in the manager's oversight of every action, with who and when
    from lpdesk.services.oversight import team_actions

    rows = {r.what: r for r in team_actions(ctx) if r.case_id == fam.case_id}
    homework = rows["Finn attends the homework club"]
    assert (homework.who, homework.due) == ("Harper Teacher", date(2027, 1, 29))
    assert rows["Referral to the food bank"].done == JAN6

    # an amendment approved again adds nothing twice
    clock.current = datetime(2027, 1, 7, 10, 0)
    later = dict(AGREED, plan_review=review, voice={"wishes": "Finn wants the park on Sunday."})
    save_draft(
        ctx,
        meeting_id=meeting.id,
        answers=later,
        expected_revision=_stored(store, meeting.id).revision,
        profiles=profiles,
    )
    _approve(store, clock, fam, meeting.id, profiles)
    view = plans.plan_view(ctx, plan_id=fam.plan_id)
    assert len(view.actions) == 3 and len(view.versions) == 1  # nothing new for the plan


def test_an_outline_plan_is_on_the_due_list_until_approved_minutes_make_it_detailed(
    store, ctx, clock, held, profiles
):
    from lpdesk.services.due import due_list

    fam, meeting = held

    def outline_items():  # type: ignore[no-untyped-def]
        items = due_list(ctx, profiles=profiles.profiles(), case_ids=[fam.case_id])
        return [i for i in items if i.kind is DueKind.OUTLINE_PLAN]

    (item,) = outline_items()
    assert item.due == date(2027, 1, 15)  # 4 weeks after the ICPC on Fri 18 Dec 2026
    assert "still the outline plan from the ICPC on Fri 18 Dec 2026" in item.reason
    save_draft(
        ctx,
        meeting_id=meeting.id,
        answers=AGREED,
        expected_revision=meeting.revision,
        profiles=profiles,
    )
    assert outline_items()  # a draft agrees nothing yet
    _approve(store, clock, fam, meeting.id, profiles)
    assert outline_items() == []


def test_a_meeting_not_yet_held_is_never_ready_for_approval(store, ctx, clock, profiles):
    """The review page of a convened meeting must not say the record is complete."""
    fam = build_family(store)
    meeting = convene_first(ctx, fam, profiles, JAN6)
    state = approval_state(ctx, meeting_id=meeting.id, profiles=profiles)
    assert not state.approved
    assert ("attendance", "attendance has not been recorded") in [
        (f.field, f.message) for f in state.findings
    ]
