"""Email drafts (.eml) the lead professional opens, checks and sends from their own mail client.

``X-Unsent: 1`` makes Outlook open the file as an editable draft. Headers are built only from
checked values: names with line breaks or control characters and malformed addresses are refused,
addresses go through ``email.headerregistry.Address``, and the subject carries the case reference
only (never a child's name). Passwords are never put in a draft.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from lpdesk.circulation.safety import checked_address, has_control_characters, safe_reference
from lpdesk.domain import InvalidInput

__all__ = ["Attachment", "Mailbox", "build_draft", "draft_subject", "write_eml"]

_SAFE_FILENAME_CHARS = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-"
)


@dataclass(frozen=True, kw_only=True, slots=True)
class Mailbox:
    name: str
    email: str


@dataclass(frozen=True, kw_only=True, slots=True)
class Attachment:
    filename: str  # ASCII letters, digits, "._-" only: built by the pack, never from a name
    mime: str  # "application/pdf"
    data: bytes


def draft_subject(case_reference: str) -> str:
    return f"Core group documents: {safe_reference(case_reference)}"


def build_draft(
    *,
    sender: Mailbox,
    recipient_name: str,
    recipient_email: str,
    case_reference: str,
    body_text: str,
    attachments: Sequence[Attachment],
    now: datetime | None = None,
) -> EmailMessage:
    """An unsent draft to one recipient (one recipient per message: no lists, no copies)."""
    from_address = checked_address(sender.name, sender.email, field="sender")
    to_address = checked_address(recipient_name, recipient_email, field="recipient")
    if has_control_characters(body_text, allow_newline=True):
        raise InvalidInput.one("body_text", "holds a control character")
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = from_address
    msg["To"] = to_address
    msg["Subject"] = draft_subject(case_reference)
    msg["X-Unsent"] = "1"
    msg["Message-ID"] = make_msgid(domain=from_address.domain)
    if now is not None:
        msg["Date"] = format_datetime(now)
    msg.set_content(body_text)
    for i, item in enumerate(attachments):
        if not item.filename or not set(item.filename) <= _SAFE_FILENAME_CHARS:
            raise InvalidInput.one(f"attachments[{i}].filename", "unsafe file name")
        maintype, _, subtype = item.mime.partition("/")
        if not subtype or has_control_characters(item.mime) or " " in item.mime:
            raise InvalidInput.one(f"attachments[{i}].mime", "not a MIME type")
        msg.add_attachment(item.data, maintype=maintype, subtype=subtype, filename=item.filename)
    return msg


def write_eml(msg: EmailMessage, path: Path) -> None:
    """Write the draft atomically (temporary name, then ``os.replace``)."""
    data = msg.as_bytes(policy=policy.SMTP)
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
