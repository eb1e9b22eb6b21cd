"""The distribution record: who was sent what, when and how, read back from what was recorded."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from lpdesk.domain import (
    Channel,
    CirculationItem,
    DocumentKind,
    GeneratedDocument,
    InvalidInput,
    Meeting,
    Person,
)
from lpdesk.services.context import ServiceContext
from lpdesk.services.permissions import Permission, require_case

__all__ = ["DistributionLine", "distribution"]


@dataclass(frozen=True, kw_only=True, slots=True)
class DistributionLine:
    person_id: int
    name: str
    kind: DocumentKind | None
    fmt: str
    filename: str
    sent_at: datetime
    channel: Channel
    sha256: str  # of the bytes that left
    document_sha256: str  # of the rendered document before encryption
    sent_by: str


def distribution(ctx: ServiceContext, *, meeting_id: int) -> list[DistributionLine]:
    """Every item recorded for the meeting, in the order sent (three queries and one by ids)."""
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
        names = {p.id: p.name for p in uow.repo(Person).find(id=person_ids)} if person_ids else {}
    lines = []
    for item in sorted(items, key=lambda i: (i.sent_at, i.id or 0)):
        doc = documents.get(item.document_id) if item.document_id is not None else None
        lines.append(
            DistributionLine(
                person_id=item.recipient_person_id,
                name=names.get(item.recipient_person_id, f"person {item.recipient_person_id}"),
                kind=doc.kind if doc else None,
                fmt=doc.fmt if doc else "",
                filename=doc.filename if doc else "",
                sent_at=item.sent_at,
                channel=item.channel,
                sha256=item.sha256,
                document_sha256=doc.sha256 if doc else "",
                sent_by=item.sent_by,
            )
        )
    return lines
