"""The page furniture of a PDF: header, footer, "Page x of y" and the first-page letterhead.

"Page x of y" needs the page count before any page is written, so the canvas keeps every page's
state and draws the numbers when the document is saved (the two-pass canvas).
"""

from __future__ import annotations

import io
from functools import lru_cache
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from lpdesk.documents.fonts import FontSet
from lpdesk.documents.letterhead import Letterhead
from lpdesk.documents.text import clean_text, font_segments, visual_order
from lpdesk.documents.tree import DocumentMeta

__all__ = ["MARGIN", "PageFurniture", "letterhead_height", "numbered_canvas"]

MARGIN = 18 * mm
HEADER_SIZE = 8.5
GREY = Color(0.3, 0.3, 0.3)
MARKING_RED = Color(0.6, 0, 0)
WATERMARK_GREY = Color(0.85, 0.85, 0.85)


def text_width(
    canvas: Canvas, fonts: FontSet, text: str, *, size: float, bold: bool = False
) -> float:
    """The width of one line as ``draw_text`` draws it."""
    line = clean_text(text).replace("\n", " ")
    segments = font_segments(visual_order(line), fonts.coverage)
    return float(
        sum(
            canvas.stringWidth(part, FontSet.face(family, bold=bold), size)
            for family, part in segments
        )
    )


def draw_text(
    canvas: Canvas,
    fonts: FontSet,
    x: float,
    y: float,
    text: str,
    *,
    size: float,
    align: str = "left",
    bold: bool = False,
    max_width: float | None = None,
) -> None:
    """Draw one line in the bundled fonts, a run per script, aligned at ``x``; shortened with an
    ellipsis to ``max_width``."""
    faces, width = _laid_out(fonts, text, size, bold, max_width)
    if align == "right":
        x -= width
    elif align == "centre":
        x -= width / 2
    for face, part, advance in faces:
        canvas.setFont(face, size)
        canvas.drawString(x, y, part)
        x += advance


@lru_cache(maxsize=256)
def _laid_out(
    fonts: FontSet, text: str, size: float, bold: bool, max_width: float | None
) -> tuple[tuple[tuple[str, str, float], ...], float]:
    """A line's runs (face, text, width) and its width, shortened to ``max_width``: the same
    header and footer on every page are laid out once."""
    line = clean_text(text).replace("\n", " ")
    while True:
        segments = font_segments(visual_order(line), fonts.coverage)
        faces = [(FontSet.face(family, bold=bold), part) for family, part in segments]
        widths = [stringWidth(part, face, size) for face, part in faces]
        width = sum(widths)
        if max_width is None or width <= max_width or len(line) <= 1:
            break
        line = line[: max(1, len(line) - 4)].rstrip(" …") + "…"
    return tuple((f, p, w) for (f, p), w in zip(faces, widths, strict=True)), width


def letterhead_height(letterhead: Letterhead | None) -> float:
    if letterhead is None:
        return 0.0
    lines = len([line for line in letterhead.address.split("\n") if line.strip()])
    logo = 22 * mm if letterhead.logo else 0.0
    return float(max(logo, lines * 4.2 * mm) + 4 * mm)


class PageFurniture:
    """Draws the header (authority, marking, case reference), the footer marking and, on the
    first page, the letterhead. Called by the page templates on every page."""

    def __init__(self, meta: DocumentMeta, fonts: FontSet, letterhead: Letterhead | None) -> None:
        self.meta, self.fonts, self.letterhead = meta, fonts, letterhead

    def header_and_footer(self, canvas: Canvas, doc: Any) -> None:
        width, height = canvas._pagesize
        top = height - MARGIN + 6 * mm
        if self.meta.watermark:
            self.watermark(canvas)
        canvas.saveState()
        canvas.setFillColor(GREY)
        # room beside the centred marking (a bilingual marking is wider)
        marked = text_width(canvas, self.fonts, self.meta.marking, size=9, bold=True)
        side = min(width / 2 - MARGIN - 30 * mm, (width - marked) / 2 - MARGIN - 3 * mm)
        draw_text(
            canvas, self.fonts, MARGIN, top, self.meta.authority, size=HEADER_SIZE, max_width=side
        )
        draw_text(
            canvas,
            self.fonts,
            width - MARGIN,
            top,
            self.meta.case_reference,
            size=HEADER_SIZE,
            align="right",
            max_width=side,
        )
        canvas.setFillColor(MARKING_RED)
        for y in (top, MARGIN - 10 * mm):
            draw_text(
                canvas,
                self.fonts,
                width / 2,
                y,
                self.meta.marking,
                size=9,
                align="centre",
                bold=True,
            )
        canvas.setFillColor(GREY)
        draw_text(
            canvas,
            self.fonts,
            MARGIN,
            MARGIN - 10 * mm,
            self.meta.title,
            size=HEADER_SIZE,
            max_width=side,
        )
        canvas.setStrokeColor(GREY)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, top - 2 * mm, width - MARGIN, top - 2 * mm)
        canvas.line(MARGIN, MARGIN - 6 * mm, width - MARGIN, MARGIN - 6 * mm)
        canvas.restoreState()

    def watermark(self, canvas: Canvas) -> None:
        """A large pale word across the page, under the text (drawn before the page's content)."""
        width, height = canvas._pagesize
        canvas.saveState()
        canvas.setFillColor(WATERMARK_GREY)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(45)
        draw_text(
            canvas, self.fonts, 0, -30, self.meta.watermark, size=110, align="centre", bold=True
        )
        canvas.restoreState()

    def first_page(self, canvas: Canvas, doc: Any) -> None:
        self.header_and_footer(canvas, doc)
        if self.letterhead is None:
            return
        width, height = canvas._pagesize
        top = height - MARGIN - 2 * mm
        canvas.saveState()
        if self.letterhead.logo:
            image = ImageReader(io.BytesIO(self.letterhead.logo))
            iw, ih = image.getSize()
            w = self.letterhead.logo_width_mm * mm
            h = min(w * ih / iw, 22 * mm)
            w = h * iw / ih
            canvas.drawImage(image, MARGIN, top - h, width=w, height=h, mask="auto")
        canvas.setFillColor(GREY)
        y = top - 3.5 * mm
        for line in self.letterhead.address.split("\n"):
            if line.strip():
                draw_text(canvas, self.fonts, width - MARGIN, y, line, size=9, align="right")
                y -= 4.2 * mm
        canvas.restoreState()


def numbered_canvas(fonts: FontSet, page_of: str = "Page {page} of {pages}") -> type[Canvas]:
    """A canvas class that draws "Page x of y" (``page_of``) bottom right when the document is
    saved."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._page_states: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._page_states.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._page_states)
            for number, state in enumerate(self._page_states, start=1):
                self.__dict__.update(state)
                width, _ = self._pagesize
                self.setFillColor(GREY)
                draw_text(
                    self,
                    fonts,
                    width - MARGIN,
                    MARGIN - 10 * mm,
                    page_of.format(page=number, pages=total),
                    size=HEADER_SIZE,
                    align="right",
                )
                super().showPage()
            super().save()

    return NumberedCanvas
