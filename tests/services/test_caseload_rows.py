"""The caseload's rows read only the columns they show (``UnitOfWork.caseload_labels``) and name
only the item each row shows: the rows equal the ones built from whole records and from every
named item, on SQLite and PostgreSQL, including a case whose lead professional changed."""

from __future__ import annotations

from dataclasses import replace

from lpdesk.domain import Case, Child, DueStatus, LeadAssignment, Person, UserRole
from lpdesk.services.context import FixedClock, ServiceContext
from lpdesk.services.demo import load_demo
from lpdesk.services.due import CaseloadRow, caseload, due_list
from lpdesk.services.profiles import shared_provider
from lpdesk.store import Store
from tests.services.conftest import make_ctx


def _from_records(ctx: ServiceContext, lp_person_id: int | None) -> list[CaseloadRow]:
    """The rows as they were built before: whole records, every item named."""
    items = due_list(
        ctx, profiles=shared_provider().profiles(), lp_person_id=lp_person_id, horizon_days=None
    )
    shown = {
        r.case_id
        for r in caseload(ctx, profiles=shared_provider().profiles(), lp_person_id=lp_person_id)
    }
    with ctx.uow() as uow:
        cases = {c.id: c for c in uow.repo(Case).find(id=sorted(shown))}
        children = uow.repo(Child).find(case_id=sorted(shown))
        leads = [a for a in uow.repo(LeadAssignment).find(case_id=sorted(shown)) if not a.ended_on]
        people = {p.id: p.name for p in uow.repo(Person).find()}
    lead_of = {a.case_id: people[a.person_id] for a in leads}
    rows = []
    for case_id, case in cases.items():
        case_items = [i for i in items if i.case_id == case_id]
        pending = [i for i in case_items if i.status is not DueStatus.OK] or case_items
        rows.append(
            CaseloadRow(
                case_id=case_id,
                reference=case.reference,
                profile_id=case.profile_id,
                children=tuple(people[c.person_id] for c in children if c.case_id == case_id),
                lead_professional=lead_of.get(case_id, ""),
                overdue=sum(i.status is DueStatus.OVERDUE for i in case_items),
                due_soon=sum(i.status is DueStatus.DUE_SOON for i in case_items),
                next_due=min(pending, key=lambda i: i.due) if pending else None,
            )
        )
    return sorted(rows, key=lambda r: (-r.overdue, -r.due_soon, r.reference))


def test_caseload_rows_equal_the_rows_from_whole_records(store: Store, clock: FixedClock) -> None:
    ctx = make_ctx(store, clock, UserRole.TEAM_MANAGER, username="demo.loader")
    load_demo(ctx)
    with ctx.uow() as uow:  # one case changes hands: its current lead is the new one
        first = uow.repo(LeadAssignment).find()[0]
        uow.repo(LeadAssignment).update(replace(first, ended_on=clock.today()))
        other = next(
            a.person_id for a in uow.repo(LeadAssignment).find() if a.person_id != first.person_id
        )
        uow.repo(LeadAssignment).add(
            LeadAssignment(case_id=first.case_id, person_id=other, started_on=clock.today())
        )
        uow.repo(LeadAssignment).add(  # a past lead recorded later: ended, so not the lead
            LeadAssignment(
                case_id=first.case_id,
                person_id=first.person_id,
                started_on=clock.today(),
                ended_on=clock.today(),
            )
        )
    team = caseload(ctx, profiles=shared_provider().profiles())
    assert team == _from_records(ctx, None)
    moved = next(r for r in team if r.case_id == first.case_id)
    with ctx.uow() as uow:
        assert moved.lead_professional == uow.repo(Person).get(other).name
    assert any(len(r.children) > 1 for r in team), "the demo has a case with two children"
    assert all(r.children for r in team)
    mine = caseload(ctx, profiles=shared_provider().profiles(), lp_person_id=other)
    assert mine and mine == _from_records(ctx, other)
