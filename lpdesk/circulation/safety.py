"""Checks on text that ends up in headers, file names and address blocks.

Everything a person typed (names, addresses, email addresses, case references) passes through here
before it reaches an email header, a calendar file, a file name or an address page, so a line break
or a control character can never add a header, a recipient or a line nobody meant.
"""

from __future__ import annotations

import re
import unicodedata
from email.headerregistry import Address

from lpdesk.circulation.addresses import is_valid_email
from lpdesk.domain import InvalidInput

__all__ = [
    "UNSAFE_CATEGORIES",
    "checked_address",
    "has_control_characters",
    "is_valid_email",
    "safe_reference",
]

_REFERENCE_UNSAFE = re.compile(r"[^A-Za-z0-9-]+")

# Unicode general categories that must never reach a header, a calendar file, a file name or an
# address page: controls (CR, LF, NUL, TAB, NEL), formats (right-to-left overrides and isolates,
# zero-width space and joiners, the byte order mark, soft hyphen), line and paragraph separators
# (U+2028, U+2029) and lone surrogates (which no file or header can encode).
UNSAFE_CATEGORIES: frozenset[str] = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs"})


def has_control_characters(text: str, *, allow_newline: bool = False) -> bool:
    """True when ``text`` holds a character of ``UNSAFE_CATEGORIES`` anywhere (with
    ``allow_newline``, a plain LF between the lines of an address is allowed, every line checked)."""
    for char in text:
        if char == "\n" and allow_newline:
            continue
        if unicodedata.category(char) in UNSAFE_CATEGORIES:
            return True
    return False


def checked_address(name: str, email: str, *, field: str) -> Address:
    """An ``Address`` for a header, or ``InvalidInput`` naming ``field`` (e.g. "member 12")."""
    if has_control_characters(name):
        raise InvalidInput.one(field, "the name holds a line break or control character")
    if not is_valid_email(email):
        raise InvalidInput.one(field, "no valid email address")
    return Address(display_name=name.strip(), addr_spec=email)


def safe_reference(reference: str) -> str:
    """The case reference reduced to ASCII letters, digits and ``-`` (never empty): the only case
    identifier that goes into file names, subjects and calendar summaries."""
    return _REFERENCE_UNSAFE.sub("-", reference).strip("-")[:40] or "case"
