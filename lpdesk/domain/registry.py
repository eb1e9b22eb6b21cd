"""The list of stored entities, in dependency order (parents before children)."""

from __future__ import annotations

import re

from lpdesk.domain.case import Absence, Case, Child, LeadAssignment
from lpdesk.domain.meetings import (
    Amendment,
    Attendance,
    Conference,
    Disagreement,
    Meeting,
    ReviewReport,
)
from lpdesk.domain.outputs import AuditEvent, CirculationItem, ExcludedSummary, GeneratedDocument
from lpdesk.domain.people import Agency, Membership, Person, PersonPhoto, User
from lpdesk.domain.plan import Action, Outcome, Plan, PlanVersion
from lpdesk.domain.records import Assessment, EscalationStep, SignificantEvent, Visit
from lpdesk.domain.settings import Setting

ENTITIES: tuple[type, ...] = (
    Agency,
    Person,
    PersonPhoto,
    User,
    Case,
    Child,
    Membership,
    LeadAssignment,
    Absence,
    Plan,
    Outcome,
    Action,
    PlanVersion,
    Conference,
    Meeting,
    Attendance,
    Amendment,
    Disagreement,
    ReviewReport,
    Visit,
    EscalationStep,
    SignificantEvent,
    Assessment,
    GeneratedDocument,
    CirculationItem,
    ExcludedSummary,
    AuditEvent,
    Setting,
)


def entity_name(cls: type) -> str:
    """``LeadAssignment`` -> ``lead_assignment``: the table and export key of an entity."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", cls.__name__).lower()
