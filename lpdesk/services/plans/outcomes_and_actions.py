"""The plan's outcomes (with their SHANARRI indicator on a GIRFEC plan) and SMART actions, and
progress on each action."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from lpdesk.domain import Action, ActionStatus, FieldProblem, InvalidInput, Outcome, PlanKind
from lpdesk.services.cases.checks import check_not_future
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.meetings import _common as c
from lpdesk.services.meetings.language import Saved
from lpdesk.services.people import check_text
from lpdesk.services.permissions import Permission, require
from lpdesk.services.plans.checks import LONG_TEXT, find_plan, language_findings
from lpdesk.services.profiles import ProfileProvider
from lpdesk.services.revisions import as_read

__all__ = [
    "SHANARRI",
    "add_action",
    "add_outcome",
    "update_action_progress",
]


SHANARRI = (
    "safe",
    "healthy",
    "achieving",
    "nurtured",
    "active",
    "respected",
    "responsible",
    "included",
)


def add_outcome(
    ctx: ServiceContext,
    *,
    plan_id: int,
    description: str,
    indicator: str = "",
    child_words: str = "",
    profiles: ProfileProvider | None = None,
) -> Saved[Outcome]:
    """An outcome sought; on a GIRFEC plan it names its SHANARRI wellbeing indicator.
    ``child_words``: the outcome as the child would say it, for their own "My plan"."""
    require(ctx, Permission.EDIT_NARRATIVE)
    problems: list[FieldProblem] = []
    check_text(
        problems, "description", description, required=True, multiline=True, max_length=LONG_TEXT
    )
    check_text(problems, "child_words", child_words, multiline=True, max_length=LONG_TEXT)
    with ctx.uow() as uow:
        plan = find_plan(ctx, uow, plan_id)
        chosen = indicator.strip().lower()
        if (chosen or plan.kind is PlanKind.GIRFEC) and chosen not in SHANARRI:
            problems.append(FieldProblem("indicator", "one of: " + ", ".join(SHANARRI)))
        c.raise_problems(problems)
        number = len(uow.repo(Outcome).find(plan_id=plan_id)) + 1
        stored = uow.repo(Outcome).add(
            Outcome(
                plan_id=plan_id,
                number=number,
                description=description.strip(),
                indicator=chosen,
                child_words=child_words.strip(),
            )
        )
        record(uow, ctx, "plan.outcome_add", "outcome", stored.id, f"plan={plan_id}")
        findings = language_findings(uow, plan.case_id, profiles, [("description", description)])
    return Saved(value=stored, language_findings=findings)


def add_action(
    ctx: ServiceContext,
    *,
    plan_id: int,
    what: str,
    who_person_id: int | None,
    by_when: date | None,
    measure: str,
    outcome_id: int | None = None,
    child_words: str = "",
    profiles: ProfileProvider | None = None,
) -> Saved[Action]:
    """A SMART action: what, who (a core group member), by when, and how it will be measured;
    ``child_words``: the action as the child would say it, for their own "My plan"."""
    require(ctx, Permission.EDIT_NARRATIVE)
    problems: list[FieldProblem] = []
    check_text(problems, "child_words", child_words, multiline=True, max_length=LONG_TEXT)
    check_text(problems, "what", what, required=True, multiline=True, max_length=LONG_TEXT)
    check_text(problems, "measure", measure, required=True, multiline=True, max_length=LONG_TEXT)
    if who_person_id is None:
        problems.append(FieldProblem("who_person_id", "required: who will do it"))
    if by_when is None:
        problems.append(FieldProblem("by_when", "required: by when"))
    with ctx.uow() as uow:
        plan = find_plan(ctx, uow, plan_id)
        if by_when is not None and by_when < plan.started_on:
            problems.append(FieldProblem("by_when", "before the plan started"))
        today = ctx.clock.today()
        if who_person_id is not None and who_person_id not in c.member_person_ids(
            uow, plan.case_id, today
        ):
            problems.append(FieldProblem("who_person_id", "not a member of the core group"))
        if outcome_id is not None and not uow.repo(Outcome).find(id=outcome_id, plan_id=plan_id):
            problems.append(FieldProblem("outcome_id", f"no outcome {outcome_id} on this plan"))
        c.raise_problems(problems)
        stored = uow.repo(Action).add(
            Action(
                plan_id=plan_id,
                outcome_id=outcome_id,
                what=what.strip(),
                who_person_id=who_person_id,
                by_when=by_when,
                measure=measure.strip(),
                child_words=child_words.strip(),
            )
        )
        record(uow, ctx, "plan.action_add", "action", stored.id, f"plan={plan_id}")
        findings = language_findings(
            uow, plan.case_id, profiles, [("what", what), ("measure", measure)]
        )
    return Saved(value=stored, language_findings=findings)


def update_action_progress(
    ctx: ServiceContext,
    *,
    action_id: int,
    status: ActionStatus | str,
    progress: str = "",
    impact: str = "",
    completed_on: date | None = None,
    profiles: ProfileProvider | None = None,
    expected_revision: int | None = None,
) -> Saved[Action]:
    """Progress and status; a completed action states its impact on the child. With
    ``expected_revision`` the change is refused (``Conflict``) if someone saved it since."""
    require(ctx, Permission.EDIT_NARRATIVE)
    problems: list[FieldProblem] = []
    chosen = c.as_enum(ActionStatus, "status", status, problems)
    check_text(problems, "progress", progress, multiline=True, max_length=LONG_TEXT)
    check_text(problems, "impact", impact, multiline=True, max_length=LONG_TEXT)
    today = ctx.clock.today()
    if chosen is ActionStatus.COMPLETED and not impact.strip():
        problems.append(FieldProblem("impact", "required for a completed action: its impact"))
    if completed_on is not None and chosen is not ActionStatus.COMPLETED:
        problems.append(FieldProblem("completed_on", "only for a completed action"))
    check_not_future(ctx, "completed_on", completed_on, problems)
    with ctx.uow() as uow:
        found = uow.repo(Action).find(id=action_id)
        if not found:
            raise InvalidInput.one("action_id", f"no action {action_id}")
        action = as_read(found[0], expected_revision)
        plan = find_plan(ctx, uow, action.plan_id)
        c.raise_problems(problems)
        done = chosen is ActionStatus.COMPLETED
        assert chosen is not None
        stored = uow.repo(Action).update(
            replace(
                action,
                status=chosen,
                progress=progress.strip() or action.progress,
                impact=impact.strip(),
                completed_on=(completed_on or today) if done else None,
            )
        )
        record(uow, ctx, "plan.action_progress", "action", action_id, f"status={chosen.value}")
        findings = language_findings(
            uow, plan.case_id, profiles, [("progress", progress), ("impact", impact)]
        )
    return Saved(value=stored, language_findings=findings)
