"""Calendar invitations (.ics, iTIP): invite, update (same UID, SEQUENCE + 1), cancel.

Times are written in Europe/London with the VTIMEZONE added by ``add_missing_timezones()``. The
summary carries the case reference only. Attendees are email addresses without names; send one
invitation per recipient (``attendees=(that one,)``) so nobody sees the others' addresses.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vCalAddress, vText

from lpdesk.circulation.safety import has_control_characters, is_valid_email, safe_reference
from lpdesk.domain import InvalidInput

__all__ = ["LONDON", "MeetingInvite", "cancellation", "invitation", "meeting_uid", "update"]

LONDON = ZoneInfo("Europe/London")
_PRODID = "-//lpdesk//core group meetings//EN"


@dataclass(frozen=True, kw_only=True, slots=True)
class MeetingInvite:
    uid: str
    sequence: int
    start: datetime  # timezone-aware
    end: datetime
    location: str  # never a withheld address: the caller chooses a venue every attendee may know
    organiser: str  # email address
    attendees: tuple[str, ...]  # email addresses
    case_reference: str
    title: str = "Core group meeting"  # before the reference, in the pack's language (pack_words)


def meeting_uid(meeting_id: int, domain: str) -> str:
    return f"lpdesk-meeting-{meeting_id}@{domain}"


def invitation(invite: MeetingInvite, *, now: datetime | None = None) -> bytes:
    """The METHOD:REQUEST calendar for ``invite``."""
    return _calendar(invite, method="REQUEST", status="CONFIRMED", now=now)


def update(
    invite: MeetingInvite,
    *,
    start: datetime | None = None,
    end: datetime | None = None,
    location: str | None = None,
    now: datetime | None = None,
) -> tuple[MeetingInvite, bytes]:
    """The changed meeting (same UID, SEQUENCE + 1) and its METHOD:REQUEST calendar."""
    changed = dataclasses.replace(
        invite,
        sequence=invite.sequence + 1,
        start=start or invite.start,
        end=end or invite.end,
        location=invite.location if location is None else location,
    )
    return changed, _calendar(changed, method="REQUEST", status="CONFIRMED", now=now)


def cancellation(
    invite: MeetingInvite, *, now: datetime | None = None
) -> tuple[MeetingInvite, bytes]:
    """The cancelled meeting (same UID, SEQUENCE + 1): METHOD:CANCEL, STATUS:CANCELLED."""
    cancelled = dataclasses.replace(invite, sequence=invite.sequence + 1)
    return cancelled, _calendar(cancelled, method="CANCEL", status="CANCELLED", now=now)


def _check(invite: MeetingInvite) -> None:
    problems = []
    if invite.start.tzinfo is None or invite.end.tzinfo is None:
        problems.append(("start", "times must carry a time zone"))
    elif invite.end <= invite.start:
        problems.append(("end", "must be after the start"))
    if not is_valid_email(invite.organiser):
        problems.append(("organiser", "no valid email address"))
    for i, attendee in enumerate(invite.attendees):
        if not is_valid_email(attendee):
            problems.append((f"attendees[{i}]", "no valid email address"))
    if has_control_characters(invite.location) or has_control_characters(invite.uid):
        problems.append(("location", "holds a line break or control character"))
    if invite.sequence < 0:
        problems.append(("sequence", "must not be negative"))
    if problems:
        field, message = problems[0]
        raise InvalidInput.one(field, message)


def _calendar(invite: MeetingInvite, *, method: str, status: str, now: datetime | None) -> bytes:
    _check(invite)
    cal = Calendar()
    cal.add("prodid", _PRODID)
    cal.add("version", "2.0")
    cal.add("method", method)
    event = Event()
    event.add("uid", invite.uid)
    event.add("sequence", invite.sequence)
    event.add("dtstamp", (now or datetime.now(UTC)).astimezone(UTC))
    event.add("dtstart", invite.start.astimezone(LONDON))
    event.add("dtend", invite.end.astimezone(LONDON))
    event.add("summary", f"{invite.title} {safe_reference(invite.case_reference)}")
    if invite.location:
        event.add("location", vText(invite.location))
    event.add("status", status)
    organiser = vCalAddress(f"mailto:{invite.organiser}")
    event.add("organizer", organiser)
    for attendee in invite.attendees:
        address = vCalAddress(f"mailto:{attendee}")
        address.params["ROLE"] = "REQ-PARTICIPANT"
        address.params["PARTSTAT"] = "NEEDS-ACTION"
        address.params["RSVP"] = "TRUE"
        event.add("attendee", address, encode=False)
    cal.add_component(event)
    cal.add_missing_timezones()
    return bytes(cal.to_ical())
