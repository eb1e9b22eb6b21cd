"""Fictional cases written straight into the store, so these tests need no other service."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from lpdesk.domain import (
    Case,
    Category,
    Child,
    Conference,
    ConferenceKind,
    LeadAssignment,
    MemberRole,
    Membership,
    Person,
    Plan,
    PlanKind,
    User,
    UserRole,
)
from lpdesk.services.context import Actor, Clock, ServiceContext

PLAN_KIND = {
    "england_cp": PlanKind.CHILD_PROTECTION,
    "scotland_girfec": PlanKind.GIRFEC,
    "scotland_cp": PlanKind.CHILD_PROTECTION,
    "early_help": PlanKind.EARLY_HELP,
}


@dataclass(frozen=True)
class Family:
    case_id: int
    plan_id: int
    child_id: int
    child_person_id: int
    mother_id: int
    father_id: int  # excluded from the core group
    lp_id: int
    manager_id: int
    chair_id: int  # the conference chair
    health_visitor_id: int
    teacher_id: int
    outsider_id: int  # a person who is no member of the core group
    icpc_on: date


def build_family(
    store: object,
    *,
    profile_id: str = "england_cp",
    icpc_on: date = date(2026, 12, 18),
    reference: str = "CP-2026-0001",
    review_on: date | None = date(2027, 3, 12),
) -> Family:
    with store.unit_of_work() as uow:  # type: ignore[attr-defined]
        people = uow.repo(Person)
        manager = people.add(Person(name="Morgan Teamlead", qualified_social_worker=True))
        lp = people.add(
            Person(
                name="Alex Worker",
                qualified_social_worker=True,
                manager_id=manager.id,
                email="alex.worker@example.org",
            )
        )
        chair = people.add(Person(name="Chris Chair", qualified_social_worker=True))
        mother = people.add(Person(name="Dana Example", address="1 Test Row\nTestville"))
        father = people.add(Person(name="Eli Example"))
        child_person = people.add(Person(name="Finn Example"))
        hv = people.add(Person(name="Gale Visitor", job_title="Health visitor"))
        teacher = people.add(Person(name="Harper Teacher", job_title="Class teacher"))
        outsider = people.add(Person(name="Indy Elsewhere"))
        case = uow.repo(Case).add(
            Case(reference=reference, profile_id=profile_id, opened_on=icpc_on)
        )
        child = uow.repo(Child).add(
            Child(case_id=case.id, person_id=child_person.id, date_of_birth=date(2019, 5, 4))
        )
        plan = uow.repo(Plan).add(
            Plan(
                case_id=case.id,
                kind=PLAN_KIND[profile_id],
                categories=(Category.NEGLECT,) if profile_id == "england_cp" else (),
                reason="Outline plan agreed at conference",
                started_on=icpc_on,
            )
        )
        uow.repo(LeadAssignment).add(
            LeadAssignment(case_id=case.id, person_id=lp.id, started_on=icpc_on)
        )
        members = [
            (lp.id, MemberRole.LEAD_PROFESSIONAL, False),
            (mother.id, MemberRole.PARENT, False),
            (father.id, MemberRole.PARENT, True),
            (child_person.id, MemberRole.CHILD, False),
            (hv.id, MemberRole.PROFESSIONAL, False),
            (teacher.id, MemberRole.PROFESSIONAL, False),
        ]
        uow.repo(Membership).add_all(
            [
                Membership(
                    case_id=case.id,
                    person_id=p,
                    role=r,
                    joined_on=icpc_on,
                    excluded=x,
                    exclusion_reason="risk to the mother" if x else "",
                )
                for p, r, x in members
            ]
        )
        uow.repo(Conference).add(
            Conference(
                case_id=case.id,
                kind=ConferenceKind.INITIAL,
                held_on=icpc_on,
                chair_person_id=chair.id,
            )
        )
        if review_on is not None:
            uow.repo(Conference).add(
                Conference(
                    case_id=case.id,
                    kind=ConferenceKind.REVIEW,
                    scheduled_for=review_on,
                    chair_person_id=chair.id,
                )
            )
        for username, role, person in (
            ("lp.test", UserRole.LEAD_PROFESSIONAL, lp),
            ("tm.test", UserRole.TEAM_MANAGER, manager),
        ):
            if not uow.repo(User).find(username=username):
                uow.repo(User).add(
                    User(username=username, display_name=username, role=role, person_id=person.id)
                )
    return Family(
        case_id=case.id,
        plan_id=plan.id,
        child_id=child.id,
        child_person_id=child_person.id,
        mother_id=mother.id,
        father_id=father.id,
        lp_id=lp.id,
        manager_id=manager.id,
        chair_id=chair.id,
        health_visitor_id=hv.id,
        teacher_id=teacher.id,
        outsider_id=outsider.id,
        icpc_on=icpc_on,
    )


def as_person(
    store: object, clock: Clock, person_id: int, role: UserRole = UserRole.LEAD_PROFESSIONAL
) -> ServiceContext:
    return ServiceContext(
        uow=store.unit_of_work,  # type: ignore[attr-defined]
        actor=Actor(username=f"user{person_id}", role=role, person_id=person_id),
        clock=clock,
    )


def audit_count(store: object) -> int:
    from lpdesk.domain import AuditEvent

    with store.unit_of_work() as uow:  # type: ignore[attr-defined]
        return len(uow.repo(AuditEvent).find())


def at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, 0)


def convene_first(ctx: ServiceContext, fam: Family, profiles: object, day: date) -> object:
    from lpdesk.services.meetings import convene_meeting

    return convene_meeting(
        ctx,
        case_id=fam.case_id,
        scheduled_at=at(day),
        venue="Family centre, room 2",
        chair_person_id=fam.manager_id,
        minute_taker_person_id=fam.health_visitor_id,
        profiles=profiles,  # type: ignore[arg-type]
    )


def everyone_present(fam: Family) -> list[object]:
    from lpdesk.services.meetings import AttendanceEntry

    return [
        AttendanceEntry(person_id=p, status="present")
        for p in (fam.lp_id, fam.mother_id, fam.child_person_id, fam.health_visitor_id)
    ] + [AttendanceEntry(person_id=fam.teacher_id, status="apologies", report_received=True)]
