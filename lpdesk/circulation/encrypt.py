"""Passwords and encryption for documents that leave the machine.

PDFs are encrypted with pikepdf (AES-256, R=6): reportlab's own encryption writes PDFs that poppler
refuses (tried on this project's machines). Word files are encrypted with msoffcrypto-tool (Agile AES-256), which Word and
LibreOffice open with the password. Passwords travel by another channel (phone, text), never in the
email that carries the file.

One recipient's Word copies share their password's salt (``new_salt``): the password's key (the
100,000 rounds) is then derived once for all of them, not once per file. It weakens nothing: the
copies share the password already, so whoever finds it for one has it for all; each file still
has its own random file key, data salt and verifier (docs/decisions/0021-one-password-salt-per-recipient.md).
"""

from __future__ import annotations

import io
import secrets
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import pikepdf
from msoffcrypto.format.ooxml import OOXMLFile

__all__ = [
    "PASSWORD_ALPHABET",
    "SALT_BYTES",
    "encrypt_docx",
    "encrypt_pdf",
    "new_password",
    "new_salt",
]

SALT_BYTES = 16  # ECMA-376 Agile's password salt (saltSize)
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an OLE compound file, as encrypted Word files are

# No 0/O, 1/l/I: easy to read out over the phone.
PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


def new_password(groups: int = 4, group_size: int = 4) -> str:
    """``"k7mq-x2vd-9tpa-rh4e"``: 16 characters from ``secrets`` (about 79 bits) in groups of 4."""
    return "-".join(
        "".join(secrets.choice(PASSWORD_ALPHABET) for _ in range(group_size)) for _ in range(groups)
    )


def encrypt_pdf(data: bytes, password: str) -> bytes:
    """The PDF encrypted with AES-256 (R=6). The owner password is random and discarded. Its
    streams are kept as they were compressed (only encrypted): qpdf would otherwise decompress
    and compress every one again, a quarter of the time, for the same content."""
    if not password:
        raise ValueError("a password is required")
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pdf.save(
            out,
            encryption=pikepdf.Encryption(
                user=password, owner=secrets.token_urlsafe(24), R=6, aes=True
            ),
            compress_streams=False,
        )
    return out.getvalue()


def encrypt_docx(data: bytes, password: str, salt: bytes | None = None) -> bytes:
    """The .docx encrypted (ECMA-376 Agile, AES-256) with msoffcrypto-tool. ``salt`` (16 random
    bytes) is the password's: the Word copies of one recipient share it, so their password's
    key is derived once (the 100,000 rounds) for all of them; each file still has its own
    random file key and data salt. None: a new random salt for this file."""
    if not password:
        raise ValueError("a password is required")
    _quicker_key_derivation()
    source = OOXMLFile(io.BytesIO(data))
    if salt is None:
        out = io.BytesIO()
        source.encrypt(password, out)
        return out.getvalue()
    if len(salt) != SALT_BYTES:
        raise ValueError(f"a salt is {SALT_BYTES} bytes")
    if source.is_encrypted():
        raise ValueError("the file is encrypted already")
    source.file.seek(0)
    from msoffcrypto.method.ecma376_agile import ECMA376Agile

    sealed: bytes = ECMA376Agile.encrypt(password, source.file, salt_value=salt)
    if not sealed.startswith(_OLE):  # what msoffcrypto-tool's own encrypt checks
        raise ValueError("the Word file could not be encrypted")
    return sealed


def new_salt() -> bytes:
    """A password salt for one recipient's Word copies (``encrypt_docx``)."""
    return secrets.token_bytes(SALT_BYTES)


@dataclass(frozen=True, slots=True)
class _Derived:
    """The derived hash, as msoffcrypto-tool reads it (``.digest()``)."""

    value: bytes

    def digest(self) -> bytes:
        return self.value


_COUNTERS: list[bytes] = []  # the iteration numbers as the key derivation hashes them


@cache
def _quicker_key_derivation() -> None:
    """msoffcrypto-tool derives a Word file's key with 100,000 rounds of ``hash(i + h)`` in
    Python, packing each round's number anew (~60 ms a file, most of a pack's Word copy):
    the same rounds over numbers packed once take a quarter less time, for the same key
    (tests/circulation/test_encrypt.py compares them), and the last password and salt's key is
    remembered, so one recipient's Word copies (one password, one salt: ``encrypt_docx``)
    derive it once."""
    from msoffcrypto.method import ecma376_agile

    agile = ecma376_agile.ECMA376Agile

    @lru_cache(maxsize=2)  # one recipient's password at a time (their Word copies share it)
    def derived(password: str, salt: bytes, algorithm: str, spins: int) -> bytes:
        hashing = ecma376_agile._get_hash_func(algorithm)
        if len(_COUNTERS) < spins:
            _COUNTERS.extend(i.to_bytes(4, "little") for i in range(len(_COUNTERS), spins))
        digest = hashing(salt + password.encode("UTF-16LE")).digest()
        for counter in _COUNTERS[:spins]:
            digest = hashing(counter + digest).digest()
        return bytes(digest)

    def derive(password: str, salt: bytes, algorithm: str, spins: int) -> Any:
        return _Derived(derived(password, bytes(salt), algorithm, spins))

    original = agile.__dict__["_derive_iterated_hash_from_password"]
    derive.original = original.__func__  # type: ignore[attr-defined]
    agile._derive_iterated_hash_from_password = staticmethod(derive)
