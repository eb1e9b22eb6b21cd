"""What a team manager watches (docs/practice.md, the team manager): for every child, what action is required, who is
responsible, when it is due and when it was done; each worker's load; cases with no allocated
worker. Read-only, for team managers and quality assurance managers.

A team manager with a team sees that team's cases (cases with no team count for every team: a
single-desk database); anyone else, or ``team=`` given, the named team or every case.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from lpdesk.domain import (
    Action,
    Agency,
    Case,
    DueStatus,
    LeadAssignment,
    Person,
    Plan,
    PlanKind,
    User,
    UserRole,
)
from lpdesk.rules.due import due_items
from lpdesk.rules.profile import Profile
from lpdesk.services.cases.lifecycle import plan_kind_of_profile
from lpdesk.services.context import ServiceContext
from lpdesk.services.permissions import Permission, allowed, require
from lpdesk.services.profiles import shared_provider
from lpdesk.services.workload import case_weight, weighting

__all__ = [
    "OVERSIGHT_ROLES",
    "AllocationChoice",
    "TeamActionRow",
    "WorkerLoad",
    "allocation_candidates",
    "caseload_counts",
    "oversight_team",
    "require_oversight",
    "team_actions",
    "unallocated_cases",
]

# The roles the policy lets see across the team (the GUI shows them the manager's view).
OVERSIGHT_ROLES = frozenset(role for role in UserRole if allowed(role, Permission.OVERSEE))


def require_oversight(ctx: ServiceContext) -> None:
    """Only those with ``OVERSEE`` (team managers and quality assurance managers) see across the
    team."""
    require(ctx, Permission.OVERSEE)


def oversight_team(ctx: ServiceContext, team: str | None) -> str:
    """The team asked for; by default a team manager's own, everyone else's all ("")."""
    if team is not None:
        return team
    return ctx.actor.team if ctx.actor.role is UserRole.TEAM_MANAGER else ""


def _in_team(case_team: str, team: str) -> bool:
    return not team or not case_team or case_team == team


@dataclass(frozen=True, kw_only=True, slots=True)
class TeamActionRow:
    case_id: int
    case_reference: str
    action_id: int
    what: str
    who: str  # the responsible person's name; "" when nobody is named
    who_person_id: int | None
    due: date | None
    done: date | None
    status: str
    overdue: bool
    lead_professional: str
    agency: str = ""  # the responsible person's agency
    is_open: bool = True  # not started or in progress

    @property
    def rank(self) -> int:
        """0 overdue, 1 still to do, 2 completed (or not achieved, or cancelled): the order a
        manager reads them in."""
        return 0 if self.overdue else (1 if self.is_open else 2)


def team_actions(
    ctx: ServiceContext, *, team: str | None = None, as_of: date | None = None
) -> list[TeamActionRow]:
    """Every action of every current plan on the open cases: overdue first, then those still to
    do, completed last; each by due date."""
    require_oversight(ctx)
    day = as_of or ctx.clock.today()
    wanted = oversight_team(ctx, team)
    with ctx.uow() as uow:
        cases = {
            c.id: c
            for c in uow.repo(Case).find()
            if (c.closed_on is None or c.closed_on > day) and _in_team(c.team, wanted)
        }
        ids = sorted(i for i in cases if i is not None)
        plans = {
            p.id: p for p in (uow.repo(Plan).find(case_id=ids) if ids else []) if p.ended_on is None
        }
        plan_ids = sorted(i for i in plans if i is not None)
        actions = uow.repo(Action).find(plan_id=plan_ids) if plan_ids else []
        leads = {
            a.case_id: a.person_id
            for a in (uow.repo(LeadAssignment).find(case_id=ids) if ids else [])
            if a.ended_on is None
        }
        person_ids = {a.who_person_id for a in actions if a.who_person_id} | set(leads.values())
        people = uow.repo(Person).find(id=sorted(person_ids)) if person_ids else []
        agency_names = {a.id: a.name for a in uow.repo(Agency).find()}
    names = {p.id: p.name for p in people}
    agencies = {p.id: agency_names.get(p.agency_id, "") for p in people}
    rows = []
    for a in actions:
        case_id = plans[a.plan_id].case_id
        assert a.id is not None
        rows.append(
            TeamActionRow(
                case_id=case_id,
                case_reference=cases[case_id].reference,
                action_id=a.id,
                what=a.what,
                who=names.get(a.who_person_id, ""),
                who_person_id=a.who_person_id,
                due=a.by_when,
                done=a.completed_on,
                status=a.status.value,
                overdue=a.is_open and a.by_when is not None and a.by_when < day,
                lead_professional=names.get(leads.get(case_id), ""),
                agency=agencies.get(a.who_person_id, ""),
                is_open=a.is_open,
            )
        )
    rows.sort(key=lambda r: (r.rank, r.due or date.max, r.case_reference, r.action_id))
    return rows


@dataclass(frozen=True, kw_only=True, slots=True)
class WorkerLoad:
    person_id: int
    name: str
    open_cases: int
    children: int
    overdue_items: int  # overdue items of the due list on the worker's cases
    weight: float = 0.0  # weighted caseload (services.workload: children, CP, court work)
    capacity: float = 0.0  # what they can carry after their protected time
    protected_percent: int = 0
    qualified: bool = False  # a qualified social worker (may lead a child protection case)

    @property
    def over_allocated(self) -> bool:
        return self.weight > self.capacity


def caseload_counts(
    ctx: ServiceContext,
    *,
    team: str | None = None,
    as_of: date | None = None,
    profiles: Mapping[str, Profile] | None = None,
) -> list[WorkerLoad]:
    """One row per lead professional with open cases, heaviest overdue load first."""
    require_oversight(ctx)
    day = as_of or ctx.clock.today()
    wanted = oversight_team(ctx, team)
    known = profiles if profiles is not None else shared_provider().profiles()
    with ctx.uow() as uow:
        facts = [
            f
            for f in uow.case_facts(as_of=day)
            if f.lp_person_id is not None and _in_team(f.team, wanted)
        ]
        person_ids = sorted({f.lp_person_id for f in facts if f.lp_person_id is not None})
        people = {p.id: p for p in uow.repo(Person).find(id=person_ids)} if person_ids else {}
        names = {i: p.name for i, p in people.items()}
        weights = weighting(uow)
    overdue: dict[int, int] = {}
    for item in due_items(facts, known, day):
        if item.status is DueStatus.OVERDUE:
            overdue[item.case_id] = overdue.get(item.case_id, 0) + 1
    loads: dict[int, list[int]] = {}
    weight: dict[int, float] = {}
    for f in facts:
        assert f.lp_person_id is not None
        counts = loads.setdefault(f.lp_person_id, [0, 0, 0])
        counts[0] += 1
        counts[1] += len(f.children)
        counts[2] += overdue.get(f.case_id, 0)
        weight[f.lp_person_id] = weight.get(f.lp_person_id, 0.0) + case_weight(
            children=len(f.children),
            plan_kind=f.plan_kind,
            court_work=f.case_id in weights.court_cases,
        )
    rows = [
        WorkerLoad(
            person_id=pid,
            name=names.get(pid, ""),
            open_cases=c,
            children=k,
            overdue_items=o,
            weight=round(weight.get(pid, 0.0), 1),
            capacity=weights.capacity_of(pid),
            protected_percent=weights.protected.get(pid, 0),
            qualified=bool(people.get(pid) and people[pid].qualified_social_worker),
        )
        for pid, (c, k, o) in loads.items()
    ]
    rows.sort(key=lambda r: (-r.overdue_items, -r.open_cases, r.name))
    return rows


def unallocated_cases(
    ctx: ServiceContext, *, team: str | None = None, as_of: date | None = None
) -> list[Case]:
    """Open cases with no current lead professional, by reference."""
    require_oversight(ctx)
    day = as_of or ctx.clock.today()
    wanted = oversight_team(ctx, team)
    with ctx.uow() as uow:
        cases = [
            c
            for c in uow.repo(Case).find()
            if (c.closed_on is None or c.closed_on > day) and _in_team(c.team, wanted)
        ]
        ids = [c.id for c in cases]
        led = {
            a.case_id
            for a in (uow.repo(LeadAssignment).find(case_id=ids) if ids else [])
            if a.started_on <= day and (a.ended_on is None or a.ended_on > day)
        }
    return sorted((c for c in cases if c.id not in led), key=lambda c: c.reference)


@dataclass(frozen=True, kw_only=True, slots=True)
class AllocationChoice:
    """A worker the case could be allocated to, with their load and whether they may lead it."""

    load: WorkerLoad
    eligible: bool
    reason: str  # why not, when not eligible


def allocation_candidates(
    ctx: ServiceContext,
    *,
    case_id: int,
    profiles: Mapping[str, Profile] | None = None,
) -> list[AllocationChoice]:
    """Every lead professional of the team (with none of their cases too), lightest weighted
    load first; on a child protection case only qualified social workers are eligible."""
    require(ctx, Permission.ALLOCATE)
    wanted = oversight_team(ctx, None)
    loads = {w.person_id: w for w in caseload_counts(ctx, profiles=profiles)}
    with ctx.uow() as uow:
        case = uow.repo(Case).get(case_id)
        plans = [p for p in uow.repo(Plan).find(case_id=case_id) if p.ended_on is None]
        users = [
            u
            for u in uow.repo(User).find(role=UserRole.LEAD_PROFESSIONAL)
            if u.active and u.person_id is not None and _in_team(u.team, wanted)
        ]
        ids = sorted({u.person_id for u in users if u.person_id is not None} | set(loads))
        people = {p.id: p for p in uow.repo(Person).find(id=ids)} if ids else {}
        weights = weighting(uow)
    kind = plans[0].kind if plans else plan_kind_of_profile(case.profile_id)
    choices = []
    for pid in ids:
        person = people.get(pid)
        if person is None:
            continue
        load = loads.get(pid) or WorkerLoad(
            person_id=pid,
            name=person.name,
            open_cases=0,
            children=0,
            overdue_items=0,
            capacity=weights.capacity_of(pid),
            protected_percent=weights.protected.get(pid, 0),
        )
        load = replace(load, qualified=person.qualified_social_worker)
        cp = kind is PlanKind.CHILD_PROTECTION
        eligible = person.qualified_social_worker or not cp
        choices.append(
            AllocationChoice(
                load=load,
                eligible=eligible,
                reason=""
                if eligible
                else "a child protection case needs a qualified social worker",
            )
        )
    choices.sort(key=lambda c: (not c.eligible, c.load.weight - c.load.capacity, c.load.name))
    return choices
