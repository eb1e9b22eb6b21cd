"""Disagreement and dissent: who disagrees with what, each position, where it was escalated and how
it ended. Once part of approved minutes a disagreement is locked: it can still be escalated and
resolved, never deleted."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from lpdesk.domain import (
    Disagreement,
    EscalationLevel,
    FieldProblem,
    InvalidInput,
    Meeting,
    Position,
    RuleViolation,
)
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.meetings import _common as c
from lpdesk.services.people import check_text
from lpdesk.services.permissions import Permission, require, require_case
from lpdesk.services.ports import UnitOfWork

__all__ = [
    "delete_disagreement",
    "escalate_disagreement",
    "list_disagreements",
    "record_disagreement",
    "resolve_disagreement",
]

_NEXT_LEVEL = {
    EscalationLevel.NONE: EscalationLevel.LP_MANAGER,
    EscalationLevel.LP_MANAGER: EscalationLevel.CONFERENCE_CHAIR,
}


def record_disagreement(
    ctx: ServiceContext,
    *,
    case_id: int,
    meeting_id: int | None = None,
    subject: str,
    raised_on: date,
    positions: Sequence[tuple[int, str]],
) -> Disagreement:
    """Record who disagrees with what. Every position belongs to a core group member."""
    require(ctx, Permission.EDIT_NARRATIVE)
    problems: list[FieldProblem] = []
    check_text(problems, "subject", subject, required=True, multiline=True, max_length=2000)
    if raised_on > ctx.clock.today():
        problems.append(FieldProblem("raised_on", "must not be in the future"))
    if not positions:
        problems.append(FieldProblem("positions", "at least one person's position"))
    for i, (_, text) in enumerate(positions):
        check_text(
            problems,
            f"positions[{i}].position",
            text,
            required=True,
            multiline=True,
            max_length=5000,
        )
    with ctx.uow() as uow:
        c.case_for(ctx, uow, case_id, Permission.EDIT_NARRATIVE)
        if meeting_id is not None:
            found = uow.repo(Meeting).find(id=meeting_id)
            if not found or found[0].case_id != case_id:
                problems.append(FieldProblem("meeting_id", f"no meeting {meeting_id} on this case"))
        members = c.member_person_ids(uow, case_id, raised_on)
        for i, (person_id, _) in enumerate(positions):
            if person_id not in members:
                problems.append(
                    FieldProblem(f"positions[{i}].person_id", "not a member of the core group")
                )
        c.raise_problems(problems)
        stored = uow.repo(Disagreement).add(
            Disagreement(
                case_id=case_id,
                meeting_id=meeting_id,
                subject=subject.strip(),
                raised_on=raised_on,
                positions=tuple(Position(person_id=p, position=t.strip()) for p, t in positions),
            )
        )
        record(uow, ctx, "disagreement.record", "disagreement", stored.id, f"case={case_id}")
    return stored


def _get(ctx: ServiceContext, uow: UnitOfWork, disagreement_id: int) -> Disagreement:
    found = uow.repo(Disagreement).find(id=disagreement_id)
    if not found:
        raise InvalidInput.one("disagreement_id", f"no disagreement {disagreement_id}")
    require_case(ctx, uow, Permission.EDIT_NARRATIVE, found[0].case_id)
    return found[0]


def escalate_disagreement(
    ctx: ServiceContext, *, disagreement_id: int, level: EscalationLevel | str, escalated_on: date
) -> Disagreement:
    """Escalate one step: first to the LP's manager, then to the conference chair."""
    require(ctx, Permission.EDIT_NARRATIVE)
    problems: list[FieldProblem] = []
    wanted = c.as_enum(EscalationLevel, "level", level, problems)
    if escalated_on > ctx.clock.today():
        problems.append(FieldProblem("escalated_on", "must not be in the future"))
    with ctx.uow() as uow:
        current = _get(ctx, uow, disagreement_id)
        if current.resolved_on is not None:
            problems.append(FieldProblem("disagreement_id", "already resolved"))
        expected = _NEXT_LEVEL.get(current.escalated_to)
        if wanted is not None and wanted is not expected:
            message = (
                "already escalated to the conference chair"
                if expected is None
                else f"the next step is {expected.value}"
            )
            problems.append(FieldProblem("level", message))
        if escalated_on < (current.escalated_on or current.raised_on):
            problems.append(
                FieldProblem("escalated_on", "before the disagreement or its last step")
            )
        c.raise_problems(problems)
        assert wanted is not None
        stored = uow.repo(Disagreement).update(
            replace(current, escalated_to=wanted, escalated_on=escalated_on)
        )
        record(
            uow,
            ctx,
            "disagreement.escalate",
            "disagreement",
            disagreement_id,
            f"level={stored.escalated_to.value}",
        )
    return stored


def resolve_disagreement(
    ctx: ServiceContext, *, disagreement_id: int, outcome: str, resolved_on: date
) -> Disagreement:
    require(ctx, Permission.EDIT_NARRATIVE)
    problems: list[FieldProblem] = []
    check_text(problems, "outcome", outcome, required=True, multiline=True, max_length=5000)
    if resolved_on > ctx.clock.today():
        problems.append(FieldProblem("resolved_on", "must not be in the future"))
    with ctx.uow() as uow:
        current = _get(ctx, uow, disagreement_id)
        if current.resolved_on is not None:
            problems.append(FieldProblem("disagreement_id", "already resolved"))
        if resolved_on < current.raised_on:
            problems.append(FieldProblem("resolved_on", "before the disagreement was raised"))
        c.raise_problems(problems)
        stored = uow.repo(Disagreement).update(
            replace(current, outcome=outcome.strip(), resolved_on=resolved_on)
        )
        record(uow, ctx, "disagreement.resolve", "disagreement", disagreement_id)
    return stored


def delete_disagreement(ctx: ServiceContext, *, disagreement_id: int) -> None:
    """Delete a disagreement recorded in error; refused once it is part of approved minutes."""
    require(ctx, Permission.EDIT_NARRATIVE)
    with ctx.uow() as uow:
        current = _get(ctx, uow, disagreement_id)
        if current.locked:
            raise RuleViolation(
                f"disagreement {disagreement_id} is part of approved minutes: it can be resolved,"
                " never deleted"
            )
        uow.repo(Disagreement).delete(disagreement_id)
        record(uow, ctx, "disagreement.delete", "disagreement", disagreement_id)


def list_disagreements(ctx: ServiceContext, *, case_id: int) -> list[Disagreement]:
    """The case's disagreements, oldest first."""
    with ctx.uow() as uow:
        require_case(ctx, uow, Permission.READ_CASE, case_id)
        found = uow.repo(Disagreement).find(case_id=case_id)
    return sorted(found, key=lambda d: (d.raised_on, d.id or 0))
