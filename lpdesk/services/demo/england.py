"""Four English child protection families of the demo: siblings sharing one plan (with a refuge
address and an excluded parent), a pre-birth plan, a plan whose initial conference was today, and
a looked after pair in foster care whose visits and core group are overdue."""

from __future__ import annotations

from datetime import date, timedelta

from lpdesk.domain import (
    ActionStatus,
    Assessment,
    AssessmentKind,
    AttendanceStatus,
    Channel,
    ConferenceKind,
    Disagreement,
    EscalationLevel,
    MeetingStatus,
    MemberRole,
    PlanKind,
    Position,
    ReviewReport,
    SignificantEvent,
)
from lpdesk.services import cases
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.demo.records import add_core_group, add_outcome, add_visit
from lpdesk.services.demo.staff import TEAM, Staff
from lpdesk.services.people import add_person
from lpdesk.services.ports import UnitOfWork

__all__ = ["add_england_families"]

P, A, DNA = AttendanceStatus.PRESENT, AttendanceStatus.APOLOGIES, AttendanceStatus.DID_NOT_ATTEND


def _id(value: int | None) -> int:
    assert value is not None
    return value


def _years_ago(today: date, years: int, days: int = 0) -> date:
    return today.replace(year=today.year - years) - timedelta(days=days)


def _professionals(ctx: ServiceContext, case_id: int, joined: date, *people: int) -> None:
    for person_id in people:
        cases.add_member(
            ctx,
            case_id=case_id,
            person_id=person_id,
            role=MemberRole.PROFESSIONAL,
            joined_on=joined,
        )


def _oversight(ctx: ServiceContext, case_id: int, joined: date, staff: Staff) -> None:
    cases.add_member(
        ctx,
        case_id=case_id,
        person_id=staff.team_manager,
        role=MemberRole.LP_MANAGER,
        joined_on=joined,
    )
    cases.add_member(
        ctx,
        case_id=case_id,
        person_id=staff.qa_manager,
        role=MemberRole.QA_MANAGER,
        joined_on=joined,
    )
    cases.add_member(
        ctx,
        case_id=case_id,
        person_id=staff.chair,
        role=MemberRole.CONFERENCE_CHAIR,
        joined_on=joined,
    )


def add_england_families(ctx: ServiceContext, uow: UnitOfWork, staff: Staff) -> None:
    today = ctx.clock.today()
    _siblings_with_refuge(ctx, uow, staff, today)
    _pre_birth(ctx, staff, today)
    _initial_conference_today(ctx, staff, today)
    _overdue_in_foster_care(ctx, uow, staff, today)


