"""Recording visits (docs/practice.md): every field, refusals naming the field, the late flag across bank
holidays and profiles, the language warning, and the escalation a refused contact opens."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from lpdesk.domain import (
    AuditEvent,
    Case,
    EscalationStep,
    EscalationStepKind,
    EscalationTrigger,
    Forbidden,
    InvalidInput,
    UserRole,
    Visit,
    VisitOutcome,
)
from lpdesk.services.context import FixedClock, ServiceContext
from lpdesk.services.visits import child_visit_compliance, list_visits, record_visit
from lpdesk.store import Store
from tests.services.meetings.builders import Family, as_person, audit_count, build_family


def set_profile(store: Store, case_id: int, profile_id: str) -> None:
    with store.unit_of_work() as uow:
        case = uow.repo(Case).get(case_id)
        uow.repo(Case).update(replace(case, profile_id=profile_id))


@pytest.fixture
def fam(store: Store) -> Family:
    return build_family(store)


@pytest.fixture
def lp(store: Store, clock: FixedClock, fam: Family) -> ServiceContext:
    return as_person(store, clock, fam.lp_id)


def visit_kw(fam: Family, **changes: object) -> dict[str, object]:
    kw: dict[str, object] = dict(
        case_id=fam.case_id,
        child_id=fam.child_id,
        visitor_person_id=fam.lp_id,
        visited_at=datetime(2026, 12, 18, 8, 0),
        outcome="completed",
        present="Mother, Finn",
        spoke_with_child=True,
        seen_alone=True,
        not_alone_reason="",
        bedroom_seen=True,
        observations="Kitchen stocked; Finn's bed had clean sheets",
        key_subjects="Safety at home; school attendance",
        presentation="Finn smiled, showed his drawings and talked about school",
        new_concerns="",
    )
    kw.update(changes)
    return kw


def test_a_completed_visit_keeps_every_field_and_is_audited(
    store: Store, lp: ServiceContext, fam: Family, clock: FixedClock
) -> None:
    done = record_visit(lp, **visit_kw(fam))  # type: ignore[arg-type]
    v = done.visit
    assert v.id is not None and v.recorded_at == clock.now()
    assert (v.present, v.spoke_with_child, v.seen_alone, v.bedroom_seen) == (
        "Mother, Finn",
        True,
        True,
        True,
    )
    assert v.key_subjects == "Safety at home; school attendance"
    assert not done.late and done.late_reason == ""
    assert done.escalation_steps == () and done.language_findings == ()
    assert list_visits(lp, case_id=fam.case_id) == [v]
    assert list_visits(lp, case_id=fam.case_id, child_id=fam.child_id + 99) == []
    with store.unit_of_work() as uow:
        events = uow.repo(AuditEvent).find(action="visit.record")
    assert [(e.entity_id, e.user) for e in events] == [(v.id, f"user{fam.lp_id}")]
    assert "Finn" not in events[0].detail


@pytest.mark.sqlite_only("each refusal is the services' check, made before anything is written")
@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"seen_alone": False, "not_alone_reason": "  "}, "not_alone_reason"),
        ({"visited_at": datetime(2026, 12, 18, 11, 0)}, "visited_at"),  # clock is 09:30
        ({"outcome": "postponed"}, "outcome"),
        ({"present": ""}, "present"),
        ({"child_id": 999}, "child_id"),
        ({"visitor_person_id": 999}, "visitor_person_id"),
        ({"outcome": "refused"}, "seen_alone"),  # cannot be seen alone when contact was refused
        ({"observations": "x" * 8001}, "observations"),
    ],
)
def test_bad_input_names_the_field_and_writes_nothing(
    store: Store, lp: ServiceContext, fam: Family, changes: dict[str, object], field: str
) -> None:
    before = audit_count(store)
    with pytest.raises(InvalidInput) as caught:
        record_visit(lp, **visit_kw(fam, **changes))  # type: ignore[arg-type]
    assert field in {p.field for p in caught.value.problems}
    assert audit_count(store) == before
    with store.unit_of_work() as uow:
        assert uow.repo(Visit).find() == [] and uow.repo(EscalationStep).find() == []


def test_not_seen_alone_with_a_reason_is_accepted(lp: ServiceContext, fam: Family) -> None:
    kw = visit_kw(fam, seen_alone=False, not_alone_reason="Finn asked his mother to stay")
    assert record_visit(lp, **kw).visit.not_alone_reason == "Finn asked his mother to stay"  # type: ignore[arg-type]


def test_only_the_cases_lp_records_visits(store: Store, clock: FixedClock, fam: Family) -> None:
    other_lp = as_person(store, clock, fam.outsider_id)
    with pytest.raises(Forbidden):
        record_visit(other_lp, **visit_kw(fam))  # type: ignore[arg-type]
    chair = as_person(store, clock, fam.chair_id, UserRole.CONFERENCE_CHAIR)
    with pytest.raises(Forbidden):
        record_visit(chair, **visit_kw(fam))  # type: ignore[arg-type]


# Visit on the left, recorded on the right: 2 working days in England (25, 28 Dec and 1 Jan are
# bank holidays), Scotland (also 4 Jan, the substitute for Sat 2 Jan) and Wales (as England).
@pytest.mark.sqlite_only("working days and profiles are rules, not queries")
@pytest.mark.parametrize(
    ("profile_id", "visited", "recorded", "late", "due_text"),
    [
        ("england_cp", date(2026, 12, 18), date(2026, 12, 22), False, ""),
        ("england_cp", date(2026, 12, 18), date(2026, 12, 23), True, "Tue 22 Dec 2026"),
        ("england_cp", date(2026, 12, 23), date(2026, 12, 29), False, ""),  # 25, 28 Dec off
        ("england_cp", date(2026, 12, 23), date(2026, 12, 30), True, "Tue 29 Dec 2026"),
        ("england_cp", date(2026, 12, 31), date(2027, 1, 6), True, "Tue 5 Jan 2027"),
        ("scotland_cp", date(2026, 12, 31), date(2027, 1, 6), False, ""),  # 1 and 4 Jan off
        ("scotland_cp", date(2026, 12, 31), date(2027, 1, 7), True, "Wed 6 Jan 2027"),
        ("wales_cp", date(2026, 12, 31), date(2027, 1, 6), True, "Tue 5 Jan 2027"),
    ],
)
def test_late_recording_across_bank_holidays_and_profiles(
    store: Store,
    clock: FixedClock,
    fam: Family,
    profile_id: str,
    visited: date,
    recorded: date,
    late: bool,
    due_text: str,
) -> None:
    set_profile(store, fam.case_id, profile_id)
    clock.current = datetime.combine(recorded, datetime.min.time()).replace(hour=17)
    ctx = as_person(store, clock, fam.lp_id)
    done = record_visit(
        ctx,
        **visit_kw(fam, visited_at=datetime.combine(visited, datetime.min.time()).replace(hour=11)),  # type: ignore[arg-type]
    )
    assert done.late is late
    assert (due_text in done.late_reason) if late else done.late_reason == ""


def test_non_specific_labels_are_warnings_not_refusals(lp: ServiceContext, fam: Family) -> None:
    done = record_visit(
        lp,
        **visit_kw(  # type: ignore[arg-type]
            fam, observations="The house was chaotic", presentation="Finn seemed disturbed"
        ),
    )
    assert done.visit.id is not None
    found = {(f.field, f.label) for f in done.language_findings}
    assert found == {("observations", "chaotic"), ("presentation", "disturbed")}
    f = next(f for f in done.language_findings if f.field == "presentation")
    assert done.visit.presentation[f.start : f.end].lower() == "disturbed"


@pytest.mark.parametrize("outcome", [VisitOutcome.REFUSED, VisitOutcome.NO_ACCESS])
def test_refused_contact_opens_every_escalation_step_once(
    store: Store, lp: ServiceContext, fam: Family, outcome: VisitOutcome
) -> None:
    kw = visit_kw(
        fam,
        outcome=outcome,
        spoke_with_child=False,
        seen_alone=False,
        bedroom_seen=False,
        present="Mother at the door" if outcome is VisitOutcome.REFUSED else "",
        observations="Mother would not let us in",
    )
    first = record_visit(lp, **kw)  # type: ignore[arg-type]
    assert [s.step for s in first.escalation_steps] == [
        EscalationStepKind.LINE_MANAGER_DISCUSSION,
        EscalationStepKind.CORE_GROUP_DISCUSSION,
        EscalationStepKind.CHAIR_DISCUSSION,
        EscalationStepKind.URGENT_REVIEW_CONSIDERED,
        EscalationStepKind.LEGAL_THRESHOLD_CONSIDERED,
    ]
    assert {
        (s.trigger, s.child_id, s.visit_id, s.opened_on, s.done_on) for s in first.escalation_steps
    } == {
        (
            EscalationTrigger.CONTACT_REFUSED,
            fam.child_id,
            first.visit.id,
            date(2026, 12, 18),
            None,
        )
    }
    again = record_visit(lp, **kw)  # type: ignore[arg-type]
    assert again.escalation_steps == ()  # the escalation already under way is not duplicated
    with store.unit_of_work() as uow:
        assert len(uow.repo(EscalationStep).find(case_id=fam.case_id)) == 5
        assert len(uow.repo(AuditEvent).find(action="escalation.open")) == 5


def test_child_visit_compliance_wraps_the_rule(
    store: Store, clock: FixedClock, fam: Family
) -> None:
    """LP visits 22 Dec (alone, bedroom) and 12 Jan; a health visitor (not the LP) on 6 Jan.
    Period Fri 18 Dec - Fri 29 Jan, 10 working days with 25, 28 Dec and 1 Jan off:
    seen: due 6 Jan after the period start, met 22 Dec; due Fri 8 Jan after 22 Dec, missed (12
    Jan); due Tue 26 Jan after 12 Jan, missed: 1/3. Alone (4 weeks): due 15 Jan, met 22 Dec; due
    19 Jan, missed: 1/2. All three recorded the same day: 3/3."""
    for day, by, alone in (
        (date(2026, 12, 22), fam.lp_id, True),
        (date(2027, 1, 6), fam.health_visitor_id, True),
        (date(2027, 1, 12), fam.lp_id, False),
    ):
        clock.current = datetime.combine(day, datetime.min.time()).replace(hour=18)
        ctx = as_person(store, clock, fam.lp_id)
        record_visit(
            ctx,
            **visit_kw(  # type: ignore[arg-type]
                fam,
                visitor_person_id=by,
                visited_at=datetime.combine(day, datetime.min.time()).replace(hour=10),
                seen_alone=alone,
                not_alone_reason="" if alone else "Mother present throughout",
            ),
        )
    clock.current = datetime(2027, 1, 29, 18)
    ctx = as_person(store, clock, fam.lp_id)
    result = child_visit_compliance(
        ctx, child_id=fam.child_id, period_start=date(2026, 12, 18), period_end=date(2027, 1, 29)
    )
    assert (result.figures.seen.numerator, result.figures.seen.denominator) == (1, 3)
    assert "due by Fri 8 Jan 2027" in result.gaps[0]
    assert (result.figures.seen_alone.numerator, result.figures.seen_alone.denominator) == (1, 2)
    assert (
        result.figures.recorded_on_time.numerator,
        result.figures.recorded_on_time.denominator,
    ) == (3, 3)
    with pytest.raises(InvalidInput) as caught:
        child_visit_compliance(
            ctx, child_id=fam.child_id, period_start=date(2027, 2, 1), period_end=date(2027, 1, 1)
        )
    assert caught.value.problems[0].field == "period_end"
