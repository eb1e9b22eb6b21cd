"""Text into reportlab paragraphs: a ``<font>`` run per script, bold and italic kept inside each
run, long lines cut into chunks so pages split cheaply, and right-to-left lines wrapped here.

reportlab wraps a paragraph after we have put it in visual order, which would put the end of a
long Arabic sentence on its first line. So a line containing right-to-left text that does not fit
the width is wrapped here, in logical order, and each wrapped line is put in visual order on its
own (the line keeps the style's weight: bidi ordering across differently styled runs is not kept).

Speed (docs/performance.md, long minutes): text whose every character the base family draws and
none is right-to-left is one run in the base family, found with one set comparison instead of
looking at each character; and a paragraph remembers its last wrap, so a table split across many
pages does not break the same cell's lines again at every split (``_Paragraph``). A line of such
text, in one weight, with nothing reportlab's markup would read (``&``, ``<``, ``>``), skips
reportlab's markup parser: its one fragment is a copy of the fragment the parser made for the
same style once, holding the text as the parser would have (``_plain_paragraph``).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from typing import Any
from weakref import WeakKeyDictionary

from reportlab.lib.styles import ParagraphStyle as PdfStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph as PdfParagraph
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag, ParaParser

from lpdesk.documents.fonts import FontSet
from lpdesk.documents.text import clean_text, escape_markup, font_segments, has_rtl, visual_order
from lpdesk.documents.tree import Run

__all__ = ["CHUNK", "cell", "markup", "paragraphs", "segments", "text_width", "wrap_logical"]

CHUNK = 2500  # characters per flowable: long text is cut at white space so pages split cheaply
_WORDS = re.compile(r"\S+|\s+")


def _chunks(line: str) -> Iterator[str]:
    """Cut a very long line at white space (or anywhere, if it has none) into CHUNK pieces."""
    while len(line) > CHUNK:
        cut = line.rfind(" ", CHUNK // 2, CHUNK)
        cut = CHUNK if cut < 0 else cut + 1
        yield line[:cut]
        line = line[cut:]
    yield line


def segments(text: str, fonts: FontSet) -> list[tuple[str, str]]:
    """``font_segments(visual_order(text), ...)``: (family, text) runs in drawing order. Text the
    base family draws whole, with nothing right-to-left in it, is one base run as it stands."""
    if text and fonts.plain.issuperset(text):
        return [(fonts.coverage[0].family, text)]
    return font_segments(visual_order(text), fonts.coverage)


def markup(text: str, fonts: FontSet, *, bold: bool = False, italic: bool = False) -> str:
    """One piece of text as reportlab markup, a ``<font>`` per script run (bold and italic
    inside it, so they apply to that run's family)."""
    opening = ("<b>" if bold else "") + ("<i>" if italic else "")
    closing = ("</i>" if italic else "") + ("</b>" if bold else "")
    return "".join(
        f'<font name="{family}">{opening}{escape_markup(part)}{closing}</font>'
        for family, part in segments(text, fonts)
    )


def text_width(text: str, fonts: FontSet, size: float, bold: bool, italic: bool) -> float:
    """The drawn width of ``text`` (shaped, in the fonts the renderer will choose)."""
    return float(
        sum(
            stringWidth(part, FontSet.face(family, bold, italic), size)
            for family, part in segments(text, fonts)
        )
    )


class _Paragraph(PdfParagraph):  # type: ignore[misc]
    """A reportlab paragraph that remembers its last wrap: wrapped again at the same width with
    its lines still there (a split takes them away), it answers without breaking its lines again.
    A table re-measures every remaining row each time it splits across a page."""

    _wrapped_at: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if availWidth == self._wrapped_at and "blPara" in self.__dict__:
            return self.width, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        self._wrapped_at = availWidth if "blPara" in self.__dict__ else None
        return size


_MARKUP = frozenset("&<>")
_UNEVEN_SPACE = re.compile(r"[^\S ]|  |^ | $")  # white space reportlab's cleaning would change
_EMPTY = "&nbsp;"
# style -> (family, bold, italic) -> the markup around a run, and the fragment the parser made
_FRAGMENTS: WeakKeyDictionary[PdfStyle, dict[tuple[str, bool, bool], tuple[str, str, Any]]]
_FRAGMENTS = WeakKeyDictionary()


def _fragment(style: PdfStyle, family: str, bold: bool, italic: bool) -> tuple[str, str, ParaFrag]:
    """The markup before and after a run of ``family`` text, and the fragment reportlab's parser
    makes of such a run in ``style`` (its text aside), parsed once."""
    kept = _FRAGMENTS.setdefault(style, {})
    found = kept.get((family, bold, italic))
    if found is None:
        opening = ("<b>" if bold else "") + ("<i>" if italic else "")
        closing = ("</i>" if italic else "") + ("</b>" if bold else "")
        before, after = f'<font name="{family}">{opening}', f"{closing}</font>"
        found = kept[(family, bold, italic)] = (before, after, _parsed(before + "x" + after, style))
    return found


def _parsed(markup: str, style: PdfStyle) -> ParaFrag:
    """The one fragment reportlab's parser makes of ``markup`` in ``style``."""
    parser = ParaParser()
    parser.caseSensitive = 1
    _, frags, _ = parser.parse(markup, style)
    assert frags is not None and len(frags) == 1
    return frags[0]


def _copy(template: ParaFrag, text: str) -> ParaFrag:
    frag = copy.copy(template)
    frag.text = text
    frag.link = []
    frag.us_lines = []
    return frag


def _empty_paragraph(style: PdfStyle) -> PdfParagraph:
    """An empty line (a no-break space), as reportlab would parse it."""
    kept = _FRAGMENTS.setdefault(style, {})
    found = kept.get(("", False, False))
    if found is None:
        found = kept[("", False, False)] = ("", "", _parsed(_EMPTY, style))
    template = found[2]
    return _Paragraph(_EMPTY, style, frags=[_copy(template, template.text)])


def _plain_paragraph(
    text: str, style: PdfStyle, family: str, bold: bool, italic: bool
) -> PdfParagraph | None:
    """The paragraph reportlab would make of ``text`` (plain: one family, no markup
    characters) as one run, without parsing markup; None where the parser would make other
    than one fragment."""
    before, after, template = _fragment(style, family, bold, italic)
    if _UNEVEN_SPACE.search(text) is None:  # single spaces between words: nothing to clean
        cleaned = before + text + after
    else:
        cleaned = cleanBlockQuotedText(before + text + after)
    if not (cleaned.startswith(before) and cleaned.endswith(after)):
        return None
    data = cleaned[len(before) : len(cleaned) - len(after)]
    if not data:
        return None
    return _Paragraph(cleaned, style, frags=[_copy(template, data)])


def wrap_logical(
    text: str, width: float, fonts: FontSet, size: float, bold: bool, italic: bool
) -> list[str]:
    """Greedy word wrap in logical order; a word wider than the line is cut by characters.
    Widths add up word by word (Arabic joining never crosses a space, and reordering a line does
    not change its width)."""
    cache: dict[str, float] = {}

    def measure(token: str) -> float:
        if token not in cache:
            cache[token] = text_width(token, fonts, size, bold, italic)
        return cache[token]

    lines: list[str] = []
    current: list[str] = []
    used = 0.0
    for token in _WORDS.findall(text):
        if token.isspace():
            if current:
                current.append(token)
                used += measure(token)
            continue
        token_width = measure(token)
        trailing = measure(current[-1]) if current and current[-1].isspace() else 0.0
        if current and used - trailing + token_width > width:
            lines.append("".join(current).rstrip())
            current, used = [], 0.0
        while token_width > width and len(token) > 1:
            cut = len(token) - 1
            while cut > 1 and text_width(token[:cut], fonts, size, bold, italic) > width:
                cut -= 1
            lines.append(token[:cut])
            token = token[cut:]
            token_width = measure(token)
        current.append(token)
        used += token_width
    if current or not lines:
        lines.append("".join(current).rstrip())
    return lines


def _style_flags(style: PdfStyle) -> tuple[bool, bool]:
    """Bold and italic of a style's face: the per-script ``<font>`` runs must keep them."""
    face = str(style.fontName)
    return "Bold" in face, "Italic" in face


def _rtl_paragraph(text: str, style: PdfStyle, fonts: FontSet, width: float) -> PdfParagraph:
    bold, italic = _style_flags(style)
    size = float(style.fontSize)
    lines = wrap_logical(text, width, fonts, size, bold, italic)
    return _Paragraph(
        "<br/>".join(markup(line, fonts, bold=bold, italic=italic) for line in lines), style
    )


def paragraphs(
    runs: tuple[Run, ...], style: PdfStyle, fonts: FontSet, width: float
) -> list[Flowable]:
    """Runs become paragraphs: a new one at every newline, long lines cut into chunks."""
    style_bold, style_italic = _style_flags(style)
    size = float(style.fontSize)
    lines: list[list[tuple[str, bool, bool]]] = [[]]
    for run in runs:
        text = clean_text(run.text).replace("\t", "    ")
        for i, line in enumerate(text.split("\n")):
            if i:
                lines.append([])
            if line:
                lines[-1].append((line, run.bold or style_bold, run.italic or style_italic))
    out: list[Flowable] = []
    for parts in lines:
        joined = "".join(text for text, _, _ in parts)
        if (
            not fonts.plain.issuperset(joined)
            and has_rtl(joined)
            and (
                len(joined) > CHUNK
                or sum(text_width(t, fonts, size, b, i) for t, b, i in parts) > width
            )
        ):
            out.extend(_rtl_paragraph(piece, style, fonts, width) for piece in _chunks(joined))
            continue
        if not parts and not style.textTransform:
            out.append(_empty_paragraph(style))
            continue
        if len(parts) == 1 and not style.textTransform:
            text, bold, italic = parts[0]
            if fonts.plain.issuperset(text) and _MARKUP.isdisjoint(text):
                family = fonts.coverage[0].family
                plain = [_plain_paragraph(p, style, family, bold, italic) for p in _chunks(text)]
                if None not in plain:
                    out.extend(plain)
                    continue
        pieces: list[list[str]] = [[]]
        for text, bold, italic in parts:
            for j, piece in enumerate(_chunks(text)):
                if j:
                    pieces.append([])
                pieces[-1].append(markup(piece, fonts, bold=bold, italic=italic))
        out.extend(_Paragraph("".join(p) or "&nbsp;", style) for p in pieces)
    return out


def cell(text: str, style: PdfStyle, fonts: FontSet, width: float) -> list[Flowable]:
    return paragraphs((Run(text=text),), style, fonts, width)
