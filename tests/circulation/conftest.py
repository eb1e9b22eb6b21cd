"""A fictional case for circulation tests: a mother in a refuge (withheld address), a father by
post, a foster carer whose address is not shared, a 14-year-old child, professionals."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends.fail import Keyring as FailKeyring
from keyring.errors import PasswordDeleteError

from lpdesk.domain import Channel, Child, MemberRole, Membership, Person

CASE_ID = 1
REFERENCE = "CP-2026-0042"
AS_OF = date(2026, 11, 20)
JOINED = date(2026, 9, 1)

REFUGE_ADDRESS = "Flat 3 Refuge House\n12 Hidden Lane\nSafetown ST1 2AB"
CARER_ADDRESS = "7 Placement Close\nFostertown FT9 9ZZ"
FATHER_ADDRESS = "4 Main Road\nOldtown OT1 1AA"
CHILD_NAME = "Robin Fictional"
POLICE_TEXT = "Police note: fictional incident reference PN-555"

MOTHER, FATHER, CARER, CHILD, HEALTH, QA, LP, LP_MANAGER, CHAIR, POLICE = range(1, 11)


@dataclass(frozen=True)
class FictionalCase:
    people: Mapping[int, Person]
    memberships: tuple[Membership, ...]
    children: tuple[Child, ...]


def person(pid: int, name: str, **kw: object) -> Person:
    return Person(id=pid, name=name, **kw)  # type: ignore[arg-type]


def member(mid: int, pid: int, role: MemberRole, **kw: object) -> Membership:
    return Membership(
        id=mid,
        case_id=kw.pop("case_id", CASE_ID),  # type: ignore[arg-type]
        person_id=pid,
        role=role,
        joined_on=kw.pop("joined_on", JOINED),  # type: ignore[arg-type]
        **kw,  # type: ignore[arg-type]
    )


@pytest.fixture
def case() -> FictionalCase:
    return fictional_case()


def fictional_case() -> FictionalCase:
    people = {
        MOTHER: person(
            MOTHER,
            "Alex Fictional",
            email="alex@example.org",
            address=REFUGE_ADDRESS,
            address_withheld=True,
        ),
        FATHER: person(FATHER, "Sam Fictional", address=FATHER_ADDRESS),
        CARER: person(CARER, "Jo Carer", email="jo.carer@example.org", address=CARER_ADDRESS),
        CHILD: person(CHILD, CHILD_NAME, address=CARER_ADDRESS),
        HEALTH: person(HEALTH, "Pat Visitor", email="pat@health.example", agency_id=20),
        QA: person(QA, "Quinn Assurance", email="qa@council.example", agency_id=10),
        LP: person(LP, "Lee Lead", email="lee@council.example", agency_id=10),
        LP_MANAGER: person(
            LP_MANAGER, "Morgan Manager", email="morgan@council.example", agency_id=10
        ),
        CHAIR: person(CHAIR, "Chris Chair", email="chris@council.example", agency_id=10),
        POLICE: person(POLICE, "Dana Officer", email="dana@police.example", agency_id=30),
    }
    memberships = (
        member(101, MOTHER, MemberRole.PARENT),
        member(102, FATHER, MemberRole.PARENT, channel=Channel.POST),
        member(103, CARER, MemberRole.FOSTER_CARER),
        member(104, CHILD, MemberRole.CHILD, channel=Channel.HAND),
        member(105, HEALTH, MemberRole.PROFESSIONAL, wants_editable=True),
        member(106, QA, MemberRole.QA_MANAGER),
        member(107, LP, MemberRole.LEAD_PROFESSIONAL),
        member(108, LP_MANAGER, MemberRole.LP_MANAGER),
        member(109, CHAIR, MemberRole.CONFERENCE_CHAIR),
        member(110, POLICE, MemberRole.PROFESSIONAL),
    )
    children = (Child(id=201, case_id=CASE_ID, person_id=CHILD, date_of_birth=date(2012, 5, 1)),)
    return FictionalCase(people=people, memberships=memberships, children=children)


def simple_pdf(lines: list[str]) -> bytes:
    """A PDF with one text line per entry (reportlab in the test only, DejaVu for any script)."""
    from reportlab.pdfgen import canvas

    from lpdesk.documents.address_page import register_font

    font = register_font()
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.setFont(font, 9)
    y = 800.0
    for line in lines:
        page.drawString(40, y, line)
        y -= 12
        if y < 40:
            page.showPage()
            page.setFont(font, 9)
            y = 800.0
    page.save()
    return buffer.getvalue()


def simple_docx(lines: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pdf_text(data: bytes, password: str = "") -> str:
    """Text of a PDF through poppler's pdftotext (decrypting with pikepdf first)."""
    import pikepdf

    with pikepdf.open(io.BytesIO(data), password=password) as pdf:
        plain = io.BytesIO()
        pdf.save(plain)
    result = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=plain.getvalue(), capture_output=True, check=True
    )
    return result.stdout.decode("utf-8")


def docx_text(data: bytes, password: str) -> str:
    import zipfile

    import msoffcrypto

    source = msoffcrypto.OfficeFile(io.BytesIO(data))
    source.load_key(password=password)
    plain = io.BytesIO()
    source.decrypt(plain)
    with zipfile.ZipFile(plain) as archive:
        return archive.read("word/document.xml").decode("utf-8")


class MemoryKeyring(KeyringBackend):
    """An in-memory keyring backend for tests without a Secret Service."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.store.pop((service, username), None) is None:
            raise PasswordDeleteError("not stored")


@pytest.fixture
def smtp_keyring() -> Iterator[Callable[[str, str], None]]:
    """Store an lpdesk-smtp password: in the real Secret Service (gnome-keyring) when
    ``LPDESK_TEST_KEYRING=secret-service`` (scripts/run-tests.sh), otherwise in memory."""
    previous = keyring.get_keyring()
    real = os.environ.get("LPDESK_TEST_KEYRING") == "secret-service"
    if real:
        backend = keyring.get_keyring()
        names = [type(b).__module__ for b in getattr(backend, "backends", [backend])]
        assert "keyring.backends.SecretService" in names, names
    else:
        keyring.set_keyring(MemoryKeyring())
    stored: list[str] = []

    def store(username: str, password: str) -> None:
        keyring.set_password("lpdesk-smtp", username, password)
        stored.append(username)

    try:
        yield store
    finally:
        for username in stored:
            with contextlib.suppress(PasswordDeleteError):
                keyring.delete_password("lpdesk-smtp", username)
        keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """No usable keyring at all (what keyring does with no D-Bus Secret Service)."""
    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)
