"""Circulation use cases on the demo caseload: the final check, refusals, the pack written then
recorded, the distribution record against the files, cancellation, .eml drafts read back."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import replace
from pathlib import Path

import pytest

from lpdesk.domain import (
    Agency,
    Cancelled,
    Channel,
    CirculationItem,
    DocumentKind,
    Forbidden,
    GeneratedDocument,
    InvalidInput,
    Meeting,
    MeetingStatus,
    MemberRole,
    Membership,
    Person,
    RuleViolation,
    UserRole,
)
from lpdesk.services.circulation import distribution, preview, produce_pack
from lpdesk.services.context import ServiceContext
from lpdesk.services.meetings.approval import minutes_hash
from lpdesk.store import Store
from tests.services import test_circulation_fixtures as fixtures
from tests.services.conftest import make_ctx
from tests.services.test_circulation_fixtures import eml_parts, make_leaky, passwords

demo = fixtures.demo
log = logging.getLogger(__name__)


@pytest.fixture
def packs(tmp_path: Path) -> Path:
    """An empty folder for packs (the database lives beside it in ``tmp_path``)."""
    folder = tmp_path / "packs"
    folder.mkdir()
    return folder


def _meeting(store: Store, meeting_id: int) -> Meeting:
    with store.unit_of_work() as uow:
        return uow.repo(Meeting).get(meeting_id)


def _counts(store: Store) -> tuple[int, int]:
    with store.unit_of_work() as uow:
        return len(uow.repo(CirculationItem).find()), len(uow.repo(GeneratedDocument).find())


def test_preview_lists_each_recipient_from_the_case_with_what_they_get(
    store: Store, demo: ServiceContext
) -> None:
    leaky = make_leaky(store)
    check = preview(demo, meeting_id=leaky.meetings[0])
    by_role = {r.role: r for r in check.recipients}
    parent = next(r for r in check.recipients if r.role is MemberRole.PARENT and not r.problems)
    assert {d.kind for d in parent.documents} == {DocumentKind.MINUTES, DocumentKind.PLAN}
    assert "section police information removed" in parent.redactions
    excluded = [r for r in check.recipients if r.documents[0].kind.value.startswith("excluded")]
    assert len(excluded) == 1 and excluded[0].problems == ()
    assert DocumentKind.PLAN_CHANGE_NOTICE in {
        d.kind for d in by_role[MemberRole.LP_MANAGER].documents
    }
    professional = by_role[MemberRole.PROFESSIONAL]
    assert professional.organisation and professional.name
    assert any("docx" in d.formats for r in check.recipients for d in r.documents)
    carer = by_role[MemberRole.CARER]
    others = [r for r in check.recipients if r.person_id != carer.person_id]
    assert all(
        f"address of {carer.name} removed (carer, not shared)" in r.redactions for r in others
    )
    assert not any(
        "person " in text for r in check.recipients for text in r.redactions + r.problems
    )
    assert check.plans == check.recipients  # what the circulate page reads


def test_unapproved_minutes_and_minutes_edited_after_approval_are_refused(
    store: Store, demo: ServiceContext, packs: Path
) -> None:
    with store.unit_of_work() as uow:
        meetings = uow.repo(Meeting).find()
    held = next(m for m in meetings if m.status is MeetingStatus.HELD)
    with pytest.raises(RuleViolation, match="only approved minutes"):
        preview(demo, meeting_id=held.id or 0)
    with pytest.raises(RuleViolation, match="only approved minutes"):
        produce_pack(demo, meeting_id=held.id or 0, out_dir=packs / "a", channel="files")
    circulated = next(m for m in meetings if m.status is MeetingStatus.CIRCULATED)
    assert minutes_hash(demo, circulated.id or 0) == circulated.approved_hash
    with store.unit_of_work() as uow:  # an edit that went round the services
        answers = dict(circulated.answers, voice={"wishes": "Changed after approval."})
        uow.repo(Meeting).update(replace(circulated, answers=answers))
    with pytest.raises(RuleViolation, match="changed after they were approved"):
        preview(demo, meeting_id=circulated.id or 0)
    with pytest.raises(RuleViolation, match="changed after they were approved"):
        produce_pack(demo, meeting_id=circulated.id or 0, out_dir=packs / "b")
    assert not (packs / "a").exists() and not (packs / "b").exists()
    assert list(packs.iterdir()) == []


def test_a_save_after_approval_withdraws_it_and_circulation_is_refused(
    store: Store, demo: ServiceContext, packs: Path
) -> None:
    from lpdesk.services.meetings import save_draft

    leaky = make_leaky(store)
    meeting = _meeting(store, leaky.meetings[0])
    save_draft(
        demo,
        meeting_id=meeting.id or 0,
        answers=dict(meeting.answers, voice={"wishes": "He wants to stay at his school."}),
        expected_revision=meeting.revision,
    )
    with pytest.raises(RuleViolation, match="only approved minutes"):
        produce_pack(demo, meeting_id=meeting.id or 0, out_dir=packs / "p", channel="files")
    assert _counts(store) == (0, 0)


def test_an_address_outside_the_core_group_cannot_be_added(
    store: Store, demo: ServiceContext, packs: Path
) -> None:
    leaky = make_leaky(store)
    with store.unit_of_work() as uow:
        outsider = uow.repo(Person).add(Person(name="Neighbour", email="neighbour@example.com"))
        other_case = next(m for m in uow.repo(Membership).find() if m.case_id != 1)
    for stranger in (outsider.id or 0, other_case.person_id):
        with pytest.raises(InvalidInput) as refused:
            produce_pack(
                demo,
                meeting_id=leaky.meetings[0],
                out_dir=packs / f"x{stranger}",
                channel="files",
                only_person_ids=[stranger],
            )
        assert refused.value.problems[0].field == "only_person_ids"
    assert list(packs.iterdir()) == [] and _counts(store) == (0, 0)
    check = preview(demo, meeting_id=leaky.meetings[0])
    assert outsider.id not in {r.person_id for r in check.recipients}


def test_only_the_lead_or_a_manager_may_circulate(
    store: Store, demo: ServiceContext, clock, packs: Path
) -> None:  # type: ignore[no-untyped-def]
    leaky = make_leaky(store)
    qa = make_ctx(store, clock, UserRole.QA_MANAGER, username="qa")
    with pytest.raises(Forbidden):
        preview(qa, meeting_id=leaky.meetings[0])
    other_lp = make_ctx(store, clock, UserRole.LEAD_PROFESSIONAL, person_id=4, username="tf")
    with pytest.raises(Forbidden):
        produce_pack(other_lp, meeting_id=leaky.meetings[0], out_dir=packs / "p")
    assert list(packs.iterdir()) == []


@pytest.mark.slow
def test_the_pack_is_recorded_and_the_distribution_record_matches_the_files(
    store: Store, demo: ServiceContext, packs: Path
) -> None:
    leaky = make_leaky(store)
    meeting_id = leaky.meetings[0]
    before = _meeting(store, meeting_id)
    out = packs / "pack"
    summary = produce_pack(demo, meeting_id=meeting_id, out_dir=out, channel="files")
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in summary.files)
    assert not [p for p in packs.iterdir() if p.name.startswith(".lpdesk")]
    lines = distribution(demo, meeting_id=meeting_id)
    assert len(lines) == len(summary.items) > 0
    on_disk = {hashlib.sha256(p.read_bytes()).hexdigest(): p for p in summary.files}
    for line in lines:
        assert line.sha256 in on_disk  # the exact bytes that were handed over
        assert line.filename.startswith("CP-2026-0141_") and line.sent_by == "tm.circulation"
    assert {(i.person_id, i.kind, i.sha256) for i in summary.items} == {
        (line.person_id, line.kind, line.sha256) for line in lines
    }
    after = _meeting(store, meeting_id)
    assert after.status is MeetingStatus.CIRCULATED and after.circulated_on is not None
    assert after.approved_hash == before.approved_hash == minutes_hash(demo, meeting_id)
    with store.unit_of_work() as uow:
        from lpdesk.domain import PlanVersion

        assert all(v.notified_on is not None for v in uow.repo(PlanVersion).find())
    # the distribution record document lists the same items
    from lpdesk.services.rendering import render_document
    from tests.services.test_circulation_fixtures import pdf_everything

    record = render_document(demo, kind="distribution_record", record_id=meeting_id, fmt="pdf")
    text = "".join(pdf_everything(record.data).split())
    assert all(line.sha256[:16] in text for line in lines)


def test_cancelling_midway_leaves_no_files_and_no_records(
    store: Store, demo: ServiceContext, packs: Path
) -> None:
    leaky = make_leaky(store)

    class CancelAfter:
        def __init__(self, reports: int) -> None:
            self.left = reports

        def report(self, done: int, total: int, message: str = "") -> None:
            self.left -= 1

        @property
        def cancelled(self) -> bool:
            return self.left <= 0

    before = _meeting(store, leaky.meetings[0])
    with pytest.raises(Cancelled):
        produce_pack(
            demo,
            meeting_id=leaky.meetings[0],
            out_dir=packs / "pack",
            channel="files",
            progress=CancelAfter(5),
        )
    assert list(packs.iterdir()) == []
    assert _counts(store) == (0, 0)
    assert _meeting(store, leaky.meetings[0]).revision == before.revision


@pytest.mark.slow
def test_eml_drafts_parse_back_with_the_case_reference_only(
    store: Store, demo: ServiceContext, packs: Path
) -> None:
    leaky = make_leaky(store)
    summary = produce_pack(demo, meeting_id=leaky.meetings[0], out_dir=packs / "eml")
    assert summary.password_list_path is not None
    secrets = passwords(summary.password_list_path, store)
    emls = [p for p in summary.files if p.suffix == ".eml"]
    assert emls and len(emls) == len({i.person_id for i in summary.items})
    with store.unit_of_work() as uow:
        people = {p.id: p for p in uow.repo(Person).find()}
    for path in emls:
        msg, text, attachments = eml_parts(path)
        assert msg["Subject"] == "Core group documents: CP-2026-0141"
        assert msg["X-Unsent"] == "1" and msg["Cc"] is None and msg["Bcc"] is None
        to = msg["To"].addresses
        assert len(to) == 1
        person = next(p for p in people.values() if p.email == to[0].addr_spec)
        number, password = secrets[person.id or 0]
        assert path.name == f"CP-2026-0141_r{number:02d}.eml"
        assert password not in text
        assert all(name.startswith("CP-2026-0141_") for name, _ in attachments)
        for name, data in attachments:
            if name.endswith(".pdf"):
                import pikepdf

                with pytest.raises(pikepdf.PasswordError):
                    pikepdf.open(__import__("io").BytesIO(data))
                fixtures.pdf_everything(data, password)


@pytest.mark.slow
def test_a_twelve_recipient_pack_time_is_logged(
    store: Store, demo: ServiceContext, packs: Path, caplog: pytest.LogCaptureFixture
) -> None:
    leaky = make_leaky(store)
    count = len(preview(demo, meeting_id=leaky.meetings[0]).recipients)
    with store.unit_of_work() as uow:
        agency = uow.repo(Agency).add(Agency(name="Fictional Housing", kind="housing"))
        for i in range(12 - count):
            person = uow.repo(Person).add(
                Person(name=f"Officer {i}", agency_id=agency.id, email=f"officer{i}@example.org")
            )
            uow.repo(Membership).add(
                Membership(
                    case_id=1,
                    person_id=person.id or 0,
                    role=MemberRole.PROFESSIONAL,
                    joined_on=__import__("datetime").date(2026, 10, 1),
                    channel=Channel.EMAIL,
                )
            )
    recipients = preview(demo, meeting_id=leaky.meetings[0]).recipients
    assert len(recipients) == 12
    summary = produce_pack(demo, meeting_id=leaky.meetings[0], out_dir=packs / "p12")
    with caplog.at_level(logging.INFO):
        log.info(
            "12-recipient eml pack: %.2f s, %d items, %d files",
            summary.seconds,
            len(summary.items),
            len(summary.files),
        )
    print(f"\n12-recipient eml pack: {summary.seconds:.2f} s, {len(summary.items)} items")
    assert summary.items
