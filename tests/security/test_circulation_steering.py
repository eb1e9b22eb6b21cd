"""Circulation cannot be steered by what is typed into a name or a venue.

- A name holding an RFC 2047 encoded word decoding to ``X <attacker@evil>, Y`` made the draft's
  To header parse as two recipients. Such names are refused, and every draft is parsed back and
  must name exactly its one recipient (tried over hundreds of hostile names).
- A withheld or unshared address typed as the venue went into every letter; now refused at
  convene and reschedule, naming whose address it is, while a venue in the same town is not.
- An additional invitee from another family's case is refused until they join this core group.
"""

from __future__ import annotations

import base64
import itertools
from dataclasses import replace
from datetime import date
from email import message_from_bytes, policy

import pytest

from lpdesk.circulation.email_draft import Mailbox, build_draft
from lpdesk.domain import (
    Attendance,
    Child,
    InvalidInput,
    Meeting,
    MemberRole,
    Membership,
    Person,
    UserRole,
)
from lpdesk.services import people
from lpdesk.services.meeting_guards import venue_matches
from lpdesk.services.meetings import convene_meeting, reschedule_meeting
from lpdesk.services.profiles import ProfileProvider
from tests.services.conftest import make_ctx
from tests.services.meetings.builders import at, build_family

pytestmark = pytest.mark.sqlite_only(
    "names, venues and drafts are checked in the services, not the database"
)

SENDER = Mailbox(name="Alex Worker", email="alex.worker@example.org")


def _b64(text: str) -> str:
    return "=?utf-8?b?" + base64.b64encode(text.encode()).decode() + "?="


PIECES = [
    "Dana",
    _b64("X <attacker@evil.example>, Y"),
    "=?utf-8?q?X_=3Cattacker=40evil=2Eexample=3E=2C_Y?=",
    ",",
    ";",
    "<attacker@evil.example>",
    '"',
    "\\",
    "(comment)",
    ":",
    "@",
    "Group:",
    " ",
    "Zoë",
]


def _draft(name: str):
    return build_draft(
        sender=SENDER,
        recipient_name=name,
        recipient_email="dana@example.org",
        case_reference="CP-2026-0001",
        body_text="Please find the minutes attached.",
        attachments=[],
    )


def test_an_encoded_word_name_is_refused():
    with pytest.raises(InvalidInput) as refused:
        _draft(_b64("X <attacker@evil.example>, Y"))
    assert refused.value.problems[0].field == "recipient"


@pytest.mark.parametrize("a", PIECES)
def test_every_hostile_name_is_refused_or_reaches_exactly_one_recipient(a):
    for b, c in itertools.product(PIECES, repeat=2):
        name = f"{a}{b} {c}".strip()
        try:
            msg = _draft(name)
        except InvalidInput:
            continue
        parsed = message_from_bytes(msg.as_bytes(policy=policy.SMTP), policy=policy.default)
        (to,) = parsed.get_all("To")
        assert [x.addr_spec for x in to.addresses] == ["dana@example.org"], name
        assert parsed.get_all("Cc") is None and parsed.get_all("Bcc") is None


def test_a_person_cannot_be_named_with_an_encoded_word(store, clock):
    ctx = make_ctx(store, clock, role=UserRole.TEAM_MANAGER)
    with pytest.raises(InvalidInput) as refused:
        people.add_person(ctx, name=_b64("X <attacker@evil.example>, Y"))
    assert refused.value.problems[0].field == "name"


# ------------------------------------------------------------------ venues

PROFILES = ProfileProvider(
    forms_dir=__import__("pathlib").Path(__file__).parents[1] / "services" / "meetings" / "forms"
)


def _withhold_mother(store, fam) -> None:
    with store.unit_of_work() as uow:
        mother = uow.repo(Person).get(fam.mother_id)
        uow.repo(Person).update(
            replace(mother, address="14 Hidden Close\nTestville\nTV1 2AB", address_withheld=True)
        )


def _convene(ctx, fam, venue, extra=()):
    return convene_meeting(
        ctx,
        case_id=fam.case_id,
        scheduled_at=at(date(2027, 1, 6)),
        venue=venue,
        chair_person_id=fam.manager_id,
        minute_taker_person_id=fam.health_visitor_id,
        additional_invitee_ids=list(extra),
        profiles=PROFILES,
    )


def _meetings(store) -> int:
    with store.unit_of_work() as uow:
        return len(uow.repo(Meeting).find())


