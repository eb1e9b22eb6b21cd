"""The circulation queue across the team: every meeting whose minutes are approved and not yet
fully circulated (partly reached counts as not circulated), oldest deadline first, with who is
still to be reached and on which channel.

The deadline, status and reason are the due list's (kind ``minutes_circulation``); the meeting ids
come from the same case facts the due list is computed from, in one read; who is still to be
reached comes from each meeting's distribution record.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from lpdesk.domain import Channel, DistributionState, DueKind, DueStatus
from lpdesk.rules.due import due_items
from lpdesk.rules.profile import Profile
from lpdesk.services.context import ServiceContext
from lpdesk.services.permissions import Permission, require

__all__ = ["QueueEntry", "StillToReach", "circulation_queue", "sort_queue"]

_RANK = {DueStatus.OVERDUE: 0, DueStatus.DUE_SOON: 1, DueStatus.OK: 2}


@dataclass(frozen=True, kw_only=True, slots=True)
class StillToReach:
    """An entitled recipient not yet reached: ``state`` None when nothing is produced for them."""

    person_id: int
    name: str
    channel: Channel
    state: DistributionState | None


@dataclass(frozen=True, kw_only=True, slots=True)
class QueueEntry:
    """One approved meeting whose minutes are not yet circulated, with its deadline."""

    meeting_id: int
    case_id: int
    case_reference: str
    meeting_on: date
    due: date
    status: DueStatus
    reason: str
    waiting: tuple[StillToReach, ...] = ()


def circulation_queue(ctx: ServiceContext, *, profiles: Mapping[str, Profile]) -> list[QueueEntry]:
    require(ctx, Permission.CIRCULATE)
    day = ctx.clock.today()
    with ctx.uow() as uow:
        facts = uow.case_facts(as_of=day)
    items = [
        i
        for i in due_items(facts, profiles, day, horizon_days=None)
        if i.kind is DueKind.MINUTES_CIRCULATION
    ]
    entries: list[QueueEntry] = []
    for case in facts:
        meetings = sorted(case.uncirculated_meetings, key=lambda m: (m.held_on, m.meeting_id))
        mine = sorted((i for i in items if i.case_id == case.case_id), key=lambda i: i.due)
        # the rule makes one item per uncirculated meeting, in the same order
        for meeting, item in zip(meetings, mine, strict=False):
            if meeting.approved:
                entries.append(
                    QueueEntry(
                        meeting_id=meeting.meeting_id,
                        case_id=case.case_id,
                        case_reference=item.case_reference,
                        meeting_on=meeting.held_on,
                        due=item.due,
                        status=item.status,
                        reason=item.reason,
                        waiting=_waiting(ctx, meeting.meeting_id),
                    )
                )
    return sort_queue(entries)


def _waiting(ctx: ServiceContext, meeting_id: int) -> tuple[StillToReach, ...]:
    from lpdesk.services.circulation.distribution import distribution_status

    record = distribution_status(ctx, meeting_id=meeting_id)
    return tuple(
        StillToReach(person_id=r.person_id, name=r.name, channel=r.channel, state=r.state)
        for r in record.waiting
    )


def sort_queue(entries: Sequence[QueueEntry]) -> list[QueueEntry]:
    """Oldest deadline first."""
    return sorted(entries, key=lambda e: (e.due, _RANK[e.status], e.case_reference, e.meeting_id))
