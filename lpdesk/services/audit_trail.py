"""Reading the audit trail, and recording that a record was opened.

Every change is audited by the service that makes it (``context.record``). This module adds the
"record opened" event (who looked at a child's records is as important as who changed them) and
the two readers QA and team managers use: the history of one record, and of a whole case (the
case itself, every record belonging to it, and the people named in it). The trail itself cannot be
altered or deleted: the database refuses UPDATE and DELETE on ``audit_event`` (migration 0002).
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from lpdesk.domain import AuditEvent, Case, Child, Membership, NotFound
from lpdesk.domain.registry import ENTITIES, entity_name
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.permissions import Permission, require, require_case, require_record
from lpdesk.services.ports import UnitOfWork

__all__ = [
    "history",
    "history_for_case",
    "history_for_reference",
    "record_access",
    "record_opened",
]

_NOT_CASE_RECORDS = frozenset({"audit_event", "case"})
# Reads of the trail are audited under this name (with the record read in ``detail``), so a
# case's history is not lengthened by every look at it.
READ_TRAIL = "audit_trail"


def record_opened(ctx: ServiceContext, entity: str, entity_id: int) -> None:
    """Append a ``record.open`` event: ``ctx.actor`` opened ``entity`` ``entity_id``."""
    require(ctx, Permission.READ_CASE)
    with ctx.uow() as uow:
        record(uow, ctx, "record.open", entity, entity_id)


def record_access(
    ctx: ServiceContext,
    action: str,
    entity: str = "",
    entity_id: int | None = None,
    detail: str = "",
) -> None:
    """Append an event for something read or copied out that no use case records itself (a
    report written to a file, a backup, a restore, the trail read): identifiers only."""
    require(ctx, Permission.READ_CASE)
    with ctx.uow() as uow:
        record(uow, ctx, action, entity, entity_id, detail)


def history(ctx: ServiceContext, *, entity: str, entity_id: int) -> list[AuditEvent]:
    """Every audit event about one record, oldest first (QA and team managers only)."""
    require(ctx, Permission.READ_AUDIT)
    with ctx.uow() as uow:
        require_record(ctx, uow, Permission.READ_AUDIT, entity, entity_id)
        found = _sorted(uow.repo(AuditEvent).find(entity=entity, entity_id=entity_id))
        record(uow, ctx, "audit.read", READ_TRAIL, None, f"{entity}={entity_id}")
    return found


def history_for_case(ctx: ServiceContext, *, case_id: int) -> list[AuditEvent]:
    """Every audit event about a case, its records and the people named in it, oldest first.
    A team manager reads only their own team's cases."""
    with ctx.uow() as uow:
        require_case(ctx, uow, Permission.READ_AUDIT, case_id)
        uow.repo(Case).get(case_id)  # NotFound for an unknown case
        events: list[AuditEvent] = []
        for name, ids in _case_records(uow, case_id).items():
            if ids:
                events += uow.repo(AuditEvent).find(entity=name, entity_id=sorted(ids))
        record(uow, ctx, "audit.read", READ_TRAIL, None, f"case={case_id}")
    return _sorted(events)


def history_for_reference(ctx: ServiceContext, *, reference: str) -> list[AuditEvent]:
    """``history_for_case`` by the case reference (the command line's ``lpdesk audit CASE``)."""
    require(ctx, Permission.READ_AUDIT)
    with ctx.uow() as uow:
        found = uow.repo(Case).find(reference=reference.strip())
    if not found or found[0].id is None:
        raise NotFound("case", reference)
    return history_for_case(ctx, case_id=found[0].id)


def _case_records(uow: UnitOfWork, case_id: int) -> dict[str, set[int]]:
    """The ids of every record belonging to the case, by entity name: records carrying its
    ``case_id``, their children (an attendance through its meeting, an action through its plan)
    and the people who are its children or core group members."""
    found: dict[str, set[int]] = {"case": {case_id}}
    for cls in ENTITIES:  # parents before children
        name = entity_name(cls)
        if name in _NOT_CASE_RECORDS:
            continue
        names = {f.name for f in fields(cls)}
        rows: list[Any]
        if "case_id" in names:
            rows = uow.repo(cls).find(case_id=case_id)
        else:
            parent = next((n for n in sorted(names) if n.endswith("_id") and n[:-3] in found), None)
            if parent is None:
                continue
            rows = uow.repo(cls).find(**{parent: sorted(found[parent[:-3]])})
        found.setdefault(name, set()).update(_ids(rows, "id"))
        if cls in (Child, Membership):
            found.setdefault("person", set()).update(_ids(rows, "person_id"))
    return found


def _ids(rows: list[Any], attr: str) -> set[int]:
    return {int(getattr(row, attr)) for row in rows}


def _sorted(events: list[AuditEvent]) -> list[AuditEvent]:
    return sorted(events, key=lambda e: (e.at, e.id or 0))
