"""Approving minutes: the chair (or a team manager) approves one exact version.

``approved_hash`` is the SHA-256 of a canonical JSON of the content approved: the answers, the
attendance, the form id and version, and the disagreements the record shows (subject, date raised,
each position). It does not name the row's revision, so writes that leave the content alone (marking
the minutes circulated) keep the approval; any content edit withdraws it (``save_draft`` resets the
status and the hash). Circulation recomputes it (``minutes_hash``) and refuses minutes whose content
differs. See docs/decisions/0008-minutes-approval.md and 0012-circulation-pipeline.md.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from lpdesk.domain import (
    Attendance,
    Disagreement,
    Forbidden,
    Meeting,
    MeetingStatus,
    Person,
    RuleViolation,
    UserRole,
)
from lpdesk.forms.registry import FormRegistry
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.meetings import _common as c
from lpdesk.services.meetings.completeness import Finding, findings_for
from lpdesk.services.permissions import Permission, allowed, require
from lpdesk.services.ports import UnitOfWork
from lpdesk.services.profiles import ProfileProvider

__all__ = [
    "ApprovalState",
    "approvable_again",
    "approval_state",
    "approve",
    "canonical_minutes",
    "minutes_hash",
]


def canonical_minutes(
    meeting: Meeting,
    attendance: Sequence[Attendance],
    disagreements: Sequence[Disagreement] = (),
) -> bytes:
    """The exact bytes an approval covers: sorted keys, no spaces, UTF-8. The disagreements key is
    present only when the meeting records any, so minutes without one hash as before. Escalation
    and outcome are left out: a locked disagreement may still be escalated and resolved."""
    content: dict[str, Any] = {
        "meeting_id": meeting.id,
        "form_id": meeting.form_id,
        "form_version": meeting.form_version,
        "answers": meeting.answers,
        "attendance": sorted(
            (
                {
                    "person_id": a.person_id,
                    "status": a.status.value,
                    "reason": a.reason,
                    "report_received": a.report_received,
                    "additional": a.additional,
                }
                for a in attendance
            ),
            key=lambda row: row["person_id"],
        ),
    }
    if disagreements:
        content["disagreements"] = sorted(
            (
                {
                    "id": d.id,
                    "subject": d.subject,
                    "raised_on": d.raised_on.isoformat(),
                    "positions": [[p.person_id, p.position] for p in d.positions],
                }
                for d in disagreements
            ),
            key=lambda row: row["id"] or 0,
        )
    text = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return text.encode("utf-8")


def _hash(uow: UnitOfWork, meeting: Meeting) -> str:
    rows = uow.repo(Attendance).find(meeting_id=meeting.id)
    shown = uow.repo(Disagreement).find(meeting_id=meeting.id)
    return hashlib.sha256(canonical_minutes(meeting, rows, shown)).hexdigest()


def minutes_hash(ctx: ServiceContext, meeting_id: int) -> str:
    """The hash of the minutes as stored now; equal to ``approved_hash`` only while the approved
    version is unchanged."""
    with ctx.uow() as uow:
        return _hash(uow, c.meeting_for(ctx, uow, meeting_id, Permission.READ_CASE))


@dataclass(frozen=True, kw_only=True, slots=True)
class ApprovalState:
    """Where the minutes stand, and the way forward: ``findings`` to finish before approval;
    ``approved``: a sealed version is in force and unchanged; ``changed_since_approval``: approved,
    then changed without an edit of the minutes (a disagreement linked afterwards), so it must be
    approved again (a new version) before it can be circulated."""

    findings: tuple[Finding, ...]
    approved: bool
    changed_since_approval: bool
    versions: int
    approver: str = ""
    may_approve: bool = False  # the one asking is the chair, or a team manager (``approve``)
    chair: str = ""  # who chairs, named for whoever may not approve


def approval_state(
    ctx: ServiceContext, *, meeting_id: int, profiles: ProfileProvider | None = None
) -> ApprovalState:
    with ctx.uow() as uow:
        meeting = c.meeting_for(ctx, uow, meeting_id, Permission.READ_CASE)
        changed = approvable_again(uow, meeting)
        findings = (
            findings_for(uow, meeting, c.provider(profiles))
            if meeting.status in (MeetingStatus.CONVENED, MeetingStatus.HELD) or changed
            else []
        )
        chair = (
            uow.repo(Person).get(meeting.chair_person_id).name
            if meeting.chair_person_id is not None
            else ""
        )
    return ApprovalState(
        findings=tuple(findings),
        approved=meeting.status in c.APPROVED_STATES and not changed,
        changed_since_approval=changed,
        versions=len(meeting.seals),
        approver=meeting.seals[-1].approver if meeting.seals else meeting.approved_by,
        may_approve=may_approve(ctx, meeting),
        chair=chair,
    )


def may_approve(ctx: ServiceContext, meeting: Meeting) -> bool:
    """Only the meeting's chair, or a team manager, approves its minutes."""
    if not allowed(ctx.actor.role, Permission.APPROVE_MINUTES):
        return False
    is_chair = ctx.actor.person_id is not None and ctx.actor.person_id == meeting.chair_person_id
    return is_chair or ctx.actor.role is UserRole.TEAM_MANAGER


