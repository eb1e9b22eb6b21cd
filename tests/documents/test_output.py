"""File names and the PDF/A archive copy."""

from __future__ import annotations

import re
from pathlib import Path

import pikepdf
import pytest

from lpdesk.documents.output import safe_filename
from lpdesk.documents.pdfa import to_pdfa
from lpdesk.domain import DocumentKind
from tests.documents.conftest import Rendered
from tests.documents.tools import assert_fonts_embedded, qpdf_check, run


@pytest.mark.parametrize(
    ("reference", "kind", "suffix", "fmt", "expected"),
    [
        ("CP/2026/0042", DocumentKind.MINUTES, "cg3", "pdf", "CP-2026-0042_minutes_cg3.pdf"),
        ("CP 2026 42", DocumentKind.CHILD_PLAN, "", "docx", "CP-2026-42_child_plan.docx"),
        ("../../etc/passwd", DocumentKind.PLAN, "v2", "pdfa", "etc-passwd_plan_v2_archive.pdf"),
        ("Zoë:*?<>|", DocumentKind.INVITATION, "王小明", "pdf", "Zo_invitation.pdf"),
        ("", DocumentKind.VISIT_RECORD, "", "pdf", "case_visit_record.pdf"),
    ],
)
def test_safe_filename(
    reference: str, kind: DocumentKind, suffix: str, fmt: str, expected: str
) -> None:
    assert safe_filename(reference, kind, suffix, fmt) == expected


def test_safe_filename_refuses_unknown_format() -> None:
    with pytest.raises(ValueError, match="odt"):
        safe_filename("CP1", DocumentKind.PLAN, "", "odt")


def test_pdfa_copy_declares_part_2b_with_an_srgb_intent(
    rendered: dict[str, Rendered], tmp_path: Path
) -> None:
    source = rendered["minutes"].pdf.data
    path = tmp_path / "archive.pdf"
    path.write_bytes(to_pdfa(source))
    qpdf_check(path)
    assert_fonts_embedded(path)
    meta = run("pdfinfo", "-meta", path).stdout
    assert "<pdfaid:part" in meta and ">2</pdfaid:part>" in meta
    assert ">B</pdfaid:conformance>" in meta
    info = run("pdfinfo", path).stdout
    assert re.search(r"^Encrypted:\s+no$", info, flags=re.M)
    with pikepdf.open(path) as pdf:
        (intent,) = pdf.Root.OutputIntents
        assert intent.S == pikepdf.Name.GTS_PDFA1
        assert len(intent.DestOutputProfile.read_bytes()) > 500
        assert pdf.docinfo.Title == "Core group meeting record"
        assert len(pdf.trailer.ID) == 2


def test_pdfa_refuses_an_encrypted_pdf(rendered: dict[str, Rendered], tmp_path: Path) -> None:
    path = tmp_path / "locked.pdf"
    with pikepdf.open(rendered["visit_record"].pdf_path) as pdf:
        pdf.save(path, encryption=pikepdf.Encryption(user="u", owner="o", R=6))
    with pytest.raises(Exception, match=r"encrypted|password"):
        to_pdfa(path.read_bytes())
