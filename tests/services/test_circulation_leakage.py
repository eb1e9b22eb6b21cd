"""THE LEAKAGE TEST (issue 5): for every recipient role in the demo caseload and every document
kind, everything a recipient would get (their files decrypted with their own password, PDF text
and metadata, Word body, headers, footers, properties and XML parts, file names, .eml headers and
bodies) holds no withheld address, no unshared carer or placement address and no restricted
section they are not entitled to, and nothing of another family's case."""

from __future__ import annotations

from pathlib import Path

import pytest

from lpdesk.domain import DocumentKind, MemberRole, Membership, Person
from lpdesk.services.circulation import preview, produce_pack
from lpdesk.services.context import ServiceContext
from lpdesk.services.rendering import render_document
from lpdesk.store import Store
from tests.services import test_circulation_fixtures as fixtures
from tests.services.test_circulation_fixtures import (
    PLACEMENT_MARK,
    POLICE_MARK,
    REFUGE_MARK,
    eml_parts,
    file_text,
    make_leaky,
    normalised,
    passwords,
)

demo = fixtures.demo

pytestmark = [
    pytest.mark.slow,
    pytest.mark.sqlite_only("rendering and redaction do not depend on the database backend"),
]

_ADDRESS_OFF = (MemberRole.CARER, MemberRole.FOSTER_CARER, MemberRole.CHILD)


def _forbidden(store: Store, case_id: int, person_id: int, role: MemberRole) -> list[str]:
    """What this recipient must never read."""
    with store.unit_of_work() as uow:
        people = {p.id: p for p in uow.repo(Person).find()}
        members = uow.repo(Membership).find(case_id=case_id)
        references = [c.reference for c in uow.repo(type_case()).find() if c.id != case_id]
    bad = [REFUGE_MARK, PLACEMENT_MARK, *references]
    for person in people.values():
        if person.address_withheld and person.address:
            bad += _distinctive(person.address)
    for m in members:
        if m.role in _ADDRESS_OFF and not m.share_address and m.person_id != person_id:
            address = people[m.person_id].address
            if address and not people[m.person_id].address_withheld:
                bad += _distinctive(address)
    if role.is_family:
        bad.append(POLICE_MARK)
    return bad


def _distinctive(address: str) -> list[str]:
    """The address lines that identify it (a street, a postcode), not a bare town name."""
    lines = [line.strip() for line in address.split("\n")]
    return [line for line in lines if any(ch.isdigit() for ch in line) or len(line.split()) > 1]


def type_case() -> type:
    from lpdesk.domain import Case

    return Case


def _assert_clean(text: str, forbidden: list[str], where: str) -> None:
    flat = normalised(text)
    for item in forbidden:
        assert normalised(item) not in flat, f"{item!r} leaked into {where}"


def _names(store: Store, case_id: int) -> list[str]:
    with store.unit_of_work() as uow:
        ids = [m.person_id for m in uow.repo(Membership).find(case_id=case_id)]
        return [p.name for p in uow.repo(Person).find(id=ids)]


