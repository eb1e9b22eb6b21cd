"""The state of each distribution item, and when a meeting counts as circulated.

An item is prepared when a draft or a file exists, sent when the SMTP server accepted it or a
person confirmed the draft was sent, posted or handed when a person confirmed it on a date,
failed, or not sent (a recipient recorded, with a reason, as not sent to). Minutes count as
circulated (the due list, the compliance figure) only once every entitled recipient's items are
sent, posted or handed, or recorded as not sent with a reason: ``settle`` then marks the meeting
circulated on the day the last one was reached. See docs/circulation.md.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
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
    Person,
)
from lpdesk.services.circulation.preview import entitled_in
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.permissions import Permission, require, require_case
from lpdesk.services.ports import UnitOfWork

__all__ = [
    "REACHED_BY_CHANNEL",
    "Marked",
    "entitled_people",
    "latest_items",
    "mark_failed",
    "mark_reached",
    "recipient_state",
    "record_not_sent",
    "settle",
]

REACHED_BY_CHANNEL = {
    Channel.EMAIL: DistributionState.SENT,
    Channel.POST: DistributionState.POSTED,
    Channel.HAND: DistributionState.HANDED,
}


@dataclass(frozen=True, kw_only=True, slots=True)
class Marked:
    """What a marking changed: items marked, and whether the meeting is now circulated."""

    meeting_id: int
    items: int
    circulated: bool
    circulated_on: date | None


Carried = tuple[DocumentKind, str]  # a document kind in a format


def latest_items(
    items: Iterable[CirculationItem], kinds: dict[int, Carried]
) -> dict[int, list[CirculationItem]]:
    """Per recipient, their latest item for each document kind and format (a later pack
    supersedes an earlier one); a recipient recorded as not sent has one item, no document."""
    latest: dict[tuple[int, Carried | None], CirculationItem] = {}
    for item in sorted(items, key=lambda i: i.id or 0):
        kind = kinds.get(item.document_id) if item.document_id is not None else None
        latest[(item.recipient_person_id, kind)] = item
    by_person: dict[int, list[CirculationItem]] = {}
    for (person_id, _kind), item in latest.items():
        by_person.setdefault(person_id, []).append(item)
    return by_person


def recipient_state(items: Sequence[CirculationItem]) -> DistributionState | None:
    """One state for a recipient: None before anything was produced for them; failed or
    prepared while anything is; otherwise how they were reached (or not sent)."""
    if not items:
        return None
    states = {i.state for i in items}
    for state in (DistributionState.FAILED, DistributionState.PREPARED):
        if state in states:
            return state
    reached = [i.state for i in items if i.state.reached]
    return reached[0] if reached else DistributionState.NOT_SENT


def document_kinds(uow: UnitOfWork, items: Iterable[CirculationItem]) -> dict[int, Carried]:
    ids = sorted({i.document_id for i in items if i.document_id is not None})
    if not ids:
        return {}
    found = uow.repo(GeneratedDocument).find(id=ids)
    return {d.id: (d.kind, d.fmt) for d in found if d.id is not None}


def entitled_people(ctx: ServiceContext, meeting_id: int) -> tuple[int, ...] | None:
    """Every recipient the case's core group entitles to this meeting's pack, or None when that
    cannot be worked out now (minutes no longer approved as they stand)."""
    with ctx.uow() as uow:
        return entitled_in(uow, ctx, meeting_id)


def settle(
    uow: UnitOfWork, ctx: ServiceContext, meeting_id: int, entitled: Collection[int] | None
) -> Meeting:
    """Mark the meeting circulated once every entitled recipient is reached (or recorded as not
    sent, with a reason) and at least one was reached; otherwise leave it as it is."""
    meeting = uow.repo(Meeting).get(meeting_id)
    if meeting.status is not MeetingStatus.APPROVED:
        return meeting
    items = uow.repo(CirculationItem).find(meeting_id=meeting_id)
    by_person = latest_items(items, document_kinds(uow, items))
    # everyone entitled now, and anyone already sent something for this meeting
    people = set(entitled or ()) | set(by_person)
    if not people or any(
        not by_person.get(p) or not all(i.state.settled for i in by_person[p]) for p in people
    ):
        return meeting
    reached = [
        i.reached_at
        for p in people
        for i in by_person[p]
        if i.state.reached and i.reached_at is not None
    ]
    if not reached:
        return meeting
    day = max(reached).date()
    done = uow.repo(Meeting).update(
        replace(meeting, status=MeetingStatus.CIRCULATED, circulated_on=day)
    )
    record(uow, ctx, "meeting.circulated", "meeting", meeting_id, f"recipients={len(people)}")
    return done


def _moment(ctx: ServiceContext, on: date | None) -> datetime:
    now = ctx.clock.now()
    if on is None or on == now.date():
        return now
    if on > now.date():
        raise InvalidInput.one("on", "the date it was sent cannot be in the future")
    return datetime.combine(on, datetime.min.time())


def _names(uow: UnitOfWork, person_ids: Iterable[int]) -> dict[int, str]:
    ids = sorted(set(person_ids))
    return {p.id: p.name for p in uow.repo(Person).find(id=ids) if p.id is not None} if ids else {}


def _change(
    ctx: ServiceContext,
    *,
    meeting_id: int,
    person_ids: Collection[int],
    change: str,
    on: date | None = None,
    reason: str = "",
) -> Marked:
    require(ctx, Permission.CIRCULATE)
    if not person_ids:
        raise InvalidInput.one("person_ids", "choose at least one recipient")
    when = _moment(ctx, on)
    entitled = entitled_people(ctx, meeting_id)
    count = 0
    with ctx.uow() as uow:
        found = uow.repo(Meeting).find(id=meeting_id)
        if not found:
            raise InvalidInput.one("meeting_id", f"no meeting {meeting_id}")
        require_case(ctx, uow, Permission.CIRCULATE, found[0].case_id)
        items = uow.repo(CirculationItem).find(meeting_id=meeting_id)
        by_person = latest_items(items, document_kinds(uow, items))
        names = _names(uow, person_ids)
        for person_id in sorted(set(person_ids)):
            waiting = [
                i
                for i in by_person.get(person_id, [])
                if i.state in (DistributionState.PREPARED, DistributionState.FAILED)
            ]
            who = names.get(person_id, "this recipient")
            if not waiting:
                raise InvalidInput.one(
                    "person_ids", f"{who} has nothing produced and waiting to be marked"
                )
            if when < min(i.sent_at for i in waiting).replace(hour=0, minute=0, second=0):
                raise InvalidInput.one("on", f"{who}'s documents were produced after that date")
            for item in waiting:
                state = (
                    DistributionState.FAILED
                    if change == "failed"
                    else REACHED_BY_CHANNEL.get(item.channel, DistributionState.SENT)
                )
                uow.repo(CirculationItem).update(
                    replace(
                        item,
                        state=state,
                        reached_at=when,
                        reached_by=ctx.actor.username,
                        note=reason,
                    )
                )
                record(
                    uow,
                    ctx,
                    f"circulation.{state.value}",
                    "circulation_item",
                    item.id,
                    f"meeting={meeting_id} person={person_id}",
                )
                count += 1
        meeting = settle(uow, ctx, meeting_id, entitled)
    return Marked(
        meeting_id=meeting_id,
        items=count,
        circulated=meeting.status is MeetingStatus.CIRCULATED,
        circulated_on=meeting.circulated_on,
    )


def mark_reached(
    ctx: ServiceContext, *, meeting_id: int, person_ids: Collection[int], on: date | None = None
) -> Marked:
    """Confirm that the prepared items of ``person_ids`` reached them on ``on`` (today unless
    given): an email draft sent, a post pack posted, a hand pack handed over. The meeting becomes
    circulated when this was the last recipient to reach."""
    return _change(ctx, meeting_id=meeting_id, person_ids=person_ids, change="reached", on=on)


def mark_failed(
    ctx: ServiceContext, *, meeting_id: int, person_ids: Collection[int], reason: str
) -> Marked:
    """Record that the prepared items of ``person_ids`` did not reach them (returned post, a
    bounced email), with the reason. They are still to be reached."""
    if not reason.strip():
        raise InvalidInput.one("reason", "say what went wrong")
    return _change(
        ctx, meeting_id=meeting_id, person_ids=person_ids, change="failed", reason=reason.strip()
    )


def add_not_sent(
    uow: UnitOfWork,
    ctx: ServiceContext,
    *,
    case_id: int,
    meeting_id: int,
    person_id: int,
    channel: Channel,
    reason: str,
) -> None:
    """Record, in the caller's unit of work, that ``person_id`` is not sent this pack, and why."""
    now = ctx.clock.now()
    row = uow.repo(CirculationItem).add(
        CirculationItem(
            case_id=case_id,
            meeting_id=meeting_id,
            recipient_person_id=person_id,
            channel=channel,
            sha256="",
            sent_at=now,
            sent_by=ctx.actor.username,
            state=DistributionState.NOT_SENT,
            reached_at=now,
            reached_by=ctx.actor.username,
            note=reason,
        )
    )
    record(
        uow,
        ctx,
        "circulation.not_sent",
        "circulation_item",
        row.id,
        f"meeting={meeting_id} person={person_id}",
    )


