"""Hostile field values (control characters, markup, template syntax, emoji, 100,000 characters)
give valid files with the text intact, read back by poppler, python-docx and LibreOffice."""

from __future__ import annotations

import io
import re
import time
import unicodedata
from datetime import date
from pathlib import Path

from docx import Document as open_docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lpdesk.documents.docx_renderer import render_docx
from lpdesk.documents.pdf_renderer import render_pdf
from lpdesk.documents.text import clean_text
from lpdesk.documents.tree import Document, DocumentMeta, FieldTable, Heading, Paragraph, Run, Table
from lpdesk.domain import DocumentKind
from tests.documents.fictional import NAMES
from tests.documents.tools import LibreOffice, page_count, pdftotext, qpdf_check, squash

META = DocumentMeta(
    title="Fuzz",
    kind=DocumentKind.VISIT_RECORD,
    case_reference="CP/2026/0042",
    authority="Fictional Borough Council",
    created=date(2026, 11, 23),
)
CONTROLS = "".join(chr(c) for c in range(0x20)) + "\x7f\ufffe\uffff"
LETTERS = "abcXYZ019 .,;:!?'\"()[]/\\-_=+*#%@~éüñßÆøŁŒžАяЖΩπλ王明佐藤김민준"
EMOJI = ("😀", "🧒", "🏠", "✔", "★")
SPECIALS = (
    "<w:p>",
    "</w:t>",
    "{{ x }}",
    "{% if %}",
    "&amp;",
    "<b>",
    "</font>",
    "&",
    "<",
    ">",
    *NAMES[:7],
)
values = st.lists(
    st.one_of(
        st.text(alphabet=LETTERS + CONTROLS, max_size=30),
        st.sampled_from(SPECIALS + EMOJI),
    ),
    max_size=12,
).map("".join)


def visible(text: str) -> str:
    """What a reader can give back: cleaned, without control and format characters."""
    cleaned = clean_text(text)
    return "".join(ch for ch in cleaned if unicodedata.category(ch) not in ("Cc", "Cf"))


def joined_as_pdftotext_joins(text: str) -> str:
    """pdftotext joins a word broken by a hyphen at the end of a line ("a-" newline "b" reads
    "ab"): what it can give back of a value ending a line with a hyphen."""
    return re.sub(r"-[ \t]*(?:\r\n|\r|\n|\u2028|\u2029)", "", text)


def fuzz_doc(value: str) -> Document:
    return Document(
        meta=META,
        blocks=(
            Heading(level=2, text=value[:200] or "empty"),
            Paragraph(runs=(Run(text="Start:"), Run(text=value, bold=True), Run(text=":end"))),
            FieldTable(rows=(("Field", value),)),
            Table(header=("Value", "Other"), rows=((value, "x"),)),
        ),
    )


def word_body_paragraphs(data: bytes) -> list[str]:
    return [p.text for p in open_docx(io.BytesIO(data)).paragraphs]


def test_fuzzed_values_give_valid_files_with_text_intact(
    tmp_path: Path, libreoffice: LibreOffice
) -> None:
    written: list[tuple[Path, str]] = []

    @settings(
        max_examples=25,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(value=values)
    def check(value: str) -> None:
        doc = fuzz_doc(value)
        pdf_path = tmp_path / f"f{len(written)}.pdf"
        pdf_path.write_bytes(render_pdf(doc).data)
        qpdf_check(pdf_path)
        text = squash(pdftotext(pdf_path))
        assert squash(visible(joined_as_pdftotext_joins("Start:" + value + ":end"))) in text
        word = render_docx(doc)
        paragraphs = word_body_paragraphs(word.data)
        assert "Start:" + clean_text(value) + ":end" in paragraphs
        docx_path = tmp_path / f"f{len(written)}.docx"
        docx_path.write_bytes(word.data)
        written.append((docx_path, value))

    check()
    texts = libreoffice.to_text([p for p, _ in written], tmp_path / "txt")
    for path, value in written:
        assert squash("Start:" + visible(value) + ":end") in squash(texts[path]), path


def test_a_100000_character_field_breaks_across_pages(tmp_path: Path) -> None:
    unit = "Zoë Brontë 王小明 김민준 فاطمة Аня Δήμητρα said the kitchen was clean. "
    value = (unit * (100_000 // len(unit) + 1))[:100_000]
    doc = Document(
        meta=META, blocks=(FieldTable(rows=(("Observations", value),)), Paragraph.plain(value))
    )
    started = time.perf_counter()
    pdf = render_pdf(doc)
    seconds = time.perf_counter() - started
    path = tmp_path / "long.pdf"
    path.write_bytes(pdf.data)
    qpdf_check(path)
    assert page_count(path) > 40
    text = squash(pdftotext(path))
    assert text.count("王小明") == 2 * value.count("王小明")
    assert squash(value[:500]) in text and squash(value[-300:]) in text
    # the time is reported, not asserted (it moves with the load); make bench measures long minutes
    print(f"100,000 characters to PDF: {seconds:.1f} s")
    word = render_docx(doc)
    assert value in word_body_paragraphs(word.data)
