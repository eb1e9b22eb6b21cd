"""The part of every document that comes from the case: children, people, agencies, the core group,
the lead professional and the current plan, loaded in a fixed number of queries (one per table,
people and agencies by id lists), then turned into a ``DocumentContext`` for one recipient."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from lpdesk.circulation.redaction import Redaction, redact_people
from lpdesk.documents.context import ChildView, DocumentContext
from lpdesk.documents.tree import Document, strip_restricted
from lpdesk.domain import (
    Action,
    Agency,
    Case,
    Child,
    InvalidInput,
    LeadAssignment,
    Membership,
    Outcome,
    Person,
    Plan,
)
from lpdesk.services.ports import UnitOfWork
from lpdesk.services.rendering._sources import Inputs

__all__ = ["Assembled", "CaseData", "load_case", "replace_plan"]


@dataclass(frozen=True, kw_only=True)
class CaseData:
    case: Case
    children: tuple[Child, ...]
    memberships: tuple[Membership, ...]
    people: dict[int, Person]
    agencies: dict[int, Agency]
    lead_id: int | None
    plan: Plan | None
    outcomes: tuple[Outcome, ...] = ()
    actions: tuple[Action, ...] = ()

    def context(self, inputs: Inputs, redaction: Redaction | None) -> DocumentContext:
        """The document context for one recipient: every address their redaction names is blanked
        before anything is built (None: the lead professional's own, unredacted working copy;
        withheld addresses are still never printed by the builders)."""
        people = redact_people(self.people, redaction) if redaction is not None else self.people
        views = tuple(
            ChildView(
                child=child,
                name=people[child.person_id].name
                if child.person_id in people
                else f"child {child.id}",
                age=child.age_on(inputs.today),
            )
            for child in self.children
        )
        return DocumentContext(
            authority=inputs.settings.authority_name,
            marking=inputs.settings.marking,
            case=self.case,
            created=inputs.today,
            children=views,
            people=people,
            agencies=self.agencies,
            memberships=self.memberships,
            lead_professional_id=self.lead_id,
            plan=self.plan,
            outcomes=self.outcomes,
            actions=self.actions,
        )

    def member(self, person_id: int, field_name: str = "for_person_id") -> Membership:
        for m in self.memberships:
            if m.person_id == person_id and m.left_on is None:
                return m
        for m in self.memberships:
            if m.person_id == person_id:
                return m
        raise InvalidInput.one(
            field_name, f"person {person_id} is not in case {self.case.id}'s core group"
        )


@dataclass(frozen=True, kw_only=True)
class Assembled:
    """A record loaded and ready to build for any recipient: ``build(redaction)`` makes the tree
    with that recipient's addresses blanked; ``tree`` also strips their restricted sections."""

    data: CaseData
    record_id: int | None
    build: Callable[[Redaction | None], Document]
    notes: tuple[str, ...] = field(default=())  # problems worth showing before sending

    def tree(self, redaction: Redaction | None) -> Document:
        doc = self.build(redaction)
        if redaction is None:
            return doc
        return strip_restricted(doc, redaction.allowed_sections)


def load_case(
    uow: UnitOfWork, case_id: int, *, extra_person_ids: Iterable[int | None] = (), plan: bool = True
) -> CaseData:
    found = uow.repo(Case).find(id=case_id)
    if not found:
        raise InvalidInput.one("case_id", f"no case {case_id}")
    case = found[0]
    children = tuple(uow.repo(Child).find(case_id=case_id))
    memberships = tuple(uow.repo(Membership).find(case_id=case_id))
    leads = [a for a in uow.repo(LeadAssignment).find(case_id=case_id) if a.ended_on is None]
    lead_id = leads[-1].person_id if leads else None
    current: Plan | None = None
    outcomes: tuple[Outcome, ...] = ()
    actions: tuple[Action, ...] = ()
    if plan:
        plans = [p for p in uow.repo(Plan).find(case_id=case_id) if p.ended_on is None]
        current = plans[-1] if plans else None
        if current is not None:
            outcomes = tuple(uow.repo(Outcome).find(plan_id=current.id))
            actions = tuple(uow.repo(Action).find(plan_id=current.id))
    wanted = {m.person_id for m in memberships} | {c.person_id for c in children}
    wanted |= {a.who_person_id for a in actions if a.who_person_id is not None}
    wanted |= {pid for pid in (lead_id, *extra_person_ids) if pid is not None}
    people = {p.id: p for p in uow.repo(Person).find(id=sorted(wanted)) if p.id is not None}
    agency_ids = sorted({p.agency_id for p in people.values() if p.agency_id is not None})
    agencies = (
        {a.id: a for a in uow.repo(Agency).find(id=agency_ids) if a.id is not None}
        if agency_ids
        else {}
    )
    return CaseData(
        case=case,
        children=children,
        memberships=memberships,
        people=people,
        agencies=agencies,
        lead_id=lead_id,
        plan=current,
        outcomes=outcomes,
        actions=actions,
    )


def replace_plan(data: CaseData, plan: Plan | None) -> CaseData:
    return dataclasses.replace(data, plan=plan)
