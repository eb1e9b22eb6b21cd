"""A photo in a document: the child's own plan shows the lead professional's photo under "Who you
can talk to" when there is one (Word: an inline picture about 3 cm wide with its description;
PDF: an image), and is unchanged when there is none; a sealed tree keeps the photo exactly."""

from __future__ import annotations

import io
import subprocess
import tempfile
from dataclasses import replace

from docx import Document as open_docx
from docx.shared import Mm
from PIL import Image

from lpdesk.documents.builders import build_child_plan
from lpdesk.documents.docx_renderer import render_docx
from lpdesk.documents.pdf_renderer import render_pdf
from lpdesk.documents.tree import Heading, Picture
from lpdesk.documents.tree_data import from_data, to_data
from tests.documents import fictional as f


def _jpeg(width: int = 240, height: int = 320) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 160, 90)).save(out, format="JPEG")
    return out.getvalue()


def pdf_image_rows(data: bytes) -> list[list[str]]:
    """``pdfimages -list`` of a PDF: a row (page, num, type, width, height, ...) per image."""
    with tempfile.NamedTemporaryFile(suffix=".pdf") as tmp:
        tmp.write(data)
        tmp.flush()
        done = subprocess.run(
            ["pdfimages", "-list", tmp.name], capture_output=True, check=True, text=True
        )
    return [line.split() for line in done.stdout.splitlines()[2:] if line.strip()]


def test_the_child_plan_shows_the_lead_professionals_photo_under_who_to_talk_to() -> None:
    ctx = f.document_context()
    photo = _jpeg()
    doc = build_child_plan(ctx, 1, lp_photo=photo)
    kinds = [type(b) for b in doc.blocks]
    at = kinds.index(Picture)
    before = doc.blocks[at - 1]
    assert isinstance(before, Heading) and before.text == "Who you can talk to"
    picture = doc.blocks[at]
    assert isinstance(picture, Picture) and picture.data == photo
    assert picture.description == f"A photo of {ctx.name(ctx.lead_professional_id)}"
    word = open_docx(io.BytesIO(render_docx(doc).data))
    (shape,) = word.inline_shapes
    assert abs(shape.width - Mm(30)) < Mm(1)
    assert shape._inline.docPr.get("descr") == picture.description
    (row,) = pdf_image_rows(render_pdf(doc).data)
    assert row[0] == "1" and row[2:5] == ["image", "240", "320"]  # page 1, at full size


def test_without_a_photo_the_child_plan_is_as_before() -> None:
    ctx = f.document_context()
    plain = build_child_plan(ctx, 1)
    assert build_child_plan(ctx, 1, lp_photo=None) == plain
    assert not any(isinstance(b, Picture) for b in plain.blocks)
    assert len(open_docx(io.BytesIO(render_docx(plain).data)).inline_shapes) == 0
    assert pdf_image_rows(render_pdf(plain).data) == []


def test_a_sealed_tree_keeps_the_photo_exactly_and_renders_the_same_bytes() -> None:
    doc = build_child_plan(f.document_context(), 1, lp_photo=_jpeg())
    again = from_data(to_data(doc))
    assert again == doc
    assert render_pdf(again).data == render_pdf(doc).data
    assert render_docx(again).data == render_docx(doc).data
    wide = replace(doc, blocks=(Picture(data=_jpeg(2000, 100), width_mm=500),))
    assert len(pdf_image_rows(render_pdf(wide).data)) == 1  # never wider than the page
