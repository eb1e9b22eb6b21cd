"""Rendering documents from the records: every kind for every demo case in both formats, the
recipient's redaction applied before building, authority settings from the database, the
generated document recorded with its SHA-256 and an audit event."""

from __future__ import annotations

import hashlib
import io
from datetime import datetime
from pathlib import Path

import pytest

from lpdesk.domain import (
    Attendance,
    AuditEvent,
    Case,
    Child,
    DocumentKind,
    GeneratedDocument,
    InvalidInput,
    Meeting,
    MeetingStatus,
    MemberRole,
    Membership,
    Plan,
    PlanVersion,
    ReviewReport,
    Visit,
)
from lpdesk.services.context import ServiceContext
from lpdesk.services.rendering import AuthoritySettings, render_document, render_sample
from lpdesk.services.settings import set_setting
from lpdesk.store import Store
from tests.services import test_circulation_fixtures as fixtures
from tests.services.test_circulation_fixtures import (
    POLICE_MARK,
    docx_everything,
    make_leaky,
    pdf_everything,
)

demo = fixtures.demo


def _add_plan_versions(store: Store) -> None:
    with store.unit_of_work() as uow:
        for plan in uow.repo(Plan).find():
            uow.repo(PlanVersion).add(
                PlanVersion(
                    plan_id=plan.id or 0,
                    number=1,
                    created_at=datetime(2026, 12, 10, 14, 0),
                    created_by="lp",
                    summary="Outcome 1 now measured by school attendance.",
                )
            )


def _jobs(store: Store) -> list[tuple[int, DocumentKind, int, int | None]]:
    """(case id, kind, record id, person id) for every record of the demo caseload."""
    with store.unit_of_work() as uow:
        cases = uow.repo(Case).find()
        meetings = uow.repo(Meeting).find()
        members = uow.repo(Membership).find()
        jobs: list[tuple[int, DocumentKind, int, int | None]] = []
        for case in cases:
            jobs.append((case.id or 0, DocumentKind.PLAN, case.id or 0, None))
            jobs.append((case.id or 0, DocumentKind.FAMILY_GUIDE, case.id or 0, None))
        for child in uow.repo(Child).find():
            jobs.append((child.case_id, DocumentKind.CHILD_PLAN, child.id or 0, None))
        plans = {p.id: p.case_id for p in uow.repo(Plan).find()}
        for version in uow.repo(PlanVersion).find():
            jobs.append(
                (plans[version.plan_id], DocumentKind.PLAN_CHANGE_NOTICE, version.id or 0, None)
            )
        for m in meetings:
            jobs.append((m.case_id, DocumentKind.DISTRIBUTION_RECORD, m.id or 0, None))
            if m.status is not MeetingStatus.CONVENED:
                jobs.append((m.case_id, DocumentKind.MINUTES, m.id or 0, None))
            for a in uow.repo(Attendance).find(meeting_id=m.id):
                jobs.append((m.case_id, DocumentKind.INVITATION, m.id or 0, a.person_id))
            for member in members:
                if member.case_id == m.case_id and member.excluded:
                    jobs.append(
                        (
                            m.case_id,
                            DocumentKind.EXCLUDED_PARENT_SUMMARY,
                            m.id or 0,
                            member.person_id,
                        )
                    )
        for v in uow.repo(Visit).find():
            jobs.append((v.case_id, DocumentKind.VISIT_RECORD, v.id or 0, None))
        for r in uow.repo(ReviewReport).find():
            jobs.append((r.case_id, DocumentKind.REVIEW_REPORT, r.id or 0, None))
    return jobs


@pytest.mark.slow
@pytest.mark.sqlite_only("the renderers do not depend on the database backend")
def test_every_kind_for_every_demo_case_in_both_formats(store: Store, demo: ServiceContext) -> None:
    import docx
    import pikepdf

    _add_plan_versions(store)
    jobs = _jobs(store)
    # the compliance report is the team's, not a case record's (tests/services/test_compliance_report.py)
    assert {kind for _, kind, _, _ in jobs} == set(DocumentKind) - {DocumentKind.COMPLIANCE_REPORT}
    with store.unit_of_work() as uow:
        references = {c.id: c.reference for c in uow.repo(Case).find()}
    cases_done: dict[int, set[DocumentKind]] = {}
    rendered = []
    for case_id, kind, record_id, person in jobs:
        for fmt in ("pdf", "docx"):
            file = render_document(demo, kind=kind, record_id=record_id, fmt=fmt, person_id=person)
            reference = references[case_id]
            assert file.filename.startswith(reference + "_" + kind.value)
            assert file.sha256 == hashlib.sha256(file.data).hexdigest()
            if fmt == "pdf":
                with pikepdf.open(io.BytesIO(file.data)) as pdf:
                    assert len(pdf.pages) >= 1
                    assert str(pdf.docinfo["/Subject"]) == f"{kind.value} {reference}"
            else:
                word = docx.Document(io.BytesIO(file.data))
                assert any(p.text for p in word.paragraphs)
                assert reference in "".join(p.text for p in word.sections[0].header.paragraphs)
            rendered.append((kind, record_id, fmt, file))
        cases_done.setdefault(case_id, set()).add(kind)
    assert set(cases_done) == set(references)
    assert all(
        {DocumentKind.PLAN, DocumentKind.CHILD_PLAN, DocumentKind.PLAN_CHANGE_NOTICE} <= kinds
        for kinds in cases_done.values()
    )
    with store.unit_of_work() as uow:
        stored = uow.repo(GeneratedDocument).find()
        audited = uow.repo(AuditEvent).find(action="document.generate")
    assert len(stored) == len(audited) == len(rendered)
    assert [(d.kind, d.record_id, d.fmt, d.sha256, d.size) for d in stored] == [
        (kind, rid, fmt, f.sha256, len(f.data)) for kind, rid, fmt, f in rendered
    ]
    assert all(d.created_by == "tm.circulation" for d in stored)


