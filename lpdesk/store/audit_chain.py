"""The audit trail's hash chain on an embedded (SQLite) desk.

Each event carries the hash of the event before it (``prev_hash``) and its own (``hash``, the
SHA-256 of ``prev_hash`` and the event's fields). Triggers already refuse UPDATE and DELETE; the
chain is what shows it if someone with the file dropped a trigger and edited or removed a row:
``verify`` recomputes every link and checks the triggers are in place. Appends are serialised by
the unit of work's ``BEGIN IMMEDIATE``, so two writers never fork the chain.

On PostgreSQL the chain is not kept (concurrent writers would have to queue on one lock); a team
database protects its trail with roles that may only INSERT and SELECT (docs/security.md).

What it cannot show: rows removed from the very end together with their hashes (nothing after
them names them), or a file replaced wholesale by an older copy.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select, text

from lpdesk.store.tables import audit_event

__all__ = ["GENESIS", "TRIGGERS", "chained_row", "event_hash", "verify"]

GENESIS = "0" * 64
TRIGGERS = ("audit_event_no_update", "audit_event_no_delete")
_FIELDS = ("at", "user", "role", "action", "entity", "entity_id", "detail")


def _canonical(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="microseconds")
    return value


def event_hash(prev_hash: str, row: Mapping[str, Any]) -> str:
    """The hash of one event: its predecessor's hash and its fields, in a fixed JSON form."""
    return _hash(prev_hash, [row[name] for name in _FIELDS])


def _hash(prev_hash: str, values: list[Any]) -> str:
    payload = [prev_hash] + [_canonical(v) for v in values]
    data = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def chained_row(conn: Connection, row: dict[str, Any]) -> dict[str, Any]:
    """``row`` with its chain fields, for an insert inside the caller's (immediate) transaction.
    PostgreSQL rows carry none."""
    if conn.dialect.name != "sqlite":
        return row
    last = conn.execute(
        select(audit_event.c.hash).order_by(audit_event.c.id.desc()).limit(1)
    ).scalar()
    prev = last or GENESIS
    return {**row, "prev_hash": prev, "hash": event_hash(prev, row)}


def verify(conn: Connection) -> list[str]:
    """Every break found, as sentences naming event ids (never their content); [] when whole."""
    if conn.dialect.name != "sqlite":
        return []
    problems: list[str] = []
    names = {
        r[0]
        for r in conn.execute(
            text(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_event'"
            )
        )
    }
    for trigger in TRIGGERS:
        if trigger not in names:
            problems.append(f"the trigger {trigger} that keeps the trail append-only is missing")
    prev = GENESIS
    # Raw rows: SQLite keeps ``at`` as the very text ``_canonical`` makes of a datetime, so no
    # parsing is needed (a third of the time); the order of columns is _FIELDS'.
    quoted = ", ".join(f'"{name}"' for name in _FIELDS)
    rows = conn.exec_driver_sql(
        f"SELECT id, prev_hash, hash, {quoted} FROM audit_event ORDER BY id"
    )
    for ident, prev_hash, stored, *values in rows:
        if prev_hash != prev:
            problems.append(f"event {ident}: the event before it was removed or changed")
        if stored != _hash(prev_hash, values):
            problems.append(f"event {ident}: changed after it was written")
        prev = stored
        if len(problems) >= 20:
            problems.append("more breaks not listed")
            break
    return problems
