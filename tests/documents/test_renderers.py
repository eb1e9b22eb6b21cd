"""The two renderers on hand-made trees: determinism, repeated header rows, named styles only,
core properties, letterhead, restricted blocks removed before rendering."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from lpdesk.documents.docx_renderer import render_docx
from lpdesk.documents.letterhead import Letterhead
from lpdesk.documents.pdf_renderer import render_pdf
from lpdesk.documents.pdfa import to_pdfa
from lpdesk.documents.tree import (
    Document,
    DocumentMeta,
    FieldTable,
    Heading,
    PageBreak,
    Paragraph,
    Run,
    SignatureBlock,
    Table,
    strip_restricted,
)
from lpdesk.domain import DocumentKind
from tests.documents import fictional as f
from tests.documents.conftest import Rendered
from tests.documents.tools import LibreOffice, page_count, pdftotext, run, squash

META = DocumentMeta(
    title="Test document",
    kind=DocumentKind.MINUTES,
    case_reference="CP/2026/0042",
    authority="Fictional Borough Council",
    created=date(2026, 11, 23),
    file_suffix="test",
)


def long_table_doc() -> Document:
    rows = tuple(
        (f"Row {i}", f"Value {i} " + "text " * 12, f.NAMES[i % len(f.NAMES)]) for i in range(150)
    )
    return Document(
        meta=META,
        blocks=(
            Heading(level=1, text="A long table"),
            Table(header=("Alpha", "Column Beta", "Column Gamma"), rows=rows, widths=(1, 4, 2)),
        ),
    )


def document_xml(data: bytes) -> str:
    return zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()


def test_same_tree_gives_the_same_bytes(rendered: dict[str, Rendered]) -> None:
    from tests.documents.conftest import all_documents

    for name in ("minutes", "child_plan"):
        doc = all_documents()[name]
        first = rendered[name]
        again_pdf, again_docx = render_pdf(doc), render_docx(doc)
        assert again_pdf.data == first.pdf.data and again_pdf.sha256 == first.pdf.sha256
        assert again_docx.data == first.docx.data and again_docx.sha256 == first.docx.sha256
        assert to_pdfa(first.pdf.data) == to_pdfa(again_pdf.data)


def test_rendered_file_carries_its_sha256() -> None:
    import hashlib

    for file in (render_pdf(long_table_doc()), render_docx(long_table_doc())):
        assert file.sha256 == hashlib.sha256(file.data).hexdigest()


def test_pdf_header_row_repeats_on_every_page(tmp_path: Path) -> None:
    path = tmp_path / "long.pdf"
    path.write_bytes(render_pdf(long_table_doc()).data)
    pages = page_count(path)
    assert pages >= 3
    for number in range(1, pages + 1):
        text = squash(pdftotext(path, number, number))
        assert "Alpha" in text and "ColumnBeta" in text and "ColumnGamma" in text
        assert f"Page{number}of{pages}" in text
        assert "OFFICIAL-SENSITIVE" in text and "CP/2026/0042" in text


def test_word_header_row_repeats_when_libreoffice_lays_it_out(
    tmp_path: Path, libreoffice: LibreOffice
) -> None:
    source = tmp_path / "long.docx"
    data = render_docx(long_table_doc()).data
    assert re.search(r"<w:tr>\s*<w:trPr>\s*<w:tblHeader w:val=\"true\"/>", document_xml(data))
    source.write_bytes(data)
    (pdf,) = libreoffice.convert([source], "pdf", tmp_path / "out")
    pages = page_count(pdf)
    assert pages >= 3
    for number in range(2, pages + 1):
        text = squash(pdftotext(pdf, number, number))
        assert "Alpha" in text and "ColumnBeta" in text and "ColumnGamma" in text


def test_word_uses_named_styles_only() -> None:
    doc = Document(
        meta=META,
        blocks=(
            Heading(level=2, text="Heading"),
            Paragraph(
                runs=(
                    Run(text="plain "),
                    Run(text="bold", bold=True),
                    Run(text="both", bold=True, italic=True),
                )
            ),
            Paragraph.plain("a note", style="note"),
            FieldTable(rows=(("Label", "Value"),)),
            Table(header=("A", "B"), rows=(("1", "2"),)),
            SignatureBlock(labels=("Chair",)),
            PageBreak(),
        ),
    )
    xml = document_xml(render_docx(doc).data)
    paragraphs = re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S)
    assert paragraphs
    assert all('<w:pStyle w:val="LP' in p for p in paragraphs)
    for direct in ("<w:b/>", "<w:i/>", "<w:sz ", "<w:rFonts", "<w:color ", "<w:jc "):
        assert direct not in xml
    assert '<w:rStyle w:val="LPStrong"/>' in xml or '<w:rStyle w:val="LP Strong"/>' in xml


def test_word_core_properties_come_from_the_record() -> None:
    data = render_docx(long_table_doc()).data
    core = zipfile.ZipFile(io.BytesIO(data)).read("docProps/core.xml").decode()
    assert "<dc:creator>Fictional Borough Council</dc:creator>" in core
    assert "<cp:lastModifiedBy>Lead professional</cp:lastModifiedBy>" in core
    assert "2026-11-23T00:00:00Z" in core
    people = re.findall(r"<(?:dc:creator|cp:lastModifiedBy)>([^<]*)<", core)
    assert people == ["Fictional Borough Council", "Lead professional"]  # never the account
    for info in zipfile.ZipFile(io.BytesIO(data)).infolist():
        assert info.date_time == (1980, 1, 1, 0, 0, 0)


def test_xml_invalid_characters_are_removed_from_word_and_pdf(tmp_path: Path) -> None:
    doc = Document(
        meta=META, blocks=(Paragraph.plain("A\x00B\x07C\x1b[0mD\ufffeE\tF\nG <w:p> {{ x }} & 😀"),)
    )
    xml = document_xml(render_docx(doc).data)
    assert "ABC[0mDE" in xml and "&lt;w:p&gt; {{ x }} &amp; 😀" in xml
    path = tmp_path / "x.pdf"
    path.write_bytes(render_pdf(doc).data)
    text = pdftotext(path)
    assert "ABC[0mDE" in text and "<w:p> {{ x }} & 😀" in text


def test_restricted_blocks_are_removed_not_hidden(tmp_path: Path) -> None:
    from lpdesk.documents.builders import build_minutes

    doc = build_minutes(f.minutes_context())
    assert any(b.restriction == "police_information" for b in doc.blocks)
    stripped = strip_restricted(doc, frozenset())
    assert all(b.restriction is None for b in stripped.blocks)
    allowed = strip_restricted(doc, frozenset({"police_information"}))
    assert allowed.blocks == doc.blocks
    for tree, present in ((stripped, False), (allowed, True)):
        path = tmp_path / "m.pdf"
        path.write_bytes(render_pdf(tree).data)
        assert (f.POLICE_TEXT in pdftotext(path)) is present
        assert (f.POLICE_TEXT in document_xml(render_docx(tree).data)) is present


def test_letterhead_on_the_first_page_only(tmp_path: Path) -> None:
    logo = io.BytesIO()
    Image.new("RGB", (120, 60), (20, 60, 120)).save(logo, format="PNG")
    letterhead = Letterhead(
        address="Town Hall\nHigh Street\nTestville TE1 1AA", logo=logo.getvalue()
    )
    path = tmp_path / "l.pdf"
    path.write_bytes(render_pdf(long_table_doc(), letterhead).data)
    assert "Town Hall" in pdftotext(path, 1, 1)
    assert "Town Hall" not in pdftotext(path, 2, 2)
    images = run("pdfimages", "-list", path).stdout.splitlines()[2:]
    assert len(images) == 1 and images[0].split()[0] == "1"
    data = render_docx(long_table_doc(), letterhead=letterhead).data
    archive = zipfile.ZipFile(io.BytesIO(data))
    headers = [archive.read(n).decode() for n in archive.namelist() if n.startswith("word/header")]
    first = [h for h in headers if "Town Hall" in h]
    assert len(first) == 1 and "<w:drawing>" in first[0]
    assert "<w:titlePg/>" in document_xml(data)


def test_sample_pages_render_to_png(tmp_path: Path) -> None:
    from tests.documents.sample_pages import render_samples

    pages = render_samples(tmp_path, ("minutes", "cp_plan"))
    assert len(pages) >= 2
    for page in pages:
        with Image.open(page) as image:
            assert image.size[0] > 400 and image.getextrema() != (
                (255, 255),
                (255, 255),
                (255, 255),
            )


@pytest.mark.parametrize(
    "text",
    [
        "فاطمة قالت إن الأطفال سعداء في المدرسة الجديدة ويذهبون كل يوم مع جدتهم عائشہ " * 4,
        "Zoë said that عائشہ بی بی visits every Sunday and فاطمة خان helps with homework. " * 4,
    ],
)
def test_a_wrapped_right_to_left_paragraph_reads_in_order(tmp_path: Path, text: str) -> None:
    """Each wrapped line is put in visual order on its own, so the lines read top to bottom."""
    doc = Document(meta=META, blocks=(Paragraph.plain(text), FieldTable(rows=(("Views", text),))))
    path = tmp_path / "rtl.pdf"
    path.write_bytes(render_pdf(doc).data)
    extracted = squash(pdftotext(path))
    assert extracted.count(squash(text)) == 2


def test_word_header_and_footer_carry_marking_reference_and_page_numbers() -> None:
    archive = zipfile.ZipFile(io.BytesIO(render_docx(long_table_doc()).data))
    header = "".join(
        archive.read(n).decode() for n in archive.namelist() if n.startswith("word/header")
    )
    footer = "".join(
        archive.read(n).decode() for n in archive.namelist() if n.startswith("word/footer")
    )
    for text in ("Fictional Borough Council", "CP/2026/0042", "OFFICIAL-SENSITIVE"):
        assert text in header
    assert "OFFICIAL-SENSITIVE" in footer
    assert "> PAGE <" in footer and "> NUMPAGES <" in footer


def test_pdf_metadata_comes_from_the_record(tmp_path: Path) -> None:
    path = tmp_path / "m.pdf"
    path.write_bytes(render_pdf(long_table_doc()).data)
    info = run("pdfinfo", path).stdout
    assert re.search(r"^Title:\s+Test document$", info, flags=re.M)
    assert re.search(r"^Author:\s+Fictional Borough Council$", info, flags=re.M)
    assert re.search(r"^Creator:\s+lpdesk$", info, flags=re.M)


def test_marking_text_is_the_authority_s_own(tmp_path: Path) -> None:
    import dataclasses

    doc = dataclasses.replace(long_table_doc(), meta=dataclasses.replace(META, marking="OFFICIAL"))
    path = tmp_path / "o.pdf"
    path.write_bytes(render_pdf(doc).data)
    text = pdftotext(path, 2, 2)
    assert text.count("OFFICIAL") == 2 and "OFFICIAL-SENSITIVE" not in text
