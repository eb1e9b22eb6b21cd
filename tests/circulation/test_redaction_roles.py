"""The role sets that decide redaction, role by role: whose address is off by default and which
roles may read the restricted sections. Each test fails if a role is dropped from its set."""

from __future__ import annotations

import pytest

from lpdesk.circulation.redaction import (
    DEFAULT_SECTION_ACCESS,
    RESTRICTED_SECTIONS,
    redaction_for,
)
from lpdesk.domain import MemberRole

from .conftest import HEALTH, POLICE, fictional_case, member, person

OTHER = 50  # a person whose role the table sets
ADDRESS = "9 Fictional Row\nTesttown TT1 1TT"

ADDRESS_OFF_BY_DEFAULT = {MemberRole.CARER, MemberRole.FOSTER_CARER, MemberRole.CHILD}


def redaction(role: MemberRole, *, share: bool = False, recipient: int = HEALTH):  # type: ignore[no-untyped-def]
    case = fictional_case()
    people = {**case.people, OTHER: person(OTHER, "Other Fictional", address=ADDRESS)}
    memberships = (*case.memberships, member(150, OTHER, role, share_address=share))
    recipient_role = next(m.role for m in memberships if m.person_id == recipient)
    return redaction_for(
        recipient_person_id=recipient,
        recipient_role=recipient_role,
        memberships=memberships,
        people=people,
    )


@pytest.mark.parametrize("role", list(MemberRole))
def test_whose_address_is_off_by_default(role: MemberRole) -> None:
    off = role in ADDRESS_OFF_BY_DEFAULT
    assert (OTHER in redaction(role).blank_address_ids) is off
    assert OTHER not in redaction(role, share=True).blank_address_ids  # shared: kept
    assert OTHER not in redaction(role, recipient=OTHER).blank_address_ids  # their own copy
    note = f"address of person {OTHER} removed ({role.value.replace('_', ' ')}, not shared)"
    assert (note in redaction(role).reasons) is off


def test_a_member_with_no_address_has_nothing_removed() -> None:
    case = fictional_case()
    people = {**case.people, OTHER: person(OTHER, "Other Fictional")}
    memberships = (*case.memberships, member(150, OTHER, MemberRole.CARER))
    found = redaction_for(
        recipient_person_id=HEALTH,
        recipient_role=MemberRole.PROFESSIONAL,
        memberships=memberships,
        people=people,
    )
    assert OTHER not in found.blank_address_ids


def test_the_restricted_sections() -> None:
    assert frozenset({"police_information", "health_information"}) == RESTRICTED_SECTIONS


@pytest.mark.parametrize("role", list(MemberRole))
def test_who_may_read_the_restricted_sections_by_default(role: MemberRole) -> None:
    family = role in {
        MemberRole.PARENT,
        MemberRole.CARER,
        MemberRole.FOSTER_CARER,
        MemberRole.CHILD,
    }
    expected = frozenset() if family else RESTRICTED_SECTIONS
    assert DEFAULT_SECTION_ACCESS[role] == expected
    found = redaction_for(
        recipient_person_id=POLICE,
        recipient_role=role,
        memberships=fictional_case().memberships,
        people=fictional_case().people,
    )
    assert found.allowed_sections == expected
    assert found.withheld_sections == RESTRICTED_SECTIONS - expected
    assert [r for r in found.reasons if r.startswith("section")] == [
        f"section {name} removed" for name in sorted(RESTRICTED_SECTIONS - expected)
    ]


def test_a_section_outside_the_restricted_ones_is_never_granted() -> None:
    found = redaction_for(
        recipient_person_id=POLICE,
        recipient_role=MemberRole.PROFESSIONAL,
        memberships=fictional_case().memberships,
        people=fictional_case().people,
        section_access={MemberRole.PROFESSIONAL: frozenset({"police_information", "diary"})},
    )
    assert found.allowed_sections == frozenset({"police_information"})
    assert found.withheld_sections == frozenset({"health_information"})


def test_a_role_missing_from_the_mapping_sees_no_restricted_section() -> None:
    found = redaction_for(
        recipient_person_id=POLICE,
        recipient_role=MemberRole.PROFESSIONAL,
        memberships=fictional_case().memberships,
        people=fictional_case().people,
        section_access={MemberRole.QA_MANAGER: RESTRICTED_SECTIONS},
    )
    assert found.allowed_sections == frozenset()
    assert found.recipient_person_id == POLICE
