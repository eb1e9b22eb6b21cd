"""Reading a plan whole: the plan, its outcomes, actions and saved versions."""

from __future__ import annotations

from dataclasses import dataclass

from lpdesk.domain import Action, Outcome, Plan, PlanVersion
from lpdesk.services.context import ServiceContext
from lpdesk.services.permissions import Permission
from lpdesk.services.plans.checks import find_plan

__all__ = [
    "PlanView",
    "plan_view",
]


@dataclass(frozen=True, kw_only=True, slots=True)
class PlanView:
    plan: Plan
    outcomes: tuple[Outcome, ...]
    actions: tuple[Action, ...]
    versions: tuple[PlanVersion, ...]


def plan_view(ctx: ServiceContext, *, plan_id: int) -> PlanView:
    with ctx.uow() as uow:
        plan = find_plan(ctx, uow, plan_id, Permission.READ_CASE)
        return PlanView(
            plan=plan,
            outcomes=tuple(uow.repo(Outcome).find(plan_id=plan_id)),
            actions=tuple(uow.repo(Action).find(plan_id=plan_id)),
            versions=tuple(uow.repo(PlanVersion).find(plan_id=plan_id)),
        )
