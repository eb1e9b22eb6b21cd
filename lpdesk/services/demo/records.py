"""Small writers the demo families share: core group meetings with attendance and minutes, visits,
and outcomes with actions. Written straight through the unit of work, each with its audit event,
because their own services belong to other modules."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from lpdesk.domain import (
    Action,
    ActionStatus,
    Attendance,
    AttendanceStatus,
    Meeting,
    MeetingStatus,
    MemberRole,
    Outcome,
    Visit,
)
from lpdesk.services import cases
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.demo.staff import Staff
from lpdesk.services.ports import UnitOfWork

__all__ = [
    "MINUTES_FORM",
    "add_core_group",
    "add_outcome",
    "add_oversight",
    "add_professionals",
    "add_visit",
    "at",
    "need_id",
    "working_day",
    "years_ago",
]

MINUTES_FORM = ("core_group_minutes", 1)


def at(day: date, hour: int = 10, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def add_core_group(
    ctx: ServiceContext,
    uow: UnitOfWork,
    *,
    case_id: int,
    number: int,
    day: date,
    chair: int,
    minute_taker: int,
    attendance: list[tuple[int, AttendanceStatus, str]],
    answers: dict[str, dict[str, object]],
    status: MeetingStatus,
    next_meeting_on: date | None = None,
    review_conference_on: date | None = None,
) -> Meeting:
    """A core group meeting; ``HELD`` leaves the minutes awaiting approval, ``CIRCULATED`` approves
    them (the hash of the exact minutes, as the approval service computes it) and records that
    they were circulated two working days later."""
    held = status is not MeetingStatus.CONVENED
    meeting = uow.repo(Meeting).add(
        Meeting(
            case_id=case_id,
            number=number,
            scheduled_at=at(day),
            venue="Northvale Family Centre, Room 2",
            chair_person_id=chair,
            minute_taker_person_id=minute_taker,
            status=MeetingStatus.HELD if held else MeetingStatus.CONVENED,
            form_id=MINUTES_FORM[0] if held else "",
            form_version=MINUTES_FORM[1] if held else 0,
            answers=dict(answers) if held else {},
            next_meeting_on=next_meeting_on,
            review_conference_on=review_conference_on,
            held_on=day if held else None,
            draft_saved_at=at(day, 15) if held else None,
        )
    )
    assert meeting.id is not None
    rows = [
        Attendance(
            meeting_id=meeting.id,
            person_id=person_id,
            status=attended if held else AttendanceStatus.INVITED,
            reason=reason,
        )
        for person_id, attended, reason in attendance
    ]
    stored_rows = uow.repo(Attendance).add_all(rows)
    record(uow, ctx, "meeting.convene", "meeting", meeting.id, f"case={case_id}")
    if status in (MeetingStatus.APPROVED, MeetingStatus.CIRCULATED):
        meeting = _approve(ctx, uow, meeting, stored_rows, status, at(day + timedelta(days=1), 11))
    return meeting


def _approve(
    ctx: ServiceContext,
    uow: UnitOfWork,
    meeting: Meeting,
    rows: list[Attendance],
    status: MeetingStatus,
    when: datetime,
) -> Meeting:
    """Approve (and, for ``CIRCULATED``, mark circulated the next day) in one update, so the
    approved hash names the revision stored last."""
    from lpdesk.services.meetings.approval import canonical_minutes

    circulated = status is MeetingStatus.CIRCULATED
    approved = replace(
        meeting,
        status=status,
        approved_by="rahel.tesfaye",
        approved_at=when,
        circulated_on=(when + timedelta(days=1)).date() if circulated else None,
    )
    digest = hashlib.sha256(
        canonical_minutes(replace(approved, revision=meeting.revision + 1), rows)
    ).hexdigest()
    stored = uow.repo(Meeting).update(replace(approved, approved_hash=digest))
    record(uow, ctx, "meeting.approve", "meeting", stored.id, f"revision={stored.revision}")
    if circulated:
        record(uow, ctx, "meeting.circulate", "meeting", stored.id)
    return stored


def add_visit(
    ctx: ServiceContext,
    uow: UnitOfWork,
    *,
    case_id: int,
    child_id: int,
    visitor: int,
    day: date,
    present: str,
    seen_alone: bool,
    not_alone_reason: str = "",
    bedroom_seen: bool = False,
    observations: str = "",
    presentation: str = "",
) -> Visit:
    visit = uow.repo(Visit).add(
        Visit(
            case_id=case_id,
            child_id=child_id,
            visitor_person_id=visitor,
            visited_at=at(day, 16),
            recorded_at=at(day + timedelta(days=1), 9),
            present=present,
            spoke_with_child=True,
            seen_alone=seen_alone,
            not_alone_reason=not_alone_reason,
            bedroom_seen=bedroom_seen,
            observations=observations,
            key_subjects="Safety at home; school attendance",
            presentation=presentation,
        )
    )
    record(uow, ctx, "visit.record", "visit", visit.id, f"case={case_id}")
    return visit


def add_outcome(
    ctx: ServiceContext,
    uow: UnitOfWork,
    *,
    plan_id: int,
    number: int,
    description: str,
    actions: list[tuple[str, int | None, date, ActionStatus]],
    indicator: str = "",
) -> Outcome:
    """An outcome with its SMART actions (what, who, by when, status)."""
    outcome = uow.repo(Outcome).add(
        Outcome(plan_id=plan_id, number=number, description=description, indicator=indicator)
    )
    for what, who, by_when, status in actions:
        done = status is ActionStatus.COMPLETED
        uow.repo(Action).add(
            Action(
                plan_id=plan_id,
                outcome_id=outcome.id,
                what=what,
                who_person_id=who,
                by_when=by_when,
                measure="Reviewed at each core group",
                status=status,
                progress="Started" if status is ActionStatus.IN_PROGRESS else "",
                impact="Attendance improved to 96%" if done else "",
                completed_on=by_when if done else None,
            )
        )
    record(uow, ctx, "plan.outcome", "outcome", outcome.id, f"plan={plan_id}")
    return outcome


def working_day(day: date, profile_id: str = "england_cp") -> date:
    """``day`` if meetings are held on it (a working day of the profile's nation), otherwise the
    working day before: no conference or core group on a weekend or a bank holiday."""
    from lpdesk.services.profiles import shared_provider

    return shared_provider().profile(profile_id).calendar().working_day_on_or_before(day)


def need_id(value: int | None) -> int:
    assert value is not None
    return value


def years_ago(today: date, years: int, days: int = 0) -> date:
    """The date ``years`` before ``today`` (28 February for a 29th), less ``days``."""
    day = 28 if (today.month, today.day) == (2, 29) else today.day
    return today.replace(year=today.year - years, day=day) - timedelta(days=days)


def add_professionals(ctx: ServiceContext, case_id: int, joined: date, *people: int) -> None:
    for person_id in people:
        cases.add_member(
            ctx,
            case_id=case_id,
            person_id=person_id,
            role=MemberRole.PROFESSIONAL,
            joined_on=joined,
        )


def add_oversight(ctx: ServiceContext, case_id: int, joined: date, staff: Staff) -> None:
    cases.add_member(
        ctx,
        case_id=case_id,
        person_id=staff.team_manager,
        role=MemberRole.LP_MANAGER,
        joined_on=joined,
    )
    cases.add_member(
        ctx,
        case_id=case_id,
        person_id=staff.qa_manager,
        role=MemberRole.QA_MANAGER,
        joined_on=joined,
    )
    cases.add_member(
        ctx,
        case_id=case_id,
        person_id=staff.chair,
        role=MemberRole.CONFERENCE_CHAIR,
        joined_on=joined,
    )
