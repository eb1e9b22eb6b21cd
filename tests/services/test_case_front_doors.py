"""An LP's year from an empty database through the services, on SQLite and PostgreSQL: start a
case from the ICPC, the core group (new people, the child of age, a parent excluded, a member
leaving, contact details), a review conference, a transfer, and the plan ending."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from lpdesk.domain import (
    AuditEvent,
    Case,
    Category,
    Channel,
    Child,
    Conference,
    ConferenceKind,
    ConferenceOutcome,
    InvalidInput,
    LeadAssignment,
    MemberRole,
    Membership,
    Person,
    PlanStage,
    UserRole,
)
from lpdesk.services import cases
from lpdesk.services.context import Actor, FixedClock, ServiceContext
from lpdesk.services.due import due_list
from lpdesk.services.profiles import shared_provider
from lpdesk.services.users import add_user

ICPC = date(2026, 12, 18)


def _lp_context(store, clock) -> tuple[ServiceContext, ServiceContext, int]:  # type: ignore[no-untyped-def]
    """The first run: the local administrator creates the LP's account, who then acts."""
    setup = ServiceContext(
        uow=store.unit_of_work,
        actor=Actor(username="local", role=UserRole.TEAM_MANAGER),
        clock=clock,
    )
    lp = add_user(
        setup,
        username="sam.okafor",
        display_name="Sam Okafor",
        role=UserRole.LEAD_PROFESSIONAL,
        email="sam.okafor@council.example.org",
        qualified_social_worker=True,
    )
    assert lp.person_id is not None
    actor = Actor(username=lp.username, role=lp.role, person_id=lp.person_id)
    return setup, ServiceContext(uow=store.unit_of_work, actor=actor, clock=clock), lp.person_id


def _start(ctx: ServiceContext, lp_id: int) -> cases.StartedCase:
    return cases.start_case(
        ctx,
        reference="CP-2026-0900",
        profile_id="england_cp",
        categories=[Category.NEGLECT, Category.EMOTIONAL],
        reason="Home conditions and exposure to conflict between the adults.",
        children=[
            cases.NewChild(name="Robin Example", date_of_birth=date(2016, 3, 4)),
            cases.NewChild(name="Baby Example", expected_birth_date=date(2027, 2, 20)),
        ],
        conference_on=ICPC,
        chair_name="Pat Chairperson",
        outline_plan="Home conditions improve; parents attend the parenting course.",
        first_review_on=date(2027, 3, 18),
        lead_person_id=lp_id,
    )


