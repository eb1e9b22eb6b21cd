"""The plan: the outline plan from the conference becomes the detailed multi-agency plan at the first
core group; outcomes, SMART actions and their progress, the contingency plan and how the child is
seen; saved versions, each flagged so the LP's manager and the conference chair are told.

Changes to the plan's own text take ``expected_revision`` (optimistic locking on ``Plan.revision``).
Text fields come back with language findings: warnings, never a block. (Over 400 lines because
every plan use case lives here, one place for the plan; each function is short.)
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime
from enum import Enum
from typing import Any

from lpdesk.domain import (
    Action,
    ActionStatus,
    FieldProblem,
    InvalidInput,
    Outcome,
    Plan,
    PlanKind,
    PlanStage,
    PlanVersion,
    RuleViolation,
)
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.meetings import _common as c
from lpdesk.services.meetings.language import Saved, TextFinding, check_texts
from lpdesk.services.people import check_text
from lpdesk.services.permissions import Permission, require, require_case
from lpdesk.services.ports import UnitOfWork
from lpdesk.services.profiles import ProfileProvider

__all__ = [
    "PlanChangeNotice",
    "PlanView",
    "Saved",
    "add_action",
    "add_outcome",
    "make_detailed",
    "mark_notified",
    "plan_change_notices",
    "plan_view",
    "save_plan_version",
    "set_contingency",
    "set_seen_arrangements",
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
_LONG = 5000


@dataclass(frozen=True, kw_only=True, slots=True)
class PlanView:
    plan: Plan
    outcomes: tuple[Outcome, ...]
    actions: tuple[Action, ...]
    versions: tuple[PlanVersion, ...]


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


# ---------------------------------------------------------------- helpers


def _plan(
    ctx: ServiceContext,
    uow: UnitOfWork,
    plan_id: int,
    permission: Permission = Permission.EDIT_NARRATIVE,
) -> Plan:
    """The plan, once the actor may do this on its case; only a current plan changes."""
    found = uow.repo(Plan).find(id=plan_id)
    if not found:
        raise InvalidInput.one("plan_id", f"no plan {plan_id}")
    require_case(ctx, uow, permission, found[0].case_id)
    if permission is not Permission.READ_CASE and found[0].ended_on is not None:
        raise InvalidInput.one("plan_id", f"plan {plan_id} has ended")
    return found[0]


def _checked(
    uow: UnitOfWork, case_id: int, profiles: ProfileProvider | None, texts: list[tuple[str, str]]
) -> tuple[TextFinding, ...]:
    case = c.get_case(uow, case_id)
    labels = c.provider(profiles).profile(case.profile_id).non_specific_labels
    return check_texts(texts, labels)


def _plain(value: object) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def _snapshot(obj: object) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(json.dumps(asdict(obj), default=_plain))  # type: ignore[call-overload]
    return data


# ---------------------------------------------------------------- the plan


def make_detailed(ctx: ServiceContext, *, plan_id: int, expected_revision: int) -> Plan:
    """The outline plan becomes the detailed multi-agency plan, at the first core group."""
    require(ctx, Permission.EDIT_NARRATIVE)
    with ctx.uow() as uow:
        plan = _plan(ctx, uow, plan_id)
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
    check_text(problems, field, text, required=True, multiline=True, max_length=_LONG)
    with ctx.uow() as uow:
        plan = _plan(ctx, uow, plan_id)
        c.raise_problems(problems)
        changed = (
            replace(plan, revision=expected_revision, contingency=text.strip())
            if field == "contingency"
            else replace(plan, revision=expected_revision, seen_arrangements=text.strip())
        )
        stored = uow.repo(Plan).update(changed)
        record(uow, ctx, f"plan.{field}", "plan", plan_id)
        findings = _checked(uow, plan.case_id, profiles, [(field, text)])
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


def add_outcome(
    ctx: ServiceContext,
    *,
    plan_id: int,
    description: str,
    indicator: str = "",
    profiles: ProfileProvider | None = None,
) -> Saved[Outcome]:
    """An outcome sought; on a GIRFEC plan it names its SHANARRI wellbeing indicator."""
    require(ctx, Permission.EDIT_NARRATIVE)
    problems: list[FieldProblem] = []
    check_text(
        problems, "description", description, required=True, multiline=True, max_length=_LONG
    )
    with ctx.uow() as uow:
        plan = _plan(ctx, uow, plan_id)
        chosen = indicator.strip().lower()
        if (chosen or plan.kind is PlanKind.GIRFEC) and chosen not in SHANARRI:
            problems.append(FieldProblem("indicator", "one of: " + ", ".join(SHANARRI)))
        c.raise_problems(problems)
        number = len(uow.repo(Outcome).find(plan_id=plan_id)) + 1
        stored = uow.repo(Outcome).add(
            Outcome(
                plan_id=plan_id, number=number, description=description.strip(), indicator=chosen
            )
        )
        record(uow, ctx, "plan.outcome_add", "outcome", stored.id, f"plan={plan_id}")
        findings = _checked(uow, plan.case_id, profiles, [("description", description)])
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
    profiles: ProfileProvider | None = None,
) -> Saved[Action]:
    """A SMART action: what, who (a core group member), by when, and how it will be measured."""
    require(ctx, Permission.EDIT_NARRATIVE)
    problems: list[FieldProblem] = []
    check_text(problems, "what", what, required=True, multiline=True, max_length=_LONG)
    check_text(problems, "measure", measure, required=True, multiline=True, max_length=_LONG)
    if who_person_id is None:
        problems.append(FieldProblem("who_person_id", "required: who will do it"))
    if by_when is None:
        problems.append(FieldProblem("by_when", "required: by when"))
    with ctx.uow() as uow:
        plan = _plan(ctx, uow, plan_id)
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
            )
        )
        record(uow, ctx, "plan.action_add", "action", stored.id, f"plan={plan_id}")
        findings = _checked(uow, plan.case_id, profiles, [("what", what), ("measure", measure)])
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
) -> Saved[Action]:
    """Progress and status; a completed action states its impact on the child."""
    require(ctx, Permission.EDIT_NARRATIVE)
    problems: list[FieldProblem] = []
    chosen = c.as_enum(ActionStatus, "status", status, problems)
    check_text(problems, "progress", progress, multiline=True, max_length=_LONG)
    check_text(problems, "impact", impact, multiline=True, max_length=_LONG)
    today = ctx.clock.today()
    if chosen is ActionStatus.COMPLETED and not impact.strip():
        problems.append(FieldProblem("impact", "required for a completed action: its impact"))
    if completed_on is not None and chosen is not ActionStatus.COMPLETED:
        problems.append(FieldProblem("completed_on", "only for a completed action"))
    if completed_on is not None and completed_on > today:
        problems.append(FieldProblem("completed_on", "must not be in the future"))
    with ctx.uow() as uow:
        found = uow.repo(Action).find(id=action_id)
        if not found:
            raise InvalidInput.one("action_id", f"no action {action_id}")
        action = found[0]
        plan = _plan(ctx, uow, action.plan_id)
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
        findings = _checked(
            uow, plan.case_id, profiles, [("progress", progress), ("impact", impact)]
        )
    return Saved(value=stored, language_findings=findings)


# ---------------------------------------------------------------- versions and notices


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
        plan = _plan(ctx, uow, plan_id)
        members = c.member_person_ids(uow, plan.case_id, ctx.clock.today())
        for i, pid in enumerate(consulted_person_ids):
            if pid not in members:
                problems.append(
                    FieldProblem(f"consulted_person_ids[{i}]", "not a member of the core group")
                )
        c.raise_problems(problems)
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
                summary=summary.strip(),
                consulted_person_ids=tuple(consulted_person_ids),
                snapshot=snapshot,
                notify_manager_and_chair=notify_manager_and_chair,
            )
        )
        record(uow, ctx, "plan.version", "plan_version", version.id, f"plan={plan_id}")
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
        _plan(ctx, uow, version.plan_id)
        problems: list[FieldProblem] = []
        if version.notified_on is not None:
            problems.append(FieldProblem("plan_version_id", "already notified"))
        if notified_on > ctx.clock.today() or notified_on < version.created_at.date():
            problems.append(FieldProblem("notified_on", "between the version's date and today"))
        c.raise_problems(problems)
        stored = uow.repo(PlanVersion).update(replace(version, notified_on=notified_on))
        record(uow, ctx, "plan.notified", "plan_version", plan_version_id)
    return stored


def plan_view(ctx: ServiceContext, *, plan_id: int) -> PlanView:
    with ctx.uow() as uow:
        plan = _plan(ctx, uow, plan_id, Permission.READ_CASE)
        return PlanView(
            plan=plan,
            outcomes=tuple(uow.repo(Outcome).find(plan_id=plan_id)),
            actions=tuple(uow.repo(Action).find(plan_id=plan_id)),
            versions=tuple(uow.repo(PlanVersion).find(plan_id=plan_id)),
        )
