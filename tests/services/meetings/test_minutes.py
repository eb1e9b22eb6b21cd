from __future__ import annotations

from datetime import date, datetime

import pytest

from lpdesk.domain import (
    AmendmentKind,
    Conflict,
    Disagreement,
    Forbidden,
    InvalidInput,
    Meeting,
    MeetingStatus,
    RuleViolation,
    UserRole,
)
from lpdesk.services import disagreements, plans
from lpdesk.services.meetings import (
    amendments,
    approve,
    cancel_meeting,
    completeness,
    minutes_hash,
    record_accuracy_comment,
    record_attendance,
    save_draft,
)
from tests.services.meetings.builders import (
    as_person,
    audit_count,
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


@pytest.fixture
def held(store, ctx, clock, profiles):
    fam = build_family(store)
    meeting = convene_first(ctx, fam, profiles, JAN6)
    clock.current = datetime(2027, 1, 6, 12, 0)
    meeting = record_attendance(ctx, meeting_id=meeting.id, entries=everyone_present(fam))
    return fam, meeting


def _stored(store, meeting_id) -> Meeting:
    with store.unit_of_work() as uow:
        return uow.repo(Meeting).get(meeting_id)


def test_draft_save_returns_revision_problems_and_language_findings(store, ctx, held, profiles):
    _fam, meeting = held
    answers = {
        "purpose": {"purpose": "  Develop the plan  "},
        "voice": {"wishes": "Finn seemed disturbed\r\nand then fine.", "seen_alone": "perhaps"},
    }
    saved = save_draft(
        ctx,
        meeting_id=meeting.id,
        answers=answers,
        expected_revision=meeting.revision,
        profiles=profiles,
    )
    assert saved.revision == meeting.revision + 1
    assert [p.field for p in saved.problems] == ["voice.seen_alone"]
    assert [(f.field, f.label) for f in saved.language_findings] == [
        ("voice.wishes", "disturbed"),
        ("voice.wishes", "fine"),
    ]
    stored = _stored(store, meeting.id)
    assert stored.answers["purpose"]["purpose"] == "Develop the plan"
    assert stored.answers["voice"]["wishes"] == "Finn seemed disturbed\nand then fine."
    assert stored.draft_saved_at == datetime(2027, 1, 6, 12, 0)


def test_two_people_editing_the_second_save_conflicts_and_keeps_both(store, ctx, held, profiles):
    _fam, meeting = held
    first = {"voice": {"wishes": "written by the LP"}}
    second = {"voice": {"wishes": "written by the minute taker"}}
    save_draft(
        ctx,
        meeting_id=meeting.id,
        answers=first,
        expected_revision=meeting.revision,
        profiles=profiles,
    )
    before = audit_count(store)
    with pytest.raises(Conflict) as clash:
        save_draft(
            ctx,
            meeting_id=meeting.id,
            answers=second,
            expected_revision=meeting.revision,
            profiles=profiles,
        )
    assert clash.value.theirs.answers == first
    assert clash.value.mine == second
    assert _stored(store, meeting.id).answers == first
    assert audit_count(store) == before


@pytest.mark.sqlite_only("each refusal is the services' check, made before anything is written")
@pytest.mark.parametrize(
    ("answers", "field"),
    [
        ({"nonsense": {"a": 1}}, "answers.nonsense"),
        ({"voice": "not a section"}, "answers"),
        ({"voice": {"wishes": float("nan")}}, "answers"),
        ({"voice": {"wishes": object()}}, "answers"),
    ],
)
def test_draft_refusals_write_nothing(store, ctx, held, profiles, answers, field):
    _fam, meeting = held
    before = audit_count(store)
    with pytest.raises(InvalidInput) as refused:
        save_draft(
            ctx,
            meeting_id=meeting.id,
            answers=answers,
            expected_revision=meeting.revision,
            profiles=profiles,
        )
    assert refused.value.problems[0].field == field
    assert _stored(store, meeting.id).revision == meeting.revision
    assert audit_count(store) == before


def test_no_minutes_on_a_cancelled_meeting(store, ctx, profiles):
    fam = build_family(store)
    meeting = convene_first(ctx, fam, profiles, JAN6)
    cancel_meeting(ctx, meeting_id=meeting.id, expected_revision=1)
    with pytest.raises(RuleViolation):
        save_draft(ctx, meeting_id=meeting.id, answers={}, expected_revision=2, profiles=profiles)


def test_completeness_lists_findings_until_fixed_then_approval(store, ctx, held, profiles, clock):
    fam, meeting = held
    action = plans.add_action(
        ctx,
        plan_id=fam.plan_id,
        what="Weekly food parcel",
        who_person_id=fam.lp_id,
        by_when=date(2027, 2, 1),
        measure="Food in the cupboard at each visit",
        profiles=profiles,
    ).value
    dispute = disagreements.record_disagreement(
        ctx,
        case_id=fam.case_id,
        meeting_id=meeting.id,
        subject="Frequency of visits",
        raised_on=JAN6,
        positions=[(fam.mother_id, "Weekly visits are too many")],
    )
    found = completeness(ctx, meeting_id=meeting.id, profiles=profiles)
    fields = {f.field for f in found}
    assert {
        "purpose.purpose",
        "voice",
        "danger.statements",
        "plan_review",
        "next_dates",
        f"disagreements[{dispute.id}]",
    } <= fields
    assert not any("review conference" in f.message for f in found)  # from the scheduled one

    chair = as_person(store, clock, fam.manager_id)
    with pytest.raises(RuleViolation, match="not complete"):
        approve(chair, meeting_id=meeting.id, expected_revision=meeting.revision, profiles=profiles)

    answers = dict(
        COMPLETE,
        plan_review={
            "actions": [{"action_id": str(action.id), "progress": "Two parcels delivered"}]
        },
    )
    saved = save_draft(
        ctx,
        meeting_id=meeting.id,
        answers=answers,
        expected_revision=meeting.revision,
        profiles=profiles,
    )
    disagreements.escalate_disagreement(
        ctx, disagreement_id=dispute.id, level="lp_manager", escalated_on=JAN6
    )
    assert completeness(ctx, meeting_id=meeting.id, profiles=profiles) == []

    approved = approve(
        chair, meeting_id=meeting.id, expected_revision=saved.revision, profiles=profiles
    )
    assert (
        approved.status is MeetingStatus.APPROVED
        and approved.approved_by == f"user{fam.manager_id}"
    )
    assert approved.approved_hash == minutes_hash(ctx, meeting.id)
    assert len(approved.approved_hash) == 64
    with store.unit_of_work() as uow:
        assert uow.repo(Disagreement).get(dispute.id).locked
    with pytest.raises(RuleViolation):
        disagreements.delete_disagreement(ctx, disagreement_id=dispute.id)


def test_next_meeting_beyond_the_interval_is_a_finding(store, ctx, held, profiles):
    _fam, meeting = held
    late = dict(
        COMPLETE, next_dates={"next_meeting_on": "2027-02-10", "review_conference_on": "2027-03-12"}
    )
    save_draft(
        ctx,
        meeting_id=meeting.id,
        answers=late,
        expected_revision=meeting.revision,
        profiles=profiles,
    )
    found = completeness(ctx, meeting_id=meeting.id, profiles=profiles)
    assert [f.field for f in found] == ["next_dates"]
    assert "by Wed 3 Feb 2027 (4 weeks)" in found[0].message


def _approved(store, ctx, clock, held, profiles):
    fam, meeting = held
    saved = save_draft(
        ctx,
        meeting_id=meeting.id,
        answers=COMPLETE,
        expected_revision=meeting.revision,
        profiles=profiles,
    )
    chair = as_person(store, clock, fam.manager_id)
    return approve(
        chair, meeting_id=meeting.id, expected_revision=saved.revision, profiles=profiles
    )


def test_only_the_chair_or_a_team_manager_approves(store, ctx, clock, held, profiles):
    fam, meeting = held
    saved = save_draft(
        ctx,
        meeting_id=meeting.id,
        answers=COMPLETE,
        expected_revision=meeting.revision,
        profiles=profiles,
    )
    before = audit_count(store)
    with pytest.raises(Forbidden):
        approve(
            as_person(store, clock, fam.lp_id),
            meeting_id=meeting.id,
            expected_revision=saved.revision,
            profiles=profiles,
        )
    with pytest.raises(Forbidden):
        approve(
            as_person(store, clock, fam.lp_id, UserRole.QA_MANAGER),
            meeting_id=meeting.id,
            expected_revision=saved.revision,
            profiles=profiles,
        )
    with pytest.raises(Conflict):
        approve(
            as_person(store, clock, fam.manager_id),
            meeting_id=meeting.id,
            expected_revision=saved.revision - 1,
            profiles=profiles,
        )
    assert _stored(store, meeting.id).status is MeetingStatus.HELD
    assert audit_count(store) == before
    other_manager = as_person(store, clock, fam.teacher_id, UserRole.TEAM_MANAGER)
    approved = approve(
        other_manager, meeting_id=meeting.id, expected_revision=saved.revision, profiles=profiles
    )
    assert approved.status is MeetingStatus.APPROVED


def test_an_edit_after_approval_withdraws_it_and_records_the_amendment(
    store, ctx, clock, held, profiles
):
    approved = _approved(store, ctx, clock, held, profiles)
    old_hash = approved.approved_hash
    with pytest.raises(RuleViolation):  # attendance of approved minutes is part of the record
        record_attendance(ctx, meeting_id=approved.id, entries=everyone_present(held[0]))
    changed = dict(COMPLETE, voice={"wishes": "Finn said he wants to stay at his school."})
    saved = save_draft(
        ctx,
        meeting_id=approved.id,
        answers=changed,
        expected_revision=approved.revision,
        profiles=profiles,
    )
    assert saved.approval_withdrawn
    stored = _stored(store, approved.id)
    assert (stored.status, stored.approved_hash, stored.approved_at) == (
        MeetingStatus.HELD,
        "",
        None,
    )
    assert minutes_hash(ctx, approved.id) != old_hash
    history = amendments(ctx, approved.id)
    assert [(a.kind, a.field_path, a.before, a.after, a.by) for a in history] == [
        (
            AmendmentKind.EDIT_AFTER_APPROVAL,
            "voice.wishes",
            COMPLETE["voice"]["wishes"],
            changed["voice"]["wishes"],
            "tm.test",
        )
    ]


def test_accuracy_comment(store, ctx, clock, held, profiles):
    approved = _approved(store, ctx, clock, held, profiles)
    comment = record_accuracy_comment(
        ctx,
        meeting_id=approved.id,
        comment="The visit was on Monday, not Tuesday.",
        field_path="voice.wishes",
    )
    assert comment.kind is AmendmentKind.ACCURACY_COMMENT
    assert amendments(ctx, approved.id) == [comment]
    assert _stored(store, approved.id).status is MeetingStatus.APPROVED  # a comment is no edit
    with pytest.raises(InvalidInput) as refused:
        record_accuracy_comment(ctx, meeting_id=approved.id, comment="  ")
    assert refused.value.problems[0].field == "comment"


def test_review_conference_date_must_be_recorded(store, ctx, clock, profiles):
    fam = build_family(store, review_on=None)
    meeting = convene_first(ctx, fam, profiles, JAN6)
    clock.current = datetime(2027, 1, 6, 12, 0)
    meeting = record_attendance(ctx, meeting_id=meeting.id, entries=everyone_present(fam))
    assert meeting.review_conference_on is None
    without = dict(COMPLETE, next_dates={"next_meeting_on": "2027-02-03"})
    saved = save_draft(
        ctx,
        meeting_id=meeting.id,
        answers=without,
        expected_revision=meeting.revision,
        profiles=profiles,
    )
    found = completeness(ctx, meeting_id=meeting.id, profiles=profiles)
    assert [f.field for f in found] == ["next_dates"]
    assert "review conference" in found[0].message
    save_draft(
        ctx,
        meeting_id=meeting.id,
        answers=COMPLETE,
        expected_revision=saved.revision,
        profiles=profiles,
    )
    assert completeness(ctx, meeting_id=meeting.id, profiles=profiles) == []
    assert _stored(store, meeting.id).review_conference_on == date(2027, 3, 12)
