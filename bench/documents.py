"""Figure 6: long minutes (200 plan actions, ~100 pages of text) rendered to PDF and to Word.

Each time covers building the document tree from the minutes and rendering it, as the app does for
one file; medians of three runs after a warm-up (fonts registered, templates loaded).
"""

from __future__ import annotations

import io
from collections.abc import Callable

from bench.fixtures import minutes_context
from bench.measure import Row, median_seconds
from lpdesk.documents.builders.minutes import build_minutes
from lpdesk.documents.docx_renderer import render_docx
from lpdesk.documents.pdf_renderer import render_pdf
from lpdesk.documents.tree import Document

__all__ = ["PAGES", "run"]

PAGES = 100
ACTIONS = 200
TARGET_S = 2.0
RUNS = 3


def _pdf_pages(data: bytes) -> int:
    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        return len(pdf.pages)


def run() -> list[Row]:
    ctx = minutes_context(pages=PAGES, actions=ACTIONS)
    pdf = render_pdf(build_minutes(ctx))
    pages = _pdf_pages(pdf.data)
    rows = []
    renderers: tuple[tuple[str, Callable[[Document], object]], ...] = (
        ("PDF", render_pdf),
        ("Word", render_docx),
    )
    for fmt, render in renderers:
        seconds = median_seconds(lambda r=render: r(build_minutes(ctx)), runs=RUNS)  # type: ignore[misc]
        rows.append(
            Row(
                name=f"long minutes to {fmt} ({ACTIONS} actions, {pages} PDF pages)",
                value=round(seconds, 2),
                unit="s",
                target=f"< {TARGET_S:.0f} s",
                met=seconds < TARGET_S,
            )
        )
    return rows
