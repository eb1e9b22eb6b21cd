"""A review conference recorded: held, what it decided, the next review. When the plan ends the
case closes with its reason in the same transaction: it leaves the due list and its records are
kept, read-only (every change to a closed case is refused)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from lpdesk.domain import (
    Case,
    Category,
    Conference,
    ConferenceKind,
    ConferenceOutcome,
    FieldProblem,
    Plan,
    PlanStage,
)
from lpdesk.services.cases.checks import check_not_future, find_person, open_case
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.meetings._common import as_enum, current_plan, raise_problems
from lpdesk.services.people import check_text

__all__ = ["ReviewRecorded", "record_review_conference"]


@dataclass(frozen=True, kw_only=True, slots=True)
class ReviewRecorded:
    conference: Conference
    next_review: Conference | None  # None when the plan ended
    plan: Plan
    case: Case  # closed_on set when the plan ended


def record_review_conference(
    ctx: ServiceContext,
    *,
    case_id: int,
    held_on: date,
    outcome: ConferenceOutcome | str,
    chair_person_id: int | None = None,
    next_review_on: date | None = None,
    categories: Iterable[Category | str] = (),
    end_reason: str = "",
) -> ReviewRecorded:
    """The review conference held on ``held_on`` (the scheduled one, if any, is marked held).
    The plan continues (``next_review_on`` required), continues under changed ``categories``, or
    ends (``end_reason`` required: the plan ends and the case closes on ``held_on``)."""
    problems: list[FieldProblem] = []
    decided = as_enum(ConferenceOutcome, "outcome", outcome, problems)
    cats = tuple(
        c
        for c in (as_enum(Category, "categories", c, problems) for c in categories)
        if isinstance(c, Category)
    )
    check_not_future(ctx, "held_on", held_on, problems)
    check_text(problems, "end_reason", end_reason, multiline=True, max_length=2000)
    ends = decided is ConferenceOutcome.PLAN_ENDS
    if ends and not end_reason.strip():
        problems.append(FieldProblem("end_reason", "say why the plan ends"))
    if not ends and decided is not None:
        if next_review_on is None:
            problems.append(FieldProblem("next_review_on", "the date of the next review"))
        elif next_review_on <= held_on:
            problems.append(FieldProblem("next_review_on", "must be after this conference"))
    if decided is ConferenceOutcome.CATEGORY_CHANGED and not cats:
        problems.append(FieldProblem("categories", "the plan's new categories"))
    with ctx.uow() as uow:
        case = open_case(ctx, uow, case_id, problems)
        if chair_person_id is not None:
            find_person(uow, "chair_person_id", chair_person_id, problems)
        conferences = uow.repo(Conference).find(case_id=case_id)
        initial = [
            c for c in conferences if c.kind is not ConferenceKind.REVIEW and c.held_on is not None
        ]
        if not initial:
            problems.append(FieldProblem("held_on", "a review needs an initial conference first"))
        elif held_on <= max(c.held_on for c in initial if c.held_on is not None):
            problems.append(FieldProblem("held_on", "must be after the initial conference"))
        plan = current_plan(uow, case_id)
        if plan is None:
            problems.append(FieldProblem("case_id", "the case has no current plan"))
        raise_problems(problems)
        assert case is not None and plan is not None and isinstance(decided, ConferenceOutcome)
        scheduled = sorted(
            (c for c in conferences if c.kind is ConferenceKind.REVIEW and c.held_on is None),
            key=lambda c: c.scheduled_for or date.max,
        )
        held = Conference(
            case_id=case_id,
            kind=ConferenceKind.REVIEW,
            held_on=held_on,
            chair_person_id=chair_person_id,
            outcome=decided,
        )
        if scheduled:
            first = scheduled[0]
            conference = uow.repo(Conference).update(
                replace(
                    held,
                    id=first.id,
                    scheduled_for=first.scheduled_for,
                    chair_person_id=chair_person_id or first.chair_person_id,
                )
            )
        else:
            conference = uow.repo(Conference).add(held)
        record(uow, ctx, "conference.review", "conference", conference.id, f"case={case_id}")
        next_review = None
        if ends:
            plan = uow.repo(Plan).update(replace(plan, stage=PlanStage.ENDED, ended_on=held_on))
            case = uow.repo(Case).update(
                replace(case, closed_on=held_on, closed_reason=end_reason.strip())
            )
            record(uow, ctx, "case.close", "case", case_id)
        else:
            if decided is ConferenceOutcome.CATEGORY_CHANGED:
                plan = uow.repo(Plan).update(replace(plan, categories=cats))
                record(uow, ctx, "plan.categories", "plan", plan.id, f"case={case_id}")
            assert next_review_on is not None
            next_review = uow.repo(Conference).add(
                Conference(
                    case_id=case_id,
                    kind=ConferenceKind.REVIEW,
                    scheduled_for=next_review_on,
                    chair_person_id=conference.chair_person_id,
                )
            )
            record(uow, ctx, "conference.record", "conference", next_review.id, f"case={case_id}")
    return ReviewRecorded(conference=conference, next_review=next_review, plan=plan, case=case)