@pytest.mark.slowest
def test_no_recipient_gets_what_they_must_not(
    store: Store, demo: ServiceContext, tmp_path: Path
) -> None:
    leaky = make_leaky(store)
    roles_seen: set[MemberRole] = set()
    kinds_seen: set[DocumentKind] = set()
    for meeting_id in leaky.meetings:
        check = preview(demo, meeting_id=meeting_id)
        case_id = check.data.case.id
        assert case_id is not None
        member_ids = {m.person_id for m in check.data.memberships}
        assert {r.person_id for r in check.recipients} <= member_ids
        names = [n for n in _names(store, case_id) if len(n) > 3]
        for channel in ("files", "eml", "post"):
            out = tmp_path / f"m{meeting_id}-{channel}"
            try:
                summary = produce_pack(demo, meeting_id=meeting_id, out_dir=out, channel=channel)
            except Exception as err:  # a channel nobody in this case uses
                assert "nobody can be sent" in str(err)
                continue
            assert summary.password_list_path is not None
            secrets = passwords(summary.password_list_path, store)
            for path in summary.files:
                for name in names:
                    for part in name.split():
                        if len(part) > 3:
                            assert part not in path.name, f"a name in the file name {path.name}"
            for person_id, (number, password) in secrets.items():
                recipient = next(r for r in check.recipients if r.person_id == person_id)
                roles_seen.add(recipient.role)
                forbidden = _forbidden(store, case_id, person_id, recipient.role)
                mine = [p for p in summary.files if f"_r{number:02d}" in p.name]
                assert mine, f"no files for recipient {number}"
                for path in mine:
                    _assert_clean(path.name, forbidden, "a file name")
                    if path.suffix == ".eml":
                        _, text, attachments = eml_parts(path)
                        assert "X-Unsent: 1" in text
                        _assert_clean(text, forbidden, f"{path.name} headers and body")
                        for filename, data in attachments:
                            _assert_clean(filename, forbidden, "an attachment name")
                            read = file_text(filename, data, password)
                            _assert_clean(read, forbidden, f"{path.name}/{filename}")
                    else:
                        read = file_text(path.name, path.read_bytes(), password)
                        _assert_clean(read, forbidden, path.name)
                        if recipient.role.is_family:
                            continue
                        if path.name.endswith("_minutes.pdf"):
                            assert POLICE_MARK in normalised(read)  # entitled: kept
            kinds_seen |= {i.kind for i in summary.items}
    assert {
        MemberRole.PARENT,
        MemberRole.CARER,
        MemberRole.FOSTER_CARER,
        MemberRole.CHILD,
        MemberRole.PROFESSIONAL,
        MemberRole.LEAD_PROFESSIONAL,
        MemberRole.LP_MANAGER,
        MemberRole.QA_MANAGER,
        MemberRole.CONFERENCE_CHAIR,
    } <= roles_seen
    assert {
        DocumentKind.MINUTES,
        DocumentKind.PLAN,
        DocumentKind.CHILD_PLAN,
        DocumentKind.EXCLUDED_PARENT_SUMMARY,
        DocumentKind.PLAN_CHANGE_NOTICE,
    } <= kinds_seen


@pytest.mark.slowest
def test_every_other_kind_rendered_for_every_member_leaks_nothing(
    store: Store, demo: ServiceContext
) -> None:
    """Invitations, visit records, the review report and the distribution record, rendered for
    each member of the case in both formats."""
    from lpdesk.domain import Attendance, Meeting, ReviewReport, Visit

    leaky = make_leaky(store)
    with store.unit_of_work() as uow:
        meetings = uow.repo(Meeting).find()
        visits = uow.repo(Visit).find()
        reports = uow.repo(ReviewReport).find()
        members = uow.repo(Membership).find()
        invited = {
            m.id: [a.person_id for a in uow.repo(Attendance).find(meeting_id=m.id)]
            for m in meetings
        }
    jobs: list[tuple[int, DocumentKind, int, int | None]] = []  # case, kind, record, person
    for m in meetings:
        jobs.append((m.case_id, DocumentKind.DISTRIBUTION_RECORD, m.id or 0, None))
        jobs += [(m.case_id, DocumentKind.INVITATION, m.id or 0, p) for p in invited[m.id][:3]]
    first = next(m for m in meetings if m.id == leaky.meetings[0])
    jobs.append((first.case_id, DocumentKind.INVITATION, first.id or 0, leaky.carer_id))
    jobs += [(v.case_id, DocumentKind.VISIT_RECORD, v.id or 0, None) for v in visits]
    jobs += [(r.case_id, DocumentKind.REVIEW_REPORT, r.id or 0, None) for r in reports]
    roles: set[MemberRole] = set()
    for case_id, kind, record_id, person in jobs:
        one_per_role = {m.role: m for m in members if m.case_id == case_id and m.left_on is None}
        for member in one_per_role.values():
            roles.add(member.role)
            forbidden = _forbidden(store, case_id, member.person_id, member.role)
            for fmt in ("pdf", "docx"):
                file = render_document(
                    demo,
                    kind=kind,
                    record_id=record_id,
                    fmt=fmt,
                    for_person_id=member.person_id,
                    person_id=person,
                )
                _assert_clean(file.filename, forbidden, "a file name")
                _assert_clean(
                    file_text(file.filename, file.data, ""), forbidden, f"{kind} for {member.role}"
                )
    assert MemberRole.FOSTER_CARER in roles and MemberRole.CHILD in roles
