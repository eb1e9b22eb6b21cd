"""Significant events in the family's life, which core group members must know about."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lpdesk.domain import FieldProblem, SignificantEvent
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.meetings import _common as c
from lpdesk.services.meetings.language import TextFinding, check_texts
from lpdesk.services.people import check_text
from lpdesk.services.permissions import Permission, require, require_case
from lpdesk.services.profiles import ProfileProvider

__all__ = ["LoggedEvent", "list_significant_events", "log_significant_event"]


@dataclass(frozen=True, kw_only=True, slots=True)
class LoggedEvent:
    event: SignificantEvent
    language_findings: tuple[TextFinding, ...]


def log_significant_event(
    ctx: ServiceContext,
    *,
    case_id: int,
    occurred_on: date,
    description: str,
    profiles: ProfileProvider | None = None,
) -> LoggedEvent:
    require(ctx, Permission.EDIT_NARRATIVE)
    problems: list[FieldProblem] = []
    check_text(
        problems, "description", description, required=True, multiline=True, max_length=10000
    )
    if occurred_on > ctx.clock.today():
        problems.append(FieldProblem("occurred_on", "must not be in the future"))
    with ctx.uow() as uow:
        case = c.case_for(ctx, uow, case_id, Permission.EDIT_NARRATIVE)
        if occurred_on < case.opened_on:
            problems.append(FieldProblem("occurred_on", "before the case was opened"))
        c.raise_problems(problems)
        profile = c.provider(profiles).profile(case.profile_id)
        event = uow.repo(SignificantEvent).add(
            SignificantEvent(
                case_id=case_id,
                occurred_on=occurred_on,
                description=description.strip(),
                recorded_by=ctx.actor.username,
            )
        )
        record(uow, ctx, "event.log", "significant_event", event.id, f"case={case_id}")
    findings = check_texts([("description", event.description)], profile.non_specific_labels)
    return LoggedEvent(event=event, language_findings=findings)


def list_significant_events(
    ctx: ServiceContext, *, case_id: int, since: date | None = None
) -> list[SignificantEvent]:
    """The case's significant events after ``since`` (all when None), oldest first."""
    with ctx.uow() as uow:
        require_case(ctx, uow, Permission.READ_CASE, case_id)
        found = uow.repo(SignificantEvent).find(case_id=case_id)
    return sorted(
        (e for e in found if since is None or e.occurred_on > since),
        key=lambda e: (e.occurred_on, e.id or 0),
    )
