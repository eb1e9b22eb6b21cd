"""Invitations parse with icalendar; updates and cancellations keep the UID and raise SEQUENCE."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from icalendar import Calendar

from lpdesk.circulation.ics import (
    LONDON,
    MeetingInvite,
    cancellation,
    invitation,
    meeting_uid,
    update,
)
from lpdesk.domain import InvalidInput

from .conftest import CHILD_NAME, REFERENCE

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
INVITE = MeetingInvite(
    uid=meeting_uid(7, "lpdesk.example"),
    sequence=0,
    start=datetime(2026, 12, 3, 10, 0, tzinfo=LONDON),
    end=datetime(2026, 12, 3, 11, 30, tzinfo=LONDON),
    location="Room 2, Civic Centre",
    organiser="lee@council.example",
    attendees=("pat@health.example",),
    case_reference=REFERENCE,
)


def event_of(data: bytes):  # type: ignore[no-untyped-def]
    cal = Calendar.from_ical(data)
    events = list(cal.walk("VEVENT"))
    assert len(events) == 1
    return cal, events[0]


def test_invitation_is_a_request_in_london_time() -> None:
    cal, event = event_of(invitation(INVITE, now=NOW))
    assert cal["METHOD"] == "REQUEST"
    assert str(event["UID"]) == "lpdesk-meeting-7@lpdesk.example"
    assert event["SEQUENCE"] == 0
    assert event.decoded("DTSTART") == INVITE.start
    assert str(event.decoded("DTSTART").tzinfo) == "Europe/London"
    assert event["DTSTART"].params["TZID"] == "Europe/London"
    assert [str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")] == ["Europe/London"]
    assert str(event["SUMMARY"]) == f"Core group meeting {REFERENCE}"
    assert str(event["ORGANIZER"]) == "mailto:lee@council.example"
    assert str(event["ATTENDEE"]) == "mailto:pat@health.example"
    assert "CN" not in event["ATTENDEE"].params


def test_summer_time_is_kept() -> None:
    summer = MeetingInvite(
        **{
            **_fields(INVITE),
            "start": datetime(2027, 6, 1, 9, 0, tzinfo=UTC),
            "end": datetime(2027, 6, 1, 10, 0, tzinfo=UTC),
        }
    )
    _, event = event_of(invitation(summer, now=NOW))
    assert event.decoded("DTSTART").hour == 10  # 09:00 UTC is 10:00 BST
    assert event.decoded("DTSTART") == summer.start


def test_update_keeps_uid_and_raises_sequence() -> None:
    moved = INVITE.start + timedelta(days=1)
    changed, data = update(INVITE, start=moved, end=moved + timedelta(hours=1), now=NOW)
    cal, event = event_of(data)
    assert changed.sequence == 1 and cal["METHOD"] == "REQUEST"
    assert str(event["UID"]) == INVITE.uid and event["SEQUENCE"] == 1
    assert event.decoded("DTSTART") == moved
    _, data = update(changed, location="Room 5", now=NOW)
    _, event = event_of(data)
    assert event["SEQUENCE"] == 2 and str(event["LOCATION"]) == "Room 5"


def test_cancellation_keeps_uid_raises_sequence_and_cancels() -> None:
    _, first = update(INVITE, now=NOW)
    cancelled, data = cancellation(update(INVITE, now=NOW)[0], now=NOW)
    cal, event = event_of(data)
    assert cal["METHOD"] == "CANCEL" and str(event["STATUS"]) == "CANCELLED"
    assert str(event["UID"]) == INVITE.uid
    assert event["SEQUENCE"] == cancelled.sequence == 2
    assert event_of(first)[1]["SEQUENCE"] == 1


def test_summary_carries_the_reference_only() -> None:
    tampered = MeetingInvite(
        **{**_fields(INVITE), "case_reference": f"CP-1\nDESCRIPTION:{CHILD_NAME}"}
    )
    data = invitation(tampered, now=NOW)
    _, event = event_of(data)
    assert "DESCRIPTION" not in event
    assert "\n" not in str(event["SUMMARY"])


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"organiser": "lee@council.example\r\nATTENDEE:mailto:x@example.org"}, "organiser"),
        ({"attendees": ("ok@example.org", "not an address")}, "attendees[1]"),
        ({"location": "Room 2\r\nATTENDEE:mailto:x@example.org"}, "location"),
        ({"start": datetime(2026, 12, 3, 10, 0)}, "start"),
        ({"end": datetime(2026, 12, 3, 9, 0, tzinfo=LONDON)}, "end"),
    ],
)
def test_bad_values_are_refused(change: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        invitation(MeetingInvite(**{**_fields(INVITE), **change}), now=NOW)  # type: ignore[arg-type]
    assert caught.value.problems[0].field == field


def _fields(invite: MeetingInvite) -> dict[str, object]:
    return {name: getattr(invite, name) for name in invite.__dataclass_fields__}
