"""Assessments the lead professional makes sure are done (docs/practice.md, "The people around the child"): the child's core assessment
and any specialist assessment the core group identifies. Tracked like actions: an assessment not
completed appears in the due list on its ``due_on`` (through the case facts)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from lpdesk.domain import Assessment, AssessmentKind, FieldProblem, InvalidInput
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.meetings._common import as_enum, case_for, get_case, raise_problems
from lpdesk.services.people import check_text
from lpdesk.services.permissions import Permission, require, require_case

__all__ = ["commission_assessment", "complete_assessment", "list_assessments"]


def commission_assessment(
    ctx: ServiceContext,
    *,
    case_id: int,
    kind: AssessmentKind | str,
    title: str,
    due_on: date,
    commissioned_on: date | None = None,
    provider: str = "",
) -> Assessment:
    """Commission a core or specialist assessment, due by ``due_on``."""
    day = commissioned_on or ctx.clock.today()
    problems: list[FieldProblem] = []
    chosen = as_enum(AssessmentKind, "kind", kind, problems)
    check_text(problems, "title", title, required=True)
    check_text(problems, "provider", provider)
    if day > ctx.clock.today():
        problems.append(FieldProblem("commissioned_on", "must not be in the future"))
    if due_on < day:
        problems.append(FieldProblem("due_on", "before the assessment was commissioned"))
    with ctx.uow() as uow:
        case_for(ctx, uow, case_id, Permission.EDIT_NARRATIVE)
        raise_problems(problems)
        assert isinstance(chosen, AssessmentKind)
        stored = uow.repo(Assessment).add(
            Assessment(
                case_id=case_id,
                kind=chosen,
                title=title.strip(),
                commissioned_on=day,
                due_on=due_on,
                provider=provider.strip(),
            )
        )
        record(uow, ctx, "assessment.commission", "assessment", stored.id, f"case={case_id}")
    return stored


def complete_assessment(
    ctx: ServiceContext, *, assessment_id: int, completed_on: date
) -> Assessment:
    problems: list[FieldProblem] = []
    if completed_on > ctx.clock.today():
        problems.append(FieldProblem("completed_on", "must not be in the future"))
    with ctx.uow() as uow:
        found = uow.repo(Assessment).find(id=assessment_id)
        if not found:
            raise InvalidInput.one("assessment_id", f"no assessment {assessment_id}")
        assessment = found[0]
        get_case(uow, assessment.case_id, "assessment_id")
        require_case(ctx, uow, Permission.EDIT_NARRATIVE, assessment.case_id)
        if assessment.completed_on is not None:
            problems.append(FieldProblem("assessment_id", "already completed"))
        if completed_on < assessment.commissioned_on:
            problems.append(FieldProblem("completed_on", "before the assessment was commissioned"))
        raise_problems(problems)
        stored = uow.repo(Assessment).update(replace(assessment, completed_on=completed_on))
        record(uow, ctx, "assessment.complete", "assessment", assessment_id)
    return stored


def list_assessments(ctx: ServiceContext, *, case_id: int) -> list[Assessment]:
    """The case's assessments, oldest commissioned first (completed ones included)."""
    require(ctx, Permission.READ_CASE)
    with ctx.uow() as uow:
        get_case(uow, case_id)
        found = uow.repo(Assessment).find(case_id=case_id)
    return sorted(found, key=lambda a: (a.commissioned_on, a.id or 0))
