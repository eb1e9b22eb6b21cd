"""The demo's agencies, professionals and users: a children's services team of three lead
professionals with their manager, the conference chair, the QA manager, an administrator, and
partners from health, education and the police. All fictional; emails on example domains."""

from __future__ import annotations

from dataclasses import dataclass

from lpdesk.domain import User, UserRole
from lpdesk.services.context import ServiceContext
from lpdesk.services.people import add_agency, add_person
from lpdesk.services.ports import UnitOfWork

__all__ = ["TEAM", "Staff", "add_staff"]

TEAM = "North"


@dataclass(frozen=True, kw_only=True, slots=True)
class Staff:
    senior_manager: int
    team_manager: int  # the lead professionals' manager
    lps: tuple[int, int, int]  # three qualified social workers in one team
    chair: int
    qa_manager: int
    administrator: int
    health_visitor: int
    midwife: int
    school_dsl: int  # designated safeguarding lead
    police: int
    gp: int
    early_help_worker: int  # an Early Help lead professional (not a social worker)
    scottish_lp: int  # a GIRFEC lead professional from education
    social_care: int  # agency ids
    health: int
    education: int


def _id(value: int | None) -> int:
    assert value is not None
    return value


def add_staff(ctx: ServiceContext, uow: UnitOfWork) -> Staff:
    sc = _id(add_agency(ctx, name="Northvale Children's Services", kind="social care").id)
    health = _id(add_agency(ctx, name="Northvale Community Health", kind="health").id)
    school = _id(add_agency(ctx, name="Riverside Primary School", kind="education").id)
    police = _id(add_agency(ctx, name="Northvale Police", kind="police").id)
    glen = _id(add_agency(ctx, name="Glenmuir Primary School", kind="education").id)

    def person(name: str, agency: int, title: str, email: str, **kw: object) -> int:
        return _id(
            add_person(
                ctx,
                name=name,
                agency_id=agency,
                job_title=title,
                email=email,
                **kw,  # type: ignore[arg-type]
            ).id
        )

    senior = person(
        "Margaret Oyelaran",
        sc,
        "Head of Safeguarding",
        "m.oyelaran@northvale.example.org",
        qualified_social_worker=True,
    )
    manager = person(
        "Daniel Kowalczyk",
        sc,
        "Team Manager",
        "d.kowalczyk@northvale.example.org",
        qualified_social_worker=True,
        manager_id=senior,
    )
    lps = (
        person(
            "Aisha Rahman",
            sc,
            "Social Worker",
            "a.rahman@northvale.example.org",
            qualified_social_worker=True,
            manager_id=manager,
            phone="01632 960101",
        ),
        person(
            "Tomás Ferreira",
            sc,
            "Senior Social Worker",
            "t.ferreira@northvale.example.org",
            qualified_social_worker=True,
            manager_id=manager,
            phone="01632 960102",
        ),
        person(
            "Chloé Dubois",
            sc,
            "Social Worker",
            "c.dubois@northvale.example.org",
            qualified_social_worker=True,
            manager_id=manager,
            phone="01632 960103",
        ),
    )
    staff = Staff(
        senior_manager=senior,
        team_manager=manager,
        lps=lps,
        chair=person(
            "Rahel Tesfaye",
            sc,
            "Child Protection Chair",
            "r.tesfaye@northvale.example.org",
            qualified_social_worker=True,
        ),
        qa_manager=person(
            "Ιωάννης Γεωργίου", sc, "Quality Assurance Manager", "i.georgiou@northvale.example.org"
        ),
        administrator=person(
            "Beatriz Santos", sc, "Business Support Officer", "b.santos@northvale.example.org"
        ),
        health_visitor=person(
            "Agnieszka Nowak", health, "Health Visitor", "a.nowak@health.northvale.example.org"
        ),
        midwife=person(
            "Hannah Goldberg",
            health,
            "Safeguarding Midwife",
            "h.goldberg@health.northvale.example.org",
        ),
        school_dsl=person(
            "Jonas Müller",
            school,
            "Designated Safeguarding Lead",
            "j.mueller@riverside.example.sch.uk",
        ),
        police=person(
            "DC Kieran O'Neill",
            police,
            "Detective Constable, Public Protection",
            "k.oneill@police.northvale.example.org",
        ),
        gp=person(
            "Dr Wei Zhang 张伟", health, "General Practitioner", "w.zhang@gp.northvale.example.org"
        ),
        early_help_worker=person(
            "Siobhán Ní Bhriain",
            sc,
            "Family Support Worker",
            "s.nibhriain@northvale.example.org",
            manager_id=manager,
        ),
        scottish_lp=person(
            "Mòrag NicLeòid", glen, "Depute Head Teacher", "m.nicleoid@glenmuir.example.sch.uk"
        ),
        social_care=sc,
        health=health,
        education=school,
    )
    users = [
        ("aisha.rahman", "Aisha Rahman", UserRole.LEAD_PROFESSIONAL, lps[0]),
        ("tomas.ferreira", "Tomás Ferreira", UserRole.LEAD_PROFESSIONAL, lps[1]),
        ("chloe.dubois", "Chloé Dubois", UserRole.LEAD_PROFESSIONAL, lps[2]),
        ("daniel.kowalczyk", "Daniel Kowalczyk", UserRole.TEAM_MANAGER, manager),
        ("beatriz.santos", "Beatriz Santos", UserRole.ADMINISTRATOR, staff.administrator),
        ("rahel.tesfaye", "Rahel Tesfaye", UserRole.CONFERENCE_CHAIR, staff.chair),
        ("ioannis.georgiou", "Ιωάννης Γεωργίου", UserRole.QA_MANAGER, staff.qa_manager),
    ]
    for username, display, role, person_id in users:
        uow.repo(User).add(
            User(username=username, display_name=display, role=role, person_id=person_id, team=TEAM)
        )
    return staff
