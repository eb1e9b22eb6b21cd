"""Holding a meeting: who was present, sent apologies or did not attend, and why.

A child or parent who was not there needs a reason on the record; an absent agency may have sent a
written report. Recording attendance marks the meeting held (on its scheduled day).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from lpdesk.domain import (
    Attendance,
    AttendanceStatus,
    FieldProblem,
    Meeting,
    MeetingStatus,
    MemberRole,
    RuleViolation,
)
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.meetings import _common as c
from lpdesk.services.people import check_text
from lpdesk.services.permissions import Permission, require

__all__ = ["AttendanceEntry", "attendance_of", "record_attendance"]

_ABSENT = (AttendanceStatus.APOLOGIES, AttendanceStatus.DID_NOT_ATTEND)
_REASON_NEEDED = (MemberRole.CHILD, MemberRole.PARENT, MemberRole.CARER)


@dataclass(frozen=True, kw_only=True, slots=True)
class AttendanceEntry:
    person_id: int
    status: AttendanceStatus | str
    reason: str = ""
    report_received: bool = False


def record_attendance(
    ctx: ServiceContext, *, meeting_id: int, entries: Sequence[AttendanceEntry]
) -> Meeting:
    """Record each invitee's attendance and mark the meeting held. Every entry names an invitee."""
    require(ctx, Permission.MANAGE_MEETINGS)
    problems: list[FieldProblem] = []
    with ctx.uow() as uow:
        meeting = c.meeting_for(ctx, uow, meeting_id, Permission.MANAGE_MEETINGS)
        if meeting.status in c.APPROVED_STATES or meeting.status is MeetingStatus.CANCELLED:
            raise RuleViolation(
                f"meeting {meeting_id} is {meeting.status.value}: its attendance is part of the"
                " record and can no longer change"
            )
        if meeting.scheduled_at.date() > ctx.clock.today():
            problems.append(FieldProblem("meeting_id", "the meeting has not happened yet"))
        rows = {a.person_id: a for a in uow.repo(Attendance).find(meeting_id=meeting_id)}
        roles: dict[int, set[MemberRole]] = {}
        for m in c.active_members(uow, meeting.case_id, meeting.scheduled_at.date()):
            roles.setdefault(m.person_id, set()).add(m.role)
        seen: set[int] = set()
        updates: list[Attendance] = []
        for i, entry in enumerate(entries):
            field = f"entries[{i}]"
            status = c.as_enum(AttendanceStatus, f"{field}.status", entry.status, problems)
            check_text(problems, f"{field}.reason", entry.reason, multiline=True, max_length=1000)
            row = rows.get(entry.person_id)
            if row is None:
                problems.append(FieldProblem(f"{field}.person_id", "not invited to this meeting"))
                continue
            if entry.person_id in seen:
                problems.append(FieldProblem(f"{field}.person_id", "listed twice"))
            seen.add(entry.person_id)
            if status is AttendanceStatus.INVITED:
                problems.append(
                    FieldProblem(f"{field}.status", "present, apologies or did not attend")
                )
            family = roles.get(entry.person_id, set()) & set(_REASON_NEEDED)
            if status in _ABSENT and family and not entry.reason.strip():
                problems.append(
                    FieldProblem(f"{field}.reason", "why the child or parent did not attend")
                )
            if status is not None:
                updates.append(
                    replace(
                        row,
                        status=status,
                        reason=entry.reason.strip(),
                        report_received=entry.report_received,
                    )
                )
        if not entries:
            problems.append(FieldProblem("entries", "at least one person's attendance"))
        c.raise_problems(problems)
        for row in updates:
            uow.repo(Attendance).update(row)
        held = uow.repo(Meeting).update(
            replace(meeting, status=MeetingStatus.HELD, held_on=meeting.scheduled_at.date())
        )
        record(uow, ctx, "meeting.attendance", "meeting", meeting_id, f"entries={len(updates)}")
    return held


def attendance_of(ctx: ServiceContext, *, meeting_id: int) -> list[Attendance]:
    with ctx.uow() as uow:
        c.meeting_for(ctx, uow, meeting_id, Permission.READ_CASE)
        return list(uow.repo(Attendance).find(meeting_id=meeting_id))
