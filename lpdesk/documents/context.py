"""The plain inputs the builders need, assembled by the services from the store.

Whoever assembles a context blanks every withheld address before it gets here; the builders also
never print an address marked withheld (belt and braces). Names appear in documents, never in file
names: ``Case.reference`` is the only identifier used for those.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from lpdesk.documents.tree import DEFAULT_MARKING
from lpdesk.domain import (
    Action,
    Agency,
    Attendance,
    Case,
    Child,
    CirculationItem,
    Conference,
    Disagreement,
    GeneratedDocument,
    Meeting,
    Membership,
    Outcome,
    Person,
    Plan,
    ReviewReport,
    SignificantEvent,
    Visit,
)
from lpdesk.forms.spec import FormSpec

__all__ = [
    "ApprovalNote",
    "ChildView",
    "DistributionContext",
    "DocumentContext",
    "MinutesContext",
    "ReviewReportContext",
]


@dataclass(frozen=True, kw_only=True, slots=True)
class ChildView:
    child: Child
    name: str
    age: int | None = None


@dataclass(frozen=True, kw_only=True)
class DocumentContext:
    """What every document of a case may show: the case, its children, people, agencies, the
    core group and the plan."""

    authority: str
    marking: str = DEFAULT_MARKING
    case: Case
    created: date
    children: tuple[ChildView, ...] = ()
    people: Mapping[int, Person] = field(default_factory=dict)
    agencies: Mapping[int, Agency] = field(default_factory=dict)
    memberships: tuple[Membership, ...] = ()
    lead_professional_id: int | None = None
    plan: Plan | None = None
    outcomes: tuple[Outcome, ...] = ()
    actions: tuple[Action, ...] = ()
    author_role: str = "Lead professional"

    def name(self, person_id: int | None) -> str:
        if person_id is None:
            return ""
        person = self.people.get(person_id)
        return person.name if person else f"person {person_id}"

    def name_and_role(self, person_id: int | None) -> str:
        """ "Sam Okafor (Health visitor, Fictional NHS Trust)"."""
        if person_id is None:
            return ""
        person = self.people.get(person_id)
        if person is None:
            return f"person {person_id}"
        agency = self.agencies.get(person.agency_id) if person.agency_id is not None else None
        details = ", ".join(p for p in (person.job_title, agency.name if agency else "") if p)
        return f"{person.name} ({details})" if details else person.name

    def address(self, person_id: int) -> str:
        """A person's address, or "" when it is withheld."""
        person = self.people.get(person_id)
        if person is None or person.address_withheld:
            return ""
        return person.address

    def actions_for(self, outcome_id: int | None) -> tuple[Action, ...]:
        return tuple(a for a in self.actions if a.outcome_id == outcome_id)

    def children_names(self) -> str:
        return ", ".join(c.name for c in self.children)


@dataclass(frozen=True, kw_only=True, slots=True)
class ApprovalNote:
    """Who approved which version of a record, and when; for an amended record, the version it
    amends (``amends``: "version 1, approved by ... on ...") and what changed since then
    (``changes``: what, before, after)."""

    version: int
    approver: str
    approved_at: datetime
    amends: str = ""
    changes: tuple[tuple[str, str, str], ...] = ()


@dataclass(frozen=True, kw_only=True)
class MinutesContext:
    """A core group meeting and everything its record is filled from."""

    base: DocumentContext
    meeting: Meeting
    form: FormSpec
    profile_flags: frozenset[str] = frozenset()
    attendance: tuple[Attendance, ...] = ()
    visits: tuple[Visit, ...] = ()  # since the last meeting
    disagreements: tuple[Disagreement, ...] = ()
    events: tuple[SignificantEvent, ...] = ()
    review_conference_on: date | None = None
    approval: ApprovalNote | None = None  # None: not approved, printed with a DRAFT watermark
    amending: str = ""  # a draft correcting an approved version: "version 1, approved by ..."


@dataclass(frozen=True, kw_only=True)
class ReviewReportContext:
    """The core group's assessment report for a review conference."""

    base: DocumentContext
    report: ReviewReport
    conference: Conference
    period_start: date  # the initial or last review conference
    visits: tuple[Visit, ...] = ()
    compliance_findings: tuple[str, ...] = ()  # the rules' own explanations, e.g. "seen alone ..."
    child_voice: str = ""
    parents_views: str = ""
    disagreements: tuple[Disagreement, ...] = ()
    meetings_held: tuple[Meeting, ...] = ()


@dataclass(frozen=True, kw_only=True)
class DistributionContext:
    """Who was sent what, when and how."""

    base: DocumentContext
    items: tuple[CirculationItem, ...]
    documents: Mapping[int, GeneratedDocument] = field(default_factory=dict)
    meeting: Meeting | None = None
    # entitled recipients with nothing produced yet: (person id, how they are reached)
    waiting: tuple[tuple[int, str], ...] = ()
