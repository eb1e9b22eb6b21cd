"""Look-ups shared by the meeting, plan and disagreement use cases (inside an open unit of work)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import Enum
from typing import TypeVar

from lpdesk.domain import (
    Case,
    Conference,
    ConferenceKind,
    Conflict,
    FieldProblem,
    InvalidInput,
    LeadAssignment,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Membership,
    Person,
    Plan,
    PlanKind,
)
from lpdesk.rules.profile import Profile
from lpdesk.services.context import ServiceContext
from lpdesk.services.permissions import Permission, require_case
from lpdesk.services.ports import UnitOfWork
from lpdesk.services.profiles import ProfileProvider, shared_provider

E = TypeVar("E", bound=Enum)

HELD_STATES = (MeetingStatus.HELD, MeetingStatus.APPROVED, MeetingStatus.CIRCULATED)
APPROVED_STATES = (MeetingStatus.APPROVED, MeetingStatus.CIRCULATED)


def raise_problems(problems: list[FieldProblem]) -> None:
    if problems:
        raise InvalidInput(problems)


def provider(profiles: ProfileProvider | None) -> ProfileProvider:
    return profiles if profiles is not None else shared_provider()


def as_enum(cls: type[E], field: str, value: object, problems: list[FieldProblem]) -> E | None:
    try:
        return cls(value)
    except ValueError:
        allowed = ", ".join(str(m.value) for m in cls)
        problems.append(FieldProblem(field, f'"{value}" is not one of: {allowed}'))
        return None


def meeting_for(
    ctx: ServiceContext, uow: UnitOfWork, meeting_id: int, permission: Permission
) -> Meeting:
    """The meeting, once the actor may do this on its case (``Forbidden`` otherwise)."""
    meeting = get_meeting(uow, meeting_id)
    require_case(ctx, uow, permission, meeting.case_id)
    return meeting


def case_for(ctx: ServiceContext, uow: UnitOfWork, case_id: int, permission: Permission) -> Case:
    """The open case, once the actor may do this on it (``Forbidden`` otherwise)."""
    case = get_case(uow, case_id)
    require_case(ctx, uow, permission, case_id)
    return case


def check_revision(meeting: Meeting, expected_revision: int, mine: object = None) -> None:
    """Refuse to build on a meeting someone else changed since it was read."""
    if meeting.revision != expected_revision:
        raise Conflict("meeting", meeting.id, theirs=meeting, mine=mine)


def get_meeting(uow: UnitOfWork, meeting_id: int) -> Meeting:
    found = uow.repo(Meeting).find(id=meeting_id)
    if not found:
        raise InvalidInput.one("meeting_id", f"no meeting {meeting_id}")
    return found[0]


def get_case(uow: UnitOfWork, case_id: int, field: str = "case_id") -> Case:
    found = uow.repo(Case).find(id=case_id)
    if not found:
        raise InvalidInput.one(field, f"no case {case_id}")
    if found[0].closed_on is not None:
        raise InvalidInput.one(field, f"case {case_id} is closed")
    return found[0]


def current_plan(uow: UnitOfWork, case_id: int) -> Plan | None:
    plans = [p for p in uow.repo(Plan).find(case_id=case_id) if p.ended_on is None]
    return plans[-1] if plans else None


def plan_kind(uow: UnitOfWork, case_id: int, profile: Profile) -> PlanKind:
    plan = current_plan(uow, case_id)
    return plan.kind if plan is not None else profile.plan_kind


def current_lead(uow: UnitOfWork, case_id: int) -> LeadAssignment | None:
    leads = [a for a in uow.repo(LeadAssignment).find(case_id=case_id) if a.ended_on is None]
    return leads[-1] if leads else None


def lp_manager_id(uow: UnitOfWork, case_id: int) -> int | None:
    lead = current_lead(uow, case_id)
    if lead is None:
        return None
    return uow.repo(Person).get(lead.person_id).manager_id


def conference_chair_id(uow: UnitOfWork, case_id: int) -> int | None:
    chairs = [c for c in uow.repo(Conference).find(case_id=case_id) if c.chair_person_id]
    chairs.sort(key=lambda c: (c.held_on or c.scheduled_for or date.min, c.id or 0))
    return chairs[-1].chair_person_id if chairs else None


def initial_conference_on(uow: UnitOfWork, case_id: int) -> date | None:
    held = [
        c.held_on
        for c in uow.repo(Conference).find(case_id=case_id)
        if c.kind in (ConferenceKind.INITIAL, ConferenceKind.PRE_BIRTH) and c.held_on
    ]
    return max(held) if held else None


def scheduled_review_on(uow: UnitOfWork, case_id: int) -> date | None:
    pending = [
        c.scheduled_for
        for c in uow.repo(Conference).find(case_id=case_id)
        if c.kind is ConferenceKind.REVIEW and c.held_on is None and c.scheduled_for
    ]
    return min(pending) if pending else None


def core_groups(uow: UnitOfWork, case_id: int) -> list[Meeting]:
    """The case's core group meetings that were not cancelled, in order of date."""
    found = [
        m
        for m in uow.repo(Meeting).find(case_id=case_id, kind=MeetingKind.CORE_GROUP)
        if m.status is not MeetingStatus.CANCELLED
    ]
    return sorted(found, key=lambda m: (m.scheduled_at, m.id or 0))


def previous_core_group(uow: UnitOfWork, meeting: Meeting) -> Meeting | None:
    """The latest held core group before this meeting."""
    earlier = [
        m
        for m in core_groups(uow, meeting.case_id)
        if m.id != meeting.id and m.status in HELD_STATES and m.scheduled_at < meeting.scheduled_at
    ]
    return earlier[-1] if earlier else None


def active_members(uow: UnitOfWork, case_id: int, day: date) -> list[Membership]:
    return [m for m in uow.repo(Membership).find(case_id=case_id) if m.active_on(day)]


def member_person_ids(uow: UnitOfWork, case_id: int, day: date) -> set[int]:
    return {m.person_id for m in active_members(uow, case_id, day)}


def check_persons(
    uow: UnitOfWork, pairs: Sequence[tuple[str, int | None]], problems: list[FieldProblem]
) -> None:
    """Each (field, person id) must name a stored person."""
    wanted = {pid for _, pid in pairs if pid is not None}
    known = {p.id for p in uow.repo(Person).find(id=sorted(wanted))} if wanted else set()
    for field, pid in pairs:
        if pid is not None and pid not in known:
            problems.append(FieldProblem(field, f"no person {pid}"))
