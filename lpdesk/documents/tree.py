"""The neutral document tree: what a document says, not how it looks.

Builders turn records into a ``Document``; ``render_docx`` and ``render_pdf`` walk the same tree, so
nothing is laid out twice. Any block may carry a ``restriction`` label (e.g. "police_information");
circulation calls ``strip_restricted`` before rendering for a recipient who is not entitled to it,
so the block is removed from the file, not hidden in it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Literal

from lpdesk.domain import DocumentKind

__all__ = [
    "DEFAULT_MARKING",
    "Block",
    "Document",
    "DocumentMeta",
    "FieldTable",
    "Heading",
    "PageBreak",
    "Paragraph",
    "ParagraphStyle",
    "Picture",
    "Run",
    "SignatureBlock",
    "Table",
    "strip_restricted",
]

DEFAULT_MARKING = "OFFICIAL-SENSITIVE"

ParagraphStyle = Literal["body", "note", "large"]


@dataclass(frozen=True, kw_only=True, slots=True)
class DocumentMeta:
    """Header, footer, file name and file metadata. Never a child's name in ``title``:
    it becomes the PDF and Word title property."""

    title: str
    kind: DocumentKind
    case_reference: str
    authority: str
    marking: str = DEFAULT_MARKING
    created: date
    author_role: str = "Lead professional"
    file_suffix: str = ""  # e.g. "cg3-2026-11-23": makes file names of one case distinct
    large_print: bool = False  # headings and title scaled up to match "large" paragraphs
    watermark: str = ""  # e.g. "DRAFT" across every page of a record not (yet) approved
    language: str = "en-GB"  # the file's language ("cy-GB": in Welsh; documents/language.py)
    page_of: str = "Page {page} of {pages}"  # the footer's page number, in the file's language
    not_approved: str = "not approved"  # after the watermark in a Word header


@dataclass(frozen=True, kw_only=True, slots=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True, kw_only=True, slots=True)
class Heading:
    level: int  # 1..3
    text: str
    restriction: str | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class Paragraph:
    runs: tuple[Run, ...]
    style: ParagraphStyle = "body"
    restriction: str | None = None

    @classmethod
    def plain(
        cls, text: str, style: ParagraphStyle = "body", restriction: str | None = None
    ) -> Paragraph:
        return cls(runs=(Run(text=text),), style=style, restriction=restriction)

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass(frozen=True, kw_only=True, slots=True)
class FieldTable:
    """Label and value pairs ("Date", "3 March 2027")."""

    rows: tuple[tuple[str, str], ...]
    restriction: str | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class Table:
    """A table whose header row repeats on every page. ``widths`` are relative units, one per
    column (empty: equal widths)."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()
    restriction: str | None = None

    def column_fractions(self) -> tuple[float, ...]:
        widths = self.widths if len(self.widths) == len(self.header) else (1.0,) * len(self.header)
        total = sum(widths) or 1.0
        return tuple(w / total for w in widths)


@dataclass(frozen=True, kw_only=True, slots=True)
class SignatureBlock:
    """A place to sign and date for each label ("Chair", "Lead professional")."""

    labels: tuple[str, ...]
    restriction: str | None = None
    signed: str = "Signed:"  # the words beside each place to sign, in the document's language
    dated: str = "Date:"


@dataclass(frozen=True, kw_only=True, slots=True)
class PageBreak:
    restriction: str | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class Picture:
    """A photo on its own line (a JPEG or PNG file's bytes), ``width_mm`` wide with its height in
    proportion; ``description`` is read out in its place (Word's alternative text)."""

    data: bytes
    width_mm: float = 30.0
    description: str = ""
    restriction: str | None = None


Block = Heading | Paragraph | FieldTable | Table | SignatureBlock | PageBreak | Picture


@dataclass(frozen=True, kw_only=True, slots=True)
class Document:
    meta: DocumentMeta
    blocks: tuple[Block, ...]


def strip_restricted(doc: Document, allowed: frozenset[str]) -> Document:
    """The document without every block whose restriction is not in ``allowed``."""
    kept = tuple(b for b in doc.blocks if b.restriction is None or b.restriction in allowed)
    return replace(doc, blocks=kept)
