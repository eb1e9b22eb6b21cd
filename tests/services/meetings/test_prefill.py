from __future__ import annotations

from datetime import date, datetime

from lpdesk.domain import (
    ActionStatus,
    AttendanceStatus,
    SignificantEvent,
    Visit,
    VisitOutcome,
)
from lpdesk.services import disagreements, plans
from lpdesk.services.meetings import convene_meeting, prefill, record_attendance
from tests.services.meetings.builders import at, build_family, convene_first, everyone_present


def _visit(store, fam, when: datetime, **kw) -> None:
    with store.unit_of_work() as uow:
        uow.repo(Visit).add(
            Visit(
                case_id=fam.case_id,
                child_id=fam.child_id,
                visitor_person_id=fam.lp_id,
                visited_at=when,
                recorded_at=when,
                **kw,
            )
        )


def test_prefill_takes_the_records_since_the_last_core_group(store, ctx, clock, profiles):
    fam = build_family(store)
    first = convene_first(ctx, fam, profiles, date(2027, 1, 6))
    _visit(store, fam, datetime(2026, 12, 22, 15), seen_alone=True)  # before the first
    clock.current = datetime(2027, 1, 6, 12, 0)
    record_attendance(ctx, meeting_id=first.id, entries=everyone_present(fam))
    kept = plans.add_action(
        ctx,
        plan_id=fam.plan_id,
        what="Food parcel",
        who_person_id=fam.lp_id,
        by_when=date(2027, 2, 1),
        measure="Cupboard",
    ).value
    done = plans.add_action(
        ctx,
        plan_id=fam.plan_id,
        what="GP visit",
        who_person_id=fam.lp_id,
        by_when=date(2027, 2, 1),
        measure="Seen",
    ).value
    plans.update_action_progress(ctx, action_id=done.id, status="completed", impact="Jab given")
    old = disagreements.record_disagreement(
        ctx,
        case_id=fam.case_id,
        subject="School",
        raised_on=date(2027, 1, 6),
        positions=[(fam.mother_id, "Wants a move")],
    )
    disagreements.resolve_disagreement(
        ctx, disagreement_id=old.id, outcome="Stays", resolved_on=date(2027, 1, 6)
    )
    clock.current = datetime(2027, 2, 3, 12, 0)
    open_one = disagreements.record_disagreement(
        ctx,
        case_id=fam.case_id,
        subject="Visits",
        raised_on=date(2027, 1, 20),
        positions=[(fam.mother_id, "Too many")],
    )
    _visit(store, fam, datetime(2027, 1, 13, 16), bedroom_seen=True)
    _visit(store, fam, datetime(2027, 1, 27, 16), outcome=VisitOutcome.NO_ACCESS)
    with store.unit_of_work() as uow:
        uow.repo(SignificantEvent).add(
            SignificantEvent(
                case_id=fam.case_id, occurred_on=date(2027, 1, 2), description="before"
            )
        )
        event = uow.repo(SignificantEvent).add(
            SignificantEvent(
                case_id=fam.case_id, occurred_on=date(2027, 1, 15), description="after"
            )
        )
    second = convene_meeting(
        ctx,
        case_id=fam.case_id,
        scheduled_at=at(date(2027, 2, 3)),
        venue="School",
        chair_person_id=fam.teacher_id,
        minute_taker_person_id=fam.lp_id,
        profiles=profiles,
    )
    filled = prefill(ctx, meeting_id=second.id, profiles=profiles)
    assert filled.since == date(2027, 1, 6)
    assert [
        (v.visited_at.date(), v.seen, v.bedroom_seen, v.visitor_name) for v in filled.visits
    ] == [
        (date(2027, 1, 13), True, True, "Alex Worker"),
        (date(2027, 1, 27), False, False, "Alex Worker"),
    ]
    assert [(a.action_id, a.status, a.who_name) for a in filled.open_actions] == [
        (kept.id, ActionStatus.NOT_STARTED, "Alex Worker")
    ]
    assert [x.id for x in filled.open_disagreements] == [open_one.id]
    assert [x.id for x in filled.previous_disagreements] == [old.id]
    assert [e.id for e in filled.events] == [event.id]
    assert filled.next_meeting_by == date(2027, 3, 3)
    assert filled.review_conference_on == date(2027, 3, 12)
    lines = {line.person_id: line for line in filled.attendance}
    assert lines[fam.mother_id].roles == ("parent",)
    assert lines[fam.mother_id].status is AttendanceStatus.INVITED
    assert fam.father_id not in lines
