"""The invitation pack for a convened core group: for each invitee a letter (``build_invitation``,
rendered with that invitee's redaction and encrypted with their own password) and a calendar
invitation (.ics, to that invitee alone). A rescheduled meeting gives an update (same UID, a higher
SEQUENCE), a cancelled one a cancellation. The calendar SEQUENCE is the meeting's revision less
one: every reschedule or cancellation bumps the revision, so it only ever rises.

Files are written to a staging folder beside ``out_dir`` and moved in; then the letters are
recorded as generated documents with an audit event. A failure leaves no files and no records.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path

from lpdesk.circulation.email_draft import Attachment, Mailbox, build_draft
from lpdesk.circulation.encrypt import encrypt_pdf, new_password
from lpdesk.circulation.ics import LONDON, MeetingInvite, cancellation, invitation, meeting_uid
from lpdesk.circulation.pack_words import (
    calendar_title,
    invitation_body,
    invitee_line,
    password_list,
)
from lpdesk.circulation.redaction import redaction_for
from lpdesk.circulation.safety import is_valid_email, safe_reference
from lpdesk.documents.language import in_language
from lpdesk.documents.output import RenderedFile
from lpdesk.domain import (
    Attendance,
    Channel,
    DocumentKind,
    InvalidInput,
    Meeting,
    MeetingStatus,
    MemberRole,
    Membership,
    NullProgress,
    Progress,
)
from lpdesk.domain import Cancelled as CancelledError
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.leftovers import sweep_folder
from lpdesk.services.meeting_guards import venue_matches
from lpdesk.services.permissions import Permission, require, require_case
from lpdesk.services.rendering import (
    AuthoritySettings,
    ProfilesArg,
    assemble,
    inputs_for,
    pack_language_for,
    record_generated,
    render_tree,
)

__all__ = ["InvitationPack", "InvitationSent", "invitation_pack"]


@dataclass(frozen=True, kw_only=True, slots=True)
class InvitationSent:
    person_id: int
    letter: Path | None  # None for a cancellation
    calendar: Path | None  # None when the invitee has no valid email address
    sequence: int
    method: str  # "REQUEST" or "CANCEL"
    channel: Channel = Channel.POST  # how this invitee receives it (their membership's channel)
    email: Path | None = None  # the .eml draft carrying the letter and the calendar file
    name: str = ""


def _channel(member: Membership | None, email: str) -> Channel:
    """The member's own channel; an additional invitee gets email when they have an address."""
    if member is not None:
        return member.channel
    return Channel.EMAIL if is_valid_email(email) else Channel.POST


@dataclass(frozen=True, kw_only=True)
class InvitationPack:
    meeting_id: int
    out_dir: Path
    invitees: tuple[InvitationSent, ...]
    password_list_path: Path
    problems: tuple[str, ...]


def _location(meeting: Meeting, withheld: list[str]) -> tuple[str, str]:
    """The venue for the calendar, or "" with a problem when it matches a withheld address."""
    venue = meeting.venue.strip()
    for address in withheld:
        if venue and venue_matches(venue, address):  # by street or postcode, never by town
            return "", "the venue matches a withheld address: left out of the calendar files"
    return venue, ""


