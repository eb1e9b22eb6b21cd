"""The PDF fonts registered ahead of the first document, off the UI thread (docs/performance.md).

reportlab parses the TrueType faces in pure Python (~0.4 s holding the interpreter, ~60 MB kept):
the main window runs this on the work lane when the first case is opened, so that the first pack
or preview does not stall the UI while they are parsed.
"""

from __future__ import annotations

from lpdesk import gc_hold

__all__ = ["warm_pdf_fonts"]


def warm_pdf_fonts() -> None:
    """Register the PDF fonts now (once per process), off the UI thread."""
    from lpdesk.documents.fonts import register_fonts

    with gc_hold.held(gc_hold.FONTS):  # a full collection pass would hold the UI thread up
        register_fonts()
