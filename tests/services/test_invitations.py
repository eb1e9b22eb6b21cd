"""The invitation pack: a letter (encrypted, own password) and a calendar file per invitee;
rescheduling keeps the UID with a higher SEQUENCE; cancelling sends a CANCEL."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from icalendar import Calendar

from lpdesk.domain import Attendance, DocumentKind, GeneratedDocument, InvalidInput
from lpdesk.services.context import ServiceContext
from lpdesk.services.invitations import invitation_pack
from lpdesk.services.meetings import cancel_meeting, convene_meeting, reschedule_meeting
from lpdesk.store import Store
from tests.services import test_circulation_fixtures as fixtures
from tests.services.test_circulation_fixtures import pdf_everything

demo = fixtures.demo

pytestmark = pytest.mark.sqlite_only("calendar files do not depend on the database backend")


def _event(path: Path) -> tuple[str, object]:
    cal = Calendar.from_ical(path.read_bytes())
    (event,) = cal.walk("VEVENT")
    return str(cal["METHOD"]), event


def _passwords(path: Path) -> dict[int, str]:
    found = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("invitee"):
            parts = line.split()
            found[int(parts[1])] = parts[3]  # "invitee 01  password XXXX  Name"
    return found


def test_invite_reschedule_cancel(store: Store, demo: ServiceContext, tmp_path: Path) -> None:
    meeting = convene_meeting(
        demo,
        case_id=2,
        scheduled_at=datetime(2027, 1, 12, 10, 0),
        venue="Family centre, Quay Road",
        chair_person_id=2,
        minute_taker_person_id=4,
    )
    with store.unit_of_work() as uow:
        invited = [a.person_id for a in uow.repo(Attendance).find(meeting_id=meeting.id)]
    first = invitation_pack(demo, meeting_id=meeting.id or 0, out_dir=tmp_path / "one")
    assert [i.person_id for i in first.invitees] == invited
    secrets = _passwords(first.password_list_path)
    uids = set()
    for number, sent in enumerate(first.invitees, start=1):
        assert sent.letter is not None and sent.letter.name.startswith("CP-2026-0152_i")
        text = pdf_everything(sent.letter.read_bytes(), secrets[number])
        assert "You are invited to the core group meeting" in " ".join(text.split())
        if sent.calendar is None:
            continue
        method, event = _event(sent.calendar)
        assert method == "REQUEST" and int(event["SEQUENCE"]) == 0
        assert str(event["ATTENDEE"]).startswith("mailto:")  # one attendee, not a list
        assert "CP-2026-0152" in str(event["SUMMARY"])
        uids.add(str(event["UID"]))
    assert len(uids) == 1
    assert any("no calendar file" in p for p in first.problems)  # the parent reached by hand
    _check_channels(store, first)
    with store.unit_of_work() as uow:
        assert len(uow.repo(GeneratedDocument).find(kind=DocumentKind.INVITATION)) == len(invited)

    moved = reschedule_meeting(
        demo,
        meeting_id=meeting.id or 0,
        scheduled_at=datetime(2027, 1, 14, 14, 0),
        expected_revision=meeting.revision,
    )
    second = invitation_pack(demo, meeting_id=meeting.id or 0, out_dir=tmp_path / "two")
    calendars = [s.calendar for s in second.invitees if s.calendar is not None]
    for path in calendars:
        method, event = _event(path)
        assert method == "REQUEST" and str(event["UID"]) in uids
        assert int(event["SEQUENCE"]) == 1
        assert event["DTSTART"].dt.hour == 14

    cancel_meeting(demo, meeting_id=meeting.id or 0, expected_revision=moved.revision)
    third = invitation_pack(demo, meeting_id=meeting.id or 0, out_dir=tmp_path / "three")
    assert all(s.letter is None for s in third.invitees)
    for sent in third.invitees:
        if sent.calendar is None:
            continue
        method, event = _event(sent.calendar)
        assert method == "CANCEL" and str(event["STATUS"]) == "CANCELLED"
        assert str(event["UID"]) in uids and int(event["SEQUENCE"]) == 2


def test_held_meetings_and_used_folders_are_refused(
    store: Store, demo: ServiceContext, tmp_path: Path
) -> None:
    with pytest.raises(InvalidInput) as refused:
        invitation_pack(demo, meeting_id=2, out_dir=tmp_path / "x")
    assert refused.value.problems[0].field == "meeting_id"
    meeting = convene_meeting(
        demo,
        case_id=3,
        scheduled_at=datetime(2027, 1, 12, 10, 0),
        venue="Health centre",
        chair_person_id=2,
        minute_taker_person_id=5,
    )
    used = tmp_path / "used"
    used.mkdir()
    (used / "keep.txt").write_text("mine")
    with pytest.raises(InvalidInput) as refused:
        invitation_pack(demo, meeting_id=meeting.id or 0, out_dir=used)
    assert refused.value.problems[0].field == "out_dir"
    assert [p.name for p in used.iterdir()] == ["keep.txt"]
    assert not (tmp_path / "x").exists()


def _check_channels(store: Store, pack: object) -> None:
    """Each invitee on their membership's channel: an email draft carries the encrypted letter
    and the calendar file (and, to a family member invited to the first meeting, the guide for
    families), addressed to that invitee alone; post and hand get the letter only."""
    from email import message_from_bytes, policy

    from lpdesk.domain import Channel, Membership

    with store.unit_of_work() as uow:
        members = uow.repo(Membership).find(case_id=2)
        channels = {m.person_id: m.channel for m in members}
        family = {m.person_id for m in members if m.role.is_family}
    drafts = 0
    for sent in pack.invitees:  # type: ignore[attr-defined]
        assert sent.name and sent.channel in (channels.get(sent.person_id), Channel.POST)
        if sent.channel is Channel.EMAIL:
            assert sent.email is not None and sent.calendar is not None
            msg = message_from_bytes(sent.email.read_bytes(), policy=policy.default)
            assert msg["X-Unsent"] == "1" and "," not in str(msg["To"])
            names = sorted(part.get_filename() for part in msg.iter_attachments())
            guide = sent.letter.name.replace("_invitation.pdf", "_guide.pdf")
            expected = [sent.calendar.name, sent.letter.name]
            if sent.person_id in family and sent.letter.with_name(guide).exists():
                expected = sorted([guide, *expected])
            assert names == expected
            drafts += 1
        else:
            assert sent.email is None
    assert drafts >= 1


def test_the_first_invitation_brings_the_family_guide_to_the_family_only(
    store: Store, demo: ServiceContext, tmp_path: Path
) -> None:
    from lpdesk.domain import Meeting, Membership

    meeting = convene_meeting(
        demo,
        case_id=2,
        scheduled_at=datetime(2027, 1, 12, 10, 0),
        venue="Family centre, Quay Road",
        chair_person_id=2,
        minute_taker_person_id=4,
    )
    with store.unit_of_work() as uow:
        uow.repo(Meeting).update(replace(uow.repo(Meeting).get(meeting.id or 0), number=1))
        family = {m.person_id for m in uow.repo(Membership).find(case_id=2) if m.role.is_family}
    pack = invitation_pack(demo, meeting_id=meeting.id or 0, out_dir=tmp_path / "first")
    secrets = _passwords(pack.password_list_path)
    guides = sorted(p.name for p in (tmp_path / "first").glob("*_guide.pdf"))
    invited_family = [(n, s) for n, s in enumerate(pack.invitees, start=1) if s.person_id in family]
    assert invited_family and len(guides) == len(invited_family)
    for number, _sent in invited_family:
        guide = tmp_path / "first" / f"CP-2026-0152_i{number:02d}_guide.pdf"
        text = " ".join(pdf_everything(guide.read_bytes(), secrets[number]).split())
        assert "About the core group: a guide for your family" in text
        assert "If you do not agree" in text
    with store.unit_of_work() as uow:
        recorded = uow.repo(GeneratedDocument).find(kind=DocumentKind.FAMILY_GUIDE)
    assert len(recorded) == len(invited_family)
