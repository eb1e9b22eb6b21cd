"""Case administration: each use case's happy path and each refusal (the field named, nothing
written, no audit event), the lead professional rule, transfers, and the overview."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from lpdesk.domain import (
    Absence,
    AuditEvent,
    Case,
    Category,
    Channel,
    ConferenceKind,
    Forbidden,
    LeadAssignment,
    MemberRole,
    Membership,
    PlanKind,
    PlanStage,
    UserRole,
)
from lpdesk.services import cases
from lpdesk.services.context import ServiceContext
from lpdesk.services.people import add_person
from tests.services.conftest import make_ctx
from tests.services.test_people import refused_fields

TODAY = date(2026, 12, 18)


@pytest.fixture
def manager(store, clock) -> ServiceContext:  # type: ignore[no-untyped-def]
    return make_ctx(store, clock, UserRole.TEAM_MANAGER, username="tm.test")


@pytest.fixture
def case(manager: ServiceContext) -> Case:
    return cases.create_case(
        manager, reference="CP-2026-0147", profile_id="england_cp", team="North", opened_on=TODAY
    )


@pytest.fixture
def social_worker(manager: ServiceContext) -> int:
    p = add_person(
        manager,
        name="Olusegun Adeyemi",
        email="oa@council.example.org",
        qualified_social_worker=True,
    )
    assert p.id is not None
    return p.id


def audit_actions(ctx: ServiceContext) -> list[str]:
    with ctx.uow() as uow:
        return [e.action for e in uow.repo(AuditEvent).find()]


# ---------------------------------------------------------------- create and close


def test_create_case(manager: ServiceContext, case: Case) -> None:
    assert case.id is not None and case.reference == "CP-2026-0147" and case.team == "North"
    assert audit_actions(manager) == ["case.create"]


@pytest.mark.sqlite_only("each refusal is the services' check, made before anything is written")
@pytest.mark.parametrize(
    ("kwargs", "fields"),
    [
        ({"reference": "CP 2026/0147"}, {"reference"}),
        ({"reference": "CP--1"}, {"reference"}),
        ({"reference": ""}, {"reference"}),
        ({"profile_id": "atlantis"}, {"profile_id"}),
        ({"opened_on": TODAY + timedelta(days=1)}, {"opened_on"}),
        ({"team": "North\nSouth"}, {"team"}),
        ({"reference": "x y", "profile_id": "nope"}, {"reference", "profile_id"}),
    ],
)
def test_create_case_refusals(
    manager: ServiceContext, kwargs: dict[str, Any], fields: set[str]
) -> None:
    args = {"reference": "CP-2026-0001", "profile_id": "england_cp", "opened_on": TODAY, **kwargs}
    assert refused_fields(manager, cases.create_case, **args) == fields


def test_reference_is_unique(manager: ServiceContext, case: Case) -> None:
    args = {"reference": "CP-2026-0147", "profile_id": "early_help", "opened_on": TODAY}
    assert refused_fields(manager, cases.create_case, **args) == {"reference"}


def test_close_case_ends_the_plan_and_refuses_further_changes(
    manager: ServiceContext, case: Case
) -> None:
    cases.add_plan(
        manager,
        case_id=case.id,
        kind="child_protection",
        categories=["neglect"],
        reason="Home conditions",
        started_on=TODAY,
    )
    closed = cases.close_case(manager, case_id=case.id, closed_on=TODAY)
    assert closed.closed_on == TODAY
    overview = cases.case_overview(manager, case_id=case.id)
    assert overview.plan is not None and overview.plan.stage is PlanStage.ENDED
    assert refused_fields(manager, cases.close_case, case_id=case.id, closed_on=TODAY) == {
        "case_id"
    }
    assert refused_fields(
        manager, cases.add_child, case_id=case.id, name="A", date_of_birth=TODAY
    ) == {"case_id"}
    assert cases.list_cases(manager) == []
    assert [c.id for c in cases.list_cases(manager, include_closed=True)] == [case.id]


@pytest.mark.sqlite_only("each refusal is the services' check, made before anything is written")
def test_close_case_refusals(manager: ServiceContext, case: Case) -> None:
    assert refused_fields(
        manager, cases.close_case, case_id=case.id, closed_on=TODAY - timedelta(days=1)
    ) == {"closed_on"}
    assert refused_fields(
        manager, cases.close_case, case_id=case.id, closed_on=TODAY + timedelta(days=1)
    ) == {"closed_on"}
    assert refused_fields(manager, cases.close_case, case_id=404, closed_on=TODAY) == {"case_id"}


# ---------------------------------------------------------------- children and members


def test_add_child_and_unborn_child(manager: ServiceContext, case: Case) -> None:
    born = cases.add_child(
        manager, case_id=case.id, name="Zoë Nguyễn", date_of_birth=date(2019, 12, 19)
    )
    unborn = cases.add_child(
        manager,
        case_id=case.id,
        name="Baby Nguyễn",
        expected_birth_date=date(2027, 3, 1),
        receives_documents=False,
        receives_documents_reason="unborn",
    )
    overview = cases.case_overview(manager, case_id=case.id)
    assert [(c.name, c.age) for c in overview.children] == [
        ("Zoë Nguyễn", 6),
        ("Baby Nguyễn", None),
    ]
    assert born.person_id != unborn.person_id
    assert audit_actions(manager).count("child.add") == 2


@pytest.mark.sqlite_only("each refusal is the services' check, made before anything is written")
@pytest.mark.parametrize(
    ("kwargs", "fields"),
    [
        ({}, {"date_of_birth"}),
        ({"date_of_birth": TODAY + timedelta(days=3)}, {"date_of_birth"}),
        ({"date_of_birth": TODAY, "receives_documents": True}, {"receives_documents_reason"}),
        ({"date_of_birth": TODAY, "name": ""}, {"name"}),
        ({"date_of_birth": TODAY, "case_id": 404}, {"case_id"}),
    ],
)
def test_add_child_refusals(
    manager: ServiceContext, case: Case, kwargs: dict[str, Any], fields: set[str]
) -> None:
    args = {"case_id": case.id, "name": "Sam", **kwargs}
    assert refused_fields(manager, cases.add_child, **args) == fields


def test_membership_lifecycle(manager: ServiceContext, case: Case) -> None:
    mum = add_person(manager, name="Amira Haddad", address="1 Road\nTown")
    member = cases.add_member(
        manager, case_id=case.id, person_id=mum.id, role="parent", joined_on=TODAY, channel="post"
    )
    assert member.role is MemberRole.PARENT and member.channel is Channel.POST
    prefs = cases.set_circulation_preferences(
        manager, membership_id=member.id, channel="hand", wants_editable=True, share_address=False
    )
    assert prefs.channel is Channel.HAND and prefs.wants_editable
    assert refused_fields(manager, cases.exclude_member, membership_id=member.id, reason="") == {
        "reason"
    }
    excluded = cases.exclude_member(manager, membership_id=member.id, reason="Risk to the mother")
    assert excluded.excluded and excluded.exclusion_reason == "Risk to the mother"
    left = cases.leave_member(manager, membership_id=member.id, left_on=TODAY)
    assert left.left_on == TODAY
    assert audit_actions(manager)[-4:] == [
        "member.add",
        "member.preferences",
        "member.exclude",
        "member.leave",
    ]


@pytest.mark.sqlite_only("each refusal is the services' check, made before anything is written")
def test_membership_refusals(manager: ServiceContext, case: Case) -> None:
    gp = add_person(manager, name="Dr Wei Zhang")  # no email, no address
    base = {"case_id": case.id, "person_id": gp.id, "role": "professional", "joined_on": TODAY}
    assert refused_fields(manager, cases.add_member, **base) == {"channel"}
    assert refused_fields(manager, cases.add_member, **{**base, "channel": "post"}) == {"channel"}
    assert refused_fields(
        manager, cases.add_member, **{**base, "role": "uncle", "channel": "hand"}
    ) == {"role"}
    assert refused_fields(manager, cases.add_member, **{**base, "channel": "pigeon"}) == {"channel"}
    assert refused_fields(
        manager, cases.add_member, **{**base, "person_id": 999, "channel": "hand"}
    ) == {"person_id"}
    assert refused_fields(
        manager, cases.add_member, **{**base, "role": "lead_professional", "channel": "hand"}
    ) == {"role"}
    member = cases.add_member(manager, **{**base, "channel": "hand"})
    assert refused_fields(
        manager, cases.exclude_member, membership_id=member.id, reason="Professional"
    ) == {"membership_id"}
    assert refused_fields(manager, cases.add_member, **{**base, "channel": "hand"}) == {"person_id"}
    assert refused_fields(manager, cases.exclude_member, membership_id=member.id, reason=" ") == {
        "reason",
        "membership_id",  # and a professional cannot be excluded
    }
    assert refused_fields(
        manager, cases.leave_member, membership_id=member.id, left_on=TODAY - timedelta(days=1)
    ) == {"left_on"}
    assert refused_fields(
        manager,
        cases.set_circulation_preferences,
        membership_id=member.id,
        channel="email",
        wants_editable=False,
        share_address=False,
    ) == {"channel"}
    assert refused_fields(manager, cases.leave_member, membership_id=999, left_on=TODAY) == {
        "membership_id"
    }


# ---------------------------------------------------------------- lead professional


def test_lp_of_a_child_protection_case_must_be_a_qualified_social_worker(
    manager: ServiceContext, case: Case
) -> None:
    nurse = add_person(manager, name="Fatima Al-Sayed", email="fa@health.example.org")
    assert refused_fields(
        manager,
        cases.assign_lead_professional,
        case_id=case.id,
        person_id=nurse.id,
        started_on=TODAY,
    ) == {"person_id"}


def test_any_agency_may_lead_an_early_help_plan(manager: ServiceContext) -> None:
    eh = cases.create_case(
        manager, reference="EH-2026-0003", profile_id="early_help", opened_on=TODAY
    )
    teacher = add_person(manager, name="Jonas Müller", email="jm@school.example.org")
    lead = cases.assign_lead_professional(
        manager, case_id=eh.id, person_id=teacher.id, started_on=TODAY
    )
    assert lead.person_id == teacher.id


def test_the_plan_kind_beats_the_profile(manager: ServiceContext) -> None:
    eh = cases.create_case(
        manager, reference="EH-2026-0004", profile_id="early_help", opened_on=TODAY
    )
    cases.add_plan(
        manager,
        case_id=eh.id,
        kind=PlanKind.CHILD_PROTECTION,
        categories=[Category.EMOTIONAL],
        reason="Stepped up",
        started_on=TODAY,
    )
    teacher = add_person(manager, name="Jonas Müller")
    assert refused_fields(
        manager,
        cases.assign_lead_professional,
        case_id=eh.id,
        person_id=teacher.id,
        started_on=TODAY,
    ) == {"person_id"}


def test_stepping_up_to_child_protection_needs_a_qualified_lead(manager: ServiceContext) -> None:
    """An Early Help case led by a teacher cannot get a child protection plan until the case is
    transferred to a qualified social worker: the rule holds on this route too."""
    eh = cases.create_case(
        manager, reference="EH-2026-0005", profile_id="early_help", opened_on=TODAY
    )
    teacher = add_person(manager, name="Jonas Müller")
    cases.assign_lead_professional(manager, case_id=eh.id, person_id=teacher.id, started_on=TODAY)
    assert refused_fields(
        manager,
        cases.add_plan,
        case_id=eh.id,
        kind=PlanKind.CHILD_PROTECTION,
        categories=[Category.EMOTIONAL],
        reason="Stepped up",
        started_on=TODAY,
    ) == {"kind"}


def test_transfer_ends_the_previous_assignment_and_keeps_history(
    manager: ServiceContext, case: Case, social_worker: int
) -> None:
    first = cases.assign_lead_professional(
        manager, case_id=case.id, person_id=social_worker, started_on=date(2026, 12, 1)
    )
    second_sw = add_person(
        manager, name="Chen Jing 陈静", email="cj@council.example.org", qualified_social_worker=True
    )
    assert refused_fields(
        manager,
        cases.assign_lead_professional,
        case_id=case.id,
        person_id=second_sw.id,
        started_on=TODAY,
    ) == {"handover_note"}
    assert refused_fields(
        manager,
        cases.assign_lead_professional,
        case_id=case.id,
        person_id=social_worker,
        started_on=TODAY,
        handover_note="x",
    ) == {"person_id"}
    assert refused_fields(
        manager,
        cases.assign_lead_professional,
        case_id=case.id,
        person_id=second_sw.id,
        started_on=date(2026, 11, 1),
        handover_note="x",
    ) == {"started_on"}
    second = cases.assign_lead_professional(
        manager,
        case_id=case.id,
        person_id=second_sw.id,
        started_on=TODAY,
        handover_note="Joint visit done",
        family_informed_on=TODAY,
    )
    with manager.uow() as uow:
        history = uow.repo(LeadAssignment).find(case_id=case.id)
        lp_members = [
            m
            for m in uow.repo(Membership).find(case_id=case.id)
            if m.role is MemberRole.LEAD_PROFESSIONAL
        ]
    assert [(a.id, a.ended_on) for a in history] == [(first.id, TODAY), (second.id, None)]
    assert [(m.person_id, m.left_on) for m in lp_members] == [
        (social_worker, TODAY),
        (second_sw.id, None),
    ]
    overview = cases.case_overview(manager, case_id=case.id)
    assert overview.lead is not None and overview.lead.name == "Chen Jing 陈静"
    assert len(overview.lead_history) == 2
    assert [c.id for c in cases.list_cases(manager, lp_person_id=second_sw.id)] == [case.id]
    assert cases.list_cases(manager, lp_person_id=social_worker) == []
    assert "lead.transfer" in audit_actions(manager)


def test_only_a_manager_allocates(store, clock, case: Case, social_worker: int) -> None:  # type: ignore[no-untyped-def]
    lp = make_ctx(store, clock, UserRole.LEAD_PROFESSIONAL, person_id=social_worker)
    with pytest.raises(Forbidden):
        cases.assign_lead_professional(
            lp, case_id=case.id, person_id=social_worker, started_on=TODAY
        )


# ---------------------------------------------------------------- plan and conferences


def test_add_plan(manager: ServiceContext, case: Case) -> None:
    plan = cases.add_plan(
        manager,
        case_id=case.id,
        kind="child_protection",
        categories=["neglect", "emotional"],
        reason="Neglect of basic care",
        started_on=TODAY,
    )
    assert plan.categories == (Category.NEGLECT, Category.EMOTIONAL)
    assert refused_fields(
        manager, cases.add_plan, case_id=case.id, kind="girfec", started_on=TODAY
    ) == {"case_id"}


@pytest.mark.sqlite_only("each refusal is the services' check, made before anything is written")
@pytest.mark.parametrize(
    ("kwargs", "fields"),
    [
        ({"categories": []}, {"categories"}),
        ({"reason": ""}, {"reason"}),
        ({"categories": ["bad"]}, {"categories[0]"}),
        ({"kind": "foster"}, {"kind"}),
    ],
)
def test_add_plan_refusals(
    manager: ServiceContext, case: Case, kwargs: dict[str, Any], fields: set[str]
) -> None:
    args = {
        "case_id": case.id,
        "kind": "child_protection",
        "categories": ["physical"],
        "reason": "Injury",
        "started_on": TODAY,
        **kwargs,
    }
    assert refused_fields(manager, cases.add_plan, **args) == fields


def test_conferences(manager: ServiceContext, case: Case) -> None:
    chair = add_person(manager, name="Rahel Tesfaye", email="rt@council.example.org")
    assert refused_fields(
        manager,
        cases.record_conference,
        case_id=case.id,
        kind="review",
        scheduled_for=date(2027, 3, 18),
    ) == {"kind"}
    icpc = cases.record_conference(
        manager, case_id=case.id, kind="initial", held_on=TODAY, chair_person_id=chair.id
    )
    review = cases.record_conference(
        manager, case_id=case.id, kind=ConferenceKind.REVIEW, scheduled_for=date(2027, 3, 18)
    )
    assert icpc.held_on == TODAY and review.held_on is None
    overview = cases.case_overview(manager, case_id=case.id)
    assert [c.kind for c in overview.conferences] == [ConferenceKind.INITIAL, ConferenceKind.REVIEW]
    assert refused_fields(manager, cases.record_conference, case_id=case.id, kind="initial") == {
        "held_on"
    }
    assert refused_fields(
        manager,
        cases.record_conference,
        case_id=case.id,
        kind="initial",
        held_on=TODAY + timedelta(days=1),
    ) == {"held_on"}
    assert refused_fields(
        manager,
        cases.record_conference,
        case_id=case.id,
        kind="initial",
        held_on=TODAY,
        chair_person_id=999,
    ) == {"chair_person_id"}


# ---------------------------------------------------------------- absence and cover


def test_absence_cover_and_cover_cannot_be_met(manager: ServiceContext, social_worker: int) -> None:
    colleague = add_person(manager, name="Priya Raman", qualified_social_worker=True)
    absence = cases.record_absence(manager, person_id=social_worker, starts_on=TODAY)
    covered = cases.record_cover(manager, absence_id=absence.id, cover_person_id=colleague.id)
    assert covered.cover_person_id == colleague.id and covered.cover_recorded_on == TODAY
    second = cases.record_absence(
        manager, person_id=social_worker, starts_on=TODAY, ends_on=date(2027, 2, 1)
    )
    unmet = cases.record_cover_cannot_be_met(manager, absence_id=second.id)
    assert unmet.cover_cannot_be_met and unmet.senior_manager_notified_on == TODAY
    assert refused_fields(manager, cases.record_cover_cannot_be_met, absence_id=absence.id) == {
        "absence_id"
    }
    with manager.uow() as uow:
        assert len(uow.repo(Absence).find(person_id=social_worker)) == 2


@pytest.mark.sqlite_only("each refusal is the services' check, made before anything is written")
def test_absence_refusals(manager: ServiceContext, social_worker: int) -> None:
    assert refused_fields(
        manager,
        cases.record_absence,
        person_id=social_worker,
        starts_on=TODAY,
        ends_on=TODAY - timedelta(days=1),
    ) == {"ends_on"}
    assert refused_fields(manager, cases.record_absence, person_id=999, starts_on=TODAY) == {
        "person_id"
    }
    absence = cases.record_absence(manager, person_id=social_worker, starts_on=TODAY)
    assert refused_fields(
        manager, cases.record_cover, absence_id=absence.id, cover_person_id=social_worker
    ) == {"cover_person_id"}
    assert refused_fields(
        manager, cases.record_cover, absence_id=999, cover_person_id=social_worker
    ) == {"absence_id"}


def test_overview_lists_current_members_with_names_and_agencies(
    manager: ServiceContext, case: Case, social_worker: int
) -> None:
    cases.assign_lead_professional(
        manager, case_id=case.id, person_id=social_worker, started_on=TODAY
    )
    overview = cases.case_overview(manager, case_id=case.id)
    assert [(m.name, m.role) for m in overview.members] == [
        ("Olusegun Adeyemi", MemberRole.LEAD_PROFESSIONAL)
    ]
    assert refused_fields(manager, cases.case_overview, case_id=404) == {"case_id"}


def test_dates_outside_the_years_a_record_holds_are_refused(manager: ServiceContext) -> None:
    """Year 1 and year 9999 broke the due list's date arithmetic (a traceback for the team)."""
    assert refused_fields(
        manager,
        cases.create_case,
        reference="CP-2026-0777",
        profile_id="england_cp",
        opened_on=date(1, 1, 1),
    ) == {"opened_on"}
    case = cases.create_case(
        manager, reference="CP-2026-0778", profile_id="england_cp", opened_on=TODAY
    )
    assert refused_fields(
        manager,
        cases.record_conference,
        case_id=case.id,
        kind="initial",
        scheduled_for=date(9999, 12, 31),
    ) == {"scheduled_for"}
