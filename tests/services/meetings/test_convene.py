from __future__ import annotations

from datetime import date, datetime

import pytest

from lpdesk.domain import (
    Attendance,
    InvalidInput,
    Meeting,
    MeetingKind,
    MeetingStatus,
    RuleViolation,
)
from lpdesk.services.meetings import (
    AttendanceEntry,
    cancel_meeting,
    convene_meeting,
    propose_dates,
    record_attendance,
    reschedule_meeting,
)
from tests.services.meetings.builders import (
    at,
    audit_count,
    build_family,
    convene_first,
    everyone_present,
)

JAN6 = date(2027, 1, 6)


def _meetings(store) -> list[Meeting]:
    with store.unit_of_work() as uow:
        return uow.repo(Meeting).find()


@pytest.mark.sqlite_only("due dates and bank holidays are rules, not queries")
def test_first_core_group_dates_meet_the_due_date_and_explain_holidays(store, ctx, profiles):
    fam = build_family(store)
    proposed = propose_dates(ctx, case_id=fam.case_id, count=3, profiles=profiles)
    assert [p.day for p in proposed] == [JAN6, date(2027, 1, 5), date(2027, 1, 4)]
    assert proposed[0].reason.startswith("Wed 6 Jan 2027: the due date Wed 6 Jan 2027")
    assert "10 working days after the ICPC on Fri 18 Dec 2026" in proposed[0].reason
    assert proposed[1].reason == (
        "Tue 5 Jan 2027: a working day before the due date Wed 6 Jan 2027;"
        " 25 Dec, 28 Dec and 1 Jan are bank holidays"
    )


def test_overdue_core_group_proposes_the_next_working_days(store, ctx, clock, profiles):
    fam = build_family(store)
    clock.current = datetime(2027, 1, 8, 9, 0)  # a Friday, two days after the due date
    proposed = propose_dates(ctx, case_id=fam.case_id, count=2, profiles=profiles)
    assert [p.day for p in proposed] == [date(2027, 1, 11), date(2027, 1, 12)]
    assert "overdue since the due date Wed 6 Jan 2027" in proposed[0].reason


def test_later_core_groups_are_due_within_the_interval_of_the_last(store, ctx, clock, profiles):
    fam = build_family(store)
    first = convene_first(ctx, fam, profiles, JAN6)
    clock.current = datetime(2027, 1, 6, 12, 0)
    record_attendance(ctx, meeting_id=first.id, entries=everyone_present(fam))
    proposed = propose_dates(ctx, case_id=fam.case_id, count=1, profiles=profiles)
    assert proposed[0].day == date(2027, 2, 3)
    assert "4 weeks after the last core group on Wed 6 Jan 2027" in proposed[0].reason


def test_convene_invites_active_members_but_not_the_excluded_parent(store, ctx, profiles):
    fam = build_family(store)
    meeting = convene_meeting(
        ctx,
        case_id=fam.case_id,
        scheduled_at=at(JAN6),
        venue="Family centre",
        chair_person_id=fam.manager_id,
        minute_taker_person_id=fam.health_visitor_id,
        additional_invitee_ids=[fam.outsider_id],
        profiles=profiles,
    )
    assert (meeting.number, meeting.status, meeting.kind) == (
        1,
        MeetingStatus.CONVENED,
        MeetingKind.CORE_GROUP,
    )
    assert (meeting.form_id, meeting.form_version) == ("core_group_minutes", 1)
    assert meeting.review_conference_on == date(2027, 3, 12)
    with store.unit_of_work() as uow:
        rows = {a.person_id: a for a in uow.repo(Attendance).find(meeting_id=meeting.id)}
    assert fam.father_id not in rows
    assert set(rows) == {
        fam.lp_id,
        fam.mother_id,
        fam.child_person_id,
        fam.health_visitor_id,
        fam.teacher_id,
        fam.outsider_id,
    }
    assert rows[fam.outsider_id].additional and not rows[fam.mother_id].additional


@pytest.mark.sqlite_only("each refusal is the services' check, made before anything is written")
@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"chair_person_id": "lp"}, "chair_person_id"),
        ({"minute_taker_person_id": "manager"}, "minute_taker_person_id"),
        ({"venue": "  "}, "venue"),
        ({"additional_invitee_ids": ["mother"]}, "additional_invitee_ids[0]"),
        ({"additional_invitee_ids": [999]}, "additional_invitee_ids[0]"),
        ({"kind": "party"}, "kind"),
    ],
)
def test_convene_refusals_name_the_field_and_write_nothing(store, ctx, profiles, change, field):
    fam = build_family(store)
    ids = {"lp": fam.lp_id, "manager": fam.manager_id, "mother": fam.mother_id}
    args = {
        "case_id": fam.case_id,
        "scheduled_at": at(JAN6),
        "venue": "Family centre",
        "chair_person_id": fam.manager_id,
        "minute_taker_person_id": fam.health_visitor_id,
    }
    for key, value in change.items():
        if isinstance(value, list):
            args[key] = [ids.get(v, v) for v in value]
        else:
            args[key] = ids.get(value, value)
    before = audit_count(store)
    with pytest.raises(InvalidInput) as refused:
        convene_meeting(ctx, profiles=profiles, **args)
    assert field in [p.field for p in refused.value.problems]
    assert _meetings(store) == [] and audit_count(store) == before


