"""Hand delivery: the printable copy of a recipient's documents, and the sheet the person who hands
them over fills in (recipient, what, date handed, signature), one row per recipient.

Names appear on the sheet (it stays with the lead professional); never in a file name.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime

import pikepdf

from lpdesk.documents.language import in_language
from lpdesk.documents.pdf_renderer import render_pdf
from lpdesk.documents.tree import Document, DocumentMeta, Paragraph, Table
from lpdesk.domain import DocumentKind
from lpdesk.rules.dates import day_text

__all__ = ["HandRow", "hand_sheet_pdf", "merged_pdf"]

HandRow = tuple[str, str]  # (recipient's name, what they get: "minutes, plan")

# the documents a sheet lists, in Welsh (kept here, not in documents/welsh.py: a line someone
# wrote, such as "plan; see attached", is never half-translated through these common words)
_WELSH_DOCUMENTS = {
    "minutes": "cofnodion",
    "plan": "cynllun",
    "child's own plan": "cynllun y plentyn ei hun",
    "summary letter": "llythyr crynodeb",
    "plan change notice": "hysbysiad o newid i'r cynllun",
    "invitation": "gwahoddiad",
    "report to the review conference": "adroddiad i'r gynhadledd adolygu",
    "visit record": "cofnod ymweliad",
    "distribution record": "cofnod dosbarthu",
}


def _documents(what: str, language: str) -> str:
    """ "minutes, plan" in ``language`` ("cofnodion, cynllun / minutes, plan" for both)."""
    if language == "en":
        return what
    welsh = ", ".join(_WELSH_DOCUMENTS.get(part, part) for part in what.split(", "))
    return welsh if language == "cy" else f"{welsh} / {what}"


def merged_pdf(documents: Sequence[bytes]) -> bytes:
    """Several unencrypted PDFs as one, in order (the copy to print and hand over)."""
    sources = [pikepdf.open(io.BytesIO(data)) for data in documents]
    try:
        merged = pikepdf.new()
        for source in sources:
            merged.pages.extend(source.pages)
        out = io.BytesIO()
        merged.save(out)
        return out.getvalue()
    finally:
        for source in sources:
            source.close()


def hand_sheet_pdf(
    *, reference: str, now: datetime, rows: Sequence[HandRow], language: str = "en"
) -> bytes:
    """The hand delivery sheet: who is to be handed what, with a date and a signature to fill in;
    in ``language`` ("en", "cy" or "both", documents/language.py)."""
    doc = Document(
        meta=DocumentMeta(
            title="Hand delivery sheet",
            kind=DocumentKind.DISTRIBUTION_RECORD,
            case_reference=reference,
            authority="",
            created=now.date(),
            file_suffix="hand-delivery",
        ),
        blocks=(
            Paragraph.plain(
                f"Documents to hand over in person for {reference}, printed {day_text(now.date(), padded=True)}. "
                "Give each recipient their password separately. Once handed over, record the date "
                "in lpdesk (mark the recipient handed) so the distribution record is complete."
            ),
            Table(
                header=("Recipient", "Documents", "Date handed", "Handed by", "Signature"),
                rows=tuple((name, _documents(what, language), "", "", "") for name, what in rows),
            ),
        ),
    )
    return render_pdf(in_language(doc, language)).data
