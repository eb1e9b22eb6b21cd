"""What each recipient must not receive: whose addresses are removed, which restricted sections.

Redaction is removal before rendering, never hiding: services call ``redact_people`` and build
documents from what it returns, so a blanked address is not in the file at all.

Rules:
- an address marked ``address_withheld`` (a refuge, a placement) is removed for every recipient,
  the person themself included (their own copy is not needed to reach them);
- the addresses of carers, foster carers and children (a child's address may be the placement) are
  removed unless that membership has ``share_address`` set, except in the person's own copy;
- restricted sections (police, health information) are for professionals only by default; the
  mapping from role to sections is configurable.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from lpdesk.domain import MemberRole, Membership, Person

__all__ = [
    "DEFAULT_SECTION_ACCESS",
    "RESTRICTED_SECTIONS",
    "Redaction",
    "redact_people",
    "redaction_for",
]

RESTRICTED_SECTIONS: frozenset[str] = frozenset({"police_information", "health_information"})

_PROFESSIONAL_SECTIONS = RESTRICTED_SECTIONS
DEFAULT_SECTION_ACCESS: Mapping[MemberRole, frozenset[str]] = {
    role: (frozenset() if role.is_family else _PROFESSIONAL_SECTIONS) for role in MemberRole
}

_ADDRESS_OFF_BY_DEFAULT = frozenset({MemberRole.CARER, MemberRole.FOSTER_CARER, MemberRole.CHILD})


@dataclass(frozen=True, kw_only=True, slots=True)
class Redaction:
    """For one recipient: person ids whose address is removed, restricted sections they may see."""

    recipient_person_id: int
    blank_address_ids: frozenset[int]
    allowed_sections: frozenset[str]
    withheld_sections: frozenset[str]
    reasons: tuple[str, ...]  # human-readable, identifiers only


def redaction_for(
    *,
    recipient_person_id: int,
    recipient_role: MemberRole,
    memberships: Iterable[Membership],
    people: Mapping[int, Person],
    section_access: Mapping[MemberRole, frozenset[str]] = DEFAULT_SECTION_ACCESS,
    restricted_sections: frozenset[str] = RESTRICTED_SECTIONS,
) -> Redaction:
    """The redaction for one recipient of one case (``memberships`` are that case's)."""
    blanked: dict[int, str] = {}
    for person_id, person in people.items():
        if person.address_withheld and person.address:
            blanked[person_id] = f"address of person {person_id} removed (withheld)"
    for member in memberships:
        if member.role not in _ADDRESS_OFF_BY_DEFAULT or member.share_address:
            continue
        if member.person_id == recipient_person_id or member.person_id in blanked:
            continue
        member_person = people.get(member.person_id)
        if member_person is not None and member_person.address:
            blanked[member.person_id] = (
                f"address of person {member.person_id} removed "
                f"({member.role.value.replace('_', ' ')}, not shared)"
            )
    allowed = frozenset(section_access.get(recipient_role, frozenset())) & restricted_sections
    withheld = restricted_sections - allowed
    reasons = [blanked[k] for k in sorted(blanked)]
    reasons += [f"section {name} removed" for name in sorted(withheld)]
    return Redaction(
        recipient_person_id=recipient_person_id,
        blank_address_ids=frozenset(blanked),
        allowed_sections=allowed,
        withheld_sections=withheld,
        reasons=tuple(reasons),
    )


def redact_people(people: Mapping[int, Person], redaction: Redaction) -> dict[int, Person]:
    """A copy of ``people`` with every address the redaction names removed (set to "")."""
    return {
        person_id: (
            dataclasses.replace(person, address="")
            if person_id in redaction.blank_address_ids
            else person
        )
        for person_id, person in people.items()
    }
