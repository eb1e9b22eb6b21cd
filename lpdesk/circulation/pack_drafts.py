"""An email recipient's draft in a pack: their documents encrypted with their password, attached
under names made from the case reference and document kind (never a name), to one message that
names them alone (``email_draft.build_draft``).

The draft is made on a worker process as soon as the recipient's documents are rendered
(``pack_workers.draft_later``); with no workers, or when it could not be made there, it is made
again in the pack's own process (``made_here``), where any error is raised as it always was.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import Future
from datetime import datetime
from typing import Any

from lpdesk.circulation.email_draft import Attachment, Mailbox, draft_bytes
from lpdesk.circulation.encrypt import new_salt
from lpdesk.circulation.pack_workers import draft_later, encrypt
from lpdesk.domain import DocumentKind, Person

__all__ = ["MIME", "Drafted", "attachment_name", "draft", "made_here", "message"]

MIME = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}

Drafted = Future[bytes | None] | None  # an email recipient's .eml, made on a worker
Document = tuple[DocumentKind, str, bytes]  # (kind, format, rendered bytes)


def attachment_name(reference: str, kind: DocumentKind, fmt: str) -> str:
    return f"{reference}_{kind.value}.{fmt}"


def message(
    sender: Mailbox,
    person: Person,
    case_reference: str,
    body_text: str,
    now: datetime,
    language: str,
) -> dict[str, Any]:
    """``build_draft``'s arguments but the attachments, for one recipient."""
    return {
        "sender": sender,
        "recipient_name": person.name,
        "recipient_email": person.email,
        "case_reference": case_reference,
        "body_text": body_text,
        "now": now,
        "language": language,
    }


def draft(
    reference: str, documents: Sequence[Document], password: str, fields: dict[str, Any]
) -> Drafted:
    """The recipient's draft, started on a worker (None: to be made here)."""
    return draft_later(
        [
            (fmt, data, attachment_name(reference, kind, fmt), MIME[fmt])
            for kind, fmt, data in documents
        ],
        password,
        fields,
    )


def made_here(
    reference: str, documents: Sequence[Document], password: str, fields: dict[str, Any]
) -> bytes:
    """The recipient's draft made in this process (no workers, or it failed on one)."""
    salt = new_salt()
    attachments = [
        Attachment(
            filename=attachment_name(reference, kind, fmt),
            mime=MIME[fmt],
            data=encrypt(fmt, data, password, salt),
        )
        for kind, fmt, data in documents
    ]
    return draft_bytes(attachments=attachments, **fields)
