"""The distribution record: every entitled recipient and where each of their items stands
(prepared, sent, posted, handed, failed, not sent), including those not yet reached."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from lpdesk.domain import (
    Channel,
    CirculationItem,
    DistributionState,
    DocumentKind,
    GeneratedDocument,
    InvalidInput,
    Meeting,
    MeetingStatus,
    Membership,
    Person,
)
from lpdesk.services.circulation.states import entitled_people, latest_items, recipient_state
from lpdesk.services.context import ServiceContext
from lpdesk.services.permissions import Permission, require_case

__all__ = [
    "DistributionLine",
    "MeetingDistribution",
    "RecipientStatus",
    "distribution",
    "distribution_status",
]


@dataclass(frozen=True, kw_only=True, slots=True)
class DistributionLine:
    person_id: int
    name: str
    kind: DocumentKind | None
    fmt: str
    filename: str
    sent_at: datetime  # when the item was produced (or recorded)
    channel: Channel
    sha256: str  # of the bytes that left
    document_sha256: str  # of the rendered document before encryption
    sent_by: str
    state: DistributionState = DistributionState.PREPARED
    reached_at: datetime | None = None
    reached_by: str = ""
    note: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class RecipientStatus:
    """One entitled recipient: how they are reached and where they stand. ``state`` is None when
    nothing has been produced for them yet."""

    person_id: int
    name: str
    phone: str
    channel: Channel
    state: DistributionState | None
    reached_at: datetime | None
    reached_by: str
    note: str
    entitled: bool  # entitled now, or already sent something for this meeting
    lines: tuple[DistributionLine, ...]

    @property
    def settled(self) -> bool:
        return self.state is not None and self.state.settled


@dataclass(frozen=True, kw_only=True, slots=True)
class MeetingDistribution:
    meeting_id: int
    case_id: int
    held_on: date | None
    status: MeetingStatus
    circulated_on: date | None
    recipients: tuple[RecipientStatus, ...]

    @property
    def circulated(self) -> bool:
        return self.status is MeetingStatus.CIRCULATED

    @property
    def waiting(self) -> tuple[RecipientStatus, ...]:
        """Entitled recipients not yet reached (nor recorded as not sent)."""
        return tuple(r for r in self.recipients if r.entitled and not r.settled)


def distribution_status(ctx: ServiceContext, *, meeting_id: int) -> MeetingDistribution:
    """Every entitled recipient of the meeting's pack (and anyone else sent something for it),
    with each of their items and its state."""
    entitled = entitled_people(ctx, meeting_id)
    with ctx.uow() as uow:
        found = uow.repo(Meeting).find(id=meeting_id)
        if not found:
            raise InvalidInput.one("meeting_id", f"no meeting {meeting_id}")
        meeting = found[0]
        require_case(ctx, uow, Permission.READ_CASE, meeting.case_id)
        items = uow.repo(CirculationItem).find(meeting_id=meeting_id)
        doc_ids = sorted({i.document_id for i in items if i.document_id is not None})
        documents = (
            {d.id: d for d in uow.repo(GeneratedDocument).find(id=doc_ids) if d.id is not None}
            if doc_ids
            else {}
        )
        channels = {
            m.person_id: m.channel for m in uow.repo(Membership).find(case_id=meeting.case_id)
        }
        wanted = set(entitled or ()) | {i.recipient_person_id for i in items}
        people = {p.id: p for p in uow.repo(Person).find(id=sorted(wanted))} if wanted else {}
    kinds = {i: (d.kind, d.fmt) for i, d in documents.items()}
    latest = latest_items(items, kinds)
    order = list(entitled or ()) + sorted(set(latest) - set(entitled or ()))
    recipients = []
    for person_id in order:
        person = people.get(person_id)
        mine = sorted(latest.get(person_id, []), key=lambda i: i.id or 0)
        state = recipient_state(mine)
        last = mine[-1] if mine else None
        recipients.append(
            RecipientStatus(
                person_id=person_id,
                name=person.name if person else "",
                phone=person.phone.strip() if person else "",
                channel=last.channel if last else channels.get(person_id, Channel.NONE),
                state=state,
                reached_at=max((i.reached_at for i in mine if i.reached_at), default=None),
                reached_by=next((i.reached_by for i in reversed(mine) if i.reached_by), ""),
                note=next((i.note for i in reversed(mine) if i.note), ""),
                entitled=True,  # entitled now, or sent something for this meeting
                lines=tuple(_line(i, documents.get(i.document_id or 0), person) for i in mine),
            )
        )
    return MeetingDistribution(
        meeting_id=meeting_id,
        case_id=meeting.case_id,
        held_on=meeting.held_on,
        status=meeting.status,
        circulated_on=meeting.circulated_on,
        recipients=tuple(recipients),
    )


def _line(
    item: CirculationItem, doc: GeneratedDocument | None, person: Person | None
) -> DistributionLine:
    return DistributionLine(
        person_id=item.recipient_person_id,
        name=person.name if person else "",
        kind=doc.kind if doc else None,
        fmt=doc.fmt if doc else "",
        filename=doc.filename if doc else "",
        sent_at=item.sent_at,
        channel=item.channel,
        sha256=item.sha256,
        document_sha256=doc.sha256 if doc else "",
        sent_by=item.sent_by,
        state=item.state,
        reached_at=item.reached_at,
        reached_by=item.reached_by,
        note=item.note,
    )


def distribution(ctx: ServiceContext, *, meeting_id: int) -> list[DistributionLine]:
    """Every item recorded for the meeting, in the order produced."""
    with ctx.uow() as uow:
        found = uow.repo(Meeting).find(id=meeting_id)
        if not found:
            raise InvalidInput.one("meeting_id", f"no meeting {meeting_id}")
        require_case(ctx, uow, Permission.READ_CASE, found[0].case_id)
        items = uow.repo(CirculationItem).find(meeting_id=meeting_id)
        doc_ids = sorted({i.document_id for i in items if i.document_id is not None})
        documents = (
            {d.id: d for d in uow.repo(GeneratedDocument).find(id=doc_ids)} if doc_ids else {}
        )
        person_ids = sorted({i.recipient_person_id for i in items})
        people = {p.id: p for p in uow.repo(Person).find(id=person_ids)} if person_ids else {}
    return [
        _line(i, documents.get(i.document_id or 0), people.get(i.recipient_person_id))
        for i in sorted(items, key=lambda i: (i.sent_at, i.id or 0))
    ]