def record_not_sent(ctx: ServiceContext, *, meeting_id: int, person_id: int, reason: str) -> Marked:
    """Record that an entitled recipient is not sent this meeting's pack (no usable channel), with
    the reason, so the distribution record says so and the meeting can be circulated."""
    require(ctx, Permission.CIRCULATE)
    if not reason.strip():
        raise InvalidInput.one("reason", "say why they are not sent the documents")
    entitled = entitled_people(ctx, meeting_id)
    if entitled is not None and person_id not in entitled:
        raise InvalidInput.one("person_id", "not a recipient of this meeting's documents")
    with ctx.uow() as uow:
        meeting = uow.repo(Meeting).get(meeting_id)
        require_case(ctx, uow, Permission.CIRCULATE, meeting.case_id)
        member = [m for m in _memberships(uow, meeting.case_id) if m[0] == person_id]
        add_not_sent(
            uow,
            ctx,
            case_id=meeting.case_id,
            meeting_id=meeting_id,
            person_id=person_id,
            channel=member[0][1] if member else Channel.NONE,
            reason=reason.strip(),
        )
        meeting = settle(uow, ctx, meeting_id, entitled)
    return Marked(
        meeting_id=meeting_id,
        items=1,
        circulated=meeting.status is MeetingStatus.CIRCULATED,
        circulated_on=meeting.circulated_on,
    )


def _memberships(uow: UnitOfWork, case_id: int) -> list[tuple[int, Channel]]:
    from lpdesk.domain import Membership

    return [(m.person_id, m.channel) for m in uow.repo(Membership).find(case_id=case_id)]