def test_an_lps_case_from_the_icpc_to_the_end_of_the_plan(store, clock: FixedClock) -> None:
    setup, ctx, lp_id = _lp_context(store, clock)
    started = _start(ctx, lp_id)
    case_id = started.case.id
    assert case_id is not None
    assert started.first_core_group_due == date(2027, 1, 6)  # 25, 28 Dec, 1 Jan bank holidays
    assert "10 working days after the ICPC" in started.first_core_group_reason
    with store.unit_of_work() as uow:
        confs = uow.repo(Conference).find(case_id=case_id)
        children = uow.repo(Child).find(case_id=case_id)
    assert {(c.kind, c.held_on, c.scheduled_for) for c in confs} == {
        (ConferenceKind.INITIAL, ICPC, None),
        (ConferenceKind.REVIEW, None, date(2027, 3, 18)),
    }
    assert sorted(c.expected_birth_date is not None for c in children) == [False, True]
    due = due_list(ctx, profiles=shared_provider().profiles(), case_ids=[case_id])
    assert any("first core group due by Wed 6 Jan 2027" in i.reason for i in due)

    # people and membership
    mother = cases.add_new_member(
        ctx,
        case_id=case_id,
        name="Alex Example",
        role=MemberRole.PARENT,
        joined_on=ICPC,
        phone="01234 567890",
        address="Flat 2\n1 Example Road",
        address_withheld=True,
        address_withheld_reason="a refuge",
        access_needs="Polish interpreter",
        channel=Channel.POST,
    )
    school = cases.add_new_member(
        ctx,
        case_id=case_id,
        name="Jo Teacher",
        role=MemberRole.PROFESSIONAL,
        agency="Example Primary School",
        joined_on=ICPC,
        email="jo.teacher@school.example.org",
    )
    robin = next(c for c in children if c.date_of_birth is not None)
    with pytest.raises(InvalidInput) as refused:
        cases.add_child_member(ctx, child_id=robin.id or 0, joined_on=ICPC)
    assert [p.field for p in refused.value.problems] == ["override_reason"]
    cases.add_child_member(
        ctx, child_id=robin.id or 0, joined_on=ICPC, override_reason="Asked to take part; mature."
    )
    cases.exclude_member(
        ctx, membership_id=mother.id or 0, reason="Risk to a worker.", excluded_on=ICPC
    )
    cases.leave_member(ctx, membership_id=school.id or 0, left_on=ICPC)
    cases.update_contact_details(
        ctx,
        person_id=mother.person_id,
        email="",
        phone="07000 000000",
        address="Flat 2\n1 Example Road",
        address_withheld=True,
        address_withheld_reason="a refuge",
        access_needs="Polish interpreter",
    )
    with store.unit_of_work() as uow:
        stored = uow.repo(Membership).get(mother.id or 0)
        person = uow.repo(Person).get(mother.person_id)
        child_member = uow.repo(Membership).find(case_id=case_id, role=MemberRole.CHILD)
    assert (stored.excluded, stored.excluded_on) == (True, ICPC)
    assert (person.phone, person.access_needs, person.address_withheld_reason) == (
        "07000 000000",
        "Polish interpreter",
        "a refuge",
    )
    assert len(child_member) == 1

    # the LP changes: the team manager transfers the case, the family told
    clock.current = datetime(2027, 1, 11, 9, 0)
    manager = ServiceContext(
        uow=store.unit_of_work, actor=Actor(username="tm", role=UserRole.TEAM_MANAGER), clock=clock
    )
    new_lp = add_user(
        setup,
        username="kim.lee",
        display_name="Kim Lee",
        role=UserRole.LEAD_PROFESSIONAL,
        qualified_social_worker=True,
    )
    cases.assign_lead_professional(
        manager,
        case_id=case_id,
        person_id=new_lp.person_id or 0,
        started_on=date(2027, 1, 11),
        handover_note="Handover meeting held with Kim.",
        family_informed_on=date(2027, 1, 8),
    )
    kim = ServiceContext(
        uow=store.unit_of_work,
        actor=Actor(
            username="kim.lee", role=UserRole.LEAD_PROFESSIONAL, person_id=new_lp.person_id
        ),
        clock=clock,
    )

    # absence and cover: the covering worker sees the case's due items
    absence = cases.record_absence(
        manager, person_id=new_lp.person_id or 0, starts_on=date(2027, 1, 11)
    )
    profiles = shared_provider().profiles()
    assert not due_list(manager, profiles=profiles, lp_person_id=lp_id)
    cases.record_cover(manager, absence_id=absence.id or 0, cover_person_id=lp_id)
    covering = due_list(manager, profiles=profiles, lp_person_id=lp_id)
    assert covering and {i.case_id for i in covering} == {case_id}

    # the review conference: the plan continues, then ends
    clock.current = datetime(2027, 3, 18, 15, 0)
    first = cases.record_review_conference(
        kim,
        case_id=case_id,
        held_on=date(2027, 3, 18),
        outcome=ConferenceOutcome.CATEGORY_CHANGED,
        categories=[Category.NEGLECT],
        next_review_on=date(2027, 9, 16),
    )
    assert first.plan.categories == (Category.NEGLECT,)
    assert first.next_review is not None and first.next_review.scheduled_for == date(2027, 9, 16)
    clock.current = datetime(2027, 9, 16, 15, 0)
    ended = cases.record_review_conference(
        kim,
        case_id=case_id,
        held_on=date(2027, 9, 16),
        outcome=ConferenceOutcome.PLAN_ENDS,
        end_reason="Sustained change over six months.",
    )
    assert ended.case.closed_on == date(2027, 9, 16)
    assert ended.case.closed_reason == "Sustained change over six months."
    assert ended.plan.stage is PlanStage.ENDED
    assert due_list(kim, profiles=shared_provider().profiles(), case_ids=[case_id]) == []
    with pytest.raises(InvalidInput):  # records are read-only once closed
        cases.leave_member(kim, membership_id=stored.id or 0, left_on=date(2027, 9, 16))
    with store.unit_of_work() as uow:
        leads = uow.repo(LeadAssignment).find(case_id=case_id)
        actions = [e.action for e in uow.repo(AuditEvent).find()]
        case = uow.repo(Case).get(case_id)
    assert [(a.person_id, a.ended_on) for a in leads] == [
        (lp_id, date(2027, 1, 11)),
        (new_lp.person_id, None),
    ]
    assert case.closed_on == date(2027, 9, 16)
    assert actions.count("conference.review") == 2 and "case.close" in actions


