"""The minutes builder on the shipped core group pro-forma, every field answered by kind."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from lpdesk.documents.builders import build_minutes
from lpdesk.documents.docx_renderer import render_docx
from lpdesk.documents.pdf_renderer import render_pdf
from lpdesk.documents.tree import FieldTable, strip_restricted
from lpdesk.forms.loader import load_form
from lpdesk.forms.spec import FieldKind, FieldSpec, FormSpec
from tests.documents import fictional as f
from tests.documents.tools import LibreOffice, missing_from, pdftotext, qpdf_check, tree_strings

FORM_PATH = Path(__file__).resolve().parents[2] / "forms" / "proformas" / "core_group_minutes.toml"


def answer(spec: FieldSpec, where: str) -> Any:
    match spec.kind:
        case FieldKind.DATE:
            return "2026-12-01"
        case FieldKind.YES_NO:
            return True
        case FieldKind.CHOICE:
            return spec.choices[0] if spec.choices else "choice"
        case FieldKind.PERSON:
            return 2
        case FieldKind.SCALE:
            return min(7, spec.scale_max)
        case FieldKind.TABLE:
            return [{c.key: answer(c, f"{where} row {i}") for c in spec.columns} for i in (1, 2)]
    return f"{where}: 王小明 and Zoë Brontë, فاطمة."


def full_answers(form: FormSpec) -> dict[str, dict[str, Any]]:
    return {
        s.key: {fs.key: answer(fs, f"{s.key}.{fs.key}") for fs in s.fields} for s in form.sections
    }


def test_every_section_of_the_shipped_form_renders(
    tmp_path: Path, libreoffice: LibreOffice
) -> None:
    form = load_form(FORM_PATH)
    flags = frozenset(s.profile_flag for s in form.sections if s.profile_flag)
    meeting = dataclasses.replace(
        f.MEETING, form_id=form.id, form_version=form.version, answers=full_answers(form)
    )
    ctx = dataclasses.replace(f.minutes_context(), form=form, meeting=meeting, profile_flags=flags)
    doc = build_minutes(ctx)
    headings = [getattr(b, "text", "") for b in doc.blocks]
    assert all(s.title in headings for s in form.sections)
    restricted = {s.restricted for s in form.sections} | {
        fs.restricted for s in form.sections for fs in s.fields
    }
    allowed = frozenset(r for r in restricted if r)
    full = strip_restricted(doc, allowed)
    pdf = tmp_path / "minutes.pdf"
    pdf.write_bytes(render_pdf(full).data)
    qpdf_check(pdf)
    assert missing_from(pdftotext(pdf), tree_strings(full)) == []
    docx = tmp_path / "minutes.docx"
    docx.write_bytes(render_docx(full).data)
    text = libreoffice.to_text([docx], tmp_path / "txt")[docx]
    assert missing_from(text, tree_strings(full)) == []


def test_sections_hidden_by_the_profile_are_left_out() -> None:
    form = load_form(FORM_PATH)
    meeting = dataclasses.replace(f.MEETING, answers=full_answers(form))
    ctx = dataclasses.replace(
        f.minutes_context(), form=form, meeting=meeting, profile_flags=frozenset()
    )
    headings = {getattr(b, "text", "") for b in build_minutes(ctx).blocks}
    for section in form.sections:
        assert (section.title in headings) is (section.profile_flag is None)


def test_record_facts_are_not_repeated_when_the_form_asks_for_them() -> None:
    form = load_form(FORM_PATH)
    meeting = dataclasses.replace(f.MEETING, answers=full_answers(form))
    ctx = dataclasses.replace(f.minutes_context(), form=form, meeting=meeting)
    labels = [
        label for b in build_minutes(ctx).blocks if isinstance(b, FieldTable) for label, _ in b.rows
    ]
    assert labels.count("Venue") == 1 and "Chair" in labels and "Minute taker" in labels
    own = build_minutes(f.minutes_context()).blocks[0]
    assert isinstance(own, FieldTable) and "Venue" in [label for label, _ in own.rows]
