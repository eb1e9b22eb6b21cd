"""Approved and draft minutes look different on paper, in PDF and Word: a DRAFT watermark on a record
not approved, an approval line (who, when, version) on an approved one, the amendments listed on
an amended one; the next dates are printed once; a tree survives its JSON form exactly."""

from __future__ import annotations

import dataclasses
import io
import json
from datetime import datetime
from pathlib import Path

from docx import Document as open_docx

from lpdesk.documents.builders import build_minutes
from lpdesk.documents.context import ApprovalNote
from lpdesk.documents.docx_renderer import render_docx
from lpdesk.documents.pdf_renderer import render_pdf
from lpdesk.documents.tree import FieldTable
from lpdesk.documents.tree_data import from_data, to_data
from lpdesk.forms.loader import load_form
from tests.documents import fictional as f
from tests.documents.test_minutes_form import FORM_PATH, full_answers
from tests.documents.tools import pdftotext

APPROVED = ApprovalNote(
    version=1, approver="Morgan Teamlead", approved_at=datetime(2026, 11, 20, 14, 5)
)


def _pdf_text(doc, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    path = tmp_path / "record.pdf"
    path.write_bytes(render_pdf(doc).data)
    return " ".join(pdftotext(path).split())


def _docx(doc):  # type: ignore[no-untyped-def]
    word = open_docx(io.BytesIO(render_docx(doc).data))
    header = word.sections[0].header
    body = "\n".join(p.text for p in word.paragraphs)
    return body, "\n".join(p.text for p in header.paragraphs), header._element.xml


def test_a_draft_carries_the_watermark_and_an_approved_record_the_approval_line(
    tmp_path: Path,
) -> None:
    draft = build_minutes(f.minutes_context())
    assert draft.meta.watermark == "DRAFT"
    text = _pdf_text(draft, tmp_path)
    assert "DRAFT" in text and "Approved by" not in text
    body, header, xml = _docx(draft)
    assert "DRAFT: not approved" in header and 'string="DRAFT"' in xml
    assert "has not been approved" in body

    approved = build_minutes(dataclasses.replace(f.minutes_context(), approval=APPROVED))
    assert approved.meta.watermark == ""
    text = _pdf_text(approved, tmp_path)
    line = "Approved by Morgan Teamlead on 20 November 2026 at 14:05. Version 1 of this record."
    assert "DRAFT" not in text and line in text
    body, header, xml = _docx(approved)
    assert line in body and "DRAFT" not in header and "DRAFT" not in xml


def test_an_amended_record_names_the_version_it_amends_and_lists_the_changes(
    tmp_path: Path,
) -> None:
    amended = dataclasses.replace(
        APPROVED,
        version=2,
        amends="version 1, approved by Morgan Teamlead on 20 November 2026",
        changes=(("The child's voice: Wishes and feelings", "likes school", "wants to move"),),
    )
    doc = build_minutes(dataclasses.replace(f.minutes_context(), approval=amended))
    text = _pdf_text(doc, tmp_path)
    assert "Version 2 of this record. It amends version 1, approved by Morgan Teamlead" in text
    assert "Amendments" in text and "likes school" in text and "wants to move" in text


def test_the_next_dates_are_printed_once() -> None:
    form = load_form(FORM_PATH)
    meeting = dataclasses.replace(
        f.MEETING, form_id=form.id, form_version=form.version, answers=full_answers(form)
    )
    doc = build_minutes(dataclasses.replace(f.minutes_context(), form=form, meeting=meeting))
    labels = [label for b in doc.blocks if isinstance(b, FieldTable) for label, _ in b.rows]
    assert labels.count("Next core group") == 1
    assert labels.count("Review conference") == 1


def test_a_tree_survives_its_json_form_exactly() -> None:
    form = load_form(FORM_PATH)
    meeting = dataclasses.replace(f.MEETING, answers=full_answers(form))
    doc = build_minutes(
        dataclasses.replace(f.minutes_context(), form=form, meeting=meeting, approval=APPROVED)
    )
    data = json.loads(json.dumps(to_data(doc)))  # as stored in the database
    again = from_data(data)
    assert again == doc
    assert render_pdf(again).sha256 == render_pdf(doc).sha256
    assert render_docx(again).sha256 == render_docx(doc).sha256
