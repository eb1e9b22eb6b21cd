"""Session fixtures: every document kind built from the fictional case, rendered in both formats,
and every Word file read back by LibreOffice in one soffice call."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from lpdesk.documents.builders import (
    build_child_plan,
    build_distribution_record,
    build_excluded_parent_summary,
    build_invitation,
    build_minutes,
    build_plan,
    build_review_report,
    build_visit_record,
)
from lpdesk.documents.docx_renderer import render_docx
from lpdesk.documents.output import RenderedFile
from lpdesk.documents.pdf_renderer import render_pdf
from lpdesk.documents.tree import Document
from lpdesk.domain import PlanKind
from tests.documents import fictional as f
from tests.documents.tools import LibreOffice


def all_documents() -> dict[str, Document]:
    ctx = f.document_context()
    return {
        "minutes": build_minutes(f.minutes_context()),
        "cp_plan": build_plan(ctx, version=2),
        "girfec_plan": build_plan(
            f.document_context(PlanKind.GIRFEC),
            review_on=f.CREATED,
            child_views="王小明 wants to play football.",
            parents_views="عائشہ wants the plan to end.",
        ),
        "invitation_parent": build_invitation(ctx, f.MEETING, 1),
        "invitation_foster_carer": build_invitation(ctx, f.MEETING, 8),
        "invitation_professional": build_invitation(ctx, f.MEETING, 7),
        "excluded_parent_summary": build_excluded_parent_summary(
            ctx, f.MEETING, 9, "The group agreed home conditions are improving."
        ),
        "child_plan": build_child_plan(
            ctx,
            1,
            plain_words={1: "Your home will be clean and safe."},
            next_meeting_on=f.MEETING.next_meeting_on,
        ),
        "review_report": build_review_report(f.review_context()),
        "visit_record": build_visit_record(ctx, f.VISITS[0]),
        "visit_refused": build_visit_record(ctx, f.VISITS[1]),
        "distribution_record": build_distribution_record(f.distribution_context()),
    }


@dataclass
class Rendered:
    doc: Document
    pdf: RenderedFile
    docx: RenderedFile
    pdf_path: Path
    docx_path: Path
    docx_text: str = ""


@pytest.fixture(scope="session")
def libreoffice(tmp_path_factory: pytest.TempPathFactory) -> LibreOffice:
    return LibreOffice(tmp_path_factory.mktemp("lo-profile"))


@pytest.fixture(scope="session")
def rendered(
    tmp_path_factory: pytest.TempPathFactory, libreoffice: LibreOffice
) -> dict[str, Rendered]:
    folder = tmp_path_factory.mktemp("rendered")
    out: dict[str, Rendered] = {}
    for name, doc in all_documents().items():
        pdf, docx = render_pdf(doc), render_docx(doc)
        pdf_path, docx_path = folder / f"{name}.pdf", folder / f"{name}.docx"
        pdf_path.write_bytes(pdf.data)
        docx_path.write_bytes(docx.data)
        out[name] = Rendered(doc, pdf, docx, pdf_path, docx_path)
    texts = libreoffice.to_text([r.docx_path for r in out.values()], folder / "txt")
    for r in out.values():
        r.docx_text = texts[r.docx_path]
    return out
