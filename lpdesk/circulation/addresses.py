"""The one email address check: used when a person is saved and when a pack is built.

``email-validator`` does the syntax (RFC 5321/5322 as mail servers accept it, no DNS lookups), so
an address accepted at save is exactly an address circulation can send to. On top of it lpdesk asks
for a plain ASCII address (no quoted local part, no ``[IP]`` domain, no internationalised mailbox)
that the standard ``email`` package writes into a header unchanged.
"""

from __future__ import annotations

import unicodedata
from email.errors import HeaderParseError
from email.headerregistry import Address

from email_validator import EmailNotValidError, validate_email

__all__ = ["MAX_EMAIL_LENGTH", "email_problem", "is_valid_email"]

MAX_EMAIL_LENGTH = 254
_UNSAFE = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs"})


def email_problem(address: str) -> str | None:
    """Why ``address`` is not one lpdesk can send to, in a sentence; ``None`` when it is."""
    if not address:
        return "no email address"
    if any(unicodedata.category(char) in _UNSAFE for char in address):
        return "must not contain line breaks or control characters"
    if len(address) > MAX_EMAIL_LENGTH:
        return f"longer than {MAX_EMAIL_LENGTH} characters"
    if not address.isascii():
        return "must not contain accented or non-Latin letters"
    try:
        valid = validate_email(
            address,
            check_deliverability=False,  # never a DNS lookup: lpdesk works offline
            allow_smtputf8=False,
            allow_quoted_local=False,
            allow_domain_literal=False,
            allow_display_name=False,
        )
    except EmailNotValidError:
        return "not an email address (name@example.org)"
    if len(valid.ascii_domain.rsplit(".", 1)[-1]) < 2:  # no real top-level domain is one letter
        return "not an email address (name@example.org)"
    try:
        written = Address(addr_spec=address).addr_spec
    except (HeaderParseError, ValueError, IndexError):
        written = ""
    if written != address:
        return "not an email address (name@example.org)"
    return None


def is_valid_email(address: str) -> bool:
    """True when ``address`` is an address lpdesk can put in a header and send to."""
    return email_problem(address) is None
