"""A one-page PDF whose address shows through the window of a DL envelope (A4 folded in three).

The address block sits 25 mm from the left and 52 mm from the top, 85 x 38 mm, inside the window of
a standard UK DL window envelope (window 90 x 45 mm, 20 mm from the left, 15 mm from the bottom).
Text is drawn with ``pdf_page.draw_text`` in the bundled fonts (``fonts.register_fonts``: a run per
script, so a Chinese, Korean or Arabic name renders), one line per call and no markup interpreted,
so a name or an address can never add lines, markup or anything else to the page.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from lpdesk.documents.fonts import BASE_FAMILY, register_fonts
from lpdesk.documents.pdf_page import draw_text
from lpdesk.paths import resources_dir

__all__ = ["FONT_NAME", "MAX_ADDRESS_LINES", "address_page_pdf", "register_font"]

FONT_NAME = "DejaVuSans"
MAX_ADDRESS_LINES = 7
_SYSTEM_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

_LEFT = 25 * mm
_TOP = 52 * mm
_WIDTH = 85 * mm
_LINE = 5 * mm
_SIZE = 10


def register_font() -> str:
    """Register DejaVuSans alone (bundled copy first, then the system one) once; return its name.
    Kept for callers that draw plain Latin text; the address page itself uses ``register_fonts``."""
    if FONT_NAME in pdfmetrics.getRegisteredFontNames():
        return FONT_NAME
    for path in (resources_dir() / "fonts" / "DejaVuSans.ttf", _SYSTEM_FONT):
        if path.is_file():
            pdfmetrics.registerFont(TTFont(FONT_NAME, str(path)))
            return FONT_NAME
    raise FileNotFoundError("DejaVuSans.ttf not found in resources/fonts or the system fonts")


def _clean_line(text: str) -> str:
    """One printable line: control and format characters become spaces, runs of spaces collapse."""
    chars = [" " if unicodedata.category(c) in {"Cc", "Cf", "Zl", "Zp"} else c for c in text]
    return " ".join("".join(chars).split())


def address_page_pdf(
    *,
    name: str,
    address: str,
    reference_line: str,
    date_line: str,
    marking: str = "PRIVATE AND CONFIDENTIAL: ADDRESSEE ONLY",
    return_lines: Sequence[str] = (),
) -> bytes:
    """The address page as PDF bytes. ``address`` holds lines separated by ``"\\n"``. Raises
    ``ValueError`` for an empty name or address, or more lines than the window holds."""
    fonts = register_fonts()
    lines = [_clean_line(name)] + [_clean_line(part) for part in address.split("\n")]
    lines = [line for line in lines if line]
    if not _clean_line(name) or len(lines) < 2:
        raise ValueError("a name and an address are required")
    if len(lines) > MAX_ADDRESS_LINES:
        raise ValueError(f"the address has more than {MAX_ADDRESS_LINES} lines")
    buffer = io.BytesIO()
    page = canvas.Canvas(
        buffer, pagesize=A4, invariant=True, pageCompression=1, initialFontName=BASE_FAMILY
    )
    page.setTitle("Address page")
    page.setAuthor("")
    page.setCreator("lpdesk")
    width, height = A4

    def line(x: float, y: float, text: str, size: float, align: str = "left") -> None:
        width_left = _WIDTH if align == "left" else 70 * mm
        draw_text(
            page, fonts, x, y, _clean_line(text), size=size, align=align, max_width=width_left
        )

    for i, text in enumerate(return_lines[:2]):
        line(_LEFT, height - 45 * mm - i * 3 * mm, text, 7)
    line(_LEFT, height - _TOP, marking, 8)
    for i, text in enumerate(lines):
        line(_LEFT, height - _TOP - (i + 1.4) * _LINE, text, _SIZE)
    right = width - 20 * mm
    line(right, height - 52 * mm, reference_line, 9, "right")
    line(right, height - 57 * mm, date_line, 9, "right")
    page.showPage()
    page.save()
    return buffer.getvalue()
