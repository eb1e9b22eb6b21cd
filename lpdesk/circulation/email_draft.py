"""Email drafts (.eml) the lead professional opens, checks and sends from their own mail client.

``X-Unsent: 1`` makes Outlook open the file as an editable draft. Headers are built only from
checked values: names with line breaks or control characters, names holding RFC 2047 encoded
words (``=?utf-8?b?...?=``, which a mail client decodes into more addresses) and malformed
addresses are refused, addresses go through ``email.headerregistry.Address``, and the subject
carries the case reference only (never a child's name). Every draft is then parsed back as a mail
client would read it, and refused unless it names exactly the intended sender and one recipient.
Passwords are never put in a draft.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from lpdesk.circulation.pack_words import email_subject
from lpdesk.circulation.safety import checked_address, has_control_characters
from lpdesk.domain import InvalidInput

__all__ = [
    "Attachment",
    "Mailbox",
    "build_draft",
    "check_one_recipient",
    "draft_bytes",
    "draft_subject",
    "holds_encoded_word",
    "write_eml",
]

# An RFC 2047 encoded word, or anything a lenient decoder would take for one.
_ENCODED_WORD = re.compile(r"=\?[^?\s]*\?[A-Za-z]?\?", re.ASCII)


def holds_encoded_word(text: str) -> bool:
    """True when ``text`` holds something a mail client would decode as an encoded word: a name
    that must not go into a header (decoded, it could add recipients)."""
    return _ENCODED_WORD.search(text) is not None


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


def draft_subject(case_reference: str, language: str = "en") -> str:
    """ "Core group documents: <reference>" ("Dogfennau'r grŵp craidd: ..." in Welsh): the case
    reference only, never a name."""
    return email_subject(case_reference, language)


def build_draft(
    *,
    sender: Mailbox,
    recipient_name: str,
    recipient_email: str,
    case_reference: str,
    body_text: str,
    attachments: Sequence[Attachment],
    now: datetime | None = None,
    language: str = "en",
) -> EmailMessage:
    """An unsent draft to one recipient (one recipient per message: no lists, no copies)."""
    return _checked(
        sender=sender,
        recipient_name=recipient_name,
        recipient_email=recipient_email,
        case_reference=case_reference,
        body_text=body_text,
        attachments=attachments,
        now=now,
        language=language,
    )[0]


def draft_bytes(
    *,
    sender: Mailbox,
    recipient_name: str,
    recipient_email: str,
    case_reference: str,
    body_text: str,
    attachments: Sequence[Attachment],
    now: datetime | None = None,
    language: str = "en",
) -> bytes:
    """``build_draft(...).as_bytes()``, from the one writing-out that was checked (a pack's
    draft: writing a message with its attachments out again costs as much as the first time)."""
    return _checked(
        sender=sender,
        recipient_name=recipient_name,
        recipient_email=recipient_email,
        case_reference=case_reference,
        body_text=body_text,
        attachments=attachments,
        now=now,
        language=language,
    )[1]


def _checked(
    *,
    sender: Mailbox,
    recipient_name: str,
    recipient_email: str,
    case_reference: str,
    body_text: str,
    attachments: Sequence[Attachment],
    now: datetime | None = None,
    language: str = "en",
) -> tuple[EmailMessage, bytes]:
    """The draft, and the bytes it is written as once checked for its one recipient (writing
    it out again gives the same bytes: the boundary is fixed by the first)."""
    for field, name in (("sender", sender.name), ("recipient", recipient_name)):
        if holds_encoded_word(name):
            raise InvalidInput.one(field, "the name holds an encoded word (=?...?=)")
    from_address = checked_address(sender.name, sender.email, field="sender")
    to_address = checked_address(recipient_name, recipient_email, field="recipient")
    if has_control_characters(body_text, allow_newline=True):
        raise InvalidInput.one("body_text", "holds a control character")
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = from_address
    msg["To"] = to_address
    msg["Subject"] = draft_subject(case_reference, language)
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
    data = msg.as_bytes(policy=policy.SMTP)
    check_one_recipient(data, sender=sender.email, to=recipient_email)
    return msg, data


def check_one_recipient(data: bytes, *, sender: str, to: str) -> None:
    """Parse ``data`` as a mail client would and refuse it (``InvalidInput``) unless it has one
    sender, ``sender``, and exactly one recipient, ``to``, with no Cc or Bcc."""
    parsed = message_from_bytes(data, policy=policy.default)
    for header in ("Cc", "Bcc", "Resent-To", "Resent-Cc", "Resent-Bcc"):
        if parsed.get_all(header):
            raise InvalidInput.one("recipient", f"the message would carry a {header} header")
    for header, expected in (("From", sender), ("To", to)):
        values = parsed.get_all(header) or []
        found = [a for v in values for a in getattr(v, "addresses", ())]
        if len(values) != 1 or len(found) != 1 or found[0].addr_spec.lower() != expected.lower():
            field = "sender" if header == "From" else "recipient"
            raise InvalidInput.one(field, "the name would change who the message goes to")


def write_eml(msg: EmailMessage, path: Path) -> None:
    """Write the draft atomically (temporary name, then ``os.replace``)."""
    data = msg.as_bytes(policy=policy.SMTP)
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
