"""Shared set-up for the rendering, circulation and invitation service tests (no tests here).

``demo`` loads the fictional caseload as a team manager. ``make_leaky`` then plants everything a
pack must never leak, with unique markers: police information in approved minutes, a carer
whose address is not shared, an editable-copy professional (Word files), a child old enough to
receive documents, and a pending plan version (change notices). Extractors read everything a
recipient would get: decrypted PDF text (pdftotext) and metadata, Word body, headers, footers,
core properties and every XML part, .eml headers and bodies.
"""

from __future__ import annotations

import email
import hashlib
import io
import re
import subprocess
import zipfile
from dataclasses import dataclass, replace
from datetime import datetime
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from lpdesk.domain import (
    Attendance,
    Channel,
    Child,
    Disagreement,
    ExcludedSummary,
    Meeting,
    MeetingStatus,
    MemberRole,
    Membership,
    Person,
    Plan,
    PlanVersion,
    UserRole,
)
from lpdesk.services.context import FixedClock, ServiceContext
from lpdesk.services.demo import load_demo
from lpdesk.services.meetings.approval import canonical_minutes
from lpdesk.store import Store
from tests.services.conftest import make_ctx

POLICE_MARK = "POLICEONLY7731"
CARER_MARK = "HIDDENCARER77"
REFUGE_MARK = "REFUGEMARK55"
PLACEMENT_MARK = "PLACEMENTMARK66"
SUMMARY = "Summary for the excluded parent: the plan continues and school attendance improved."
NOTES_MARK = "INTERNALNOTE4242: the mother's refuge is near the school; never tell the father."


@pytest.fixture
def demo(store: Store, clock: FixedClock) -> ServiceContext:
    ctx = make_ctx(store, clock, UserRole.TEAM_MANAGER, username="tm.circulation")
    load_demo(ctx)
    return ctx


def approve_directly(store: Store, meeting_id: int, answers: dict[str, object]) -> Meeting:
    """Set the minutes' answers and approve them as the chair would (the approval hash over the
    content), without the completeness rules the demo's short minutes would not meet."""
    with store.unit_of_work() as uow:
        meeting = uow.repo(Meeting).get(meeting_id)
        changed = replace(meeting, answers=answers)
        rows = uow.repo(Attendance).find(meeting_id=meeting_id)
        shown = uow.repo(Disagreement).find(meeting_id=meeting_id)
        digest = hashlib.sha256(canonical_minutes(changed, rows, shown)).hexdigest()
        status = (
            meeting.status if meeting.status is MeetingStatus.CIRCULATED else MeetingStatus.APPROVED
        )
        return uow.repo(Meeting).update(
            replace(
                changed,
                status=status,
                approved_hash=digest,
                approved_by="chair",
                approved_at=datetime(2026, 12, 1, 10, 0),
            )
        )


def minutes_answers(meeting: Meeting) -> dict[str, object]:
    answers = dict(meeting.answers)
    answers["events"] = {
        "concerns": "No new concerns.",
        "police_information": f"{POLICE_MARK}: intelligence about the father's bail conditions.",
    }
    answers["distribution"] = {"notes": NOTES_MARK}  # internal: must never reach anyone
    return answers


@dataclass(frozen=True)
class Leaky:
    meetings: tuple[int, ...]  # approved meetings ready to circulate
    carer_id: int
    child_person_id: int


def make_leaky(store: Store, *, summaries: bool = True) -> Leaky:
    """Plant the markers in cases CP-2026-0141 (meeting 1) and CP-2026-0119 (meeting 3)."""
    with store.unit_of_work() as uow:
        people = uow.repo(Person)
        for person in people.find(address_withheld=True):
            mark = REFUGE_MARK if "Safe" in person.address else PLACEMENT_MARK
            people.update(replace(person, address=f"{mark} House\n{person.address}"))
        meetings = sorted(
            (
                m
                for m in uow.repo(Meeting).find()
                if m.status in (MeetingStatus.APPROVED, MeetingStatus.CIRCULATED)
            ),
            key=lambda m: m.id or 0,
        )
        first_case = meetings[0].case_id
        carer = people.add(
            Person(
                name="Cara Fictional",
                email="cara.fictional@example.com",
                address=f"12 {CARER_MARK} Road\nNorthvale\nNV9 9ZZ",
            )
        )
        uow.repo(Membership).add(
            Membership(
                case_id=first_case,
                person_id=carer.id or 0,
                role=MemberRole.CARER,
                joined_on=datetime(2026, 10, 1).date(),
                channel=Channel.EMAIL,
            )
        )
        for member in uow.repo(Membership).find(case_id=first_case, role=MemberRole.PROFESSIONAL):
            uow.repo(Membership).update(replace(member, wants_editable=True))
            break
        second_case = meetings[-1].case_id
        child = sorted(uow.repo(Child).find(case_id=second_case), key=lambda c: c.id or 0)[0]
        uow.repo(Membership).add(
            Membership(
                case_id=second_case,
                person_id=child.person_id,
                role=MemberRole.CHILD,
                joined_on=datetime(2026, 10, 1).date(),
                channel=Channel.HAND,
            )
        )
        plan = uow.repo(Plan).find(case_id=first_case)[0]
        uow.repo(PlanVersion).add(
            PlanVersion(
                plan_id=plan.id or 0,
                number=1,
                created_at=datetime(2026, 12, 10, 14, 0),
                created_by="aisha.rahman",
                summary="Contact with the father now supervised at the family centre.",
            )
        )
    for meeting in meetings:
        approve_directly(store, meeting.id or 0, minutes_answers(meeting))
    if summaries:
        write_summaries(store, [m.id or 0 for m in meetings])
    return Leaky(
        meetings=tuple(m.id or 0 for m in meetings),
        carer_id=carer.id or 0,
        child_person_id=child.person_id,
    )


