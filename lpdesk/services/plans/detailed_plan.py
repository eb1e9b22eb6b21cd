"""The plan itself: the outline plan becomes the detailed plan at the first core group; its
contingency and how the child is seen. Changes take ``expected_revision`` (optimistic locking
on ``Plan.revision``)."""

from __future__ import annotations

from dataclasses import replace

from lpdesk.domain import FieldProblem, InvalidInput, Plan, PlanStage, RuleViolation
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.meetings import _common as c
from lpdesk.services.meetings.language import Saved
from lpdesk.services.people import check_text
from lpdesk.services.permissions import Permission, require
from lpdesk.services.plans.checks import LONG_TEXT, find_plan, language_findings
from lpdesk.services.profiles import ProfileProvider

__all__ = [
    "make_detailed",
    "set_contingency",
    "set_seen_arrangements",
]


def make_detailed(ctx: ServiceContext, *, plan_id: int, expected_revision: int) -> Plan:
    """The outline plan becomes the detailed multi-agency plan, at the first core group."""
    require(ctx, Permission.EDIT_NARRATIVE)
    with ctx.uow() as uow:
        plan = find_plan(ctx, uow, plan_id)
        if plan.stage is not PlanStage.OUTLINE:
            raise InvalidInput.one("plan_id", f"the plan is already {plan.stage.value}")
        if not any(m.status in c.HELD_STATES for m in c.core_groups(uow, plan.case_id)):
            raise RuleViolation(
                "the outline plan becomes the detailed plan at the first core group, which has not"
                " been held"
            )
        stored = uow.repo(Plan).update(
            replace(plan, stage=PlanStage.DETAILED, revision=expected_revision)
        )
        record(uow, ctx, "plan.detailed", "plan", plan_id)
    return stored


def _set_text(
    ctx: ServiceContext,
    *,
    plan_id: int,
    field: str,
    text: str,
    expected_revision: int,
    profiles: ProfileProvider | None,
) -> Saved[Plan]:
    require(ctx, Permission.EDIT_NARRATIVE)
    problems: list[FieldProblem] = []
    check_text(problems, field, text, required=True, multiline=True, max_length=LONG_TEXT)
    with ctx.uow() as uow:
        plan = find_plan(ctx, uow, plan_id)
        c.raise_problems(problems)
        changed = (
            replace(plan, revision=expected_revision, contingency=text.strip())
            if field == "contingency"
            else replace(plan, revision=expected_revision, seen_arrangements=text.strip())
        )
        stored = uow.repo(Plan).update(changed)
        record(uow, ctx, f"plan.{field}", "plan", plan_id)
        findings = language_findings(uow, plan.case_id, profiles, [(field, text)])
    return Saved(value=stored, language_findings=findings)


def set_contingency(
    ctx: ServiceContext,
    *,
    plan_id: int,
    contingency: str,
    expected_revision: int,
    profiles: ProfileProvider | None = None,
) -> Saved[Plan]:
    """What happens if the plan does not work."""
    return _set_text(
        ctx,
        plan_id=plan_id,
        field="contingency",
        text=contingency,
        expected_revision=expected_revision,
        profiles=profiles,
    )


def set_seen_arrangements(
    ctx: ServiceContext,
    *,
    plan_id: int,
    arrangements: str,
    expected_revision: int,
    profiles: ProfileProvider | None = None,
) -> Saved[Plan]:
    """When and how the child will be seen alone and with the family."""
    return _set_text(
        ctx,
        plan_id=plan_id,
        field="seen_arrangements",
        text=arrangements,
        expected_revision=expected_revision,
        profiles=profiles,
    )