def _siblings_with_refuge(ctx: ServiceContext, uow: UnitOfWork, s: Staff, today: date) -> None:
    """Two siblings on one plan; the mother in a refuge (address withheld); the father excluded
    from the core group; one set of minutes circulated, one awaiting approval; a disagreement
    escalated to the conference chair."""
    icpc = today - timedelta(days=50)
    case_id = _id(
        cases.create_case(
            ctx,
            reference="CP-2026-0141",
            profile_id="england_cp",
            team=TEAM,
            opened_on=icpc - timedelta(days=20),
        ).id
    )
    yusuf = cases.add_child(
        ctx, case_id=case_id, name="Yusuf Haddad", date_of_birth=_years_ago(today, 9, 40)
    )
    layla = cases.add_child(
        ctx, case_id=case_id, name="Layla Haddad", date_of_birth=_years_ago(today, 6, 100)
    )
    mother = _id(
        add_person(
            ctx,
            name="أميرة حداد (Amira Haddad)",
            phone="07700 900141",
            address="Safe house\nAddress held by the refuge",
            address_withheld=True,
        ).id
    )
    father = _id(
        add_person(ctx, name="Karim Haddad", address="14 Elm Street\nNorthvale\nNV3 4QT").id
    )
    lp = s.lps[0]
    cases.record_conference(
        ctx, case_id=case_id, kind=ConferenceKind.INITIAL, held_on=icpc, chair_person_id=s.chair
    )
    review = icpc + timedelta(days=90)
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
        membership_id=_id(dad.id),
        reason="Bail conditions: no contact with the mother. Receives a summary.",
    )
    _professionals(ctx, case_id, icpc, s.school_dsl, s.police, s.health_visitor)
    _oversight(ctx, case_id, icpc, s)
    add_outcome(
        ctx,
        uow,
        plan_id=_id(plan.id),
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
        day=icpc + timedelta(days=9),
        chair=s.team_manager,
        minute_taker=s.administrator,
        attendance=[(s.team_manager, P, ""), *people],
        answers={
            "header": {"purpose": "First core group: detailed plan."},
            "voice": {"wishes": "Yusuf said he likes the new school."},
        },
        status=MeetingStatus.CIRCULATED,
        next_meeting_on=today - timedelta(days=12),
        review_conference_on=review,
    )
    second = add_core_group(
        ctx,
        uow,
        case_id=case_id,
        number=2,
        day=today - timedelta(days=12),
        chair=lp,
        minute_taker=s.administrator,
        attendance=people,
        answers={
            "header": {"purpose": "Review of progress."},
            "voice": {"wishes": "Layla wants to see her dad."},
        },
        status=MeetingStatus.HELD,
        next_meeting_on=today + timedelta(days=16),
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
        child_id=_id(yusuf.id),
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
        child_id=_id(layla.id),
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
        child_id=_id(yusuf.id),
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


def _pre_birth(ctx: ServiceContext, s: Staff, today: date) -> None:
    conference = today - timedelta(days=14)
    case_id = _id(
        cases.create_case(
            ctx,
            reference="CP-2026-0152",
            profile_id="england_cp",
            team=TEAM,
            opened_on=conference - timedelta(days=30),
        ).id
    )
    cases.add_child(
        ctx,
        case_id=case_id,
        name="Baby Chen (unborn)",
        expected_birth_date=today + timedelta(days=45),
        receives_documents=False,
        receives_documents_reason="Not yet born.",
    )
    mother = _id(
        add_person(
            ctx,
            name="陈美玲 (Chen Meiling)",
            email="meiling.c@example.com",
            address="Flat 3, 22 Quay Road\nNorthvale\nNV1 8PL",
        ).id
    )
    partner = _id(add_person(ctx, name="Li Wei", phone="07700 900152").id)
    cases.record_conference(
        ctx,
        case_id=case_id,
        kind=ConferenceKind.PRE_BIRTH,
        held_on=conference,
        chair_person_id=s.chair,
    )
    cases.add_plan(
        ctx,
        case_id=case_id,
        kind=PlanKind.CHILD_PROTECTION,
        categories=["neglect"],
        reason="Previous children removed; concerns about preparation for the baby.",
        started_on=conference,
    )
    cases.assign_lead_professional(
        ctx,
        case_id=case_id,
        person_id=s.lps[1],
        started_on=conference,
        family_informed_on=conference,
    )
    cases.add_member(
        ctx, case_id=case_id, person_id=mother, role=MemberRole.PARENT, joined_on=conference
    )
    cases.add_member(
        ctx,
        case_id=case_id,
        person_id=partner,
        role=MemberRole.PARENT,
        joined_on=conference,
        channel=Channel.HAND,
    )
    _professionals(ctx, case_id, conference, s.midwife, s.gp)
    _oversight(ctx, case_id, conference, s)


def _initial_conference_today(ctx: ServiceContext, s: Staff, today: date) -> None:
    """The initial conference was held today: the first core group is due within 10 working
    days (18 December 2026 -> 6 January 2027 in England)."""
    case_id = _id(
        cases.create_case(
            ctx,
            reference="CP-2026-0160",
            profile_id="england_cp",
            team=TEAM,
            opened_on=today - timedelta(days=21),
        ).id
    )
    for name, years in (("Νίκος Αντωνίου", 4), ("Ελένη Αντωνίου", 2)):
        cases.add_child(ctx, case_id=case_id, name=name, date_of_birth=_years_ago(today, years, 60))
    mother = _id(
        add_person(
            ctx,
            name="Δήμητρα Αντωνίου",
            email="dimitra.a@example.net",
            address="5 Harbour View\nNorthvale\nNV2 1AA",
        ).id
    )
    father = _id(
        add_person(
            ctx,
            name="Γιώργος Αντωνίου",
            email="giorgos.a@example.net",
            address="5 Harbour View\nNorthvale\nNV2 1AA",
        ).id
    )
    cases.record_conference(
        ctx, case_id=case_id, kind=ConferenceKind.INITIAL, held_on=today, chair_person_id=s.chair
    )
    cases.add_plan(
        ctx,
        case_id=case_id,
        kind=PlanKind.CHILD_PROTECTION,
        categories=["neglect"],
        reason="Home conditions and missed health appointments.",
        started_on=today,
    )
    cases.assign_lead_professional(ctx, case_id=case_id, person_id=s.lps[2], started_on=today)
    for parent in (mother, father):
        cases.add_member(
            ctx, case_id=case_id, person_id=parent, role=MemberRole.PARENT, joined_on=today
        )
    _professionals(ctx, case_id, today, s.health_visitor, s.gp)
    _oversight(ctx, case_id, today, s)


def _overdue_in_foster_care(ctx: ServiceContext, uow: UnitOfWork, s: Staff, today: date) -> None:
    """Two looked after children with foster carers (placement address withheld); the lead
    professional role transferred once; visits, core group and an assessment overdue."""
    icpc = today - timedelta(days=150)
    case_id = _id(
        cases.create_case(
            ctx,
            reference="CP-2026-0119",
            profile_id="england_cp",
            team=TEAM,
            opened_on=icpc - timedelta(days=10),
            looked_after=True,
        ).id
    )
    chidi = cases.add_child(
        ctx, case_id=case_id, name="Chidi Okafor", date_of_birth=_years_ago(today, 13, 20)
    )
    cases.add_child(ctx, case_id=case_id, name="Ada Okafor", date_of_birth=_years_ago(today, 10, 5))
    mother = _id(add_person(ctx, name="Ngozi Okafor", email="ngozi.okafor@example.com").id)
    placement = "Placement address\n9 Orchard Lane\nNorthvale\nNV5 6ZZ"
    carers = [
        _id(add_person(ctx, name=n, email=e, address=placement, address_withheld=True).id)
        for n, e in (
            ("Gwen Evans", "gwen.evans@example.org"),
            ("Rhys Evans", "rhys.evans@example.org"),
        )
    ]
    cases.record_conference(
        ctx, case_id=case_id, kind=ConferenceKind.INITIAL, held_on=icpc, chair_person_id=s.chair
    )
    last_review = today - timedelta(days=60)
    cases.record_conference(
        ctx,
        case_id=case_id,
        kind=ConferenceKind.REVIEW,
        held_on=last_review,
        chair_person_id=s.chair,
    )
    next_review = cases.record_conference(
        ctx,
        case_id=case_id,
        kind=ConferenceKind.REVIEW,
        scheduled_for=last_review + timedelta(days=182),
        chair_person_id=s.chair,
    )
    cases.add_plan(
        ctx,
        case_id=case_id,
        kind=PlanKind.CHILD_PROTECTION,
        categories=["neglect", "emotional"],
        started_on=icpc,
        reason="Chronic neglect; the mother's mental health.",
    )
    cases.assign_lead_professional(ctx, case_id=case_id, person_id=s.lps[2], started_on=icpc)
    cases.assign_lead_professional(
        ctx,
        case_id=case_id,
        person_id=s.lps[1],
        started_on=today - timedelta(days=70),
        handover_note="Joint visit with both workers; family met Tomás.",
        family_informed_on=today - timedelta(days=75),
    )
    cases.add_member(ctx, case_id=case_id, person_id=mother, role=MemberRole.PARENT, joined_on=icpc)
    for carer in carers:
        cases.add_member(
            ctx,
            case_id=case_id,
            person_id=carer,
            role=MemberRole.FOSTER_CARER,
            joined_on=icpc + timedelta(days=30),
        )
    _professionals(ctx, case_id, icpc, s.school_dsl, s.gp)
    _oversight(ctx, case_id, icpc, s)
    held = today - timedelta(days=50)
    add_core_group(
        ctx,
        uow,
        case_id=case_id,
        number=4,
        day=held,
        chair=s.lps[1],
        minute_taker=s.administrator,
        attendance=[
            (s.lps[1], P, ""),
            (mother, DNA, "Unwell on the day"),
            (carers[0], P, ""),
            (s.school_dsl, P, ""),
            (s.gp, A, ""),
        ],
        answers={"header": {"purpose": "Core group after the review conference."}},
        status=MeetingStatus.CIRCULATED,
        next_meeting_on=held + timedelta(days=28),
        review_conference_on=next_review.scheduled_for,
    )
    add_visit(
        ctx,
        uow,
        case_id=case_id,
        child_id=_id(chidi.id),
        visitor=s.lps[1],
        day=today - timedelta(days=40),
        present="Chidi, Gwen Evans",
        seen_alone=True,
        bedroom_seen=False,
        presentation="Tired; said school is going well.",
    )
    assessment = uow.repo(Assessment).add(
        Assessment(
            case_id=case_id,
            kind=AssessmentKind.SPECIALIST,
            title="Parenting capacity assessment",
            commissioned_on=icpc + timedelta(days=20),
            due_on=today - timedelta(days=10),
            provider="Northvale Family Assessment Service",
        )
    )
    report = uow.repo(ReviewReport).add(
        ReviewReport(
            case_id=case_id,
            conference_id=_id(next_review.id),
            recommendation="Remain on a plan: progress too recent to be sure.",
        )
    )
    record(uow, ctx, "assessment.add", "assessment", assessment.id)
    record(uow, ctx, "review_report.draft", "review_report", report.id)