# ---------------------------------------------------------------- what a recipient can read


def write_summaries(store: Store, meeting_ids: list[int], text: str = SUMMARY) -> None:
    """The summary for every excluded parent of these meetings, in its own record."""
    with store.unit_of_work() as uow:
        for meeting_id in meeting_ids:
            meeting = uow.repo(Meeting).get(meeting_id)
            for member in uow.repo(Membership).find(case_id=meeting.case_id, excluded=True):
                uow.repo(ExcludedSummary).add(
                    ExcludedSummary(
                        meeting_id=meeting_id,
                        person_id=member.person_id,
                        text=text,
                        written_at=datetime(2026, 12, 1, 11, 0),
                        written_by="aisha.rahman",
                    )
                )


def normalised(text: str) -> str:
    return " ".join(text.split())


def pdf_everything(data: bytes, password: str = "") -> str:
    """Text (pdftotext) plus the document information and XMP metadata."""
    import pikepdf

    with pikepdf.open(io.BytesIO(data), password=password) as pdf:
        info = " ".join(str(v) for v in pdf.docinfo.values())
        xmp = str(pdf.open_metadata()) if "/Metadata" in pdf.Root else ""
        plain = io.BytesIO()
        pdf.save(plain)
    text = subprocess.run(
        ["pdftotext", "-", "-"], input=plain.getvalue(), capture_output=True, check=True
    ).stdout.decode("utf-8")
    return "\n".join((text, info, xmp))


def docx_plain(data: bytes, password: str = "") -> bytes:
    if not password:
        return data
    import msoffcrypto

    source = msoffcrypto.OfficeFile(io.BytesIO(data))
    source.load_key(password=password)
    out = io.BytesIO()
    source.decrypt(out)
    return out.getvalue()


def docx_everything(data: bytes, password: str = "") -> str:
    """Body, tables, headers, footers and core properties (python-docx), plus the text of every
    XML part in the package (anything python-docx does not show)."""
    import docx

    plain = docx_plain(data, password)
    word = docx.Document(io.BytesIO(plain))
    parts = [p.text for p in word.paragraphs]
    for table in word.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    for section in word.sections:
        for hf in (
            section.header,
            section.footer,
            section.first_page_header,
            section.first_page_footer,
        ):
            parts += [p.text for p in hf.paragraphs]
    props = word.core_properties
    parts += [
        str(getattr(props, name) or "")
        for name in ("author", "title", "subject", "keywords", "comments", "last_modified_by")
    ]
    with zipfile.ZipFile(io.BytesIO(plain)) as package:
        for name in package.namelist():
            if name.endswith(".xml") or name.endswith(".rels"):
                parts.append(re.sub(r"<[^>]+>", " ", package.read(name).decode("utf-8")))
    return "\n".join(parts)


def eml_parts(path: Path) -> tuple[EmailMessage, str, list[tuple[str, bytes]]]:
    with path.open("rb") as handle:
        msg = email.message_from_binary_file(handle, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    headers = "\n".join(f"{k}: {v}" for k, v in msg.items())
    body = msg.get_body(preferencelist=("plain",))
    text = headers + "\n" + (body.get_content() if body is not None else "")
    attachments = [
        (part.get_filename() or "", part.get_payload(decode=True))
        for part in msg.iter_attachments()
    ]
    return msg, text, attachments  # type: ignore[return-value]


def passwords(path: Path, store: Store) -> dict[int, tuple[int, str]]:
    """person id -> (recipient number, password) from a pack's password list, which names each
    recipient (and the phone number to give the password by)."""
    with store.unit_of_work() as uow:
        ids = {p.name: p.id or 0 for p in uow.repo(Person).find()}
    found: dict[int, tuple[int, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r"recipient (\d+)  (.+?)  phone .*password (\S+)", line)
        if match:
            found[ids[match[2]]] = (int(match[1]), match[3])
    return found


def file_text(name: str, data: bytes, password: str) -> str:
    if name.endswith(".pdf"):
        return pdf_everything(data, password)
    if name.endswith(".docx"):
        return docx_everything(data, password)
    raise AssertionError(f"unexpected file {name}")
