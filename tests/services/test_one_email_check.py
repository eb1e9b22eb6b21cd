"""One email check: an address saved with a person is exactly an address a pack can be sent to.

Before, the person form and circulation had two regexes that disagreed: ``a..b@example.org`` was
saved and only found unreachable when a pack was built.
"""

from __future__ import annotations

import pytest

from lpdesk.circulation.addresses import email_problem
from lpdesk.circulation.safety import is_valid_email
from lpdesk.domain import FieldProblem, InvalidInput, Person, UserRole
from lpdesk.services.context import ServiceContext
from lpdesk.services.people import add_person, check_person_details, update_person
from tests.services.conftest import make_ctx

pytestmark = pytest.mark.sqlite_only("the address check is the services' own, not the database's")

ADDRESSES = [
    ("pat.visitor@health.example", True),
    ("o'brien+cp@council.example", True),
    ("first.last@council.example.gov.uk", True),
    ("Pat@Health.Example", True),
    ("a..b@example.org", False),  # saved before, unreachable at circulation
    (".pat@health.example", False),
    ("pat.@health.example", False),
    ("pat@health", False),
    ("pat@health.e", False),
    ("pat@health..example", False),
    ("pat@-health.example", False),
    ('"pat"@health.example', False),
    ("pat@[192.0.2.1]", False),
    ("Pat <pat@health.example>", False),
    ("pät@health.example", False),
    ("pat@localhost", False),
    ("pat@health.example\r\nBcc: x@evil.example", False),
    ("p" * 64 + "@" + "d" * 63 + "." + "e" * 63 + "." + "f" * 58 + ".org", False),  # 255
]


@pytest.fixture
def manager(store, clock) -> ServiceContext:  # type: ignore[no-untyped-def]
    return make_ctx(store, clock, UserRole.TEAM_MANAGER, username="tm.test")


def test_a_double_dot_address_is_refused_at_save_naming_the_field(manager: ServiceContext) -> None:
    with pytest.raises(InvalidInput) as err:
        add_person(manager, name="Pat Visitor", email="a..b@example.org")
    assert [p.field for p in err.value.problems] == ["email"]
    assert "not an email address" in err.value.problems[0].message
    with manager.uow() as uow:
        assert uow.repo(Person).find() == []


@pytest.mark.parametrize(("address", "valid"), ADDRESSES)
def test_save_and_circulation_agree(manager: ServiceContext, address: str, valid: bool) -> None:
    """The use case that saves a person, the case-file import's check and the check a pack makes
    give the same answer on every address."""
    assert is_valid_email(address) is valid
    assert (email_problem(address) is None) is valid

    imported: list[FieldProblem] = []
    check_person_details(
        imported,
        lambda f: f"$.people[0].{f}",
        name="Pat Visitor",
        job_title="",
        email=address,
        phone="",
        address="",
    )
    assert (imported == []) is valid
    assert all(p.field == "$.people[0].email" for p in imported)

    if valid:
        saved = add_person(manager, name="Pat Visitor", email=address)
        assert saved.email == address and is_valid_email(saved.email)
    else:
        with pytest.raises(InvalidInput) as err:
            add_person(manager, name="Pat Visitor", email=address)
        assert {p.field for p in err.value.problems} == {"email"}


def test_an_update_to_a_bad_address_is_refused_and_the_old_one_kept(
    manager: ServiceContext,
) -> None:
    person = add_person(manager, name="Pat Visitor", email="pat@health.example")
    assert person.id is not None
    with pytest.raises(InvalidInput) as err:
        update_person(manager, person_id=person.id, email="pat..visitor@health.example")
    assert {p.field for p in err.value.problems} == {"email"}
    with manager.uow() as uow:
        assert uow.repo(Person).get(person.id).email == "pat@health.example"


def test_an_empty_address_is_allowed_at_save_but_not_for_sending(manager: ServiceContext) -> None:
    assert add_person(manager, name="Pat Visitor", email="").email == ""
    assert not is_valid_email("")
