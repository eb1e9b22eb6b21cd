"""Passwords and encryption for documents that leave the machine.

PDFs are encrypted with pikepdf (AES-256, R=6): reportlab's own encryption writes PDFs that poppler
refuses (tried on this project's machines). Word files are encrypted with msoffcrypto-tool (Agile AES-256), which Word and
LibreOffice open with the password. Passwords travel by another channel (phone, text), never in the
email that carries the file.
"""

from __future__ import annotations

import io
import secrets
from functools import cache
from typing import Any

import pikepdf
from msoffcrypto.format.ooxml import OOXMLFile

__all__ = ["PASSWORD_ALPHABET", "encrypt_docx", "encrypt_pdf", "new_password"]

# No 0/O, 1/l/I: easy to read out over the phone.
PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


def new_password(groups: int = 4, group_size: int = 4) -> str:
    """``"k7mq-x2vd-9tpa-rh4e"``: 16 characters from ``secrets`` (about 79 bits) in groups of 4."""
    return "-".join(
        "".join(secrets.choice(PASSWORD_ALPHABET) for _ in range(group_size)) for _ in range(groups)
    )


def encrypt_pdf(data: bytes, password: str) -> bytes:
    """The PDF encrypted with AES-256 (R=6). The owner password is random and discarded."""
    if not password:
        raise ValueError("a password is required")
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pdf.save(
            out,
            encryption=pikepdf.Encryption(
                user=password, owner=secrets.token_urlsafe(24), R=6, aes=True
            ),
        )
    return out.getvalue()


def encrypt_docx(data: bytes, password: str) -> bytes:
    """The .docx encrypted (ECMA-376 Agile, AES-256) with msoffcrypto-tool."""
    if not password:
        raise ValueError("a password is required")
    _quicker_key_derivation()
    source = OOXMLFile(io.BytesIO(data))
    out = io.BytesIO()
    source.encrypt(password, out)
    return out.getvalue()


_COUNTERS: list[bytes] = []  # the iteration numbers as the key derivation hashes them


@cache
def _quicker_key_derivation() -> None:
    """msoffcrypto-tool derives a Word file's key with 100,000 rounds of ``hash(i + h)`` in
    Python, packing each round's number anew (~60 ms a file, most of a pack's Word copy):
    the same rounds over numbers packed once take a quarter less time, for the same key
    (tests/circulation/test_encrypt.py compares them)."""
    from msoffcrypto.method import ecma376_agile

    agile = ecma376_agile.ECMA376Agile

    def derive(password: str, salt: bytes, algorithm: str, spins: int) -> Any:
        hashing = ecma376_agile._get_hash_func(algorithm)
        if len(_COUNTERS) < spins:
            _COUNTERS.extend(i.to_bytes(4, "little") for i in range(len(_COUNTERS), spins))
        h = hashing(salt + password.encode("UTF-16LE"))
        if spins < 1:
            return h
        digest = h.digest()
        for counter in _COUNTERS[: spins - 1]:
            digest = hashing(counter + digest).digest()
        return hashing(_COUNTERS[spins - 1] + digest)

    original = agile.__dict__["_derive_iterated_hash_from_password"]
    derive.original = original.__func__  # type: ignore[attr-defined]
    agile._derive_iterated_hash_from_password = staticmethod(derive)