def invitation_pack(
    ctx: ServiceContext,
    *,
    meeting_id: int,
    out_dir: Path,
    duration_minutes: int = 90,
    progress: Progress | None = None,
    settings: AuthoritySettings | None = None,
    profiles: ProfilesArg = None,
    language: str | None = None,
) -> InvitationPack:
    """Letters and calendar files for everyone invited to ``meeting_id`` (its attendance rows),
    into ``out_dir`` (new or empty), with the password list for the lead professional. The
    letters, the guide for families and the emails are in ``language`` ("en", "cy", "both";
    default the case's profile's ``pack_language``)."""
    require(ctx, Permission.MANAGE_MEETINGS)
    if not 15 <= duration_minutes <= 480:
        raise InvalidInput.one("duration_minutes", "between 15 and 480")
    progress = progress or NullProgress()
    with ctx.uow() as uow:
        found = uow.repo(Meeting).find(id=meeting_id)
        if not found:
            raise InvalidInput.one("meeting_id", f"no meeting {meeting_id}")
        meeting = found[0]
        require_case(ctx, uow, Permission.MANAGE_MEETINGS, meeting.case_id)
        invited = sorted(uow.repo(Attendance).find(meeting_id=meeting_id), key=lambda a: a.id or 0)
    if meeting.status not in (MeetingStatus.CONVENED, MeetingStatus.CANCELLED):
        raise InvalidInput.one(
            "meeting_id", f"meeting {meeting_id} is {meeting.status.value}: it was already held"
        )
    inputs = inputs_for(ctx, settings=settings, profiles=profiles)
    loaded = {
        a.person_id: assemble(
            ctx, inputs, kind=DocumentKind.INVITATION, record_id=meeting_id, person_id=a.person_id
        )
        for a in invited
    }
    if not loaded:
        raise InvalidInput.one("meeting_id", f"meeting {meeting_id} has nobody invited")
    data = next(iter(loaded.values())).data
    language = pack_language_for(inputs, data.case.profile_id, language)
    first = meeting.number == 1 and meeting.status is MeetingStatus.CONVENED
    guide = (
        assemble(ctx, inputs, kind=DocumentKind.FAMILY_GUIDE, record_id=meeting.case_id)
        if first
        else None
    )
    lead = data.people.get(data.lead_id) if data.lead_id is not None else None
    if lead is None or not is_valid_email(lead.email):
        raise InvalidInput.one("organiser", "the lead professional needs a valid email address")
    withheld = [p.address for p in data.people.values() if p.address_withheld and p.address]
    location, venue_problem = _location(meeting, withheld)
    problems = [venue_problem] if venue_problem else []
    start = meeting.scheduled_at.replace(tzinfo=LONDON)
    base = MeetingInvite(
        uid=meeting_uid(meeting_id, lead.email.rsplit("@", 1)[1]),
        sequence=max(0, meeting.revision - 1),
        start=start,
        end=start + timedelta(minutes=duration_minutes),
        location=location,
        organiser=lead.email,
        attendees=(),
        case_reference=data.case.reference,
        title=calendar_title(language),
    )
    reference = safe_reference(data.case.reference)
    final = Path(out_dir).resolve()
    if final.exists() and (not final.is_dir() or any(final.iterdir())):
        raise InvalidInput.one("out_dir", "invitations go into a new or empty folder")
    final.parent.mkdir(parents=True, exist_ok=True)
    sweep_folder(final.parent)  # staging a killed run left here
    created = not final.exists()
    staging = Path(tempfile.mkdtemp(prefix=".lpdesk-invites-", dir=final.parent))
    moved: list[Path] = []
    try:
        written: list[tuple[int, str, bytes]] = []  # (person, file name, data)
        letters = []
        guides: list[RenderedFile] = []
        passwords = []
        channels: dict[int, Channel] = {}
        now = ctx.clock.now()
        for number, (person_id, assembled) in enumerate(loaded.items(), start=1):
            if progress.cancelled:
                raise CancelledError("invitations cancelled")
            progress.report(number - 1, len(loaded), f"invitee {number}")
            member = next((m for m in data.memberships if m.person_id == person_id), None)
            redaction = redaction_for(
                recipient_person_id=person_id,
                recipient_role=member.role if member else MemberRole.PARENT,
                memberships=data.memberships,
                people=data.people,
            )
            stem = f"{reference}_i{number:02d}"
            person = data.people.get(person_id)
            name = person.name if person is not None else f"invitee {number}"
            channels[person_id] = _channel(member, person.email if person else "")
            attachments: list[Attachment] = []
            if meeting.status is MeetingStatus.CANCELLED:
                letter = None  # a cancellation is the calendar's CANCEL only: no letter
            else:
                letter = render_tree(
                    in_language(assembled.tree(redaction), language), "pdf", inputs.settings
                )
                password = new_password()
                passwords.append(
                    invitee_line(number=number, name=name, password=password, language=language)
                )
                locked = encrypt_pdf(letter.data, password)
                written.append((person_id, f"{stem}_invitation.pdf", locked))
                attachments.append(
                    Attachment(
                        filename=f"{stem}_invitation.pdf", mime="application/pdf", data=locked
                    )
                )
                letters.append((person_id, letter))
                if guide is not None and member is not None and member.role.is_family:
                    # the first invitation to a family member brings the guide for families
                    leaflet = render_tree(
                        in_language(guide.tree(redaction), language), "pdf", inputs.settings
                    )
                    locked_guide = encrypt_pdf(leaflet.data, password)
                    written.append((person_id, f"{stem}_guide.pdf", locked_guide))
                    attachments.append(
                        Attachment(
                            filename=f"{stem}_guide.pdf", mime="application/pdf", data=locked_guide
                        )
                    )
                    guides.append(leaflet)
            if person is None or not is_valid_email(person.email):
                problems.append(f"{name}: no valid email address: no calendar file")
                if channels[person_id] is Channel.EMAIL:
                    channels[person_id] = Channel.POST
                    problems.append(f"{name}: email has no valid address: the letter goes by post")
                continue
            invite = replace(base, attendees=(person.email,))
            if meeting.status is MeetingStatus.CANCELLED:
                _, ics = cancellation(
                    replace(invite, sequence=max(0, invite.sequence - 1)), now=now
                )
            else:
                ics = invitation(invite, now=now)
            written.append((person_id, f"{stem}_invitation.ics", ics))
            if channels[person_id] is Channel.EMAIL:
                attachments.append(
                    Attachment(filename=f"{stem}_invitation.ics", mime="text/calendar", data=ics)
                )
                draft = build_draft(
                    sender=Mailbox(name=lead.name, email=lead.email),
                    recipient_name=name,
                    recipient_email=person.email,
                    case_reference=data.case.reference,
                    body_text=invitation_body(
                        cancelled=meeting.status is MeetingStatus.CANCELLED,
                        when=meeting.scheduled_at,
                        venue=location,
                        review=meeting.review_conference_on,
                        language=language,
                    ),
                    attachments=attachments,
                    now=now,
                    language=language,
                )
                written.append((person_id, f"{stem}_invitation.eml", draft.as_bytes()))
        listing = password_list(reference, now, passwords, language, invitations=True)
        written.append((0, f"{reference}_invitation_passwords.txt", listing))
        for _, name, blob in written:
            path = staging / name
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as handle:
                handle.write(blob)
        final.mkdir(mode=0o700, exist_ok=True)
        for _, name, _ in written:
            os.replace(staging / name, final / name)
            moved.append(final / name)
        with ctx.uow() as uow:
            for _person_id, letter in letters:
                record_generated(
                    uow,
                    ctx,
                    case_id=meeting.case_id,
                    kind=DocumentKind.INVITATION,
                    record_id=meeting_id,
                    fmt="pdf",
                    filename=letter.filename,
                    sha256=letter.sha256,
                    size=len(letter.data),
                )
            for leaflet in guides:
                record_generated(
                    uow,
                    ctx,
                    case_id=meeting.case_id,
                    kind=DocumentKind.FAMILY_GUIDE,
                    record_id=meeting.case_id,
                    fmt="pdf",
                    filename=leaflet.filename,
                    sha256=leaflet.sha256,
                    size=len(leaflet.data),
                )
            method = "cancel" if meeting.status is MeetingStatus.CANCELLED else "request"
            record(
                uow,
                ctx,
                "meeting.invitations",
                "meeting",
                meeting_id,
                f"invitees={len(letters)} sequence={base.sequence} method={method}",
            )
        progress.report(len(loaded), len(loaded), "invitations written")
    except BaseException:
        for path in moved:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        if created:
            with contextlib.suppress(OSError):
                final.rmdir()
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    sent = []
    names = {name for _, name, _ in written}
    for number, person_id in enumerate(loaded, start=1):
        stem = f"{reference}_i{number:02d}"
        ics_name = f"{stem}_invitation.ics"
        sent.append(
            InvitationSent(
                person_id=person_id,
                letter=final / f"{stem}_invitation.pdf"
                if f"{stem}_invitation.pdf" in names
                else None,
                calendar=final / ics_name if ics_name in names else None,
                sequence=base.sequence,
                method="CANCEL" if meeting.status is MeetingStatus.CANCELLED else "REQUEST",
                channel=channels.get(person_id, Channel.POST),
                email=final / f"{stem}_invitation.eml"
                if f"{stem}_invitation.eml" in names
                else None,
                name=data.people[person_id].name if person_id in data.people else "",
            )
        )
    return InvitationPack(
        meeting_id=meeting_id,
        out_dir=final,
        invitees=tuple(sent),
        password_list_path=final / f"{reference}_invitation_passwords.txt",
        problems=tuple(problems),
    )
