"""A core group from "due" to "minutes approved" for three practice profiles, against a real SQLite
file with the shipped profiles and forms: dates proposed, meeting convened, attendance, drafts,
prefill, completeness findings listed then fixed, approval, an edit after approval, a disagreement
escalated, and a plan change with a version and its notices."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from lpdesk.domain import (
    AmendmentKind,
    EscalationLevel,
    MeetingStatus,
    PlanStage,
    Visit,
)
from lpdesk.services import disagreements, events, plans
from lpdesk.services.meetings import (
    AttendanceEntry,
    amendments,
    approve,
    completeness,
    convene_meeting,
    minutes_hash,
    prefill,
    propose_dates,
    record_attendance,
    save_draft,
)
from tests.services.meetings.builders import as_person, at, build_family

ICPC = date(2026, 12, 18)


def _complete_answers(profile_id: str, action_id: int, next_on: date) -> dict:
    review = {
        "action_id": str(action_id),
        "progress": "Two parcels delivered",
        "status": "in_progress",
    }
    voice = "Finn said he likes his teacher and wants to play football after school."
    if profile_id == "england_cp":
        return {
            "header": {
                "purpose": "Develop the detailed plan",
                "venue": "Family centre",
                "plan_category": "neglect",
            },
            "voice": {"wishes": voice},
            "plan_review": {"rows": [review]},
            "updated_plan": {
                "contingency": "A review conference is called if parcels stop.",
                "seen_alone": "At school every second Tuesday.",
                "seen_with_family": "At home every Thursday after school.",
            },
            "next_dates": {
                "next_core_group": next_on.isoformat(),
                "review_conference": "2027-03-12",
            },
        }
    if profile_id == "scotland_girfec":
        return {
            "meeting": {"purpose": "Review the child's plan"},
            "voice": {"views": voice},
            "lead_professional": {"person": None},  # filled in by the caller
            "next_dates": {"next_meeting": next_on.isoformat()},
        }
    return {
        "meeting": {"purpose": "Team around the family review"},
        "voice": {"views": voice},
        "family_views": {"views": "Mum wants help with the school run."},
        "working_well": {"working_well": "Finn arrives at school on time three days a week."},
        "worries": {"worries": "Finn has missed two dental appointments."},
        "plan_review": {"rows": [review]},
        "decision": {"decision": "continue", "reason": "Progress is steady."},
        "next_dates": {"next_meeting": next_on.isoformat()},
    }


@pytest.mark.parametrize("profile_id", ["england_cp", "scotland_girfec", "early_help"])
def test_core_group_from_due_to_approved_minutes(store, ctx, clock, profile_id):
    cp = profile_id == "england_cp"
    fam = build_family(store, profile_id=profile_id, review_on=date(2027, 3, 12) if cp else None)
    lp = as_person(store, clock, fam.lp_id)

    # The outline plan's first action, a visit and a significant event before the meeting.
    outcome = plans.add_outcome(
        lp,
        plan_id=fam.plan_id,
        description="Finn has enough to eat every day",
        indicator="healthy" if profile_id == "scotland_girfec" else "",
    ).value
    action = plans.add_action(
        lp,
        plan_id=fam.plan_id,
        outcome_id=outcome.id,
        what="Weekly food parcel",
        who_person_id=fam.lp_id,
        by_when=date(2027, 2, 1),
        measure="Food in the cupboard",
    ).value
    with store.unit_of_work() as uow:
        uow.repo(Visit).add(
            Visit(
                case_id=fam.case_id,
                child_id=fam.child_id,
                visitor_person_id=fam.lp_id,
                visited_at=datetime(2026, 12, 22, 15, 0),
                recorded_at=datetime(2026, 12, 22, 17),
                spoke_with_child=True,
                seen_alone=True,
                bedroom_seen=True,
            )
        )

    # 1. Due: dates proposed that meet the due date.
    proposed = propose_dates(lp, case_id=fam.case_id, count=3)
    due = date(2027, 1, 6) if cp else date(2027, 3, 12)
    assert proposed[0].day == due and len(proposed) == 3
    assert all(p.day <= due for p in proposed)
    day = proposed[1].day

    # 2. Convened: the LP's manager chairs the first, the health visitor minutes it.
    meeting = convene_meeting(
        lp,
        case_id=fam.case_id,
        scheduled_at=at(day),
        venue="Family centre",
        chair_person_id=fam.manager_id,
        minute_taker_person_id=fam.health_visitor_id,
        review_conference_on=date(2027, 3, 12) if cp else None,
    )
    assert meeting.number == 1
    assert (
        meeting.form_id
        == {
            "england_cp": "core_group_minutes",
            "scotland_girfec": "girfec_child_plan_review",
            "early_help": "early_help_review",
        }[profile_id]
    )

    # 3. Held: the child did not attend, with the reason.
    clock.current = datetime.combine(day, datetime.min.time()) + timedelta(hours=13)
    meeting = record_attendance(
        lp,
        meeting_id=meeting.id,
        entries=[
            AttendanceEntry(person_id=fam.lp_id, status="present"),
            AttendanceEntry(person_id=fam.mother_id, status="present"),
            AttendanceEntry(
                person_id=fam.child_person_id,
                status="did_not_attend",
                reason="At school; views gathered beforehand",
            ),
            AttendanceEntry(person_id=fam.health_visitor_id, status="present"),
            AttendanceEntry(person_id=fam.teacher_id, status="apologies", report_received=True),
        ],
    )
    assert meeting.status is MeetingStatus.HELD
    logged = events.log_significant_event(
        lp,
        case_id=fam.case_id,
        occurred_on=date(2026, 12, 24),
        description="Police called to the home; Mum seemed chaotic.",
    )
    assert [f.label for f in logged.language_findings] == ["chaotic"]

    # 4. Prefill from the records.
    filled = prefill(lp, meeting_id=meeting.id)
    assert {line.person_id for line in filled.attendance} >= {fam.mother_id, fam.teacher_id}
    assert [(v.seen_alone, v.bedroom_seen, v.visitor_name) for v in filled.visits] == [
        (True, True, "Alex Worker")
    ]
    assert [a.action_id for a in filled.open_actions] == [action.id]
    assert [e.id for e in filled.events] == [logged.event.id]
    assert filled.next_meeting_by is not None and filled.next_meeting_by > day

    # 5. Drafts: two saves, the second at the first's revision.
    voice_key = "wishes" if cp else "views"
    first = save_draft(
        lp,
        meeting_id=meeting.id,
        expected_revision=meeting.revision,
        answers={"voice": {voice_key: "Finn seemed fine."}},
    )
    assert [f.label for f in first.language_findings] == ["fine"]

    # 6. Completeness: findings listed, then fixed.
    findings = completeness(lp, meeting_id=meeting.id)
    assert findings and any(f.field == "next_dates" for f in findings)
    chair = as_person(store, clock, fam.manager_id)
    next_on = filled.next_meeting_by - timedelta(days=1)
    answers = _complete_answers(profile_id, action.id, next_on)
    if profile_id == "scotland_girfec":
        answers["lead_professional"]["person"] = fam.lp_id
        answers.pop("plan_review", None)
        plans.update_action_progress(
            lp, action_id=action.id, status="in_progress", progress="Parcels delivered"
        )
    second = save_draft(
        lp, meeting_id=meeting.id, expected_revision=first.revision, answers=answers
    )
    assert second.problems == ()
    assert completeness(lp, meeting_id=meeting.id) == []

    # 7. Approved by the chair, tied to this exact version.
    approved = approve(chair, meeting_id=meeting.id, expected_revision=second.revision)
    assert approved.status is MeetingStatus.APPROVED
    assert approved.approved_hash == minutes_hash(lp, meeting.id)

    # 8. An edit after approval withdraws it and is recorded.
    answers["voice"][voice_key] += " He wants his dog at the next meeting."
    third = save_draft(
        lp, meeting_id=meeting.id, expected_revision=approved.revision, answers=answers
    )
    assert third.approval_withdrawn
    assert minutes_hash(lp, meeting.id) != approved.approved_hash
    edits = amendments(lp, meeting.id)
    assert [(a.kind, a.field_path) for a in edits] == [
        (AmendmentKind.EDIT_AFTER_APPROVAL, f"voice.{voice_key}")
    ]
    reapproved = approve(chair, meeting_id=meeting.id, expected_revision=third.revision)
    assert reapproved.approved_hash == minutes_hash(lp, meeting.id)

    # 9. A disagreement escalated to the manager, then the conference chair.
    dispute = disagreements.record_disagreement(
        lp,
        case_id=fam.case_id,
        meeting_id=meeting.id,
        subject="Frequency of visits",
        raised_on=day,
        positions=[(fam.mother_id, "Too many visits"), (fam.lp_id, "Weekly visits are needed")],
    )
    dispute = disagreements.escalate_disagreement(
        lp, disagreement_id=dispute.id, level=EscalationLevel.LP_MANAGER, escalated_on=day
    )
    dispute = disagreements.escalate_disagreement(
        lp, disagreement_id=dispute.id, level=EscalationLevel.CONFERENCE_CHAIR, escalated_on=day
    )
    assert dispute.escalated_to is EscalationLevel.CONFERENCE_CHAIR
    assert disagreements.list_disagreements(lp, case_id=fam.case_id) == [dispute]

    # 10. The plan becomes detailed; a change is versioned and the manager and chair are told.
    view = plans.plan_view(lp, plan_id=fam.plan_id)
    plan = plans.make_detailed(lp, plan_id=fam.plan_id, expected_revision=view.plan.revision)
    assert plan.stage is PlanStage.DETAILED
    saved = plans.set_contingency(
        lp,
        plan_id=fam.plan_id,
        expected_revision=plan.revision,
        contingency="Call a review if the home is unkempt again.",
    )
    assert [f.label for f in saved.language_findings] == ["unkempt"]
    before = len(view.versions)  # approving the minutes saved one, with the progress reviewed
    version = plans.save_plan_version(
        lp,
        plan_id=fam.plan_id,
        summary="Contingency added",
        consulted_person_ids=[fam.mother_id, fam.health_visitor_id],
    )
    assert version.number == before + 1
    assert version.snapshot["plan"]["contingency"].startswith("Call a review")
    assert [a["id"] for a in version.snapshot["actions"]] == [action.id]
    notices = plans.plan_change_notices(lp, fam.case_id)
    assert [
        (n.plan_version_id, n.lp_manager_person_id, n.conference_chair_person_id) for n in notices
    ][-1] == (version.id, fam.manager_id, fam.chair_id)
    assert len(notices) == version.number  # the version approval made is pending too
    for notice in notices:
        plans.mark_notified(lp, plan_version_id=notice.plan_version_id, notified_on=day)
    assert plans.plan_change_notices(lp, fam.case_id) == []
