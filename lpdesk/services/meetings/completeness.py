"""What the minutes still need before the chair can approve them. Each finding names the field or
record a person must go to, and says why."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from lpdesk.domain import (
    Action,
    AuditEvent,
    Disagreement,
    DueKind,
    EscalationLevel,
    FieldProblem,
    Meeting,
    MeetingKind,
    MeetingStatus,
)
from lpdesk.forms.spec import FieldKind, FormSpec
from lpdesk.rules.calendar import fmt_date
from lpdesk.rules.profile import Profile
from lpdesk.services.context import ServiceContext
from lpdesk.services.meetings import _common as c
from lpdesk.services.meetings.minutes import _validate
from lpdesk.services.permissions import Permission
from lpdesk.services.ports import UnitOfWork
from lpdesk.services.profiles import ProfileProvider

__all__ = ["Finding", "completeness", "findings_for"]


@dataclass(frozen=True, kw_only=True, slots=True)
class Finding:
    field: str
    message: str


def completeness(
    ctx: ServiceContext, *, meeting_id: int, profiles: ProfileProvider | None = None
) -> list[Finding]:
    """Every reason the minutes of this meeting cannot be approved yet (empty when complete)."""
    with ctx.uow() as uow:
        meeting = c.meeting_for(ctx, uow, meeting_id, Permission.READ_CASE)
        return findings_for(uow, meeting, c.provider(profiles))


def findings_for(uow: UnitOfWork, meeting: Meeting, provider: ProfileProvider) -> list[Finding]:
    case = c.get_case(uow, meeting.case_id, field="meeting_id")
    profile = provider.profile(case.profile_id)
    spec = provider.form(meeting.form_id, meeting.form_version)
    findings: list[Finding] = []
    if meeting.status is MeetingStatus.CONVENED:
        findings.append(Finding(field="attendance", message="attendance has not been recorded"))
    members = c.member_person_ids(uow, meeting.case_id, meeting.scheduled_at.date())
    for p in _validate(spec, meeting.answers, profile.flags, members, final=True):
        findings.append(Finding(field=p.field, message=p.message))
    findings += _voice(spec, meeting.answers, findings)
    if meeting.kind is MeetingKind.CORE_GROUP:
        findings += _plan_reviewed(uow, spec, meeting)
        findings += _next_dates(spec, meeting, profile)
        findings += _disagreements(uow, meeting)
        findings += _agreed_plan(uow, spec, meeting)
    return findings


def _agreed_plan(uow: UnitOfWork, spec: FormSpec, meeting: Meeting) -> list[Finding]:
    """What approval could not carry into the plan (approval makes the plan's next version)."""
    from lpdesk.services.plans.from_minutes import agreement_problems

    return [Finding(field=f, message=m) for f, m in agreement_problems(uow, spec, meeting)]


def _answered(value: object) -> bool:
    return value not in (None, "", [], {}) and not (isinstance(value, str) and not value.strip())


def _voice(spec: FormSpec, answers: dict[str, Any], already: list[Finding]) -> list[Finding]:
    voice = [s for s in spec.sections if s.key == "voice" or "voice" in s.title.lower()]
    out = []
    for section in voice:
        values = answers.get(section.key, {})
        if any(f.field.startswith(section.key) for f in already):
            continue
        if not any(_answered(values.get(f.key)) for f in section.fields):
            out.append(
                Finding(
                    field=section.key,
                    message="the child's voice is required: wishes and feelings, lived experience"
                    " (for a baby, their presentation and behaviour)",
                )
            )
    return out


def reviewed_action_ids(spec: FormSpec, answers: dict[str, Any]) -> set[int]:
    """Action ids with a row in the plan review section."""
    ids: set[int] = set()
    for section in spec.sections:
        if section.prefill != "plan_review":
            continue
        for fs in section.fields:
            rows = answers.get(section.key, {}).get(fs.key)
            if fs.kind is not FieldKind.TABLE or not isinstance(rows, list):
                continue
            for row in rows:
                value = row.get("action_id") if isinstance(row, dict) else None
                if isinstance(value, int) or (isinstance(value, str) and value.isdigit()):
                    ids.add(int(value))
    return ids


def _plan_reviewed(uow: UnitOfWork, spec: FormSpec, meeting: Meeting) -> list[Finding]:
    plan = c.current_plan(uow, meeting.case_id)
    if plan is None:
        return []
    open_actions = [a for a in uow.repo(Action).find(plan_id=plan.id) if a.is_open]
    if not open_actions:
        return []
    reviewed = reviewed_action_ids(spec, meeting.answers)
    from lpdesk.services.plans.from_minutes import agreed_plan

    # the actions this meeting agreed (on the plan once an earlier version was approved) are
    # reviewed at the next meeting, not at this one
    agreed_here = {(a.what, a.by_when) for a in agreed_plan(spec, meeting.answers).actions}
    open_actions = [a for a in open_actions if (a.what, a.by_when) not in agreed_here]
    since = meeting.scheduled_at
    updated = {
        e.entity_id
        for e in uow.repo(AuditEvent).find(entity="action", entity_id=[a.id for a in open_actions])
        if e.at >= since and e.action == "plan.action_progress"
    }
    section = next((s.key for s in spec.sections if s.prefill == "plan_review"), "plan_review")
    return [
        Finding(
            field=section,
            message=f"action {a.id} (due {fmt_date(a.by_when) if a.by_when else 'no date'}) has"
            " not been reviewed: record its progress and status",
        )
        for a in open_actions
        if a.id not in reviewed and a.id not in updated
    ]


def _next_dates(spec: FormSpec, meeting: Meeting, profile: Profile) -> list[Finding]:
    section = next((s.key for s in spec.sections if s.prefill == "next_dates"), "next_dates")
    held = meeting.held_on or meeting.scheduled_at.date()
    latest = held + timedelta(weeks=profile.core_group_interval_weeks)
    out: list[Finding] = []
    next_on = meeting.next_meeting_on
    if next_on is None:
        out.append(Finding(field=section, message="the date of the next core group is required"))
    elif not held < next_on <= latest:
        out.append(
            Finding(
                field=section,
                message=f"the next core group on {fmt_date(next_on)} must fall after this meeting"
                f" and by {fmt_date(latest)} ({profile.core_group_interval_weeks} weeks)",
            )
        )
    if profile.applies(DueKind.REVIEW_CONFERENCE) and _no_review(
        meeting.review_conference_on, held
    ):
        out.append(
            Finding(
                field=section,
                message="the date of the review conference is required: every member must know it",
            )
        )
    return out


def _no_review(review_on: date | None, held: date) -> bool:
    return review_on is None or review_on < held


def _disagreements(uow: UnitOfWork, meeting: Meeting) -> list[Finding]:
    held = meeting.held_on or meeting.scheduled_at.date()
    return [
        Finding(
            field=f"disagreements[{d.id}]",
            message=f"the disagreement raised on {fmt_date(d.raised_on)} is neither resolved nor"
            " escalated",
        )
        for d in uow.repo(Disagreement).find(case_id=meeting.case_id)
        if d.raised_on <= held and d.resolved_on is None and d.escalated_to is EscalationLevel.NONE
    ]


def as_problems(findings: list[Finding]) -> list[FieldProblem]:
    return [FieldProblem(f.field, f.message) for f in findings]
