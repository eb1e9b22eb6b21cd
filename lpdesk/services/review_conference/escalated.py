"""Disagreements escalated to the conference chair, across cases: the chair sees each one (who
holds which position, where it has been) and records the resolution, which the lead professional
and the core group then see on the case and in its records."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from lpdesk.domain import (
    Case,
    Conference,
    Disagreement,
    EscalationLevel,
    FieldProblem,
    Forbidden,
    InvalidInput,
    Person,
)
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.meetings._common import raise_problems
from lpdesk.services.people import check_text
from lpdesk.services.permissions import Permission, require

__all__ = ["EscalatedDisagreement", "disagreements_for_chair", "resolve_as_chair"]


@dataclass(frozen=True, kw_only=True, slots=True)
class EscalatedDisagreement:
    disagreement: Disagreement
    case_reference: str
    positions: tuple[tuple[str, str], ...]  # (who, their position)


def _chaired_cases(ctx: ServiceContext, conferences: list[Conference]) -> set[int]:
    return {c.case_id for c in conferences if c.chair_person_id == ctx.actor.person_id}


def disagreements_for_chair(
    ctx: ServiceContext, *, include_resolved: bool = True
) -> list[EscalatedDisagreement]:
    """Disagreements escalated to the conference chair on the cases whose conferences the
    signed-in chair chairs: open ones first (oldest escalation first), then resolved."""
    require(ctx, Permission.REVIEW_REPORTS)
    if ctx.actor.person_id is None:
        return []
    with ctx.uow() as uow:
        cases = _chaired_cases(ctx, uow.repo(Conference).find(chair_person_id=ctx.actor.person_id))
        ids = sorted(cases)
        found = [
            d
            for d in (uow.repo(Disagreement).find(case_id=ids) if ids else [])
            if d.escalated_to is EscalationLevel.CONFERENCE_CHAIR
            and (include_resolved or d.resolved_on is None)
        ]
        refs = {c.id: c.reference for c in (uow.repo(Case).find(id=ids) if ids else [])}
        person_ids = sorted({p.person_id for d in found for p in d.positions})
        names = {p.id: p.name for p in uow.repo(Person).find(id=person_ids)} if person_ids else {}
    rows = [
        EscalatedDisagreement(
            disagreement=d,
            case_reference=refs.get(d.case_id, ""),
            positions=tuple((names.get(p.person_id, ""), p.position) for p in d.positions),
        )
        for d in found
    ]
    rows.sort(
        key=lambda r: (
            r.disagreement.resolved_on is not None,
            r.disagreement.escalated_on or r.disagreement.raised_on,
            r.disagreement.id or 0,
        )
    )
    return rows


def resolve_as_chair(
    ctx: ServiceContext, *, disagreement_id: int, outcome: str, resolved_on: date | None = None
) -> Disagreement:
    """The chair's resolution of a disagreement escalated to them (the outcome the lead
    professional and the core group see)."""
    require(ctx, Permission.REVIEW_REPORTS)
    day = resolved_on or ctx.clock.today()
    problems: list[FieldProblem] = []
    check_text(problems, "outcome", outcome, required=True, multiline=True, max_length=5000)
    if day > ctx.clock.today():
        problems.append(FieldProblem("resolved_on", "must not be in the future"))
    with ctx.uow() as uow:
        found = uow.repo(Disagreement).find(id=disagreement_id)
        if not found:
            raise InvalidInput.one("disagreement_id", "no such disagreement")
        current = found[0]
        chaired = _chaired_cases(ctx, uow.repo(Conference).find(case_id=current.case_id))
        if current.escalated_to is not EscalationLevel.CONFERENCE_CHAIR or not chaired:
            raise Forbidden(ctx.actor.role.value, "resolve a disagreement not escalated to them")
        if current.resolved_on is not None:
            problems.append(FieldProblem("disagreement_id", "already resolved"))
        raise_problems(problems)
        stored = uow.repo(Disagreement).update(
            replace(current, outcome=outcome.strip(), resolved_on=day)
        )
        record(uow, ctx, "disagreement.resolve", "disagreement", disagreement_id, "by=chair")
    return stored
