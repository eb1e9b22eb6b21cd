"""The demo's plans that are not English child protection: a Scottish GIRFEC child's plan led by
a depute head teacher, and an English Early Help plan led by a family support worker."""

from __future__ import annotations

from datetime import date, timedelta

from lpdesk.domain import ActionStatus, Channel, MemberRole, PlanKind
from lpdesk.services import cases
from lpdesk.services.context import ServiceContext
from lpdesk.services.demo.records import add_outcome, need_id, years_ago
from lpdesk.services.demo.staff import TEAM, Staff
from lpdesk.services.people import add_person
from lpdesk.services.ports import UnitOfWork

__all__ = ["add_other_families"]


def add_other_families(ctx: ServiceContext, uow: UnitOfWork, staff: Staff) -> None:
    today = ctx.clock.today()
    _girfec(ctx, uow, staff, today)
    _early_help(ctx, uow, staff, today)


def _girfec(ctx: ServiceContext, uow: UnitOfWork, s: Staff, today: date) -> None:
    started = today - timedelta(days=35)
    case_id = need_id(
        cases.create_case(
            ctx,
            reference="GM-2026-0033",
            profile_id="scotland_girfec",
            team=TEAM,
            opened_on=started,
        ).id
    )
    cases.add_child(
        ctx,
        case_id=case_id,
        name="Ciorstaidh NicLeòid",
        date_of_birth=years_ago(today, 7, 30),
    )
    mother = need_id(
        add_person(
            ctx,
            name="Eilidh NicLeòid",
            email="eilidh.n@example.scot",
            address="2 Shore Road\nGlenmuir\nGM4 7TT",
        ).id
    )
    plan = cases.add_plan(
        ctx,
        case_id=case_id,
        kind=PlanKind.GIRFEC,
        started_on=started,
        reason="Wellbeing needs: Healthy, Achieving, Nurtured.",
    )
    cases.assign_lead_professional(
        ctx,
        case_id=case_id,
        person_id=s.scottish_lp,
        started_on=started,
        family_informed_on=started,
    )
    cases.add_member(
        ctx, case_id=case_id, person_id=mother, role=MemberRole.PARENT, joined_on=started
    )
    cases.add_member(
        ctx,
        case_id=case_id,
        person_id=s.health_visitor,
        role=MemberRole.PROFESSIONAL,
        joined_on=started,
    )
    add_outcome(
        ctx,
        uow,
        plan_id=need_id(plan.id),
        number=1,
        indicator="Healthy",
        description="Ciorstaidh's dental and eye checks are up to date.",
        actions=[
            (
                "Book dental appointment",
                mother,
                today + timedelta(days=14),
                ActionStatus.NOT_STARTED,
            )
        ],
    )
    add_outcome(
        ctx,
        uow,
        plan_id=need_id(plan.id),
        number=2,
        indicator="Achieving",
        description="Ciorstaidh reads with confidence.",
        actions=[
            (
                "Daily reading support in class",
                s.scottish_lp,
                today + timedelta(days=60),
                ActionStatus.IN_PROGRESS,
            )
        ],
    )


def _early_help(ctx: ServiceContext, uow: UnitOfWork, s: Staff, today: date) -> None:
    started = today - timedelta(days=60)
    case_id = need_id(
        cases.create_case(
            ctx, reference="EH-2026-0088", profile_id="early_help", team=TEAM, opened_on=started
        ).id
    )
    cases.add_child(
        ctx,
        case_id=case_id,
        name="Mateo Álvarez",
        date_of_birth=years_ago(today, 11, 120),
    )
    mother = need_id(
        add_person(
            ctx,
            name="Lucía Álvarez García",
            phone="07700 900088",
            address="41 Mill Street\nNorthvale\nNV4 2CD",
        ).id
    )
    plan = cases.add_plan(
        ctx,
        case_id=case_id,
        kind=PlanKind.EARLY_HELP,
        started_on=started,
        reason="School attendance below 80%; the mother asked for support.",
    )
    cases.assign_lead_professional(
        ctx,
        case_id=case_id,
        person_id=s.early_help_worker,
        started_on=started,
        family_informed_on=started,
    )
    cases.add_member(
        ctx,
        case_id=case_id,
        person_id=mother,
        role=MemberRole.PARENT,
        joined_on=started,
        channel=Channel.POST,
    )
    cases.add_member(
        ctx,
        case_id=case_id,
        person_id=s.school_dsl,
        role=MemberRole.PROFESSIONAL,
        joined_on=started,
        wants_editable=True,
    )
    add_outcome(
        ctx,
        uow,
        plan_id=need_id(plan.id),
        number=1,
        description="Mateo attends school every day.",
        actions=[
            (
                "Morning routine support",
                s.early_help_worker,
                today - timedelta(days=20),
                ActionStatus.COMPLETED,
            )
        ],
    )