def test_a_looked_after_review_the_same_day_is_separate_and_not_a_core_group(store, ctx, profiles):
    fam = build_family(store)
    lac = convene_meeting(
        ctx,
        case_id=fam.case_id,
        scheduled_at=at(JAN6, 9),
        venue="Family centre",
        chair_person_id=fam.chair_id,  # any chair: not a core group
        minute_taker_person_id=fam.health_visitor_id,
        kind=MeetingKind.LAC_REVIEW,
        profiles=profiles,
    )
    assert (lac.kind, lac.number) == (MeetingKind.LAC_REVIEW, 0)
    with pytest.raises(InvalidInput) as refused:  # the first core group is still the manager's
        convene_meeting(
            ctx,
            case_id=fam.case_id,
            scheduled_at=at(JAN6, 11),
            venue="Family centre",
            chair_person_id=fam.chair_id,
            minute_taker_person_id=fam.health_visitor_id,
            profiles=profiles,
        )
    assert [p.field for p in refused.value.problems] == ["chair_person_id"]
    core = convene_first(ctx, fam, profiles, JAN6)
    assert core.number == 1 and core.id != lac.id and core.kind is MeetingKind.CORE_GROUP


def test_second_core_group_is_chaired_by_whoever_the_lp_identifies(store, ctx, clock, profiles):
    fam = build_family(store)
    first = convene_first(ctx, fam, profiles, JAN6)
    clock.current = datetime(2027, 1, 6, 12, 0)
    record_attendance(ctx, meeting_id=first.id, entries=everyone_present(fam))
    second = convene_meeting(
        ctx,
        case_id=fam.case_id,
        scheduled_at=at(date(2027, 2, 3)),
        venue="School",
        chair_person_id=fam.teacher_id,
        minute_taker_person_id=fam.lp_id,
        profiles=profiles,
    )
    assert second.number == 2 and second.chair_person_id == fam.teacher_id


def test_reschedule_and_cancel(store, ctx, profiles):
    fam = build_family(store)
    meeting = convene_first(ctx, fam, profiles, JAN6)
    moved = reschedule_meeting(
        ctx, meeting_id=meeting.id, scheduled_at=at(date(2027, 1, 5)), expected_revision=1
    )
    assert moved.scheduled_at == at(date(2027, 1, 5)) and moved.revision == 2
    cancelled = cancel_meeting(ctx, meeting_id=meeting.id, expected_revision=2)
    assert cancelled.status is MeetingStatus.CANCELLED
    with pytest.raises(RuleViolation):
        cancel_meeting(ctx, meeting_id=meeting.id, expected_revision=3)
    # a cancelled meeting does not count: the next one is again number 1
    again = convene_first(ctx, fam, profiles, JAN6)
    assert again.number == 1


def test_attendance_marks_the_meeting_held(store, ctx, clock, profiles):
    fam = build_family(store)
    meeting = convene_first(ctx, fam, profiles, JAN6)
    clock.current = datetime(2027, 1, 6, 12, 0)
    entries = [
        *everyone_present(fam)[:-1],
        AttendanceEntry(person_id=fam.teacher_id, status="apologies", report_received=True),
    ]
    held = record_attendance(ctx, meeting_id=meeting.id, entries=entries)
    assert held.status is MeetingStatus.HELD and held.held_on == JAN6
    with store.unit_of_work() as uow:
        teacher = uow.repo(Attendance).find(meeting_id=meeting.id, person_id=fam.teacher_id)[0]
    assert teacher.report_received and teacher.status.value == "apologies"


@pytest.mark.sqlite_only("each refusal is the services' check, made before anything is written")
@pytest.mark.parametrize(
    ("entry", "field"),
    [
        ({"person": "child", "status": "did_not_attend"}, "entries[0].reason"),
        ({"person": "mother", "status": "apologies"}, "entries[0].reason"),
        ({"person": "father", "status": "present"}, "entries[0].person_id"),
        ({"person": "mother", "status": "maybe"}, "entries[0].status"),
        ({"person": "mother", "status": "invited"}, "entries[0].status"),
    ],
)
def test_attendance_refusals(store, ctx, clock, profiles, entry, field):
    fam = build_family(store)
    meeting = convene_first(ctx, fam, profiles, JAN6)
    clock.current = datetime(2027, 1, 6, 12, 0)
    person = {"child": fam.child_person_id, "mother": fam.mother_id, "father": fam.father_id}
    before = audit_count(store)
    with pytest.raises(InvalidInput) as refused:
        record_attendance(
            ctx,
            meeting_id=meeting.id,
            entries=[AttendanceEntry(person_id=person[entry["person"]], status=entry["status"])],
        )
    assert field in [p.field for p in refused.value.problems]
    assert _meetings(store)[0].status is MeetingStatus.CONVENED
    assert audit_count(store) == before


def test_attendance_for_a_meeting_not_yet_held_is_refused(store, ctx, profiles):
    fam = build_family(store)
    meeting = convene_first(ctx, fam, profiles, JAN6)  # the clock is still on 18 Dec
    with pytest.raises(InvalidInput) as refused:
        record_attendance(ctx, meeting_id=meeting.id, entries=everyone_present(fam))
    assert refused.value.problems[0].field == "meeting_id"


@pytest.mark.sqlite_only("due dates and bank holidays are rules, not queries")
def test_scotland_counts_calendar_days_and_its_own_bank_holidays(store, ctx, profiles):
    fam = build_family(store, profile_id="scotland_cp")
    proposed = propose_dates(ctx, case_id=fam.case_id, count=3, profiles=profiles)
    # 15 days after Fri 18 Dec 2026 is Sat 2 Jan 2027; 28 Dec, 1 Jan are Scottish bank holidays.
    assert [p.day for p in proposed] == [date(2026, 12, 31), date(2026, 12, 30), date(2026, 12, 29)]
    assert proposed[0].reason.startswith(
        "Thu 31 Dec 2026: a working day before the due date Sat 2 Jan 2027"
    )
    assert "(15 days after the CP planning meeting on Fri 18 Dec 2026)" in proposed[0].reason
    assert "(15 days" not in proposed[1].reason
