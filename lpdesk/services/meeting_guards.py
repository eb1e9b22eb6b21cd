"""Guards on arranging a meeting that keep circulation from being steered.

- The venue: a withheld address (a refuge, a placement) or a carer's, foster carer's or child's
  address that is not shared, typed as the venue, would be printed in every letter and the
  minutes. It is refused at convene and reschedule, naming whose address it is. Addresses are
  compared by what identifies them (the first line, any line with a number, the postcode), never by
  a town or county line alone: a venue elsewhere in the same town is not flagged.
- Additional invitees: a person of another family's case would receive a letter naming this
  case's children. Someone named in another case (a member or a child there) is invited only if
  they belong to this case too (a former or future member, not excluded): they become a member
  first. A professional named in no case may still be invited once (recorded as additional).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lpdesk.domain import Child, FieldProblem, MemberRole, Membership, Person
from lpdesk.services.ports import UnitOfWork

__all__ = [
    "address_keys",
    "check_additional_invitees",
    "check_meeting_guards",
    "check_venue",
    "venue_matches",
]

_UNSHARED_ROLES = frozenset({MemberRole.CARER, MemberRole.FOSTER_CARER, MemberRole.CHILD})
_POSTCODE = re.compile(r"\b([A-Z]{1,2}[0-9][A-Z0-9]?)\s*([0-9][A-Z]{2})\b", re.IGNORECASE)
_WORDS = re.compile(r"[^0-9a-z]+")


def _normal(text: str) -> str:
    return " ".join(_WORDS.sub(" ", text.casefold()).split())


def address_keys(address: str) -> list[str]:
    """What identifies an address: its first line, every line holding a number, and its
    postcode, each normalised (case, punctuation and spacing ignored). Town lines are not keys."""
    lines = [line.strip() for line in address.replace("\r", "\n").split("\n") if line.strip()]
    if len(lines) == 1:  # typed on one line: split at commas
        lines = [part.strip() for part in lines[0].split(",") if part.strip()]
    keys: list[str] = []
    for i, line in enumerate(lines):
        postcode = _POSTCODE.search(line)
        if postcode:
            keys.append("postcode " + (postcode.group(1) + postcode.group(2)).casefold())
            line = _POSTCODE.sub(" ", line)
        if i == 0 or any(ch.isdigit() for ch in line):
            normal = _normal(line)
            if len(normal) >= 4:
                keys.append(normal)
    return keys


def venue_matches(venue: str, address: str) -> bool:
    """True when ``venue`` names ``address`` (by a key of it, as whole words)."""
    text = f" {_normal(venue)} "
    venue_postcodes = {
        "postcode " + (m.group(1) + m.group(2)).casefold() for m in _POSTCODE.finditer(venue)
    }
    for key in address_keys(address):
        if key.startswith("postcode "):
            if key in venue_postcodes:
                return True
        elif f" {key} " in text:
            return True
    return False


def check_venue(uow: UnitOfWork, case_id: int, venue: str, problems: list[FieldProblem]) -> None:
    """Append a problem naming whose address it is when ``venue`` is the withheld address of
    anyone in the case, or the unshared address of a carer, foster carer or child."""
    if not venue.strip():
        return
    members = uow.repo(Membership).find(case_id=case_id)
    children = uow.repo(Child).find(case_id=case_id)
    ids = {m.person_id for m in members} | {c.person_id for c in children}
    people = {p.id: p for p in uow.repo(Person).find(id=sorted(ids))} if ids else {}
    unshared = {m.person_id for m in members if m.role in _UNSHARED_ROLES and not m.share_address}
    unshared |= {c.person_id for c in children if not _shared(members, c.person_id)}
    for pid in sorted(people, key=lambda i: i or 0):
        person = people[pid]
        if not person.address or not venue_matches(venue, person.address):
            continue
        if person.address_withheld:
            why = f"is {person.name}'s address, which is withheld"
        elif pid in unshared:
            why = f"is {person.name}'s address, which is not shared with the core group"
        else:
            continue
        problems.append(
            FieldProblem("venue", f"{why}: it would be printed in every letter; choose another")
        )
        return


def _shared(members: Sequence[Membership], person_id: int) -> bool:
    return any(m.person_id == person_id and m.share_address for m in members)


def check_additional_invitees(
    uow: UnitOfWork, case_id: int, person_ids: Sequence[int], problems: list[FieldProblem]
) -> None:
    """Append a problem for each additional invitee who is named in another case but does not
    belong to this one, or who is excluded here: they would receive a letter naming this case's
    children."""
    members = uow.repo(Membership).find(case_id=case_id)
    for i, pid in enumerate(person_ids):
        theirs = [m for m in members if m.person_id == pid]
        elsewhere = {m.case_id for m in uow.repo(Membership).find(person_id=pid)}
        elsewhere |= {c.case_id for c in uow.repo(Child).find(person_id=pid)}
        elsewhere.discard(case_id)
        if not theirs and elsewhere:
            problems.append(
                FieldProblem(
                    f"additional_invitee_ids[{i}]",
                    "belongs to another family's case: add them to this core group first",
                )
            )
        elif theirs and all(m.excluded for m in theirs):
            problems.append(
                FieldProblem(
                    f"additional_invitee_ids[{i}]",
                    "is excluded from this case's meetings: they receive the summary instead",
                )
            )


def check_meeting_guards(
    uow: UnitOfWork,
    case_id: int,
    venue: str,
    additional_invitee_ids: Sequence[int],
    problems: list[FieldProblem],
) -> None:
    """Both guards at convene (one call)."""
    check_venue(uow, case_id, venue, problems)
    check_additional_invitees(uow, case_id, additional_invitee_ids, problems)
