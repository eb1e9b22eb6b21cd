"""The plan: outcomes, SMART actions, contingency, versions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from lpdesk.domain.enums import ActionStatus, Category, PlanKind, PlanStage

__all__ = ["Action", "Outcome", "Plan", "PlanVersion"]


@dataclass(frozen=True, kw_only=True, slots=True)
class Plan:
    id: int | None = None
    case_id: int
    kind: PlanKind
    stage: PlanStage = PlanStage.OUTLINE
    categories: tuple[Category, ...] = ()
    reason: str = ""  # why the children are on a plan
    contingency: str = ""
    seen_arrangements: str = ""  # when and how the child is seen alone and with family
    started_on: date
    ended_on: date | None = None
    revision: int = 1  # optimistic lock: bumped on every save


@dataclass(frozen=True, kw_only=True, slots=True)
class Outcome:
    id: int | None = None
    plan_id: int
    number: int
    description: str
    indicator: str = ""  # a SHANARRI indicator for a GIRFEC plan
    child_words: str = ""  # the outcome as the child would say it, for "My plan"


@dataclass(frozen=True, kw_only=True, slots=True)
class Action:
    """A SMART action: what, who, by when, how measured; a completed action states its impact."""

    id: int | None = None
    plan_id: int
    outcome_id: int | None = None
    what: str
    who_person_id: int | None = None
    by_when: date | None = None
    measure: str = ""
    status: ActionStatus = ActionStatus.NOT_STARTED
    progress: str = ""
    impact: str = ""
    completed_on: date | None = None
    revision: int = 1  # optimistic locking: bumped by every update
    child_words: str = ""  # the action as the child would say it, for "My plan"

    @property
    def is_open(self) -> bool:
        return self.status in (ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS)


@dataclass(frozen=True, kw_only=True, slots=True)
class PlanVersion:
    """A saved version of the plan: what changed, who was consulted, and a snapshot to render."""

    id: int | None = None
    plan_id: int
    number: int
    created_at: datetime
    created_by: str
    summary: str
    consulted_person_ids: tuple[int, ...] = ()
    snapshot: dict[str, Any] = field(default_factory=dict)
    notify_manager_and_chair: bool = True
    notified_on: date | None = None
