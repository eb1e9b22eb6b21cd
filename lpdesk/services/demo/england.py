"""Four English child protection families of the demo: the siblings (``siblings.py``), a
pre-birth plan, a plan whose initial conference was today, and a looked after pair in foster care
whose visits and core group are overdue."""

from __future__ import annotations

from datetime import date, timedelta

from lpdesk.domain import (
    Assessment,
    AssessmentKind,
    AttendanceStatus,
    Channel,
    ConferenceKind,
    MeetingStatus,
    MemberRole,
    PlanKind,
    ReviewReport,
)
from lpdesk.services import cases
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.demo.records import (
    add_core_group,
    add_oversight,
    add_professionals,
    add_visit,
    need_id,
    working_day,
    years_ago,
)
from lpdesk.services.demo.siblings import add_siblings_family
from lpdesk.services.demo.staff import TEAM, Staff
from lpdesk.services.people import add_person
from lpdesk.services.ports import UnitOfWork

__all__ = ["add_england_families"]

P, A, DNA = AttendanceStatus.PRESENT, AttendanceStatus.APOLOGIES, AttendanceStatus.DID_NOT_ATTEND


def add_england_families(ctx: ServiceContext, uow: UnitOfWork, staff: Staff) -> None:
    today = ctx.clock.today()
    add_siblings_family(ctx, uow, staff, today)
    _pre_birth(ctx, staff, today)
    _initial_conference_today(ctx, staff, today)
    _overdue_in_foster_care(ctx, uow, staff, today)


def _pre_birth(ctx: ServiceContext, s: Staff, today: date) -> None:
    conference = working_day(today - timedelta(days=14))
    case_id = need_id(
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
    mother = need_id(
        add_person(
            ctx,
            name="陈美玲 (Chen Meiling)",
            email="meiling.c@example.com",
            address="Flat 3, 22 Quay Road\nNorthvale\nNV1 8PL",
        ).id
    )
    partner = need_id(add_person(ctx, name="Li Wei", phone="07700 900152").id)
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
    add_professionals(ctx, case_id, conference, s.midwife, s.gp)
    add_oversight(ctx, case_id, conference, s)


def _initial_conference_today(ctx: ServiceContext, s: Staff, today: date) -> None:
    """The initial conference was held today (the working day before, if today is not one): the
    first core group is due within 10 working days (18 December 2026 -> 6 January 2027 in
    England)."""
    today = working_day(today)
    case_id = need_id(
        cases.create_case(
            ctx,
            reference="CP-2026-0160",
            profile_id="england_cp",
            team=TEAM,
            opened_on=today - timedelta(days=21),
        ).id
    )
    for name, years in (("Νίκος Αντωνίου", 4), ("Ελένη Αντωνίου", 2)):
        cases.add_child(ctx, case_id=case_id, name=name, date_of_birth=years_ago(today, years, 60))
    mother = need_id(
        add_person(
            ctx,
            name="Δήμητρα Αντωνίου",
            email="dimitra.a@example.net",
            address="5 Harbour View\nNorthvale\nNV2 1AA",
        ).id
    )
    father = need_id(
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
    add_professionals(ctx, case_id, today, s.health_visitor, s.gp)
    add_oversight(ctx, case_id, today, s)


def _overdue_in_foster_care(ctx: ServiceContext, uow: UnitOfWork, s: Staff, today: date) -> None:
    """Two looked after children with foster carers (placement address withheld); the lead
    professional role transferred once; visits, core group and an assessment overdue."""
    icpc = working_day(today - timedelta(days=150))
    case_id = need_id(
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
        ctx, case_id=case_id, name="Chidi Okafor", date_of_birth=years_ago(today, 13, 20)
    )
    cases.add_child(ctx, case_id=case_id, name="Ada Okafor", date_of_birth=years_ago(today, 10, 5))
    mother = need_id(add_person(ctx, name="Ngozi Okafor", email="ngozi.okafor@example.com").id)
    placement = "Placement address\n9 Orchard Lane\nNorthvale\nNV5 6ZZ"
    carers = [
        need_id(add_person(ctx, name=n, email=e, address=placement, address_withheld=True).id)
        for n, e in (
            ("Gwen Evans", "gwen.evans@example.org"),
            ("Rhys Evans", "rhys.evans@example.org"),
        )
    ]
    cases.record_conference(
        ctx, case_id=case_id, kind=ConferenceKind.INITIAL, held_on=icpc, chair_person_id=s.chair
    )
    last_review = working_day(today - timedelta(days=60))
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
        scheduled_for=working_day(last_review + timedelta(days=182)),
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
    add_professionals(ctx, case_id, icpc, s.school_dsl, s.gp)
    add_oversight(ctx, case_id, icpc, s)
    held = working_day(today - timedelta(days=50))
    add_core_group(
        ctx,
        uow,
        case_id=case_id,
        number=4,
        day=held,
        chair=s.lps[1],
        minute_taker=s.school_dsl,
        attendance=[
            (s.lps[1], P, ""),
            (mother, DNA, "Unwell on the day"),
            (carers[0], P, ""),
            (s.school_dsl, P, ""),
            (s.gp, A, ""),
        ],
        answers={"header": {"purpose": "Core group after the review conference."}},
        status=MeetingStatus.CIRCULATED,
        next_meeting_on=working_day(held + timedelta(days=28)),
        review_conference_on=next_review.scheduled_for,
    )
    add_visit(
        ctx,
        uow,
        case_id=case_id,
        child_id=need_id(chidi.id),
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
            conference_id=need_id(next_review.id),
            recommendation="Remain on a plan: progress too recent to be sure.",
        )
    )
    record(uow, ctx, "assessment.add", "assessment", assessment.id)
    record(uow, ctx, "review_report.draft", "review_report", report.id)
