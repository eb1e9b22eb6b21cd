"""The bundled PDF fonts (``resources/fonts``), registered with reportlab once per process.

DejaVu Sans covers Latin (with Vietnamese), Cyrillic and Greek; Noto Sans Arabic covers Arabic and
Urdu (DejaVu lacks the Urdu heh goal); Droid Sans Fallback covers Chinese and Japanese; NanumGothic
covers Korean Hangul, which the Debian Droid Sans Fallback lacks; Symbola (monochrome) covers
symbols and most emoji. A character none of them has is drawn as a box and cannot be copied out.
Licences sit beside the files.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from lpdesk.documents.text import FontCoverage, has_rtl, is_arabic
from lpdesk.paths import resources_dir

__all__ = ["BASE_FAMILY", "FontSet", "fonts_dir", "register_fonts"]

BASE_FAMILY = "LPSans"

# family -> (regular, bold, italic, bold italic) file names
_FAMILIES: dict[str, tuple[str, str, str, str]] = {
    BASE_FAMILY: (
        "DejaVuSans.ttf",
        "DejaVuSans-Bold.ttf",
        "DejaVuSans-Oblique.ttf",
        "DejaVuSans-BoldOblique.ttf",
    ),
    "LPArabic": (
        "NotoSansArabic-Regular.ttf",
        "NotoSansArabic-Bold.ttf",
        "NotoSansArabic-Regular.ttf",
        "NotoSansArabic-Bold.ttf",
    ),
    "LPCJK": ("DroidSansFallbackFull.ttf",) * 4,
    "LPHangul": ("NanumGothic.ttf",) * 4,
    "LPSymbols": ("Symbola.ttf",) * 4,
}
_STYLE_SUFFIXES = ("", "-Bold", "-Italic", "-BoldItalic")


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


@dataclass(frozen=True, slots=True)
class FontSet:
    """The registered families in fallback order, and the face names for canvas drawing.
    ``plain``: the characters the first (base) family draws that are neither Arabic nor
    right-to-left; text made only of them is drawn as it stands in the base family."""

    coverage: tuple[FontCoverage, ...]
    plain: frozenset[str] = frozenset()

    @staticmethod
    def face(family: str, bold: bool = False, italic: bool = False) -> str:
        return family + _STYLE_SUFFIXES[(1 if bold else 0) + (2 if italic else 0)]


def _patch_to_unicode_for_astral_planes() -> None:
    """reportlab writes ToUnicode entries as ``<%04X>``, which is wrong for characters beyond
    U+FFFF (emoji): readers then copy out the wrong character. Write UTF-16 (surrogate pairs),
    as the PDF specification asks; identical output for every other character."""
    from reportlab.pdfbase import ttfonts

    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "_lpdesk_patched", False):
        return

    def make_to_unicode_cmap(fontname: str, subset: list[int]) -> str:
        cmap: str = original(fontname, subset)
        for code, cp in enumerate(subset):
            if cp > 0xFFFF:
                utf16 = chr(cp).encode("utf-16-be").hex().upper()
                cmap = cmap.replace(f"<{code:02X}> <{cp:04X}>", f"<{code:02X}> <{utf16}>", 1)
        return cmap

    make_to_unicode_cmap._lpdesk_patched = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap


def _font(name: str, path: Path, parsed: dict[Path, Any]) -> Any:
    """A reportlab ``TTFont`` called ``name`` for the file at ``path``, parsing each file once.

    Parsing a face (its glyph tables and character map) is what registering costs, holding the
    interpreter: the CJK, Hangul and symbol families use one file for all four styles, so parsing
    it four times was three quarters of the work (and of the ~60 MB kept). A later style of the
    same file is a copy of the first font sharing its parsed, read-only face, with its own name
    and its own per-document subsetting state."""
    from weakref import WeakKeyDictionary

    from reportlab.pdfbase.ttfonts import TTFont

    first = parsed.get(path)
    if first is None:
        parsed[path] = font = TTFont(name, str(path))
        # reportlab measures every word of every line it breaks, in pure Python (a dictionary
        # lookup per character; its C accelerator is not installed): long minutes measure the
        # same words hundreds of thousands of times. A width depends only on the face (parsed
        # once, read only), the text and the size; the copies below share this cache.
        font.stringWidth = lru_cache(maxsize=_WIDTHS_KEPT)(font.stringWidth)
        return font
    font = copy.copy(first)  # shares first.face (and its remembered widths)
    font.fontName = name
    font.state = WeakKeyDictionary()  # which glyphs each document uses: never shared
    return font


_WIDTHS_KEPT = 1 << 14  # pragma: no mutate (words per face: a few MB at most; speed only)


@cache
def register_fonts() -> FontSet:
    """Register every bundled face and family (once); return the fallback order."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics

    _patch_to_unicode_for_astral_planes()
    folder = fonts_dir()
    coverage: list[FontCoverage] = []
    parsed: dict[Path, Any] = {}
    for family, files in _FAMILIES.items():
        for suffix, file_name, (bold, italic) in zip(
            _STYLE_SUFFIXES, files, ((0, 0), (1, 0), (0, 1), (1, 1)), strict=True
        ):
            name = family + suffix
            pdfmetrics.registerFont(_font(name, folder / file_name, parsed))
            addMapping(family, bold, italic, name)
        regular = pdfmetrics.getFont(family)
        code_points = frozenset(regular.face.charToGlyph)
        coverage.append(FontCoverage(family, code_points, prefer_for_arabic=family == "LPArabic"))
    base = coverage[0].code_points
    plain = frozenset(ch for ch in map(chr, base) if not is_arabic(ch) and not has_rtl(ch))
    return FontSet(tuple(coverage), plain)
