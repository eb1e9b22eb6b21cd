"""Conferences held or scheduled, and the outline plan a conference agrees."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from lpdesk.domain import (
    Category,
    Conference,
    ConferenceKind,
    FieldProblem,
    Person,
    Plan,
    PlanKind,
)
from lpdesk.services.cases.checks import check_in_range, check_not_future, find_person, open_case
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.meetings._common import as_enum, current_lead, current_plan, raise_problems
from lpdesk.services.people import check_text
from lpdesk.services.validation import check_lead_qualified

__all__ = [
    "add_plan",
    "record_conference",
]


def add_plan(
    ctx: ServiceContext,
    *,
    case_id: int,
    kind: PlanKind | str,
    categories: Iterable[Category | str] = (),
    reason: str = "",
    started_on: date,
) -> Plan:
    """The outline plan agreed at the conference. A child protection plan names at least one
    category and why the children are on a plan, and its case's lead professional (if one is
    named yet) is a qualified social worker."""
    problems: list[FieldProblem] = []
    plan_kind = as_enum(PlanKind, "kind", kind, problems)
    cats = tuple(
        as_enum(Category, f"categories[{i}]", c, problems) for i, c in enumerate(categories)
    )
    check_text(problems, "reason", reason, multiline=True, max_length=4000)
    check_in_range(problems, started_on=started_on)
    if plan_kind is PlanKind.CHILD_PROTECTION:
        if not cats:
            problems.append(FieldProblem("categories", "a child protection plan needs a category"))
        if not reason.strip():
            problems.append(FieldProblem("reason", "required for a child protection plan"))
    with ctx.uow() as uow:
        open_case(ctx, uow, case_id, problems)
        if current_plan(uow, case_id) is not None:
            problems.append(FieldProblem("case_id", "the case already has a current plan"))
        lead = current_lead(uow, case_id)
        if lead is not None:
            before = len(problems)
            check_lead_qualified(
                problems,
                "kind",
                qualified=uow.repo(Person).get(lead.person_id).qualified_social_worker,
                plan_kind=plan_kind,
            )
            if len(problems) > before:  # say what to do about it
                problems[-1] = FieldProblem(
                    "kind", f"{problems[-1].message}: transfer the case to one first"
                )
        raise_problems(problems)
        assert isinstance(plan_kind, PlanKind)
        plan = uow.repo(Plan).add(
            Plan(
                case_id=case_id,
                kind=plan_kind,
                categories=tuple(c for c in cats if isinstance(c, Category)),
                reason=reason.strip(),
                started_on=started_on,
            )
        )
        record(uow, ctx, "plan.add", "plan", plan.id, f"case={case_id}")
    return plan


def record_conference(
    ctx: ServiceContext,
    *,
    case_id: int,
    kind: ConferenceKind | str,
    held_on: date | None = None,
    scheduled_for: date | None = None,
    chair_person_id: int | None = None,
) -> Conference:
    """A conference held (``held_on``) or scheduled (``scheduled_for``). A review needs an initial
    or pre-birth conference held before it."""
    problems: list[FieldProblem] = []
    conf_kind = as_enum(ConferenceKind, "kind", kind, problems)
    if held_on is None and scheduled_for is None:
        problems.append(FieldProblem("held_on", "a date held or a date scheduled"))
    check_not_future(ctx, "held_on", held_on, problems)
    check_in_range(problems, scheduled_for=scheduled_for)
    with ctx.uow() as uow:
        open_case(ctx, uow, case_id, problems)
        if chair_person_id is not None:
            find_person(uow, "chair_person_id", chair_person_id, problems)
        if conf_kind is ConferenceKind.REVIEW and not any(
            c.kind is not ConferenceKind.REVIEW and c.held_on is not None
            for c in uow.repo(Conference).find(case_id=case_id)
        ):
            problems.append(FieldProblem("kind", "a review needs an initial conference held first"))
        raise_problems(problems)
        assert isinstance(conf_kind, ConferenceKind)
        conference = uow.repo(Conference).add(
            Conference(
                case_id=case_id,
                kind=conf_kind,
                held_on=held_on,
                scheduled_for=scheduled_for,
                chair_person_id=chair_person_id,
            )
        )
        record(uow, ctx, "conference.record", "conference", conference.id, f"case={case_id}")
    return conference
