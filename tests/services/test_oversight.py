"""Oversight (docs/practice.md, the team manager) on the demo caseload: every action with who, due, done and status, overdue
first; each worker's load; unallocated cases; and who may see them."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from lpdesk.domain import (
    Action,
    Case,
    Child,
    DueStatus,
    Forbidden,
    LeadAssignment,
    Person,
    Plan,
    UserRole,
)
from lpdesk.rules.profile_loader import default_profiles_dir, load_profiles
from lpdesk.services.context import Actor, FixedClock, ServiceContext
from lpdesk.services.demo import load_demo
from lpdesk.services.due import due_list
from lpdesk.services.oversight import caseload_counts, team_actions, unallocated_cases
from lpdesk.store import Store

PROFILES = load_profiles(default_profiles_dir())
TODAY = date(2026, 11, 23)


def ctx_for(store: Store, role: UserRole, team: str = "North") -> ServiceContext:
    return ServiceContext(
        uow=store.unit_of_work,
        actor=Actor(username=f"{role.value}.test", role=role, team=team),
        clock=FixedClock(datetime(2026, 11, 23, 9)),
    )


@pytest.fixture
def manager(store: Store) -> ServiceContext:
    ctx = ctx_for(store, UserRole.TEAM_MANAGER)
    load_demo(ctx)
    return ctx


def test_team_actions_list_every_action_overdue_first(
    store: Store, manager: ServiceContext
) -> None:
    as_of = date(2026, 12, 10)  # a little after the demo's "today": some actions fall overdue
    rows = team_actions(manager, as_of=as_of)
    with store.unit_of_work() as uow:
        plans = {p.id: p for p in uow.repo(Plan).find() if p.ended_on is None}
        actions = [a for a in uow.repo(Action).find() if a.plan_id in plans]
        people = {p.id: p.name for p in uow.repo(Person).find()}
        cases = {c.id: c.reference for c in uow.repo(Case).find()}
    assert len(actions) >= 5
    assert sorted(r.action_id for r in rows) == sorted(a.id for a in actions)
    by_id = {r.action_id: r for r in rows}
    for a in actions:
        row = by_id[a.id]
        assert (row.what, row.due, row.done, row.status) == (
            a.what,
            a.by_when,
            a.completed_on,
            a.status.value,
        )
        assert row.who == people.get(a.who_person_id, "")
        assert row.case_reference == cases[plans[a.plan_id].case_id]
        assert row.overdue == (a.is_open and a.by_when is not None and a.by_when < as_of)
    flags = [r.overdue for r in rows]
    assert any(flags) and not all(flags)
    assert flags == sorted(flags, reverse=True)  # every overdue action comes first
    overdue_dues = [r.due for r in rows if r.overdue]
    assert overdue_dues == sorted(overdue_dues)
    assert team_actions(manager, team="South", as_of=as_of) == []


def test_caseload_counts_per_worker(store: Store, manager: ServiceContext) -> None:
    loads = caseload_counts(manager, as_of=TODAY, profiles=PROFILES)
    with store.unit_of_work() as uow:
        leads = [a for a in uow.repo(LeadAssignment).find() if a.ended_on is None]
        children = uow.repo(Child).find()
        people = {p.id: p.name for p in uow.repo(Person).find()}
    items = due_list(manager, profiles=PROFILES, as_of=TODAY)
    expected = {}
    for lead in leads:
        row = expected.setdefault(lead.person_id, [people[lead.person_id], 0, 0, 0])
        row[1] += 1
        row[2] += sum(1 for c in children if c.case_id == lead.case_id)
        row[3] += sum(
            1 for i in items if i.case_id == lead.case_id and i.status is DueStatus.OVERDUE
        )
    got = {w.person_id: [w.name, w.open_cases, w.children, w.overdue_items] for w in loads}
    assert got == expected
    assert sum(w.overdue_items for w in loads) > 0
    overdue = [w.overdue_items for w in loads]
    assert overdue == sorted(overdue, reverse=True)


def test_unallocated_cases(store: Store, manager: ServiceContext) -> None:
    assert unallocated_cases(manager) == []
    with store.unit_of_work() as uow:
        uow.repo(Case).add(
            Case(reference="CP-2026-0999", profile_id="england_cp", team="North", opened_on=TODAY)
        )
        uow.repo(Case).add(
            Case(reference="CP-2026-0998", profile_id="england_cp", team="South", opened_on=TODAY)
        )
        uow.repo(Case).add(
            Case(
                reference="CP-2026-0997",
                profile_id="england_cp",
                team="North",
                opened_on=date(2026, 1, 5),
                closed_on=date(2026, 6, 1),
            )
        )
    assert [c.reference for c in unallocated_cases(manager)] == ["CP-2026-0999"]
    qa = ctx_for(store, UserRole.QA_MANAGER, team="")
    assert [c.reference for c in unallocated_cases(qa)] == ["CP-2026-0998", "CP-2026-0999"]


def test_only_managers_see_oversight(store: Store) -> None:
    for role in (UserRole.LEAD_PROFESSIONAL, UserRole.ADMINISTRATOR, UserRole.CONFERENCE_CHAIR):
        ctx = ctx_for(store, role)
        with pytest.raises(Forbidden):
            team_actions(ctx, as_of=TODAY)
        with pytest.raises(Forbidden):
            caseload_counts(ctx, as_of=TODAY, profiles=PROFILES)
        with pytest.raises(Forbidden):
            unallocated_cases(ctx)


def test_quality_assurance_reads_oversight(store: Store, manager: ServiceContext) -> None:
    qa = ctx_for(store, UserRole.QA_MANAGER)
    assert team_actions(qa, as_of=TODAY) == team_actions(manager, as_of=TODAY)
    assert caseload_counts(qa, as_of=TODAY, profiles=PROFILES) == caseload_counts(
        manager, as_of=TODAY, profiles=PROFILES
    )
