"""Text as it goes into a document: cleaned of what XML refuses, split into runs of one font for
the PDF, Arabic script shaped and put in visual order, and escaped for reportlab's markup.

The PDF fonts cover scripts differently, and reportlab has no fallback, so every character is given
the first bundled font that has it (Arabic letters prefer the Arabic font so a word never mixes
fonts; spaces and punctuation stay with the font around them).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

__all__ = [
    "FontCoverage",
    "clean_text",
    "escape_markup",
    "font_segments",
    "has_rtl",
    "is_arabic",
    "normalise_extracted",
    "visual_order",
]

# XML 1.0 allows tab, newline, carriage return and these ranges; everything else is removed, and
# so are DEL and the C1 controls, which XML discourages and no reader shows.
_XML_INVALID = re.compile("[^\t\n\r\u0020-\u007e\u00a0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def clean_text(text: str) -> str:
    """``text`` without the characters XML 1.0 forbids or discourages (control characters, DEL
    and C1 controls, lone surrogates, U+FFFE/U+FFFF); line ends become ``\\n``; tabs and
    newlines are kept."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _XML_INVALID.sub("", text)


def is_arabic(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x0600 <= cp <= 0x06FF
        or 0x0750 <= cp <= 0x077F
        or 0x08A0 <= cp <= 0x08FF
        or 0xFB50 <= cp <= 0xFDFF
        or 0xFE70 <= cp <= 0xFEFF
    )


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


@cache
def _reshaper() -> object:
    import arabic_reshaper

    return arabic_reshaper.ArabicReshaper(
        configuration={"delete_harakat": False, "support_ligatures": True}
    )


def visual_order(line: str) -> str:
    """One line as it is drawn left to right: Arabic letters in their joined (presentation) forms
    and right-to-left runs reversed. The paragraph direction is left to right (the documents are
    in English), so a line that starts with an Arabic name still reads name-first. Text without
    right-to-left characters is returned unchanged.
    A PDF reader gives the presentation forms back; NFKC turns them into the letters typed."""
    if not has_rtl(line):
        return line
    from bidi import get_display

    reshaped: str = _reshaper().reshape(line)  # type: ignore[attr-defined]
    return str(get_display(reshaped, base_dir="L"))


def normalise_extracted(text: str) -> str:
    """Text copied out of a PDF, made comparable with what was typed: NFKC (Arabic presentation
    forms back to letters), bidi control marks removed, runs of white space made one space."""
    text = _BIDI_CONTROLS.sub("", unicodedata.normalize("NFKC", text))
    return " ".join(text.split())


def escape_markup(text: str) -> str:
    """Escape for reportlab's paragraph markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@dataclass(frozen=True, slots=True)
class FontCoverage:
    """A font family and the code points its regular face maps."""

    family: str
    code_points: frozenset[int]
    prefer_for_arabic: bool = False

    def has(self, ch: str) -> bool:
        return ord(ch) in self.code_points


def _is_neutral(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "ZPS" or ch in "\n\t"


def _font_for(ch: str, fonts: Sequence[FontCoverage]) -> str:
    if is_arabic(ch):
        for f in fonts:
            if f.prefer_for_arabic and f.has(ch):
                return f.family
    for f in fonts:
        if f.has(ch):
            return f.family
    return fonts[0].family  # nobody has it: the first font draws its "missing glyph" box


def font_segments(text: str, fonts: Sequence[FontCoverage]) -> list[tuple[str, str]]:
    """Split ``text`` into (family, text) runs. Spaces and punctuation stay in the current run
    when its font has them, so a name in one script is one run."""
    segments: list[tuple[str, str]] = []
    current: str | None = None
    buffer: list[str] = []
    by_family = {f.family: f for f in fonts}
    for ch in text:
        if current is not None and _is_neutral(ch) and by_family[current].has(ch):
            buffer.append(ch)
            continue
        family = _font_for(ch, fonts)
        if family != current and buffer:
            segments.append((current or family, "".join(buffer)))
            buffer = []
        current = family
        buffer.append(ch)
    if buffer:
        segments.append((current or fonts[0].family, "".join(buffer)))
    return segments
