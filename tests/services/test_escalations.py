"""Escalation: a refused visit walked to done through the due list; steps for a child not seen,
opened once per unseen spell."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from lpdesk.domain import (
    AuditEvent,
    DueKind,
    EscalationStep,
    EscalationStepKind,
    EscalationTrigger,
    Forbidden,
    InvalidInput,
    UserRole,
)
from lpdesk.rules.profile_loader import default_profiles_dir, load_profiles
from lpdesk.services.context import FixedClock, ServiceContext
from lpdesk.services.due import due_list
from lpdesk.services.escalations import complete_step, open_not_seen_escalations, open_steps
from lpdesk.services.visits import record_visit
from lpdesk.store import Store
from tests.services.meetings.builders import Family, as_person, audit_count, build_family

PROFILES = load_profiles(default_profiles_dir())


@pytest.fixture
def fam(store: Store) -> Family:
    return build_family(store)


def refused_visit(ctx: ServiceContext, fam: Family, day: date) -> None:
    record_visit(
        ctx,
        case_id=fam.case_id,
        child_id=fam.child_id,
        visitor_person_id=fam.lp_id,
        visited_at=datetime.combine(day, datetime.min.time()).replace(hour=9),
        outcome="refused",
        present="Mother at the door",
        observations="Mother said Finn was asleep and would not open the door",
    )


def refused_items(ctx: ServiceContext, fam: Family) -> list[str]:
    return [
        i.reason
        for i in due_list(ctx, profiles=PROFILES)
        if i.kind is DueKind.ESCALATION and "refused" in i.reason
    ]


def test_a_refused_visit_is_escalated_until_every_step_is_done(
    store: Store, clock: FixedClock, fam: Family
) -> None:
    lp = as_person(store, clock, fam.lp_id)
    manager = as_person(store, clock, fam.manager_id, UserRole.TEAM_MANAGER)
    refused_visit(lp, fam, date(2026, 12, 18))
    steps = open_steps(lp, case_id=fam.case_id)
    assert len(steps) == 5 and len(refused_items(lp, fam)) == 5
    assert all("due at once" in r for r in refused_items(lp, fam))
    clock.current = datetime(2026, 12, 21, 12)
    for n, step in enumerate(steps, start=1):
        who = manager if step.step is EscalationStepKind.LINE_MANAGER_DISCUSSION else lp
        assert step.id is not None
        done = complete_step(who, step_id=step.id, done_on=date(2026, 12, 21), note=f"step {n}")
        assert (done.done_on, done.done_by, done.note) == (
            date(2026, 12, 21),
            who.actor.username,
            f"step {n}",
        )
        assert len(open_steps(lp, case_id=fam.case_id)) == 5 - n
        assert len(refused_items(lp, fam)) == 5 - n
    assert open_steps(lp, case_id=fam.case_id) == []
    assert refused_items(lp, fam) == []
    with store.unit_of_work() as uow:
        assert len(uow.repo(AuditEvent).find(action="escalation.complete")) == 5


def test_completing_a_step_refuses_bad_input_and_writes_nothing(
    store: Store, clock: FixedClock, fam: Family
) -> None:
    lp = as_person(store, clock, fam.lp_id)
    refused_visit(lp, fam, date(2026, 12, 18))
    step = open_steps(lp, case_id=fam.case_id)[0]
    assert step.id is not None
    before = audit_count(store)
    for kwargs, field in (
        ({"step_id": step.id, "done_on": date(2026, 12, 19), "note": "x"}, "done_on"),  # future
        ({"step_id": step.id, "done_on": date(2026, 12, 17), "note": "x"}, "done_on"),  # before
        ({"step_id": step.id, "done_on": date(2026, 12, 18), "note": " "}, "note"),
        ({"step_id": 999, "done_on": date(2026, 12, 18), "note": "x"}, "step_id"),
    ):
        with pytest.raises(InvalidInput) as caught:
            complete_step(lp, **kwargs)  # type: ignore[arg-type]
        assert field in {p.field for p in caught.value.problems}
    assert audit_count(store) == before
    complete_step(lp, step_id=step.id, done_on=date(2026, 12, 18), note="Discussed with manager")
    with pytest.raises(InvalidInput) as caught:
        complete_step(lp, step_id=step.id, done_on=date(2026, 12, 18), note="again")
    assert caught.value.problems[0].field == "step_id"
    chair = as_person(store, clock, fam.chair_id, UserRole.CONFERENCE_CHAIR)
    other = open_steps(lp, case_id=fam.case_id)[0]
    assert other.id is not None
    with pytest.raises(Forbidden):
        complete_step(chair, step_id=other.id, done_on=date(2026, 12, 18), note="x")


def _triggers(steps: list[EscalationStep]) -> list[tuple[EscalationTrigger, EscalationStepKind]]:
    return [(s.trigger, s.step) for s in steps]


def test_children_not_seen_are_escalated_once_per_unseen_spell(
    store: Store, clock: FixedClock, fam: Family
) -> None:
    """ICPC Fri 18 Dec 2026, the child never seen: 4 weeks unseen by the LP on Fri 15 Jan, 6
    weeks unseen by anyone on Fri 29 Jan. Seen by the LP on Mon 1 Feb: a new spell, escalated
    again 4 weeks later, on Mon 1 Mar."""
    lp = as_person(store, clock, fam.lp_id)  # the clock is shared: moving it moves the context's
    clock.current = datetime(2027, 1, 14, 17)
    assert open_not_seen_escalations(lp, as_of=date(2027, 1, 14)) == []
    clock.current = datetime(2027, 1, 15, 17)
    first = open_not_seen_escalations(lp, as_of=date(2027, 1, 15))
    lm = EscalationStepKind.LINE_MANAGER_DISCUSSION
    assert _triggers(first) == [(EscalationTrigger.NOT_SEEN_BY_LP, lm)]
    assert first[0].child_id == fam.child_id and first[0].opened_on == date(2027, 1, 15)
    assert open_not_seen_escalations(lp, as_of=date(2027, 1, 15)) == []  # idempotent
    clock.current = datetime(2027, 1, 29, 17)
    second = open_not_seen_escalations(lp, as_of=date(2027, 1, 29))
    assert _triggers(second) == [(EscalationTrigger.NOT_SEEN_BY_ANY_AGENCY, lm)]
    # the manager completes the first step; it is not reopened while the spell lasts
    assert first[0].id is not None
    complete_step(lp, step_id=first[0].id, done_on=date(2027, 1, 29), note="agreed a plan")
    assert open_not_seen_escalations(lp, as_of=date(2027, 1, 29)) == []
    clock.current = datetime(2027, 2, 1, 17)
    record_visit(
        lp,
        case_id=fam.case_id,
        child_id=fam.child_id,
        visitor_person_id=fam.lp_id,
        visited_at=datetime(2027, 2, 1, 10),
        present="Finn, mother",
        spoke_with_child=True,
        seen_alone=True,
    )
    clock.current = datetime(2027, 2, 28, 17)
    assert open_not_seen_escalations(lp, as_of=date(2027, 2, 28)) == []
    clock.current = datetime(2027, 3, 1, 17)
    third = open_not_seen_escalations(lp, as_of=date(2027, 3, 1))
    assert _triggers(third) == [(EscalationTrigger.NOT_SEEN_BY_LP, lm)]


def test_escalation_sweep_refuses_a_future_day_and_other_roles(
    store: Store, clock: FixedClock, fam: Family
) -> None:
    lp = as_person(store, clock, fam.lp_id)
    with pytest.raises(InvalidInput) as caught:
        open_not_seen_escalations(lp, as_of=date(2027, 1, 1))
    assert caught.value.problems[0].field == "as_of"
    qa = as_person(store, clock, fam.outsider_id, UserRole.QA_MANAGER)
    with pytest.raises(Forbidden):
        open_not_seen_escalations(qa, as_of=date(2026, 12, 18))
