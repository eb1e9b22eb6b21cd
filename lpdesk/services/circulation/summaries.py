"""The summary for a parent excluded from the core group: written for that parent, about one
meeting, in its own record, and never filled from any other field (not the minutes' notes on
distribution, not the plan). With none written the pack is blocked for that parent."""

from __future__ import annotations

from dataclasses import replace

from lpdesk.domain import ExcludedSummary, InvalidInput, Meeting, Membership
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.permissions import Permission, require, require_case
from lpdesk.services.ports import UnitOfWork

__all__ = ["MAX_SUMMARY", "excluded_summaries", "write_excluded_summary"]

MAX_SUMMARY = 6000


def excluded_summaries(uow: UnitOfWork, meeting_id: int) -> dict[int, str]:
    """person id -> the summary written for them about this meeting (non-empty only)."""
    rows = uow.repo(ExcludedSummary).find(meeting_id=meeting_id)
    return {r.person_id: r.text.strip() for r in rows if r.text.strip()}


def write_excluded_summary(
    ctx: ServiceContext, *, meeting_id: int, person_id: int, text: str
) -> ExcludedSummary:
    """Write (or rewrite) the summary for ``person_id``, a parent excluded from the meeting's core
    group. Refused for anyone not excluded, and for an empty or over-long summary."""
    require(ctx, Permission.CIRCULATE)
    body = text.strip()
    if not body:
        raise InvalidInput.one("text", "write the summary the parent will receive")
    if len(body) > MAX_SUMMARY:
        raise InvalidInput.one("text", f"keep the summary under {MAX_SUMMARY} characters")
    with ctx.uow() as uow:
        found = uow.repo(Meeting).find(id=meeting_id)
        if not found:
            raise InvalidInput.one("meeting_id", f"no meeting {meeting_id}")
        meeting = found[0]
        require_case(ctx, uow, Permission.CIRCULATE, meeting.case_id)
        members = uow.repo(Membership).find(case_id=meeting.case_id, person_id=person_id)
        if not any(m.excluded for m in members):
            raise InvalidInput.one(
                "person_id", "only a parent excluded from the core group receives a summary"
            )
        now = ctx.clock.now()
        existing = uow.repo(ExcludedSummary).find(meeting_id=meeting_id, person_id=person_id)
        if existing:
            saved = uow.repo(ExcludedSummary).update(
                replace(existing[0], text=body, written_at=now, written_by=ctx.actor.username)
            )
        else:
            saved = uow.repo(ExcludedSummary).add(
                ExcludedSummary(
                    meeting_id=meeting_id,
                    person_id=person_id,
                    text=body,
                    written_at=now,
                    written_by=ctx.actor.username,
                )
            )
        record(
            uow,
            ctx,
            "circulation.summary_written",
            "meeting",
            meeting_id,
            f"person={person_id}",
        )
    return saved
