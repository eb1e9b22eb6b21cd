"""Redaction per recipient: withheld addresses for everyone, carer addresses unless shared."""

from __future__ import annotations

import dataclasses

import pytest

from lpdesk.circulation.redaction import RESTRICTED_SECTIONS, redact_people, redaction_for
from lpdesk.domain import MemberRole

from .conftest import (
    CARER,
    CARER_ADDRESS,
    CHILD,
    FATHER,
    FATHER_ADDRESS,
    HEALTH,
    MOTHER,
    POLICE,
    FictionalCase,
)


def redaction(case: FictionalCase, recipient: int):  # type: ignore[no-untyped-def]
    role = next(m.role for m in case.memberships if m.person_id == recipient)
    return redaction_for(
        recipient_person_id=recipient,
        recipient_role=role,
        memberships=case.memberships,
        people=case.people,
    )


@pytest.mark.parametrize("recipient", [MOTHER, FATHER, CARER, CHILD, HEALTH, POLICE])
def test_withheld_address_is_removed_for_everyone_even_the_person(
    case: FictionalCase, recipient: int
) -> None:
    people = redact_people(case.people, redaction(case, recipient))
    assert people[MOTHER].address == ""
    assert people[MOTHER].name == case.people[MOTHER].name
    assert people[FATHER].address == FATHER_ADDRESS  # an ordinary address stays


@pytest.mark.parametrize("recipient", [MOTHER, FATHER, HEALTH, POLICE])
def test_foster_carer_and_placement_address_removed_unless_shared(
    case: FictionalCase, recipient: int
) -> None:
    people = redact_people(case.people, redaction(case, recipient))
    assert people[CARER].address == "" and people[CHILD].address == ""
    shared = dataclasses.replace(
        case,
        memberships=tuple(
            dataclasses.replace(m, share_address=True) if m.person_id == CARER else m
            for m in case.memberships
        ),
    )
    people = redact_people(shared.people, redaction(shared, recipient))
    assert people[CARER].address == CARER_ADDRESS
    assert people[CHILD].address == ""  # the child's own membership did not share it


def test_carer_keeps_their_own_address(case: FictionalCase) -> None:
    people = redact_people(case.people, redaction(case, CARER))
    assert people[CARER].address == CARER_ADDRESS
    assert people[CHILD].address == ""


@pytest.mark.parametrize(
    ("recipient", "allowed"),
    [
        (MOTHER, frozenset()),
        (CARER, frozenset()),
        (CHILD, frozenset()),
        (HEALTH, RESTRICTED_SECTIONS),
    ],
)
def test_restricted_sections_for_professionals_only(
    case: FictionalCase, recipient: int, allowed: frozenset[str]
) -> None:
    found = redaction(case, recipient)
    assert found.allowed_sections == allowed
    assert found.withheld_sections == RESTRICTED_SECTIONS - allowed


def test_section_mapping_is_configurable(case: FictionalCase) -> None:
    found = redaction_for(
        recipient_person_id=HEALTH,
        recipient_role=MemberRole.PROFESSIONAL,
        memberships=case.memberships,
        people=case.people,
        section_access={MemberRole.PROFESSIONAL: frozenset({"health_information"})},
    )
    assert found.allowed_sections == {"health_information"}
    assert "section police_information removed" in found.reasons


def test_reasons_name_identifiers_only(case: FictionalCase) -> None:
    reasons = redaction(case, FATHER).reasons
    assert f"address of person {MOTHER} removed (withheld)" in reasons
    assert f"address of person {CARER} removed (foster carer, not shared)" in reasons
    assert not any(p.name in r for p in case.people.values() for r in reasons)
