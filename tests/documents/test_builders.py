"""Every builder, for the fictional case, in both formats, read back by real readers."""

from __future__ import annotations

import pytest

from lpdesk.documents.tree import Document
from tests.documents import fictional as f
from tests.documents.conftest import Rendered, all_documents
from tests.documents.tools import (
    assert_fonts_embedded,
    missing_from,
    pdftotext,
    qpdf_check,
    squash,
    tree_strings,
)

KINDS = sorted(all_documents())


@pytest.mark.parametrize("name", KINDS)
def test_pdf_is_valid_embeds_every_font_and_says_everything(
    rendered: dict[str, Rendered], name: str
) -> None:
    r = rendered[name]
    qpdf_check(r.pdf_path)
    assert_fonts_embedded(r.pdf_path)
    text = pdftotext(r.pdf_path)
    assert missing_from(text, tree_strings(r.doc)) == []
    assert "Page 1 of" in text and "OFFICIAL-SENSITIVE" in text
    assert "CP/2026/0042" in text and "Fictional Borough Council" in text


@pytest.mark.parametrize("name", KINDS)
def test_word_file_opens_in_libreoffice_with_all_its_text(
    rendered: dict[str, Rendered], name: str
) -> None:
    r = rendered[name]
    assert missing_from(r.docx_text, tree_strings(r.doc)) == []


@pytest.mark.parametrize("name", KINDS)
def test_file_names_carry_reference_and_kind_only(rendered: dict[str, Rendered], name: str) -> None:
    r = rendered[name]
    for file in (r.pdf, r.docx):
        assert file.filename.startswith("CP-2026-0042_" + r.doc.meta.kind.value)
        assert all(ch.isascii() and (ch.isalnum() or ch in "._-") for ch in file.filename)
        assert not any(n in file.filename for n in f.NAMES)


NAMES_IN = {
    "minutes": f.NAMES,
    "cp_plan": (
        "王小明",
        "佐藤花子",
        "Nguyễn Thị Hương",
        "Zoë Brontë",
        "Аня Иванова",
        "Δήμητρα",
        "김민준",
        "فاطمة",
    ),
    "review_report": (
        "王小明",
        "佐藤花子",
        "Nguyễn Thị Hương",
        "Zoë Brontë",
        "عائشہ",
        "Аня Иванова",
    ),
}


@pytest.mark.parametrize("name", sorted(NAMES_IN))
def test_names_in_every_script_copy_out_of_the_pdf(
    rendered: dict[str, Rendered], name: str
) -> None:
    """Arabic is compared after NFKC: the PDF draws presentation forms (joined letters)."""
    text = squash(pdftotext(rendered[name].pdf_path))
    assert [n for n in NAMES_IN[name] if squash(n) not in text] == []
    assert "王小明" in text and "Аня" in text  # no normalisation needed for these


def test_withheld_address_never_printed(rendered: dict[str, Rendered]) -> None:
    for r in rendered.values():
        assert "Hidden Refuge" not in pdftotext(r.pdf_path)
        assert "Hidden Refuge" not in r.docx_text
    assert "12 Imaginary Street" in pdftotext(rendered["invitation_parent"].pdf_path)


def test_excluded_parent_summary_is_not_the_record(rendered: dict[str, Rendered]) -> None:
    text = pdftotext(rendered["excluded_parent_summary"].pdf_path)
    assert "home conditions are improving" in text
    for absent in ("Attendance", "Police", "김민준", "Аня Иванова", f.POLICE_TEXT):
        assert absent not in text


def test_minutes_follow_the_form_and_the_profile(rendered: dict[str, Rendered]) -> None:
    text = pdftotext(rendered["minutes"].pdf_path)
    for heading in (
        "Attendance",
        "Visits since the last meeting",
        "Signs of Safety",
        "Review of the plan",
        "Disagreement and dissent",
        "Next dates",
        "6 out of 10",
        "16 December 2026",
    ):
        assert heading in text
    assert "Weekly visits are too many." in text


def test_review_report_has_a_page_for_the_chair(rendered: dict[str, Rendered]) -> None:
    r = rendered["review_report"]
    pages = pdftotext(r.pdf_path).split("\f")
    chair_pages = [p for p in pages if "Conference chair's review" in p]
    assert chair_pages and "Progress against each outcome" not in chair_pages[0]


def test_child_plan_is_in_large_type(rendered: dict[str, Rendered]) -> None:
    doc: Document = rendered["child_plan"].doc
    assert all(getattr(b, "style", "large") == "large" for b in doc.blocks)
    assert "Your home will be clean and safe." in pdftotext(rendered["child_plan"].pdf_path)


def test_plan_title_follows_the_plan_kind() -> None:
    import dataclasses

    from lpdesk.documents.builders import build_plan
    from lpdesk.domain import PlanKind

    ctx = f.document_context()
    assert build_plan(ctx).meta.title == "Child protection plan"
    assert build_plan(f.document_context(PlanKind.GIRFEC)).meta.title == "Child's plan"
    early = dataclasses.replace(ctx, plan=dataclasses.replace(f.PLAN, kind=PlanKind.EARLY_HELP))
    assert build_plan(early).meta.title == "Early Help plan"


def test_girfec_plan_lists_all_eight_indicators(rendered: dict[str, Rendered]) -> None:
    from lpdesk.documents.builders.plan import SHANARRI

    text = pdftotext(rendered["girfec_plan"].pdf_path)
    assert all(indicator in text for indicator in SHANARRI)
    assert "The child's views" in text and "Review date" in text
