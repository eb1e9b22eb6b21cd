"""The demo's siblings: two children sharing one child protection plan; the mother in a refuge
(address withheld); the father excluded from the core group; one set of minutes circulated and
one awaiting approval; a disagreement escalated to the conference chair; visits by the lead
professional and by the school."""

from __future__ import annotations

from datetime import date, timedelta

from lpdesk.domain import (
    ActionStatus,
    AttendanceStatus,
    Channel,
    ConferenceKind,
    Disagreement,
    EscalationLevel,
    MeetingStatus,
    MemberRole,
    PlanKind,
    Position,
    SignificantEvent,
)
from lpdesk.services import cases
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.demo.records import (
    add_core_group,
    add_outcome,
    add_oversight,
    add_professionals,
    add_visit,
    need_id,
    working_day,
    years_ago,
)
from lpdesk.services.demo.staff import TEAM, Staff
from lpdesk.services.people import add_person
from lpdesk.services.ports import UnitOfWork

__all__ = ["add_siblings_family"]

P, A = AttendanceStatus.PRESENT, AttendanceStatus.APOLOGIES


def add_siblings_family(ctx: ServiceContext, uow: UnitOfWork, s: Staff, today: date) -> None:
    """Two siblings on one plan; the mother in a refuge (address withheld); the father excluded
    from the core group; one set of minutes circulated, one awaiting approval; a disagreement
    escalated to the conference chair."""
    icpc = working_day(today - timedelta(days=50))
    case_id = need_id(
        cases.create_case(
            ctx,
            reference="CP-2026-0141",
            profile_id="england_cp",
            team=TEAM,
            opened_on=icpc - timedelta(days=20),
        ).id
    )
    yusuf = cases.add_child(
        ctx, case_id=case_id, name="Yusuf Haddad", date_of_birth=years_ago(today, 9, 40)
    )
    layla = cases.add_child(
        ctx, case_id=case_id, name="Layla Haddad", date_of_birth=years_ago(today, 6, 100)
    )
    mother = need_id(
        add_person(
            ctx,
            name="أميرة حداد (Amira Haddad)",
            phone="07700 900141",
            address="Safe house\nAddress held by the refuge",
            address_withheld=True,
        ).id
    )
    father = need_id(
        add_person(ctx, name="Karim Haddad", address="14 Elm Street\nNorthvale\nNV3 4QT").id
    )
    lp = s.lps[0]
    cases.record_conference(
        ctx, case_id=case_id, kind=ConferenceKind.INITIAL, held_on=icpc, chair_person_id=s.chair
    )
    review = working_day(icpc + timedelta(days=90))
    cases.record_conference(
        ctx,
        case_id=case_id,
        kind=ConferenceKind.REVIEW,
        scheduled_for=review,
        chair_person_id=s.chair,
    )
    plan = cases.add_plan(
        ctx,
        case_id=case_id,
        kind=PlanKind.CHILD_PROTECTION,
        categories=["emotional", "physical"],
        started_on=icpc,
        reason="Domestic abuse in the home; the children witnessed violence.",
    )
    cases.assign_lead_professional(
        ctx, case_id=case_id, person_id=lp, started_on=icpc, family_informed_on=icpc
    )
    cases.add_member(
        ctx,
        case_id=case_id,
        person_id=mother,
        role=MemberRole.PARENT,
        joined_on=icpc,
        channel=Channel.HAND,
    )
    dad = cases.add_member(
        ctx,
        case_id=case_id,
        person_id=father,
        role=MemberRole.PARENT,
        joined_on=icpc,
        channel=Channel.POST,
    )
    cases.exclude_member(
        ctx,
        membership_id=need_id(dad.id),
        reason="Bail conditions: no contact with the mother. Receives a summary.",
    )
    add_professionals(ctx, case_id, icpc, s.school_dsl, s.police, s.health_visitor)
    add_oversight(ctx, case_id, icpc, s)
    add_outcome(
        ctx,
        uow,
        plan_id=need_id(plan.id),
        number=1,
        description="Yusuf and Layla live free from domestic abuse.",
        actions=[
            ("Safety plan with the mother", lp, icpc + timedelta(days=14), ActionStatus.COMPLETED),
            (
                "Domestic abuse programme for the mother",
                mother,
                today + timedelta(days=30),
                ActionStatus.IN_PROGRESS,
            ),
        ],
    )
    people = [
        (lp, P, ""),
        (mother, P, ""),
        (s.school_dsl, P, ""),
        (s.police, A, ""),
        (s.health_visitor, P, ""),
    ]
    add_core_group(
        ctx,
        uow,
        case_id=case_id,
        number=1,
        day=working_day(icpc + timedelta(days=9)),
        chair=s.team_manager,
        minute_taker=s.health_visitor,
        attendance=[(s.team_manager, P, ""), *people],
        answers={
            "header": {"purpose": "First core group: detailed plan."},
            "voice": {"wishes": "Yusuf said he likes the new school."},
        },
        status=MeetingStatus.CIRCULATED,
        next_meeting_on=working_day(today - timedelta(days=12)),
        review_conference_on=review,
    )
    second = add_core_group(
        ctx,
        uow,
        case_id=case_id,
        number=2,
        day=working_day(today - timedelta(days=12)),
        chair=lp,
        minute_taker=s.health_visitor,
        attendance=people,
        answers={
            "header": {"purpose": "Review of progress."},
            "voice": {"wishes": "Layla wants to see her dad."},
        },
        status=MeetingStatus.HELD,
        next_meeting_on=working_day(today + timedelta(days=16)),
        review_conference_on=review,
    )
    dispute = uow.repo(Disagreement).add(
        Disagreement(
            case_id=case_id,
            meeting_id=second.id,
            raised_on=second.held_on or today,
            subject="Supervised contact between the father and the children",
            positions=(
                Position(person_id=mother, position="Contact should resume."),
                Position(person_id=s.police, position="Not while bail lasts."),
            ),
            escalated_to=EscalationLevel.CONFERENCE_CHAIR,
            escalated_on=today - timedelta(days=8),
        )
    )
    record(uow, ctx, "disagreement.record", "disagreement", dispute.id)
    add_visit(
        ctx,
        uow,
        case_id=case_id,
        child_id=need_id(yusuf.id),
        visitor=lp,
        day=today - timedelta(days=10),
        present="Yusuf, mother",
        seen_alone=True,
        bedroom_seen=True,
        observations="Room tidy; bunk bed shared with Layla.",
        presentation="Chatty, showed his football medals.",
    )
    add_visit(
        ctx,
        uow,
        case_id=case_id,
        child_id=need_id(layla.id),
        visitor=lp,
        day=today - timedelta(days=10),
        present="Layla, mother",
        seen_alone=False,
        not_alone_reason="Layla asked for her mother to stay; seen alone planned at school.",
        bedroom_seen=True,
        presentation="Quiet at first, then drew a picture of the house.",
    )
    add_visit(
        ctx,
        uow,
        case_id=case_id,
        child_id=need_id(yusuf.id),
        visitor=s.school_dsl,
        day=today - timedelta(days=3),
        present="Yusuf",
        seen_alone=True,
        observations="Seen at school; no concerns raised.",
    )
    event = uow.repo(SignificantEvent).add(
        SignificantEvent(
            case_id=case_id,
            occurred_on=today - timedelta(days=20),
            description="Father seen near the refuge; police informed.",
            recorded_by="aisha.rahman",
        )
    )
    record(uow, ctx, "event.record", "significant_event", event.id)