@pytest.mark.parametrize(
    "venue",
    ["14 Hidden Close, Testville", "The flat at 14 hidden close", "Community room, TV12AB"],
)
def test_a_withheld_address_as_venue_is_refused_naming_why(store, clock, venue):
    fam = build_family(store)
    _withhold_mother(store, fam)
    ctx = make_ctx(store, clock, role=UserRole.TEAM_MANAGER)
    with pytest.raises(InvalidInput) as refused:
        _convene(ctx, fam, venue)
    (problem,) = refused.value.problems
    assert (
        problem.field == "venue" and "Dana Example's address, which is withheld" in problem.message
    )
    assert _meetings(store) == 0


@pytest.mark.parametrize(
    "venue", ["Testville Family Centre, 3 Market Street, Testville", "Testville Library", "Room 2"]
)
def test_a_venue_in_the_same_town_is_not_flagged(store, clock, venue):
    fam = build_family(store)
    _withhold_mother(store, fam)
    ctx = make_ctx(store, clock, role=UserRole.TEAM_MANAGER)
    assert _convene(ctx, fam, venue).venue == venue


def test_a_childs_unshared_placement_address_is_refused_and_shared_one_is_not(store, clock):
    fam = build_family(store)
    with store.unit_of_work() as uow:
        child = uow.repo(Person).get(fam.child_person_id)
        uow.repo(Person).update(replace(child, address="Rose Cottage\nFarm Lane\nTestville"))
    ctx = make_ctx(store, clock, role=UserRole.TEAM_MANAGER)
    with pytest.raises(InvalidInput, match="not shared"):
        _convene(ctx, fam, "Rose Cottage")
    with store.unit_of_work() as uow:
        (member,) = uow.repo(Membership).find(case_id=fam.case_id, person_id=fam.child_person_id)
        uow.repo(Membership).update(replace(member, share_address=True))
    assert _convene(ctx, fam, "Rose Cottage").venue == "Rose Cottage"


def test_rescheduling_to_a_withheld_address_is_refused(store, clock):
    fam = build_family(store)
    ctx = make_ctx(store, clock, role=UserRole.TEAM_MANAGER)
    meeting = _convene(ctx, fam, "Family centre, room 2")
    _withhold_mother(store, fam)
    with pytest.raises(InvalidInput, match="withheld"):
        reschedule_meeting(
            ctx,
            meeting_id=meeting.id,
            scheduled_at=at(date(2027, 1, 7)),
            venue="14 Hidden Close",
            expected_revision=meeting.revision,
        )
    with store.unit_of_work() as uow:
        assert uow.repo(Meeting).get(meeting.id).venue == "Family centre, room 2"


def test_venue_matching_by_street_and_postcode_never_by_town():
    address = "14 Hidden Close\nTestville\nTV1 2AB"
    assert venue_matches("14 Hidden Close", address)
    assert venue_matches("near TV1 2AB", address)
    assert not venue_matches("Testville", address)
    assert not venue_matches("140 Hidden Close", address)  # another house, whole words only
    assert not venue_matches("TV1 2AC", address)


# ------------------------------------------------------------------ invitees


def test_a_person_of_another_familys_case_is_not_invited(store, clock):
    fam = build_family(store)
    other = build_family(store, reference="CP-2026-0002")
    ctx = make_ctx(store, clock, role=UserRole.TEAM_MANAGER)
    with pytest.raises(InvalidInput) as refused:
        _convene(ctx, fam, "Room 2", extra=[other.mother_id])
    assert "another family's case" in refused.value.problems[0].message
    with pytest.raises(InvalidInput):  # nor another case's child
        _convene(ctx, fam, "Room 2", extra=[other.child_person_id])
    assert _meetings(store) == 0
    with store.unit_of_work() as uow:  # a former member of this core group too: then invited
        uow.repo(Membership).add(
            Membership(
                case_id=fam.case_id,
                person_id=other.mother_id,
                role=MemberRole.PROFESSIONAL,
                joined_on=date(2026, 1, 1),
                left_on=date(2026, 6, 1),
            )
        )
        assert uow.repo(Child).find(person_id=other.child_person_id)
    meeting = _convene(ctx, fam, "Room 2", extra=[other.mother_id])
    with store.unit_of_work() as uow:
        invited = {a.person_id for a in uow.repo(Attendance).find(meeting_id=meeting.id)}
    assert other.mother_id in invited