@pytest.mark.slow
@pytest.mark.sqlite_only("LibreOffice reads files, not databases")
def test_libreoffice_opens_a_sample_of_service_rendered_word_files(
    store: Store, demo: ServiceContext, tmp_path: Path
) -> None:
    from tests.documents.tools import LibreOffice

    leaky = make_leaky(store)
    wanted = [
        (DocumentKind.MINUTES, leaky.meetings[0]),
        (DocumentKind.PLAN, 5),  # the GIRFEC child's plan
        (DocumentKind.REVIEW_REPORT, 1),
        (DocumentKind.PLAN_CHANGE_NOTICE, 1),
    ]
    files = []
    for kind, record_id in wanted:
        file = render_document(demo, kind=kind, record_id=record_id, fmt="docx")
        path = tmp_path / file.filename
        path.write_bytes(file.data)
        files.append(path)
    texts = LibreOffice(tmp_path / "profile").to_text(files, tmp_path / "txt")
    assert all("CP-" in t or "GM-" in t for t in texts.values())
    assert POLICE_MARK in texts[files[0]]  # the lead professional's own copy keeps it


@pytest.mark.sqlite_only("redaction does not depend on the database backend")
def test_a_recipients_copy_is_redacted_before_it_is_built(
    store: Store, demo: ServiceContext
) -> None:
    leaky = make_leaky(store)
    meeting_id = leaky.meetings[0]
    with store.unit_of_work() as uow:
        members = uow.repo(Membership).find(case_id=1)
    parent = next(m for m in members if m.role is MemberRole.PARENT and not m.excluded)
    police = next(m for m in members if m.role is MemberRole.PROFESSIONAL)
    own = render_document(demo, kind="minutes", record_id=meeting_id, fmt="docx")
    theirs = render_document(
        demo, kind="minutes", record_id=meeting_id, fmt="docx", for_person_id=parent.person_id
    )
    professional = render_document(
        demo, kind="minutes", record_id=meeting_id, fmt="pdf", for_person_id=police.person_id
    )
    assert POLICE_MARK in docx_everything(own.data)
    assert POLICE_MARK not in docx_everything(theirs.data)
    assert "Information shared by the police" not in docx_everything(theirs.data)
    assert POLICE_MARK in " ".join(pdf_everything(professional.data).split())
    carer_letter = render_document(
        demo,
        kind="invitation",
        record_id=meeting_id,
        fmt="pdf",
        for_person_id=parent.person_id,
        person_id=leaky.carer_id,
    )
    own_letter = render_document(
        demo, kind="invitation", record_id=meeting_id, fmt="pdf", for_person_id=leaky.carer_id
    )
    assert fixtures.CARER_MARK not in pdf_everything(carer_letter.data)
    assert fixtures.CARER_MARK in pdf_everything(own_letter.data)  # their own address


def test_bad_requests_name_the_field_and_record_nothing(store: Store, demo: ServiceContext) -> None:
    cases = [
        ({"kind": "letter", "record_id": 1, "fmt": "pdf"}, "kind"),
        ({"kind": "minutes", "record_id": 1, "fmt": "odt"}, "fmt"),
        ({"kind": "minutes", "record_id": 999, "fmt": "pdf"}, "record_id"),
        ({"kind": "invitation", "record_id": 1, "fmt": "pdf"}, "person_id"),
        ({"kind": "minutes", "record_id": 1, "fmt": "pdf", "for_person_id": 25}, "for_person_id"),
        (
            {"kind": "excluded_parent_summary", "record_id": 1, "fmt": "pdf", "person_id": 3},
            "person_id",
        ),
    ]
    for arguments, field in cases:
        with pytest.raises(InvalidInput) as refused:
            render_document(demo, **arguments)  # type: ignore[arg-type]
        assert refused.value.problems[0].field == field, arguments
    with store.unit_of_work() as uow:
        assert uow.repo(GeneratedDocument).find() == []


def test_authority_settings_from_the_database_or_given(store: Store, demo: ServiceContext) -> None:
    set_setting(demo, key="authority_name", value="Fictional Borough Council")
    set_setting(demo, key="protective_marking", value="OFFICIAL")
    file = render_document(demo, kind="plan", record_id=1, fmt="pdf")
    text = pdf_everything(file.data)
    assert "Fictional Borough Council" in text and "OFFICIAL-SENSITIVE" not in text
    given = render_document(
        demo,
        kind="plan",
        record_id=1,
        fmt="docx",
        settings=AuthoritySettings(authority_name="Another Fictional Council"),
    )
    assert "Another Fictional Council" in docx_everything(given.data)


def test_the_archive_copy_is_pdfa(store: Store, demo: ServiceContext) -> None:
    import pikepdf

    file = render_document(demo, kind="plan", record_id=5, fmt="pdfa")
    assert file.filename == "GM-2026-0033_plan_archive.pdf"
    with pikepdf.open(io.BytesIO(file.data)) as pdf:
        assert "/OutputIntents" in pdf.Root
        assert pdf.open_metadata()["pdfaid:part"] == "2"


def test_render_sample_renders_both_formats_and_records_nothing(
    store: Store, demo: ServiceContext
) -> None:
    files = render_sample(demo)
    assert [f.filename.rsplit(".", 1)[1] for f in files] == ["pdf", "docx"]
    assert files[0].data.startswith(b"%PDF-") and files[1].data.startswith(b"PK")
    with store.unit_of_work() as uow:
        assert uow.repo(GeneratedDocument).find() == []
