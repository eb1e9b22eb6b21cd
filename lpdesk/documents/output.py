"""What a renderer returns, and the one way to name a file."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any

from lpdesk.documents.tree import DocumentMeta
from lpdesk.domain import DocumentKind

__all__ = [
    "DOCX_MIME",
    "PDF_MIME",
    "NormalZip",
    "RenderedFile",
    "document_filename",
    "normalise_zip",
    "safe_filename",
]

PDF_MIME = "application/pdf"
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

_EXTENSIONS = {"pdf": ".pdf", "pdfa": "_archive.pdf", "docx": ".docx"}
_UNSAFE = re.compile(r"[^A-Za-z0-9.-]+")


@dataclass(frozen=True, slots=True)
class RenderedFile:
    """A rendered document: file name, MIME type, bytes and their SHA-256 (hex)."""

    filename: str
    mime: str
    data: bytes
    sha256: str

    @classmethod
    def of(cls, filename: str, mime: str, data: bytes) -> RenderedFile:
        return cls(filename, mime, data, hashlib.sha256(data).hexdigest())


def _safe_part(text: str) -> str:
    return _UNSAFE.sub("-", text).strip("-.")


def safe_filename(case_reference: str, kind: DocumentKind | str, suffix: str, fmt: str) -> str:
    """``CP-2026-0042_minutes_cg3.pdf``: built from the case reference and document kind only (never
    a name), with ASCII letters, digits, ``.``, ``-`` and ``_`` only. ``fmt`` is pdf, pdfa or docx."""
    if fmt not in _EXTENSIONS:
        raise ValueError(f"unknown format {fmt!r}")
    parts = [_safe_part(case_reference) or "case", _safe_part(str(kind)).replace("-", "_")]
    if _safe_part(suffix):
        parts.append(_safe_part(suffix))
    return "_".join(parts)[:120] + _EXTENSIONS[fmt]


def document_filename(meta: DocumentMeta, fmt: str) -> str:
    """The name of a document's file in ``fmt`` (what every renderer calls it)."""
    return safe_filename(meta.case_reference, meta.kind, meta.file_suffix, fmt)


def normalise_zip(data: bytes) -> bytes:
    """The same zip with fixed timestamps and attributes, so a Word file's bytes depend only on
    its content (python-docx stamps every member with the current time)."""
    import io
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with NormalZip(out) as target:
        for info in source.infolist():
            target.add(info.filename, source.read(info.filename))
    return out.getvalue()


class NormalZip:
    """A zip written as ``normalise_zip`` writes one: each member with a fixed time and
    attributes, deflated at level 6. ``write`` is python-docx's physical package writer's, so a
    Word document can be saved straight into it (``docx_renderer``), compressed once."""

    def __init__(self, out: Any) -> None:
        import zipfile

        self._zip = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)

    def add(self, name: str, data: bytes) -> None:
        import zipfile

        fixed = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
        fixed.compress_type = zipfile.ZIP_DEFLATED
        fixed.create_system = 0
        fixed.external_attr = 0o600 << 16
        self._zip.writestr(fixed, data, compresslevel=6)

    def write(self, pack_uri: Any, blob: bytes) -> None:
        self.add(pack_uri.membername, blob)

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> NormalZip:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