def approvable_again(uow: UnitOfWork, meeting: Meeting) -> bool:
    """Approved minutes whose content changed after approval without an edit of the minutes (a
    disagreement linked to the meeting afterwards): approving again seals an amended version."""
    return meeting.status in c.APPROVED_STATES and _hash(uow, meeting) != meeting.approved_hash


def approve(
    ctx: ServiceContext,
    *,
    meeting_id: int,
    expected_revision: int,
    profiles: ProfileProvider | None = None,
    forms: FormRegistry | None = None,
) -> Meeting:
    """Approve the minutes as they are at ``expected_revision``. Only the meeting's chair or a team
    manager; refused while completeness findings remain. Seals the record as the reader sees it
    (a new version after an amendment, earlier versions kept), locks the meeting's
    disagreements, and makes the plan's next version from what the meeting agreed."""
    from lpdesk.services.plans.from_minutes import apply_agreed_plan
    from lpdesk.services.rendering.sealed import approver_name, seal_minutes

    require(ctx, Permission.APPROVE_MINUTES)
    with ctx.uow() as uow:
        meeting = c.meeting_for(ctx, uow, meeting_id, Permission.APPROVE_MINUTES)
        if not may_approve(ctx, meeting):
            raise Forbidden(ctx.actor.role.value, "approve minutes of a meeting they did not chair")
        if meeting.status is not MeetingStatus.HELD and not approvable_again(uow, meeting):
            raise RuleViolation(
                "these minutes are already approved and unchanged"
                if meeting.status in c.APPROVED_STATES
                else f"meeting {meeting_id} is {meeting.status.value}: only held meetings with"
                " draft minutes can be approved"
            )
        c.check_revision(meeting, expected_revision)
        provider = c.provider(profiles)
        findings = findings_for(uow, meeting, provider)
        if findings:
            raise RuleViolation(
                f"the minutes are not complete ({len(findings)} to do): "
                + "; ".join(f"{f.field}: {f.message}" for f in findings)
            )
        now = ctx.clock.now()
        approved = replace(
            meeting,
            status=MeetingStatus.APPROVED,
            approved_by=ctx.actor.username,
            approved_at=now,
        )
        approved = replace(approved, approved_hash=_hash(uow, approved))
        seal = seal_minutes(
            ctx,
            uow,
            meeting=approved,
            approver=approver_name(uow, ctx),
            profiles=profiles,
            forms=forms,
        )
        stored = uow.repo(Meeting).update(replace(approved, seals=(*meeting.seals, seal)))
        assert stored.revision == meeting.revision + 1, "the store must bump the revision"
        for d in uow.repo(Disagreement).find(meeting_id=meeting_id):
            if not d.locked:
                uow.repo(Disagreement).update(replace(d, locked=True))
        record(
            uow,
            ctx,
            "meeting.approve",
            "meeting",
            meeting_id,
            f"revision={stored.revision} version={seal.version}",
        )
        spec = (forms.get if forms is not None else provider.form)(
            meeting.form_id, meeting.form_version
        )
        apply_agreed_plan(ctx, uow, meeting=stored, spec=spec)
    return stored
