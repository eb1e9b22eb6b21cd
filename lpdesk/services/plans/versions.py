"""Saved versions of the plan (a snapshot of the plan, its outcomes and actions), and the notice
of each to the LP's manager and the conference chair."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime
from enum import Enum
from typing import Any

from lpdesk.domain import Action, FieldProblem, InvalidInput, Outcome, Plan, PlanVersion
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.meetings import _common as c
from lpdesk.services.people import check_text
from lpdesk.services.permissions import Permission, require, require_case
from lpdesk.services.plans.checks import find_plan
from lpdesk.services.ports import UnitOfWork

__all__ = [
    "PlanChangeNotice",
    "add_version",
    "mark_notified",
    "plan_change_notices",
    "save_plan_version",
]


@dataclass(frozen=True, kw_only=True, slots=True)
class PlanChangeNotice:
    """A saved plan version the LP's manager and the conference chair have not yet been told of."""

    plan_version_id: int
    plan_id: int
    number: int
    created_at: datetime
    summary: str
    lp_manager_person_id: int | None
    conference_chair_person_id: int | None


def _plain(value: object) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def _snapshot(obj: object) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(json.dumps(asdict(obj), default=_plain))  # type: ignore[call-overload]
    return data


def add_version(
    uow: UnitOfWork,
    ctx: ServiceContext,
    *,
    plan: Plan,
    summary: str,
    consulted_person_ids: tuple[int, ...],
    notify_manager_and_chair: bool = True,
) -> PlanVersion:
    """The next numbered version of ``plan`` as it is now in ``uow``, audited."""
    plan_id = plan.id
    assert plan_id is not None
    outcomes = uow.repo(Outcome).find(plan_id=plan_id)
    actions = uow.repo(Action).find(plan_id=plan_id)
    number = len(uow.repo(PlanVersion).find(plan_id=plan_id)) + 1
    snapshot = {
        "plan": _snapshot(plan),
        "outcomes": [_snapshot(o) for o in outcomes],
        "actions": [_snapshot(a) for a in actions],
    }
    version = uow.repo(PlanVersion).add(
        PlanVersion(
            plan_id=plan_id,
            number=number,
            created_at=ctx.clock.now(),
            created_by=ctx.actor.username,
            summary=summary,
            consulted_person_ids=consulted_person_ids,
            snapshot=snapshot,
            notify_manager_and_chair=notify_manager_and_chair,
        )
    )
    record(uow, ctx, "plan.version", "plan_version", version.id, f"plan={plan_id}")
    return version


def save_plan_version(
    ctx: ServiceContext,
    *,
    plan_id: int,
    summary: str,
    consulted_person_ids: Sequence[int],
    notify_manager_and_chair: bool = True,
) -> PlanVersion:
    """Save a numbered version of the plan with a snapshot of the plan, outcomes and actions.
    Members consulted are core group members; the LP's manager and the chair are to be told."""
    require(ctx, Permission.EDIT_NARRATIVE)
    problems: list[FieldProblem] = []
    check_text(problems, "summary", summary, required=True, multiline=True, max_length=2000)
    with ctx.uow() as uow:
        plan = find_plan(ctx, uow, plan_id)
        members = c.member_person_ids(uow, plan.case_id, ctx.clock.today())
        for i, pid in enumerate(consulted_person_ids):
            if pid not in members:
                problems.append(
                    FieldProblem(f"consulted_person_ids[{i}]", "not a member of the core group")
                )
        c.raise_problems(problems)
        version = add_version(
            uow,
            ctx,
            plan=plan,
            summary=summary.strip(),
            consulted_person_ids=tuple(consulted_person_ids),
            notify_manager_and_chair=notify_manager_and_chair,
        )
    return version


def plan_change_notices(ctx: ServiceContext, case_id: int) -> list[PlanChangeNotice]:
    """Saved plan versions whose notice to the LP's manager and the conference chair is pending."""
    with ctx.uow() as uow:
        require_case(ctx, uow, Permission.READ_CASE, case_id)
        plan_ids = [p.id for p in uow.repo(Plan).find(case_id=case_id)]
        versions = uow.repo(PlanVersion).find(plan_id=plan_ids) if plan_ids else []
        manager = c.lp_manager_id(uow, case_id)
        chair = c.conference_chair_id(uow, case_id)
    return [
        PlanChangeNotice(
            plan_version_id=v.id or 0,
            plan_id=v.plan_id,
            number=v.number,
            created_at=v.created_at,
            summary=v.summary,
            lp_manager_person_id=manager,
            conference_chair_person_id=chair,
        )
        for v in sorted(versions, key=lambda v: (v.created_at, v.number))
        if v.notify_manager_and_chair and v.notified_on is None
    ]


def mark_notified(ctx: ServiceContext, *, plan_version_id: int, notified_on: date) -> PlanVersion:
    require(ctx, Permission.EDIT_NARRATIVE)
    with ctx.uow() as uow:
        found = uow.repo(PlanVersion).find(id=plan_version_id)
        if not found:
            raise InvalidInput.one("plan_version_id", f"no plan version {plan_version_id}")
        version = found[0]
        find_plan(ctx, uow, version.plan_id)
        problems: list[FieldProblem] = []
        if version.notified_on is not None:
            problems.append(FieldProblem("plan_version_id", "already notified"))
        if notified_on > ctx.clock.today() or notified_on < version.created_at.date():
            problems.append(FieldProblem("notified_on", "between the version's date and today"))
        c.raise_problems(problems)
        stored = uow.repo(PlanVersion).update(replace(version, notified_on=notified_on))
        record(uow, ctx, "plan.notified", "plan_version", plan_version_id)
    return stored
