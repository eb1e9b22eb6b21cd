"""What happens between meetings: visits, escalations, significant events, assessments."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from lpdesk.domain.enums import (
    AssessmentKind,
    EscalationStepKind,
    EscalationTrigger,
    VisitOutcome,
)

__all__ = ["Assessment", "EscalationStep", "SignificantEvent", "Visit"]


@dataclass(frozen=True, kw_only=True, slots=True)
class Visit:
    """A visit to one child, with every field a visit record must hold (docs/practice.md).

    A core group meeting is not a visit. ``visitor_person_id`` may be another agency's worker:
    that counts towards "seen by any agency" but not "seen by the lead professional".
    """

    id: int | None = None
    case_id: int
    child_id: int
    visitor_person_id: int
    visited_at: datetime
    recorded_at: datetime
    outcome: VisitOutcome = VisitOutcome.COMPLETED
    present: str = ""  # who was present
    spoke_with_child: bool = False
    seen_alone: bool = False
    not_alone_reason: str = ""
    bedroom_seen: bool = False
    observations: str = ""  # against the identified risks
    key_subjects: str = ""  # of the plan
    presentation: str = ""  # factual presentation and behaviour
    new_concerns: str = ""  # new incidents, injuries or concerns


@dataclass(frozen=True, kw_only=True, slots=True)
class EscalationStep:
    """One required step of an escalation (refused contact, child not seen): due until done."""

    id: int | None = None
    case_id: int
    child_id: int | None = None
    trigger: EscalationTrigger
    step: EscalationStepKind
    opened_on: date
    visit_id: int | None = None
    done_on: date | None = None
    done_by: str = ""
    note: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class SignificantEvent:
    id: int | None = None
    case_id: int
    occurred_on: date
    description: str
    recorded_by: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class Assessment:
    id: int | None = None
    case_id: int
    kind: AssessmentKind
    title: str
    commissioned_on: date
    due_on: date | None = None
    completed_on: date | None = None
    provider: str = ""
