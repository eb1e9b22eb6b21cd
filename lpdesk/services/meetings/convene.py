"""Convening a core group: proposing dates that meet the due date, inviting the core group, and
rescheduling or cancelling.

The first core group after the initial conference is due within the profile's working days of it
(Scotland: calendar days) and is chaired by the lead professional's manager; later ones are due
within the profile's interval of the last one held, chaired by whoever the LP identifies. The
minute taker is never the chair. A looked after child review is a separate meeting, even on the
same day, and never counts as a core group.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from lpdesk.domain import (
    Attendance,
    DueKind,
    FieldProblem,
    InvalidInput,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Membership,
    Person,
    RuleViolation,
)
from lpdesk.rules.calendar import fmt_date
from lpdesk.rules.profile import Profile
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.meeting_guards import check_meeting_guards, check_venue
from lpdesk.services.meetings import _common as c
from lpdesk.services.people import check_text
from lpdesk.services.permissions import Permission, require
from lpdesk.services.ports import UnitOfWork
from lpdesk.services.profiles import ProfileProvider
from lpdesk.services.validation import check_meeting_officers, eligible_officers

__all__ = [
    "DueDate",
    "MeetingOfficers",
    "ProposedDate",
    "cancel_meeting",
    "convene_meeting",
    "meeting_officers",
    "next_core_group_due",
    "propose_dates",
    "reschedule_meeting",
]


@dataclass(frozen=True, kw_only=True, slots=True)
class ProposedDate:
    day: date
    reason: str


@dataclass(frozen=True, kw_only=True, slots=True)
class MeetingOfficers:
    """Who may chair and who may minute the next core group of a case: professionals of the core
    group (and the lead professional's manager), never a family member or an excluded member.
    ``chair_required`` is the LP's manager when the next core group is the first, who alone may
    chair it."""

    chairs: tuple[int, ...]
    minute_takers: tuple[int, ...]
    chair_required: int | None = None
    reason: str = ""
    names: tuple[tuple[int, str], ...] = ()  # (person id, name) of everyone above


@dataclass(frozen=True, kw_only=True, slots=True)
class DueDate:
    due: date
    first: bool  # the first core group after the initial conference
    reason: str


def next_core_group_due(uow: UnitOfWork, case_id: int, profile: Profile) -> DueDate:
    """When the next core group is due, with the reason a person can check by hand."""
    cal = profile.calendar()
    icpc = c.initial_conference_on(uow, case_id)
    since_icpc = [
        m for m in c.core_groups(uow, case_id) if icpc is None or m.scheduled_at.date() > icpc
    ]
    held = [m for m in since_icpc if m.status in c.HELD_STATES]
    if held:
        last = held[-1].held_on or held[-1].scheduled_at.date()
        due = last + timedelta(weeks=profile.core_group_interval_weeks)
        reason = (
            f"{profile.core_group_interval_weeks} weeks after the last core group on"
            f" {fmt_date(last)}"
        )
        return DueDate(due=due, first=False, reason=reason)
    if not profile.applies(DueKind.FIRST_CORE_GROUP):
        plan = c.current_plan(uow, case_id)
        start = plan.started_on if plan is not None else c.get_case(uow, case_id).opened_on
        due = start + timedelta(weeks=profile.core_group_interval_weeks)
        reason = (
            f"{profile.core_group_interval_weeks} weeks after the plan started on {fmt_date(start)}"
        )
        return DueDate(due=due, first=True, reason=reason)
    if icpc is None:
        raise InvalidInput.one(
            "case_id", "no initial conference recorded: the first core group is counted from it"
        )
    label = profile.initial_conference_label
    if profile.first_core_group_calendar_days is not None:
        due = icpc + timedelta(days=profile.first_core_group_calendar_days)
        reason = (
            f"{profile.first_core_group_calendar_days} days after the {label} on {fmt_date(icpc)}"
        )
    else:
        due = cal.add_working_days(icpc, profile.first_core_group_working_days)
        reason = (
            f"{profile.first_core_group_working_days} working days after the {label} on"
            f" {fmt_date(icpc)}"
        )
    return DueDate(due=due, first=True, reason=reason)


def propose_dates(
    ctx: ServiceContext, *, case_id: int, count: int = 3, profiles: ProfileProvider | None = None
) -> list[ProposedDate]:
    """``count`` working days for the next core group, latest first, none after the due date
    (unless it has passed: then the first working days from tomorrow), each explained."""
    if not 1 <= count <= 20:
        raise InvalidInput.one("count", "between 1 and 20")
    with ctx.uow() as uow:
        case = c.case_for(ctx, uow, case_id, Permission.READ_CASE)
        profile = c.provider(profiles).profile(case.profile_id)
        due = next_core_group_due(uow, case_id, profile)
    cal = profile.calendar()
    today = ctx.clock.today()
    off = cal.describe_days_off(today, due.due)
    tail = f"; {off}" if off else ""
    due_text = f"the due date {fmt_date(due.due)} ({due.reason})"
    proposals: list[ProposedDate] = []
    if due.due > today:
        day = cal.working_day_on_or_before(due.due)
        while day > today and len(proposals) < count:
            # The first proposal carries the due date's own reason; the rest name the date.
            due_named = fmt_date(due.due) if proposals else due_text[len("the due date ") :]
            if day == due.due:
                reason = f"{fmt_date(day)}: the due date {due_named}{tail}"
            else:
                reason = f"{fmt_date(day)}: a working day before the due date {due_named}{tail}"
            proposals.append(ProposedDate(day=day, reason=reason))
            day = cal.add_working_days(day, -1)
    if not proposals:
        late = "overdue since" if due.due < today else "no working day is left before"
        day = cal.add_working_days(today, 1)
        while len(proposals) < count:
            reason = f"{fmt_date(day)}: {late} {due_text}"
            proposals.append(ProposedDate(day=day, reason=reason))
            day = cal.add_working_days(day, 1)
    return proposals


def convene_meeting(
    ctx: ServiceContext,
    *,
    case_id: int,
    scheduled_at: datetime,
    venue: str,
    chair_person_id: int,
    minute_taker_person_id: int,
    additional_invitee_ids: Sequence[int] = (),
    kind: MeetingKind | str = MeetingKind.CORE_GROUP,
    review_conference_on: date | None = None,
    profiles: ProfileProvider | None = None,
) -> Meeting:
    """Arrange a meeting and invite the core group (active, not excluded) plus any extras."""
    require(ctx, Permission.MANAGE_MEETINGS)
    problems: list[FieldProblem] = []
    meeting_kind = c.as_enum(MeetingKind, "kind", kind, problems)
    check_text(problems, "venue", venue, required=True, max_length=200)
    if chair_person_id == minute_taker_person_id and meeting_kind is not MeetingKind.CORE_GROUP:
        problems.append(  # a core group's officers are checked below, this with them
            FieldProblem("minute_taker_person_id", "the minute taker must not be the chair")
        )
    if len(set(additional_invitee_ids)) != len(additional_invitee_ids):
        problems.append(FieldProblem("additional_invitee_ids", "a person is listed twice"))
    with ctx.uow() as uow:
        case = c.case_for(ctx, uow, case_id, Permission.MANAGE_MEETINGS)
        profile = c.provider(profiles).profile(case.profile_id)
        c.check_persons(
            uow,
            [
                ("chair_person_id", chair_person_id),
                ("minute_taker_person_id", minute_taker_person_id),
            ]
            + [(f"additional_invitee_ids[{i}]", p) for i, p in enumerate(additional_invitee_ids)],
            problems,
        )
        check_meeting_guards(uow, case_id, venue, additional_invitee_ids, problems)
        day = scheduled_at.date()
        members = [m for m in c.active_members(uow, case_id, day) if not m.excluded]
        member_ids = {m.person_id for m in members}
        for i, pid in enumerate(additional_invitee_ids):
            if pid in member_ids:
                problems.append(
                    FieldProblem(f"additional_invitee_ids[{i}]", "already a core group member")
                )
        number = 0
        if meeting_kind is MeetingKind.CORE_GROUP:
            number, _first = _number(uow, case_id)
            _check_officers(
                uow, case_id, day, profile, chair_person_id, minute_taker_person_id, problems
            )
        c.raise_problems(problems)
        assert meeting_kind is not None
        spec = c.provider(profiles).minutes_form_for(profile, c.plan_kind(uow, case_id, profile))
        meeting = uow.repo(Meeting).add(
            Meeting(
                case_id=case_id,
                kind=meeting_kind,
                number=number,
                scheduled_at=scheduled_at,
                venue=venue.strip(),
                chair_person_id=chair_person_id,
                minute_taker_person_id=minute_taker_person_id,
                form_id=spec.id,
                form_version=spec.version,
                review_conference_on=review_conference_on or c.scheduled_review_on(uow, case_id),
            )
        )
        assert meeting.id is not None
        invited = [Attendance(meeting_id=meeting.id, person_id=pid) for pid in sorted(member_ids)]
        invited += [
            Attendance(meeting_id=meeting.id, person_id=pid, additional=True)
            for pid in additional_invitee_ids
        ]
        uow.repo(Attendance).add_all(invited)
        record(uow, ctx, "meeting.convene", "meeting", meeting.id, f"case={case_id}")
    return meeting


def meeting_officers(
    ctx: ServiceContext,
    *,
    case_id: int,
    on: date | None = None,
    profiles: ProfileProvider | None = None,
) -> MeetingOfficers:
    """Who may chair and who may minute a core group of the case held ``on`` (default today)."""
    with ctx.uow() as uow:
        case = c.case_for(ctx, uow, case_id, Permission.READ_CASE)
        profile = c.provider(profiles).profile(case.profile_id)
        return _officers(uow, case_id, on or ctx.clock.today(), profile)


def _officers(uow: UnitOfWork, case_id: int, day: date, profile: Profile) -> MeetingOfficers:
    manager = c.lp_manager_id(uow, case_id)
    eligible = eligible_officers(uow.repo(Membership).find(case_id=case_id), day, manager)
    found = uow.repo(Person).find(id=list(eligible)) if eligible else []
    names = tuple((p.id, p.name) for p in found if p.id is not None)
    _number_next, first = _number(uow, case_id)
    if first and profile.applies(DueKind.FIRST_CORE_GROUP):
        required = manager if manager in eligible else None
        return MeetingOfficers(
            chairs=(required,) if required is not None else (),
            minute_takers=tuple(p for p in eligible if p != required),
            chair_required=required,
            reason="the first core group is chaired by the lead professional's manager",
            names=names,
        )
    return MeetingOfficers(chairs=eligible, minute_takers=eligible, names=names)


def _check_officers(
    uow: UnitOfWork,
    case_id: int,
    day: date,
    profile: Profile,
    chair_person_id: int,
    minute_taker_person_id: int,
    problems: list[FieldProblem],
) -> None:
    """The chair and the minute taker must be among those who may (``_officers``)."""
    officers = _officers(uow, case_id, day, profile)
    names = {
        p.id: p.name
        for p in uow.repo(Person).find(id=sorted({chair_person_id, minute_taker_person_id}))
        if p.id is not None
    }
    if officers.chair_required is None and officers.reason:
        problems.append(
            FieldProblem(
                "chair_person_id",
                "the first core group is chaired by the lead professional's manager, and the"
                " case has no lead professional with a manager recorded",
            )
        )
    elif officers.chair_required is not None and chair_person_id != officers.chair_required:
        manager = uow.repo(Person).get(officers.chair_required).name
        problems.append(
            FieldProblem(
                "chair_person_id",
                f"the first core group is chaired by the lead professional's manager, {manager}",
            )
        )
    check_meeting_officers(
        problems,
        lambda f: f,
        chair=chair_person_id,
        minute_taker=minute_taker_person_id,
        # the first core group's chair is the LP's manager, named above when someone else is
        chairs=(*officers.chairs, chair_person_id) if officers.reason else officers.chairs,
        minute_takers=officers.minute_takers,
        names=names,
    )


def _number(uow: UnitOfWork, case_id: int) -> tuple[int, bool]:
    """The number of the next core group since the latest initial conference, and whether it is
    the first."""
    icpc = c.initial_conference_on(uow, case_id)
    since = [m for m in c.core_groups(uow, case_id) if icpc is None or m.scheduled_at.date() > icpc]
    return len(since) + 1, not since


def reschedule_meeting(
    ctx: ServiceContext,
    *,
    meeting_id: int,
    scheduled_at: datetime,
    venue: str | None = None,
    expected_revision: int,
) -> Meeting:
    """Move a meeting that has not been held yet."""
    require(ctx, Permission.MANAGE_MEETINGS)
    problems: list[FieldProblem] = []
    if venue is not None:
        check_text(problems, "venue", venue, required=True, max_length=200)
    with ctx.uow() as uow:
        meeting = _convened(ctx, uow, meeting_id, expected_revision)
        check_venue(uow, meeting.case_id, meeting.venue if venue is None else venue, problems)
        c.raise_problems(problems)
        moved = uow.repo(Meeting).update(
            replace(
                meeting,
                scheduled_at=scheduled_at,
                venue=meeting.venue if venue is None else venue.strip(),
            )
        )
        record(uow, ctx, "meeting.reschedule", "meeting", meeting_id)
    return moved


def cancel_meeting(ctx: ServiceContext, *, meeting_id: int, expected_revision: int) -> Meeting:
    """Cancel a meeting that has not been held. It stays on record and no longer counts."""
    require(ctx, Permission.MANAGE_MEETINGS)
    with ctx.uow() as uow:
        meeting = _convened(ctx, uow, meeting_id, expected_revision)
        cancelled = uow.repo(Meeting).update(replace(meeting, status=MeetingStatus.CANCELLED))
        record(uow, ctx, "meeting.cancel", "meeting", meeting_id)
    return cancelled


def _convened(
    ctx: ServiceContext, uow: UnitOfWork, meeting_id: int, expected_revision: int
) -> Meeting:
    meeting = c.meeting_for(ctx, uow, meeting_id, Permission.MANAGE_MEETINGS)
    if meeting.status is not MeetingStatus.CONVENED:
        raise RuleViolation(
            f"meeting {meeting_id} is {meeting.status.value}: only a meeting not"
            " yet held can be moved or cancelled"
        )
    c.check_revision(meeting, expected_revision)
    return meeting
