"""The password list as a screen: each recipient by name, the phone number to give the password
by, the password on demand, and who gave it and when.

A recipient's pack password is kept in the operating system's keyring (service ``lpdesk-pack``),
never in the database or a case file; with no keyring it is held in memory for this session
only, and the printed list made with the pack is the copy to use. Showing a password and ticking
it given are audited (identifiers only).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime

import keyring
import keyring.errors

from lpdesk.domain import Channel, CirculationItem, InvalidInput, Meeting, Person
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.permissions import Permission, require, require_case
from lpdesk.services.ports import UnitOfWork

__all__ = [
    "PasswordRow",
    "mark_password_given",
    "password_list",
    "remember_passwords",
    "reveal_password",
]

PACK_SERVICE = "lpdesk-pack"
_memory: dict[str, str] = {}
_log = logging.getLogger(__name__)


@dataclass(frozen=True, kw_only=True, slots=True)
class PasswordRow:
    person_id: int
    name: str
    phone: str
    channel: Channel
    available: bool  # the password can be shown on this computer
    given_at: datetime | None
    given_by: str


def _key(meeting_id: int, person_id: int) -> str:
    return f"meeting-{meeting_id}-person-{person_id}"


def remember_passwords(meeting_id: int, passwords: Iterable[tuple[int, str]]) -> None:
    """Keep each recipient's password of this meeting's latest pack (keyring, else memory)."""
    for person_id, password in passwords:
        key = _key(meeting_id, person_id)
        _memory[key] = password
        try:
            keyring.set_password(PACK_SERVICE, key, password)
        except keyring.errors.KeyringError:
            _log.info("no keyring: pack password for meeting %s kept in memory", meeting_id)


def _stored(meeting_id: int, person_id: int) -> str | None:
    key = _key(meeting_id, person_id)
    if key in _memory:
        return _memory[key]
    with contextlib.suppress(keyring.errors.KeyringError):
        return keyring.get_password(PACK_SERVICE, key)
    return None


def _items(ctx: ServiceContext, uow: UnitOfWork, meeting_id: int) -> list[CirculationItem]:
    found = uow.repo(Meeting).find(id=meeting_id)
    if not found:
        raise InvalidInput.one("meeting_id", f"no meeting {meeting_id}")
    require_case(ctx, uow, Permission.CIRCULATE, found[0].case_id)
    return [i for i in uow.repo(CirculationItem).find(meeting_id=meeting_id) if i.document_id]


def password_list(ctx: ServiceContext, *, meeting_id: int) -> list[PasswordRow]:
    """Everyone sent a pack for this meeting, by name, with their phone number."""
    require(ctx, Permission.CIRCULATE)
    with ctx.uow() as uow:
        items = _items(ctx, uow, meeting_id)
        ids = sorted({i.recipient_person_id for i in items})
        people = {p.id: p for p in uow.repo(Person).find(id=ids)} if ids else {}
    latest: dict[int, CirculationItem] = {}
    for item in sorted(items, key=lambda i: i.id or 0):
        latest[item.recipient_person_id] = item
    rows = [
        PasswordRow(
            person_id=pid,
            name=people[pid].name,
            phone=people[pid].phone.strip(),
            channel=item.channel,
            available=_stored(meeting_id, pid) is not None,
            given_at=item.password_given_at,
            given_by=item.password_given_by,
        )
        for pid, item in latest.items()
        if pid in people
    ]
    return sorted(rows, key=lambda r: r.name.casefold())


def reveal_password(ctx: ServiceContext, *, meeting_id: int, person_id: int) -> str:
    """The recipient's password, on demand (audited)."""
    require(ctx, Permission.CIRCULATE)
    with ctx.uow() as uow:
        items = _items(ctx, uow, meeting_id)
        if not any(i.recipient_person_id == person_id for i in items):
            raise InvalidInput.one("person_id", "this recipient was not sent a pack")
        password = _stored(meeting_id, person_id)
        if password is None:
            raise InvalidInput.one(
                "person_id",
                "the password is not kept on this computer: use the printed password list",
            )
        record(uow, ctx, "circulation.password_shown", "meeting", meeting_id, f"person={person_id}")
    return password


def mark_password_given(ctx: ServiceContext, *, meeting_id: int, person_id: int) -> datetime:
    """Tick the recipient's password as given, by the signed-in user, now (audited)."""
    require(ctx, Permission.CIRCULATE)
    now = ctx.clock.now()
    with ctx.uow() as uow:
        items = [i for i in _items(ctx, uow, meeting_id) if i.recipient_person_id == person_id]
        if not items:
            raise InvalidInput.one("person_id", "this recipient was not sent a pack")
        for item in items:
            if item.password_given_at is None:
                uow.repo(CirculationItem).update(
                    replace(item, password_given_at=now, password_given_by=ctx.actor.username)
                )
        record(uow, ctx, "circulation.password_given", "meeting", meeting_id, f"person={person_id}")
    return now