def test_a_refused_start_names_each_field_and_writes_nothing(store, clock) -> None:  # type: ignore[no-untyped-def]
    _setup, ctx, lp_id = _lp_context(store, clock)
    with pytest.raises(InvalidInput) as refused:
        cases.start_case(
            ctx,
            reference="no spaces allowed",
            profile_id="england_cp",
            children=[cases.NewChild(name="")],
            conference_on=ICPC,
            first_review_on=ICPC,
            lead_person_id=lp_id + 99,
        )
    fields = {p.field for p in refused.value.problems}
    assert fields >= {
        "reference",
        "categories",
        "reason",
        "children",
        "first_review_on",
        "chair_name",
        "lead_person_id",
    }
    with store.unit_of_work() as uow:
        assert uow.repo(Case).find() == []
        assert [e.action for e in uow.repo(AuditEvent).find()] == ["person.add", "user.add"]


def test_a_child_protection_lp_must_be_a_qualified_social_worker(store, clock) -> None:  # type: ignore[no-untyped-def]
    setup, _ctx, _lp = _lp_context(store, clock)
    nurse = add_user(
        setup, username="nurse", display_name="Nurse Example", role=UserRole.LEAD_PROFESSIONAL
    )
    ctx = ServiceContext(
        uow=store.unit_of_work,
        actor=Actor(username="nurse", role=UserRole.LEAD_PROFESSIONAL, person_id=nurse.person_id),
        clock=clock,
    )
    with pytest.raises(InvalidInput) as refused:
        _start(ctx, nurse.person_id or 0)
    assert [p.field for p in refused.value.problems] == ["lead_person_id"]


def test_contact_details_keep_each_members_channel_possible(store, clock) -> None:  # type: ignore[no-untyped-def]
    _setup, ctx, lp_id = _lp_context(store, clock)
    case_id = _start(ctx, lp_id).case.id or 0
    member = cases.add_new_member(
        ctx,
        case_id=case_id,
        name="Jo Teacher",
        role=MemberRole.PROFESSIONAL,
        joined_on=ICPC,
        email="jo.teacher@school.example.org",
    )
    with pytest.raises(InvalidInput) as refused:
        cases.update_contact_details(
            ctx,
            person_id=member.person_id,
            email="",
            phone="",
            address="",
            address_withheld=True,
        )
    fields = [p.field for p in refused.value.problems]
    assert fields == ["address_withheld_reason", "address", "channel"]
    with store.unit_of_work() as uow:
        assert uow.repo(Person).get(member.person_id).email == "jo.teacher@school.example.org"
