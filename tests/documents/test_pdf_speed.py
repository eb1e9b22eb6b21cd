"""The PDF renderer's shortcuts give exactly what reportlab would have made the long way: a plain
line's paragraph without reportlab's markup parser, and remembered number formatting."""

from __future__ import annotations

import pytest
from reportlab.lib import rl_accel
from reportlab.pdfgen import canvas, textobject
from reportlab.platypus import Paragraph as PdfParagraph

from lpdesk.documents.fonts import register_fonts
from lpdesk.documents.pdf_numbers import remember_number_formatting
from lpdesk.documents.pdf_renderer import STYLES
from lpdesk.documents.pdf_text import paragraphs
from lpdesk.documents.tree import Run

WIDTH = 300.0


def _fragments(paragraph: PdfParagraph) -> list[dict[str, object]]:
    return [dict(vars(frag)) for frag in paragraph.frags]


@pytest.mark.parametrize(
    "text",
    [
        "Plain words",
        "  leading and trailing  ",
        "tabs\tand    runs of   spaces",
        "a no-break\u00a0space and Zoë Brontë, Аня, Δήμητρα",
        "x" * 3000,  # cut into chunks
        " ".join(["word"] * 900),
        "",
        "   ",
    ],
)
@pytest.mark.parametrize(("bold", "italic"), [(False, False), (True, False), (True, True)])
@pytest.mark.parametrize("style", ["body", "cell", "label", "h3"])
def test_a_plain_line_is_the_paragraph_reportlab_would_parse(
    text: str, bold: bool, italic: bool, style: str
) -> None:
    fonts = register_fonts()
    made = paragraphs((Run(text=text, bold=bold, italic=italic),), STYLES[style], fonts, WIDTH)
    assert made
    for paragraph in made:
        assert isinstance(paragraph, PdfParagraph)
        # what the parser makes of the same markup (the renderer's way before the shortcut)
        parsed = PdfParagraph(paragraph.text, STYLES[style])
        assert paragraph.text == parsed.text
        assert _fragments(paragraph) == _fragments(parsed)
        assert paragraph.wrap(WIDTH, 800) == parsed.wrap(WIDTH, 800)
        assert paragraph.blPara.lines == parsed.blPara.lines
    shown = "".join(p.getPlainText() for p in made)
    assert "".join(shown.replace("\u00a0", " ").split()) == "".join(
        text.replace("\u00a0", " ").split()
    )


def test_numbers_are_formatted_as_reportlab_formats_them() -> None:
    original = rl_accel._py_fp_str
    remember_number_formatting()
    assert canvas.fp_str is textobject.fp_str is not original
    numbers = [0, 1, -1, 0.5, 1e-8, 12.15, 3.1500000000000004, 595.2755905511812, 1234567.891, True]
    for value in numbers:
        assert canvas.fp_str(value) == original(value)
        assert canvas.fp_str(value) == original(value)  # remembered, the same
    assert canvas.fp_str(1, 2.5, 3) == original(1, 2.5, 3)
    assert canvas.fp_str([1, 2.5, 3]) == original([1, 2.5, 3])
    assert canvas.fp_str((0.2, 0.27, 0.36)) == original((0.2, 0.27, 0.36))
