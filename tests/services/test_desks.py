"""The desks' services on both backends: who a desk belongs to (first run, claimed once), the
caseload weighting with protected time and court work, allocation candidates (qualified social
workers for child protection), and the chair's disagreements and report history."""

from __future__ import annotations

from datetime import datetime

import pytest

from lpdesk.domain import (
    EscalationLevel,
    Forbidden,
    InvalidInput,
    PlanKind,
    ReportStatus,
    User,
    UserRole,
)
from lpdesk.services.context import Actor, FixedClock, ServiceContext
from lpdesk.services.demo import load_demo
from lpdesk.services.desk import claim_desk, desk_state, set_up_owner, username_for
from lpdesk.services.oversight import allocation_candidates, caseload_counts
from lpdesk.services.review_conference import (
    report_history,
    reports_of_lead,
    reports_reviewed,
    request_changes,
    submit_report,
)
from lpdesk.services.review_conference.escalated import disagreements_for_chair, resolve_as_chair
from lpdesk.services.workload import case_weight, set_court_work, set_protected_time
from lpdesk.store import Store

CLOCK = FixedClock(datetime(2026, 11, 23, 9))


def _as(store: Store, username: str) -> ServiceContext:
    with store.unit_of_work() as uow:
        u = uow.repo(User).find(username=username)[0]
    actor = Actor(username=u.username, role=u.role, person_id=u.person_id, team=u.team)
    return ServiceContext(uow=store.unit_of_work, actor=actor, clock=CLOCK)


@pytest.fixture
def demo(store: Store) -> Store:
    load_demo(
        ServiceContext(
            uow=store.unit_of_work,
            actor=Actor(username="demo.loader", role=UserRole.TEAM_MANAGER),
            clock=CLOCK,
        )
    )
    return store


def test_the_first_run_makes_the_owner_once(store: Store) -> None:
    setup = ServiceContext(
        uow=store.unit_of_work,
        actor=Actor(username="lpdesk.setup", role=UserRole.TEAM_MANAGER),
        clock=CLOCK,
    )
    assert desk_state(store.unit_of_work).first_run
    with pytest.raises(InvalidInput) as refused:
        set_up_owner(setup, name="  ", role=UserRole.LEAD_PROFESSIONAL)
    assert refused.value.problems[0].field == "name"
    owner = set_up_owner(
        setup,
        name="Noor Haddad",
        role=UserRole.LEAD_PROFESSIONAL,
        team="East",
        qualified_social_worker=True,
    )
    assert owner.username == username_for("Noor Haddad") == "noor.haddad"
    state = desk_state(store.unit_of_work)
    assert state.owner == owner and not state.first_run and not state.demo
    with pytest.raises(InvalidInput):  # a desk belongs to one person
        set_up_owner(setup, name="Someone Else", role=UserRole.TEAM_MANAGER)
    with pytest.raises(InvalidInput):
        claim_desk(setup, username="noor.haddad")


def test_the_demo_is_known_and_its_users_listed(demo: Store) -> None:
    state = desk_state(demo.unit_of_work)
    assert state.demo and state.owner is None and not state.first_run
    assert {u.username for u in state.users} >= {"rahel.tesfaye", "beatriz.santos"}
    chosen = claim_desk(_as(demo, "daniel.kowalczyk"), username="aisha.rahman")
    assert desk_state(demo.unit_of_work).owner == chosen


def test_weighting_protected_time_and_court_work(demo: Store) -> None:
    manager = _as(demo, "daniel.kowalczyk")
    before = {w.person_id: w for w in caseload_counts(manager)}
    heaviest = max(before.values(), key=lambda w: w.weight)
    assert heaviest.capacity == 18.0 and not heaviest.over_allocated
    set_protected_time(manager, person_id=heaviest.person_id, percent=90)
    after = {w.person_id: w for w in caseload_counts(manager)}[heaviest.person_id]
    assert after.capacity == 1.8 and after.protected_percent == 90 and after.over_allocated
    with pytest.raises(InvalidInput):
        set_protected_time(manager, person_id=heaviest.person_id, percent=95)
    with pytest.raises(Forbidden):
        set_protected_time(_as(demo, "aisha.rahman"), person_id=heaviest.person_id, percent=10)
    assert case_weight(children=2, plan_kind=PlanKind.CHILD_PROTECTION, court_work=True) == 3.0
    assert case_weight(children=2, plan_kind=PlanKind.EARLY_HELP, court_work=False) == 1.0
    report = reports_of_lead(_as(demo, "tomas.ferreira"))[0]
    set_court_work(manager, case_id=report.case_id, court_work=True)
    tomas = next(w for w in caseload_counts(manager) if w.name == "Tomás Ferreira")
    assert tomas.weight == before[tomas.person_id].weight + 1.0


def test_only_qualified_social_workers_may_take_a_cp_case(demo: Store) -> None:
    manager = _as(demo, "daniel.kowalczyk")
    report = reports_of_lead(_as(demo, "tomas.ferreira"))[0]  # a child protection case
    choices = allocation_candidates(manager, case_id=report.case_id)
    assert choices and all(c.eligible == c.load.qualified for c in choices)
    assert any(not c.eligible for c in choices)  # the Early Help and education LPs
    with pytest.raises(Forbidden):
        allocation_candidates(_as(demo, "aisha.rahman"), case_id=report.case_id)


def test_the_chairs_history_and_disagreements(demo: Store) -> None:
    lead, chair = _as(demo, "tomas.ferreira"), _as(demo, "rahel.tesfaye")
    report = reports_of_lead(lead)[0]
    assert report.id is not None
    submit_report(lead, report_id=report.id)
    request_changes(chair, report_id=report.id, comments="Add the school's view.")
    assert [r.id for r in reports_reviewed(chair)] == [report.id]
    assert reports_of_lead(lead)[0].status is ReportStatus.CHANGES_REQUESTED
    sentences = [h.sentence for h in report_history(lead, report_id=report.id)]
    assert "Review report submitted to the chair by Tomás Ferreira" in sentences
    assert "Chair asked for changes to the review report by Rahel Tesfaye" in sentences
    other_team = ServiceContext(
        uow=demo.unit_of_work,
        actor=Actor(username="south.manager", role=UserRole.TEAM_MANAGER, team="South"),
        clock=CLOCK,
    )
    with pytest.raises(Forbidden):  # the case's own readers only
        report_history(other_team, report_id=report.id)

    escalated = disagreements_for_chair(chair)
    assert escalated and all(
        e.disagreement.escalated_to is EscalationLevel.CONFERENCE_CHAIR for e in escalated
    )
    target = escalated[0].disagreement
    assert target.id is not None
    with pytest.raises(Forbidden):
        resolve_as_chair(_as(demo, "beatriz.santos"), disagreement_id=target.id, outcome="x")
    with pytest.raises(InvalidInput):
        resolve_as_chair(chair, disagreement_id=target.id, outcome=" ")
    done = resolve_as_chair(chair, disagreement_id=target.id, outcome="Agreed at conference.")
    assert done.resolved_on == CLOCK.today() and done.outcome == "Agreed at conference."
    with pytest.raises(InvalidInput):
        resolve_as_chair(chair, disagreement_id=target.id, outcome="Again.")
