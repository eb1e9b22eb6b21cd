"""Text cleaning, script runs and right-to-left ordering, without a renderer."""

from __future__ import annotations

import unicodedata

import pytest

from lpdesk.documents.fonts import register_fonts
from lpdesk.documents.text import (
    clean_text,
    escape_markup,
    font_segments,
    has_rtl,
    normalise_extracted,
    visual_order,
)


def test_clean_text_removes_what_xml_refuses_and_keeps_layout() -> None:
    assert (
        clean_text("a\x00b\x01c\x08d\x0be\x0cf\x1fg\ufffeh\uffffi\x7fj\x85k\x9f") == "abcdefghijk"
    )
    assert clean_text("one\r\ntwo\rthree\n\tfour") == "one\ntwo\nthree\n\tfour"
    assert clean_text("Zoë 😀 王小明 فاطمة") == "Zoë 😀 王小明 فاطمة"
    assert clean_text("lone \ud800 surrogate") == "lone  surrogate"


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Zoë Brontë", "LPSans"),
        ("Аня Иванова", "LPSans"),
        ("Δήμητρα", "LPSans"),
        ("Nguyễn Thị Hương", "LPSans"),
        ("王小明", "LPCJK"),
        ("佐藤花子", "LPCJK"),
        ("김민준", "LPHangul"),
        ("فاطمة", "LPArabic"),
        ("عائشہ", "LPArabic"),
    ],
)
def test_each_script_gets_a_font_that_has_it(text: str, family: str) -> None:
    fonts = register_fonts()
    assert font_segments(text, fonts.coverage) == [(family, text)]
    by_family = {c.family: c for c in fonts.coverage}
    assert all(by_family[family].has(ch) for ch in visual_order(text))


def test_mixed_line_splits_into_runs_and_keeps_spaces_with_the_run() -> None:
    fonts = register_fonts()
    segments = font_segments("Mother 佐藤花子 and 김민준.", fonts.coverage)
    assert [family for family, _ in segments] == ["LPSans", "LPCJK", "LPSans", "LPHangul"]
    assert "".join(part for _, part in segments) == "Mother 佐藤花子 and 김민준."


def test_arabic_is_joined_and_put_in_visual_order() -> None:
    drawn = visual_order("فاطمة")
    assert has_rtl("فاطمة") and not has_rtl("Zoë")
    assert all(0xFE70 <= ord(ch) <= 0xFEFF for ch in drawn)  # presentation forms
    assert unicodedata.normalize("NFKC", drawn)[::-1] == "فاطمة"
    assert visual_order("Zoë Brontë") == "Zoë Brontë"
    line = visual_order("عائشہ wants the plan to end.")
    assert line.endswith(" wants the plan to end.")  # the paragraph reads left to right


def test_normalise_extracted_undoes_presentation_forms_and_bidi_marks() -> None:
    assert normalise_extracted("\u202b\ufed3\ufe8e\ufec3\ufee4\ufe94\u202c  x") == "فاطمة x"


def test_escape_markup() -> None:
    assert escape_markup("<w:p> & <b>") == "&lt;w:p&gt; &amp; &lt;b&gt;"
