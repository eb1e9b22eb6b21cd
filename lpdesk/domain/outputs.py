"""What lpdesk produces and records: generated documents, circulation, audit, due items."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from lpdesk.domain.enums import Channel, DistributionState, DocumentKind, DueKind, DueStatus

__all__ = [
    "AuditEvent",
    "CirculationItem",
    "DueItem",
    "ExcludedSummary",
    "GeneratedDocument",
]


@dataclass(frozen=True, kw_only=True, slots=True)
class GeneratedDocument:
    """A file lpdesk produced, with its SHA-256 so anyone can later prove what was sent."""

    id: int | None = None
    case_id: int
    kind: DocumentKind
    record_id: int | None = None
    fmt: str  # "pdf", "docx", "pdfa"
    filename: str
    sha256: str
    size: int
    created_at: datetime
    created_by: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class CirculationItem:
    """One document for one recipient: the distribution record. ``sent_at``/``sent_by`` say when
    and by whom the item was produced; ``state`` says whether it reached them, confirmed
    ``reached_at``/``reached_by`` (see docs/circulation.md). ``note`` gives the reason of a
    failure or of a recipient recorded as not sent (then there is no document)."""

    id: int | None = None
    case_id: int
    meeting_id: int | None = None
    document_id: int | None = None
    recipient_person_id: int
    channel: Channel
    sha256: str
    sent_at: datetime
    sent_by: str = ""
    state: DistributionState = DistributionState.PREPARED
    reached_at: datetime | None = None
    reached_by: str = ""
    note: str = ""
    password_given_at: datetime | None = None
    password_given_by: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class ExcludedSummary:
    """What the lead professional wrote for one parent excluded from the core group about one
    meeting: the only text of their summary letter, never taken from any other field."""

    id: int | None = None
    meeting_id: int
    person_id: int
    text: str
    written_at: datetime
    written_by: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class AuditEvent:
    """Who did what to which record, written in the same transaction as the change."""

    id: int | None = None
    at: datetime
    user: str
    role: str
    action: str  # "meeting.approve", "visit.record", "record.open", ...
    entity: str = ""
    entity_id: int | None = None
    detail: str = ""  # identifiers only: never names or narrative


@dataclass(frozen=True, kw_only=True, slots=True)
class DueItem:
    """Something due for a case or a child, with a reason a person can check by hand."""

    case_id: int
    case_reference: str
    child_id: int | None
    child_label: str  # e.g. "child 2"; names are added by the caller that may show them
    kind: DueKind
    due: date
    status: DueStatus
    reason: str
    responsible_person_id: int | None = None
