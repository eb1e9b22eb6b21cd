"""People, agencies, users and core group membership."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from lpdesk.domain.enums import Channel, MemberRole, UserRole

__all__ = ["Agency", "Membership", "Person", "PersonPhoto", "User"]


@dataclass(frozen=True, kw_only=True, slots=True)
class Agency:
    id: int | None = None
    name: str
    kind: str = ""  # health, education, police, social care, housing, ...


@dataclass(frozen=True, kw_only=True, slots=True)
class Person:
    """Anyone named in a case: family members, children, professionals, chairs, managers.

    ``address_withheld`` marks an address that must never reach anyone not entitled to it (a refuge,
    a foster placement): it is removed before rendering, not hidden.
    """

    id: int | None = None
    name: str
    agency_id: int | None = None
    job_title: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""  # lines separated by "\n"
    address_withheld: bool = False
    address_withheld_reason: str = ""  # why (a refuge, a placement): said, never the address
    access_needs: str = ""  # an interpreter (which language), large print, a signer, ...
    qualified_social_worker: bool = False
    manager_id: int | None = None  # the person's line manager (a Person)
    revision: int = 1  # optimistic locking: bumped by every update


@dataclass(frozen=True, kw_only=True, slots=True)
class PersonPhoto:
    """A person's photo (the lead professional's, printed on a child's own plan): a JPEG re-encoded
    by ``lpdesk.services.photos``, kept apart from ``Person`` so ordinary reads stay light."""

    id: int | None = None
    person_id: int
    data: bytes
    content_type: str = "image/jpeg"


@dataclass(frozen=True, kw_only=True, slots=True)
class User:
    """Someone who signs in to lpdesk. ``person_id`` links to their Person record."""

    id: int | None = None
    username: str
    display_name: str
    role: UserRole
    person_id: int | None = None
    team: str = ""
    active: bool = True
    password_hash: str = ""  # self-describing scrypt hash (lpdesk.services.auth); "" = none set
    failed_sign_ins: int = 0  # wrong passwords in a row (the account waits after 5)
    locked_until: datetime | None = None  # no sign-in is checked before this time


@dataclass(frozen=True, kw_only=True, slots=True)
class Membership:
    """A person's place in a case's core group over time.

    ``excluded`` members are not invited and receive the summary of discussions and outcomes instead
    of the minutes. ``share_address`` must be set explicitly before a carer's or placement address
    may appear in anything sent to someone else.
    """

    id: int | None = None
    case_id: int
    person_id: int
    role: MemberRole
    joined_on: date
    left_on: date | None = None
    excluded: bool = False
    exclusion_reason: str = ""
    excluded_on: date | None = None
    channel: Channel = Channel.EMAIL
    wants_editable: bool = False  # professionals who ask for Word copies
    share_address: bool = False

    def active_on(self, day: date) -> bool:
        return self.joined_on <= day and (self.left_on is None or day <= self.left_on)
