"""A case started from an empty database through the services, as an administrator and a team
manager would: people, the case, the child, the plan, the initial conference, the lead
professional and the core group, each member on their own channel. All names are fictional."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from lpdesk.domain import Channel, ConferenceKind, MemberRole, PlanKind, UserRole
from lpdesk.services.context import Actor, ServiceContext


@dataclass(frozen=True)
class JourneyCase:
    case_id: int
    child_id: int
    lp_id: int
    manager_id: int
    chair_id: int
    mother_id: int  # email
    father_id: int  # post
    health_visitor_id: int  # email
    teacher_id: int  # by hand
    icpc_on: date
    review_on: date


def start_case(app: object, *, reference: str = "CP-2026-0901") -> JourneyCase:
    from lpdesk.services import people
    from lpdesk.services.cases import (
        add_child,
        add_member,
        add_plan,
        assign_lead_professional,
        create_case,
        record_conference,
    )

    today = date.today()
    icpc_on = today - timedelta(days=7)
    review_on = today + timedelta(days=80)
    tm: ServiceContext = app.context(  # type: ignore[attr-defined]
        Actor(username="setup.manager", role=UserRole.TEAM_MANAGER)
    )
    manager = people.add_person(
        tm, name="Morgan Teamlead", qualified_social_worker=True, email="morgan@example.org"
    )
    lp = people.add_person(
        tm,
        name="Alex Worker",
        qualified_social_worker=True,
        manager_id=manager.id,
        email="alex.worker@example.org",
        phone="01632 960001",
    )
    chair = people.add_person(tm, name="Chris Chair", email="chris.chair@example.org")
    mother = people.add_person(tm, name="Dana Example", email="dana@example.org")
    father = people.add_person(tm, name="Eli Example", address="2 Test Row\nTestville")
    hv = people.add_person(
        tm, name="Gale Visitor", job_title="Health visitor", email="gale@example.org"
    )
    teacher = people.add_person(tm, name="Harper Teacher", job_title="Class teacher")
    case = create_case(tm, reference=reference, profile_id="england_cp", opened_on=icpc_on)
    assert case.id is not None
    child = add_child(tm, case_id=case.id, name="Finn Example", date_of_birth=date(2019, 5, 4))
    add_plan(
        tm,
        case_id=case.id,
        kind=PlanKind.CHILD_PROTECTION,
        categories=["neglect"],
        reason="Finn is often hungry at school.",
        started_on=icpc_on,
    )
    record_conference(
        tm, case_id=case.id, kind=ConferenceKind.INITIAL, held_on=icpc_on, chair_person_id=chair.id
    )
    record_conference(
        tm,
        case_id=case.id,
        kind=ConferenceKind.REVIEW,
        scheduled_for=review_on,
        chair_person_id=chair.id,
    )
    assign_lead_professional(tm, case_id=case.id, person_id=lp.id or 0, started_on=icpc_on)
    for person, role, channel in (
        (manager, MemberRole.LP_MANAGER, Channel.EMAIL),
        (mother, MemberRole.PARENT, Channel.EMAIL),
        (father, MemberRole.PARENT, Channel.POST),
        (hv, MemberRole.PROFESSIONAL, Channel.EMAIL),
        (teacher, MemberRole.PROFESSIONAL, Channel.HAND),
    ):
        add_member(
            tm,
            case_id=case.id,
            person_id=person.id or 0,
            role=role,
            joined_on=icpc_on,
            channel=channel,
        )
    return JourneyCase(
        case_id=case.id,
        child_id=child.id or 0,
        lp_id=lp.id or 0,
        manager_id=manager.id or 0,
        chair_id=chair.id or 0,
        mother_id=mother.id or 0,
        father_id=father.id or 0,
        health_visitor_id=hv.id or 0,
        teacher_id=teacher.id or 0,
        icpc_on=icpc_on,
        review_on=review_on,
    )
