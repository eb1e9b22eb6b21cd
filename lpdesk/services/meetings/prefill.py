"""What the minutes can take from the records instead of retyping: attendance, visits since the
last core group, the plan's open actions, disagreements, significant events and the next dates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from lpdesk.domain import (
    Action,
    ActionStatus,
    Attendance,
    AttendanceStatus,
    Disagreement,
    Membership,
    Person,
    SignificantEvent,
    Visit,
    VisitOutcome,
)
from lpdesk.rules.calendar import fmt_date
from lpdesk.services.context import ServiceContext
from lpdesk.services.meetings import _common as c
from lpdesk.services.permissions import Permission
from lpdesk.services.profiles import ProfileProvider

__all__ = ["ActionLine", "AttendanceLine", "Prefill", "VisitLine", "prefill"]


@dataclass(frozen=True, kw_only=True, slots=True)
class AttendanceLine:
    person_id: int
    name: str
    roles: tuple[str, ...]  # MemberRole values; empty for an additional invitee
    status: AttendanceStatus
    reason: str
    report_received: bool
    additional: bool


@dataclass(frozen=True, kw_only=True, slots=True)
class VisitLine:
    visit_id: int
    child_id: int
    visited_at: datetime
    visitor_person_id: int
    visitor_name: str
    outcome: VisitOutcome
    seen: bool
    seen_alone: bool
    not_alone_reason: str
    bedroom_seen: bool


@dataclass(frozen=True, kw_only=True, slots=True)
class ActionLine:
    action_id: int
    outcome_id: int | None
    what: str
    who_person_id: int | None
    who_name: str
    by_when: date | None
    status: ActionStatus
    progress: str


@dataclass(frozen=True, kw_only=True, slots=True)
class Prefill:
    meeting_id: int
    since: date | None  # the last core group (or the initial conference) the lists start after
    attendance: tuple[AttendanceLine, ...]
    visits: tuple[VisitLine, ...]
    open_actions: tuple[ActionLine, ...]
    open_disagreements: tuple[Disagreement, ...]
    previous_disagreements: tuple[Disagreement, ...]  # resolved
    events: tuple[SignificantEvent, ...]
    next_meeting_by: date | None  # the latest date within the profile's interval
    next_meeting_reason: str
    review_conference_on: date | None


def prefill(
    ctx: ServiceContext, *, meeting_id: int, profiles: ProfileProvider | None = None
) -> Prefill:
    with ctx.uow() as uow:
        meeting = c.meeting_for(ctx, uow, meeting_id, Permission.READ_CASE)
        case = c.get_case(uow, meeting.case_id, field="meeting_id")
        profile = c.provider(profiles).profile(case.profile_id)
        previous = c.previous_core_group(uow, meeting)
        since = (
            (previous.held_on or previous.scheduled_at.date())
            if previous is not None
            else c.initial_conference_on(uow, meeting.case_id)
        )
        rows = uow.repo(Attendance).find(meeting_id=meeting_id)
        roles: dict[int, list[str]] = {}
        for m in uow.repo(Membership).find(case_id=meeting.case_id):
            if m.active_on(meeting.scheduled_at.date()):
                roles.setdefault(m.person_id, []).append(m.role.value)
        start = datetime.combine(since, time.max) if since else datetime.min
        visits = sorted(
            (
                v
                for v in uow.repo(Visit).find(case_id=meeting.case_id)
                if start < v.visited_at <= meeting.scheduled_at
            ),
            key=lambda v: v.visited_at,
        )
        plan = c.current_plan(uow, meeting.case_id)
        actions = [a for a in uow.repo(Action).find(plan_id=plan.id) if a.is_open] if plan else []
        disagreements = uow.repo(Disagreement).find(case_id=meeting.case_id)
        events = sorted(
            (
                e
                for e in uow.repo(SignificantEvent).find(case_id=meeting.case_id)
                if (since is None or e.occurred_on > since)
                and e.occurred_on <= meeting.scheduled_at.date()
            ),
            key=lambda e: e.occurred_on,
        )
        wanted = {a.person_id for a in rows} | {v.visitor_person_id for v in visits}
        wanted |= {a.who_person_id for a in actions if a.who_person_id is not None}
        names = {p.id: p.name for p in uow.repo(Person).find(id=sorted(wanted))} if wanted else {}
        review_on = meeting.review_conference_on or c.scheduled_review_on(uow, meeting.case_id)
    held = meeting.held_on or meeting.scheduled_at.date()
    weeks = profile.core_group_interval_weeks
    return Prefill(
        meeting_id=meeting_id,
        since=since,
        attendance=tuple(
            AttendanceLine(
                person_id=a.person_id,
                name=names.get(a.person_id, ""),
                roles=tuple(roles.get(a.person_id, ())),
                status=a.status,
                reason=a.reason,
                report_received=a.report_received,
                additional=a.additional,
            )
            for a in rows
        ),
        visits=tuple(
            VisitLine(
                visit_id=v.id or 0,
                child_id=v.child_id,
                visited_at=v.visited_at,
                visitor_person_id=v.visitor_person_id,
                visitor_name=names.get(v.visitor_person_id, ""),
                outcome=v.outcome,
                seen=v.outcome is VisitOutcome.COMPLETED,
                seen_alone=v.seen_alone,
                not_alone_reason=v.not_alone_reason,
                bedroom_seen=v.bedroom_seen,
            )
            for v in visits
        ),
        open_actions=tuple(
            ActionLine(
                action_id=a.id or 0,
                outcome_id=a.outcome_id,
                what=a.what,
                who_person_id=a.who_person_id,
                who_name=names.get(a.who_person_id, "") if a.who_person_id else "",
                by_when=a.by_when,
                status=a.status,
                progress=a.progress,
            )
            for a in actions
        ),
        open_disagreements=tuple(d for d in disagreements if d.resolved_on is None),
        previous_disagreements=tuple(d for d in disagreements if d.resolved_on is not None),
        events=tuple(events),
        next_meeting_by=held + timedelta(weeks=weeks),
        next_meeting_reason=f"within {weeks} weeks of this meeting on {fmt_date(held)}",
        review_conference_on=review_on,
    )
