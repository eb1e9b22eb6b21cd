"""What a team manager watches (seed 004): for every child, what action is required, who is
responsible, when it is due and when it was done; each worker's load; cases with no allocated
worker. Read-only, for team managers and quality assurance managers.

A team manager with a team sees that team's cases (cases with no team count for every team: a
single-desk database); anyone else, or ``team=`` given, the named team or every case.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from lpdesk.domain import (
    Action,
    Case,
    DueStatus,
    LeadAssignment,
    Person,
    Plan,
    UserRole,
)
from lpdesk.rules.due import due_items
from lpdesk.rules.profile import Profile
from lpdesk.services.context import ServiceContext
from lpdesk.services.permissions import Permission, allowed, require
from lpdesk.services.profiles import shared_provider

__all__ = [
    "OVERSIGHT_ROLES",
    "TeamActionRow",
    "WorkerLoad",
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


def team_actions(
    ctx: ServiceContext, *, team: str | None = None, as_of: date | None = None
) -> list[TeamActionRow]:
    """Every action of every current plan on the open cases: overdue first, then by due date."""
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
        names = (
            {p.id: p.name for p in uow.repo(Person).find(id=sorted(person_ids))}
            if person_ids
            else {}
        )
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
            )
        )
    rows.sort(key=lambda r: (not r.overdue, r.due or date.max, r.case_reference, r.action_id))
    return rows


@dataclass(frozen=True, kw_only=True, slots=True)
class WorkerLoad:
    person_id: int
    name: str
    open_cases: int
    children: int
    overdue_items: int  # overdue items of the due list on the worker's cases


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
        names = {p.id: p.name for p in uow.repo(Person).find(id=person_ids)} if person_ids else {}
    overdue: dict[int, int] = {}
    for item in due_items(facts, known, day):
        if item.status is DueStatus.OVERDUE:
            overdue[item.case_id] = overdue.get(item.case_id, 0) + 1
    loads: dict[int, list[int]] = {}
    for f in facts:
        assert f.lp_person_id is not None
        counts = loads.setdefault(f.lp_person_id, [0, 0, 0])
        counts[0] += 1
        counts[1] += len(f.children)
        counts[2] += overdue.get(f.case_id, 0)
    rows = [
        WorkerLoad(
            person_id=pid, name=names.get(pid, ""), open_cases=c, children=k, overdue_items=o
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
