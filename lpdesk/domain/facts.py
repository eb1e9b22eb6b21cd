"""Compact facts about an open case, computed by the store in a few aggregate queries for a whole
team at once, and read by the pure rules (``lpdesk.rules.due``). Nothing here is a name or narrative:
the due list can be computed, logged and benchmarked without personal data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lpdesk.domain.enums import EscalationStepKind, EscalationTrigger, PlanKind

__all__ = [
    "AbsenceFacts",
    "CaseFacts",
    "ChildFacts",
    "OpenAction",
    "OpenAssessment",
    "OpenEscalation",
    "UncirculatedMeeting",
]


@dataclass(frozen=True, kw_only=True, slots=True)
class ChildFacts:
    child_id: int
    label: str  # "child 1", "unborn child": never a name
    date_of_birth: date | None = None
    expected_birth_date: date | None = None
    last_seen_by_lp: date | None = None  # completed visit by the case's current LP
    last_seen_by_any: date | None = None  # completed visit by anyone
    last_seen_alone: date | None = None  # by the LP (lpdesk.rules.seen)
    last_bedroom_seen: date | None = None  # by the LP


@dataclass(frozen=True, kw_only=True, slots=True)
class UncirculatedMeeting:
    meeting_id: int
    held_on: date
    approved: bool


@dataclass(frozen=True, kw_only=True, slots=True)
class OpenAction:
    action_id: int
    by_when: date
    who_person_id: int | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class OpenAssessment:
    assessment_id: int
    title_kind: str  # "core" or "specialist": the title itself may be narrative
    due_on: date


@dataclass(frozen=True, kw_only=True, slots=True)
class OpenEscalation:
    step_id: int
    child_id: int | None
    trigger: EscalationTrigger
    step: EscalationStepKind
    opened_on: date


@dataclass(frozen=True, kw_only=True, slots=True)
class AbsenceFacts:
    absence_id: int
    starts_on: date
    ends_on: date | None
    cover_recorded: bool
    cover_cannot_be_met: bool
    senior_manager_notified: bool


@dataclass(frozen=True, kw_only=True, slots=True)
class CaseFacts:
    case_id: int
    reference: str
    profile_id: str
    plan_kind: PlanKind
    team: str = ""
    lp_person_id: int | None = None
    lp_manager_person_id: int | None = None
    initial_conference_on: date | None = None  # the latest initial or pre-birth conference held
    pre_birth: bool = False
    last_review_conference_on: date | None = None  # held after the initial conference
    next_review_scheduled_for: date | None = None
    first_core_group_held_on: date | None = None  # first core group held after the ICPC
    last_core_group_held_on: date | None = None
    next_core_group_scheduled_on: date | None = None
    core_groups_since_last_conference: int = 0
    last_core_group_before_review_on: date | None = (
        None  # latest held core group, for the final-CG rule
    )
    outline_plan: bool = False  # the current plan is still the outline plan from the conference
    report_submitted_on: date | None = None  # the review report for the next review conference
    report_shared_with_parents_on: date | None = None
    uncirculated_meetings: tuple[UncirculatedMeeting, ...] = ()
    open_actions: tuple[OpenAction, ...] = ()
    open_assessments: tuple[OpenAssessment, ...] = ()
    open_escalations: tuple[OpenEscalation, ...] = ()
    lp_absence: AbsenceFacts | None = None  # the LP's current absence, if any
    children: tuple[ChildFacts, ...] = ()
