"""People and agencies: adding, updating, withholding an address; every refusal writes nothing."""

from __future__ import annotations

from typing import Any

import pytest

from lpdesk.domain import ENTITIES, Agency, AuditEvent, Forbidden, InvalidInput, Person, UserRole
from lpdesk.services.context import ServiceContext
from lpdesk.services.people import (
    add_agency,
    add_person,
    set_address_withheld,
    update_person,
)
from tests.services.conftest import make_ctx


def row_counts(ctx: ServiceContext) -> dict[str, int]:
    """How many rows of every stored entity (the audit trail included)."""
    with ctx.uow() as uow:
        return {cls.__name__: len(uow.repo(cls).find()) for cls in ENTITIES}


def refused_fields(ctx: ServiceContext, call: Any, **kwargs: Any) -> set[str]:
    """Call a use case that must be refused; assert nothing was written; return the fields named."""
    before = row_counts(ctx)
    with pytest.raises(InvalidInput) as err:
        call(ctx, **kwargs)
    assert row_counts(ctx) == before
    return {p.field for p in err.value.problems}


@pytest.fixture
def manager(store, clock) -> ServiceContext:  # type: ignore[no-untyped-def]
    return make_ctx(store, clock, UserRole.TEAM_MANAGER, username="tm.test")


def test_add_agency_and_person_are_stored_and_audited(manager: ServiceContext) -> None:
    agency = add_agency(manager, name="Northvale Health Visiting", kind="health")
    person = add_person(
        manager,
        name="Ελένη Παπαδοπούλου",
        agency_id=agency.id,
        job_title="Health visitor",
        email="eleni.p@health.example.org",
        phone="+44 (0)1632 960 123",
        address="1 Clinic Road\nNorthvale\nNV1 2AB",
    )
    assert person.id is not None and person.agency_id == agency.id
    with manager.uow() as uow:
        assert uow.repo(Person).get(person.id).name == "Ελένη Παπαδοπούλου"
        actions = [(e.action, e.entity_id) for e in uow.repo(AuditEvent).find()]
    assert ("agency.add", agency.id) in actions and ("person.add", person.id) in actions


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"name": ""}, "name"),
        ({"name": "Ann\nSmith"}, "name"),
        ({"name": "Ann", "email": "not-an-address"}, "email"),
        ({"name": "Ann", "email": "ann@example.org\r\nBcc: x@example.org"}, "email"),
        ({"name": "Ann", "phone": "0161\n999"}, "phone"),
        ({"name": "Ann", "phone": "call me"}, "phone"),
        ({"name": "Ann", "address": "1 Road\x00"}, "address"),
        ({"name": "Ann", "agency_id": 999}, "agency_id"),
        ({"name": "Ann", "manager_id": 999}, "manager_id"),
        ({"name": "Ann", "job_title": "Nurse\tlead"}, "job_title"),
    ],
)
def test_add_person_refuses_bad_input(
    manager: ServiceContext, kwargs: dict[str, Any], field: str
) -> None:
    assert field in refused_fields(manager, add_person, **kwargs)


def test_every_problem_is_reported_at_once(manager: ServiceContext) -> None:
    fields = refused_fields(manager, add_person, name="", email="x", phone="??")
    assert fields == {"name", "email", "phone"}


def test_add_agency_refuses_a_blank_name(manager: ServiceContext) -> None:
    assert refused_fields(manager, add_agency, name="  ") == {"name"}


def test_update_person_changes_only_what_is_given(manager: ServiceContext) -> None:
    lead = add_person(manager, name="Siobhán Ó Briain", email="sob@council.example.org")
    person = add_person(manager, name="Kwame Mensah", phone="01632 960000")
    updated = update_person(
        manager, person_id=person.id, email="kwame.m@example.org", manager_id=lead.id
    )
    assert updated.email == "kwame.m@example.org"
    assert updated.phone == "01632 960000" and updated.name == "Kwame Mensah"
    assert updated.manager_id == lead.id
    cleared = update_person(manager, person_id=person.id, manager_id=None)
    assert cleared.manager_id is None and cleared.email == "kwame.m@example.org"


def test_update_person_refusals(manager: ServiceContext) -> None:
    person = add_person(manager, name="Kwame Mensah")
    assert refused_fields(manager, update_person, person_id=person.id, email="bad@") == {"email"}
    assert refused_fields(manager, update_person, person_id=person.id, manager_id=person.id) == {
        "manager_id"
    }
    assert refused_fields(manager, update_person, person_id=404, name="X") == {"person_id"}


def test_set_address_withheld(manager: ServiceContext) -> None:
    person = add_person(manager, name="Amira Haddad", address="Refuge\nSomewhere")
    assert set_address_withheld(manager, person_id=person.id, withheld=True).address_withheld
    with manager.uow() as uow:
        assert uow.repo(Person).get(person.id).address_withheld is True
    assert refused_fields(manager, set_address_withheld, person_id=999, withheld=True) == {
        "person_id"
    }


def test_a_qa_manager_may_not_add_people(store, clock) -> None:  # type: ignore[no-untyped-def]
    qa = make_ctx(store, clock, UserRole.QA_MANAGER, username="qa.test")
    with pytest.raises(Forbidden):
        add_agency(qa, name="Police")
    with qa.uow() as uow:
        assert uow.repo(Agency).find() == []


def _led_case(manager: ServiceContext, profile_id: str, reference: str) -> Person:
    """A case of ``profile_id`` led by a new qualified social worker."""
    from datetime import date

    from lpdesk.services import cases

    lp = add_person(manager, name="Sam Lead", qualified_social_worker=True)
    case = cases.create_case(
        manager, reference=reference, profile_id=profile_id, opened_on=date(2026, 12, 1)
    )
    assert case.id is not None and lp.id is not None
    cases.assign_lead_professional(
        manager, case_id=case.id, person_id=lp.id, started_on=date(2026, 12, 1)
    )
    return lp


def test_the_lead_of_a_child_protection_plan_cannot_be_marked_unqualified(
    manager: ServiceContext,
) -> None:
    lp = _led_case(manager, "england_cp", "CP-2026-0901")
    assert lp.id is not None
    before = row_counts(manager)
    with pytest.raises(InvalidInput) as refused:
        update_person(manager, person_id=lp.id, qualified_social_worker=False)
    (problem,) = refused.value.problems
    assert problem.field == "qualified_social_worker"
    assert "qualified social worker" in problem.message and "CP-2026-0901" in problem.message
    assert row_counts(manager) == before


def test_the_lead_of_an_early_help_plan_may_be_unqualified(manager: ServiceContext) -> None:
    lp = _led_case(manager, "early_help", "EH-2026-0901")
    assert lp.id is not None
    changed = update_person(manager, person_id=lp.id, qualified_social_worker=False)
    assert changed.qualified_social_worker is False


def test_names_with_lone_surrogates_or_direction_overrides_are_refused(
    manager: ServiceContext,
) -> None:
    for name in ("Ann\udc80e", "Ann\u202eenA"):
        assert refused_fields(manager, add_person, name=name) == {"name"}
