"""Reading cases: one case's overview (children, members, lead, plan, conferences) and the list
of cases."""

from __future__ import annotations

from dataclasses import dataclass

from lpdesk.domain import (
    Agency,
    Case,
    Child,
    Conference,
    InvalidInput,
    LeadAssignment,
    MemberRole,
    Membership,
    Person,
    Plan,
)
from lpdesk.services.context import ServiceContext
from lpdesk.services.meetings._common import current_plan
from lpdesk.services.permissions import Permission, require

__all__ = [
    "CaseOverview",
    "ChildSummary",
    "LeadSummary",
    "MemberSummary",
    "case_overview",
    "list_cases",
]


@dataclass(frozen=True, kw_only=True, slots=True)
class ChildSummary:
    child: Child
    name: str
    age: int | None  # None before birth


@dataclass(frozen=True, kw_only=True, slots=True)
class MemberSummary:
    membership: Membership
    name: str
    role: MemberRole
    job_title: str = ""
    agency: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class LeadSummary:
    assignment: LeadAssignment
    name: str


@dataclass(frozen=True, kw_only=True, slots=True)
class CaseOverview:
    case: Case
    children: tuple[ChildSummary, ...]
    members: tuple[MemberSummary, ...]  # current members, excluded ones included and flagged
    lead: LeadSummary | None
    lead_history: tuple[LeadSummary, ...]  # every assignment, oldest first
    plan: Plan | None
    conferences: tuple[Conference, ...]


def case_overview(ctx: ServiceContext, *, case_id: int) -> CaseOverview:
    require(ctx, Permission.READ_CASE)
    today = ctx.clock.today()
    with ctx.uow() as uow:
        found = uow.repo(Case).find(id=case_id)
        if not found:
            raise InvalidInput.one("case_id", f"no case {case_id}")
        children = uow.repo(Child).find(case_id=case_id)
        members = [m for m in uow.repo(Membership).find(case_id=case_id) if m.active_on(today)]
        leads = uow.repo(LeadAssignment).find(case_id=case_id)
        ids = {c.person_id for c in children} | {m.person_id for m in members}
        ids |= {a.person_id for a in leads}
        people = {p.id: p for p in uow.repo(Person).find(id=sorted(ids))} if ids else {}
        agency_ids = sorted({p.agency_id for p in people.values() if p.agency_id is not None})
        agencies = (
            {a.id: a.name for a in uow.repo(Agency).find(id=agency_ids)} if agency_ids else {}
        )
        plan = current_plan(uow, case_id)
        plans = uow.repo(Plan).find(case_id=case_id)
        conferences = uow.repo(Conference).find(case_id=case_id)
    history = tuple(LeadSummary(assignment=a, name=people[a.person_id].name) for a in leads)
    current = [h for h in history if h.assignment.ended_on is None]
    return CaseOverview(
        case=found[0],
        children=tuple(
            ChildSummary(child=c, name=people[c.person_id].name, age=c.age_on(today))
            for c in children
        ),
        members=tuple(
            MemberSummary(
                membership=m,
                name=people[m.person_id].name,
                role=m.role,
                job_title=people[m.person_id].job_title,
                agency=agencies.get(people[m.person_id].agency_id or -1, ""),
            )
            for m in members
        ),
        lead=current[-1] if current else None,
        lead_history=history,
        plan=plan if plan is not None else (plans[-1] if plans else None),
        conferences=tuple(conferences),
    )


def list_cases(
    ctx: ServiceContext, *, lp_person_id: int | None = None, include_closed: bool = False
) -> list[Case]:
    """Cases by reference: open ones (or all), optionally only those this person currently leads."""
    require(ctx, Permission.READ_CASE)
    with ctx.uow() as uow:
        cases = uow.repo(Case).find()
        if lp_person_id is not None:
            led = {
                a.case_id
                for a in uow.repo(LeadAssignment).find(person_id=lp_person_id)
                if a.ended_on is None
            }
            cases = [c for c in cases if c.id in led]
    return sorted(
        (c for c in cases if include_closed or c.closed_on is None), key=lambda c: c.reference
    )
