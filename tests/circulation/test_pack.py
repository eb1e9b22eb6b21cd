"""Packs: no withheld address anywhere, names never in file names or headers, nothing outside the
pack folder, cancellation removes everything the pack wrote."""

from __future__ import annotations

import dataclasses
import email
import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from lpdesk.circulation.email_draft import Mailbox
from lpdesk.circulation.pack import PackResult, RenderJob, produce_pack
from lpdesk.circulation.recipients import RecipientPlan, plan_recipients
from lpdesk.circulation.redaction import redact_people
from lpdesk.domain import Cancelled, Channel, DocumentKind, InvalidInput, NullProgress

from .conftest import (
    AS_OF,
    CARER,
    CASE_ID,
    CHILD,
    CHILD_NAME,
    FATHER,
    HEALTH,
    LP,
    MOTHER,
    POLICE,
    POLICE_TEXT,
    QA,
    REFERENCE,
    FictionalCase,
    docx_text,
    pdf_text,
    simple_docx,
    simple_pdf,
)

NOW = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)
SENDER = Mailbox(name="Lee Lead", email="lee@council.example")
REFUGE_FRAGMENTS = ("Refuge House", "Hidden Lane", "Safetown", "ST1 2AB")
PLACEMENT_FRAGMENTS = ("Placement Close", "Fostertown", "FT9 9ZZ")


def given(title: str, data: bytes) -> tuple[str, bytes]:
    """A render job's function for a document made already (it runs on a pack worker)."""
    return title, data


def job(title: str, data: bytes) -> RenderJob:
    return RenderJob(hashlib.sha256(data).hexdigest(), given, (title, data))


class Renderer:
    """Builds a simple document from the people as redacted for the recipient, like a service
    would. The title deliberately holds the child's name: it must never reach a file name or a
    header. Remembers the SHA-256 of what it rendered."""

    def __init__(self, case: FictionalCase) -> None:
        self.case = case
        self.rendered: dict[tuple[int, DocumentKind, str], str] = {}

    def __call__(self, plan: RecipientPlan, kind: DocumentKind, fmt: str) -> RenderJob:
        people = redact_people(self.case.people, plan.redaction)
        lines = [f"{kind.value} for {REFERENCE}"]
        for person in people.values():
            lines.append(person.name)
            lines += [line for line in person.address.split("\n") if line]
        if "police_information" in plan.redaction.allowed_sections:
            lines.append(POLICE_TEXT)
        data = simple_pdf(lines) if fmt == "pdf" else simple_docx(lines)
        self.rendered[(plan.person_id, kind, fmt)] = hashlib.sha256(data).hexdigest()
        return job(f"{kind.value} for {CHILD_NAME}", data)


class CancelAfter:
    def __init__(self, reports: int) -> None:
        self.limit = reports
        self.reports: list[tuple[int, int, str]] = []

    def report(self, done: int, total: int, message: str = "") -> None:
        self.reports.append((done, total, message))

    @property
    def cancelled(self) -> bool:
        return len(self.reports) >= self.limit


def plans_of(case: FictionalCase) -> tuple[RecipientPlan, ...]:
    return plan_recipients(
        case_id=CASE_ID,
        memberships=case.memberships,
        people=case.people,
        children=case.children,
        meeting_invitee_ids=(),
        as_of=AS_OF,
        child_age_threshold=12,
        kinds=(DocumentKind.MINUTES, DocumentKind.PLAN),
    )


def pack(case: FictionalCase, out: Path, mode: str, **kw: object) -> PackResult:
    args: dict[str, object] = {
        "case_reference": REFERENCE,
        "plans": plans_of(case),
        "render": Renderer(case),
        "out_dir": out,
        "mode": mode,
        "progress": NullProgress(),
        "now": NOW,
        "people": case.people,
        "sender": SENDER,
    }
    args.update(kw)
    return produce_pack(**args)  # type: ignore[arg-type]


def passwords_of(result: PackResult) -> dict[int, str]:
    assert result.password_list_path is not None
    found = {}
    for line in result.password_list_path.read_text().splitlines():
        if line.startswith("recipient "):
            words = line.split()
            found[int(words[1])] = words[words.index("password") + 1]
    return found


def texts_of(path: Path, password: str) -> Iterator[tuple[str, str]]:
    """(where, text) for everything a reader of ``path`` could see, decrypted."""
    data = path.read_bytes()
    if path.suffix == ".eml":
        msg = email.message_from_bytes(data, policy=policy.default)
        assert isinstance(msg, EmailMessage)
        yield "headers", "\n".join(f"{k}: {v}" for k, v in msg.items())
        body = msg.get_body(("plain",))
        assert body is not None
        yield "body", body.get_content()
        for part in msg.iter_attachments():
            name = part.get_filename() or ""
            yield "attachment name", name
            content = part.get_content()
            text = (
                pdf_text(content, password)
                if name.endswith(".pdf")
                else docx_text(content, password)
            )
            yield f"attachment {name}", text
    elif path.suffix == ".pdf":
        yield path.name, pdf_text(data, password)
    elif path.suffix == ".docx":
        yield path.name, docx_text(data, password)
    else:
        yield path.name, data.decode("utf-8")


def everything_in(result: PackResult) -> dict[int, str]:
    """All readable text per recipient number, plus file names under key 0."""
    passwords = passwords_of(result)
    seen: dict[int, str] = {0: "\n".join(p.name for p in result.files)}
    for item in result.items:
        texts = "\n".join(t for _, t in texts_of(item.path, passwords[item.recipient_number]))
        seen[item.recipient_number] = seen.get(item.recipient_number, "") + texts
    return seen


def number_of(result: PackResult, person_id: int) -> int:
    return next(i.recipient_number for i in result.items if i.person_id == person_id)


@pytest.mark.parametrize("mode", [pytest.param("eml", marks=pytest.mark.slow), "post", "files"])
def test_no_withheld_address_anywhere_in_any_pack(
    case: FictionalCase, tmp_path: Path, mode: str
) -> None:
    result = pack(case, tmp_path / mode, mode)
    assert result.items
    seen = everything_in(result)
    for number, text in seen.items():
        for fragment in REFUGE_FRAGMENTS:
            assert fragment not in text, (mode, number, fragment)
    # placement address: only in the foster carer's and the child's own copies
    entitled = {
        number_of(result, p) for p in (CARER, CHILD) if p in {i.person_id for i in result.items}
    }
    for number, text in seen.items():
        has_placement = any(f in text for f in PLACEMENT_FRAGMENTS)
        assert has_placement is (number in entitled), (mode, number)
    # names: in documents, never in file names; the password list names each recipient packed
    for person in case.people.values():
        assert person.name not in seen[0]
    listed = result.password_list_path.read_text()  # type: ignore[union-attr]
    for person_id in {i.person_id for i in result.items}:
        assert case.people[person_id].name in listed
    assert not any(f in listed for f in REFUGE_FRAGMENTS + PLACEMENT_FRAGMENTS)
    # police information only for professionals
    professionals = {
        number_of(result, p)
        for p in (HEALTH, QA, LP, POLICE)
        if p in {i.person_id for i in result.items}
    }
    for number, text in seen.items():
        if number:
            assert (POLICE_TEXT in text) is (number in professionals), (mode, number)


def test_eml_pack_headers_body_and_recipients(case: FictionalCase, tmp_path: Path) -> None:
    result = pack(case, tmp_path / "eml", "eml")
    emailed = {i.person_id for i in result.items}
    assert emailed == {MOTHER, CARER, HEALTH, QA, LP, POLICE}
    passwords = passwords_of(result)
    for path in {i.path for i in result.items}:
        texts = dict(texts_of(path, passwords[int(path.stem.split("_r")[1])]))
        for person in case.people.values():
            assert person.name not in texts["body"]
        assert CHILD_NAME not in texts["headers"]
        assert "X-Unsent: 1" in texts["headers"]
        assert f"Subject: Core group documents: {REFERENCE}" in texts["headers"]
        assert not any(p in texts["body"] or p in texts["headers"] for p in passwords.values())
    health = [i for i in result.items if i.person_id == HEALTH]
    assert sorted((i.kind.value, i.fmt) for i in health) == [
        ("minutes", "docx"),
        ("minutes", "pdf"),
        ("plan", "docx"),
        ("plan", "pdf"),
    ]
    left_out = "\n".join(result.problems)
    assert f"({case.people[FATHER].name}) left out: reached by post" in left_out
    assert f"({case.people[CHILD].name}) left out: reached by hand" in left_out
    assert "person " not in left_out  # words, not identifiers


def test_post_pack_has_the_fathers_address_page_then_documents(
    case: FictionalCase, tmp_path: Path
) -> None:
    result = pack(case, tmp_path / "post", "post")
    assert {i.person_id for i in result.items} == {FATHER}
    (path,) = {i.path for i in result.items}
    text = dict(texts_of(path, passwords_of(result)[number_of(result, FATHER)]))[path.name]
    first_page = text.split("\f")[0]
    assert "4 Main Road" in first_page and "Sam Fictional" in first_page
    assert f"Our reference: {REFERENCE}" in first_page
    assert "minutes for" in text and "plan for" in text


def test_items_record_what_was_rendered_and_files_are_private(
    case: FictionalCase, tmp_path: Path
) -> None:
    renderer = Renderer(case)
    result = pack(case, tmp_path / "files", "files", render=renderer)
    assert len(result.items) == len(renderer.rendered)
    for item in result.items:
        assert item.sha256 == renderer.rendered[(item.person_id, item.kind, item.fmt)]
        assert (
            item.path.name
            == f"{REFERENCE}_r{item.recipient_number:02d}_{item.kind.value}.{item.fmt}"
        )
        assert CHILD_NAME in item.title  # kept for the check screen only
    for path in result.files:
        assert path.parent == (tmp_path / "files").resolve()
        assert path.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in (tmp_path / "files").iterdir()) == sorted(
        p.name for p in result.files
    )


@pytest.mark.parametrize(
    "reference", ["../x", "a/b", "\x00", "..", "/etc/passwd", "C:\\x", ".hidden"]
)
def test_traversal_references_never_write_outside(
    case: FictionalCase, tmp_path: Path, reference: str
) -> None:
    out = tmp_path / "pack"
    result = pack(case, out, "files", case_reference=reference, plans=plans_of(case)[:2])
    assert result.files
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack"]
    for path in result.files:
        assert path.parent == out.resolve()
        assert "/" not in path.name and "\x00" not in path.name and not path.name.startswith(".")


@pytest.mark.parametrize(
    ("mode", "after"),
    [("eml", 1), ("eml", 7), ("post", 1), ("post", 2), ("files", 3), ("files", 12)],
)
def test_cancelling_removes_everything_the_pack_wrote(
    case: FictionalCase, tmp_path: Path, mode: str, after: int
) -> None:
    out = tmp_path / "pack"
    progress = CancelAfter(after)
    with pytest.raises(Cancelled):
        pack(case, out, mode, progress=progress)
    assert list(tmp_path.iterdir()) == []  # the folder the pack created is gone too


def test_a_failing_render_leaves_an_existing_folder_empty(
    case: FictionalCase, tmp_path: Path
) -> None:
    calls = []

    def render(plan: RecipientPlan, kind: DocumentKind, fmt: str) -> RenderJob:
        calls.append(plan.person_id)
        if len(calls) > 5:
            raise RuntimeError("renderer broke")
        return job("t", simple_pdf(["x"]) if fmt == "pdf" else simple_docx(["x"]))

    with pytest.raises(RuntimeError):
        pack(case, tmp_path, "files", render=render)
    assert list(tmp_path.iterdir()) == []


def test_render_returning_the_wrong_format_is_refused(case: FictionalCase, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no pdf"):
        pack(case, tmp_path, "files", render=lambda plan, kind, fmt: job("t", b"<html>"))
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_is_not_empty_is_refused(case: FictionalCase, tmp_path: Path) -> None:
    (tmp_path / "earlier.pdf").write_bytes(b"%PDF-")
    with pytest.raises(InvalidInput) as caught:
        pack(case, tmp_path, "files")
    assert caught.value.problems[0].field == "out_dir"
    assert [p.name for p in tmp_path.iterdir()] == ["earlier.pdf"]


def test_email_pack_needs_a_sender(case: FictionalCase, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="sender"):
        pack(case, tmp_path, "eml", sender=None)


def test_plans_with_problems_are_left_out_and_listed(case: FictionalCase, tmp_path: Path) -> None:
    people = dict(case.people)
    people[HEALTH] = people[HEALTH].__class__(**{**_fields(people[HEALTH]), "email": "broken"})
    broken = FictionalCase(people=people, memberships=case.memberships, children=case.children)
    result = pack(broken, tmp_path / "p", "files")
    assert HEALTH not in {i.person_id for i in result.items}
    name = people[HEALTH].name
    assert any(f"({name}) left out" in p and "no valid email" in p for p in result.problems)
    assert name not in result.password_list_path.read_text()  # type: ignore[union-attr]


def test_progress_reports_every_document(case: FictionalCase, tmp_path: Path) -> None:
    progress = CancelAfter(10_000)
    result = pack(case, tmp_path / "p", "files", progress=progress, plans=plans_of(case)[:3])
    assert progress.reports[-1] == (len(result.items), len(result.items), "pack written")
    assert all(CHILD_NAME not in message for _, _, message in progress.reports)


def _fields(obj: object) -> dict[str, object]:
    return {name: getattr(obj, name) for name in obj.__dataclass_fields__}  # type: ignore[attr-defined]


def test_own_channel_pack_gives_each_recipient_their_own_channel(
    case: FictionalCase, tmp_path: Path
) -> None:
    """One pack for everyone: email drafts, post with the address page, a printable copy for hand
    delivery and the hand delivery sheet; the password list names each recipient and the phone
    number to give the password by."""
    people = dict(case.people)
    people[MOTHER] = dataclasses.replace(people[MOTHER], phone="07700 900123")
    case = FictionalCase(people=people, memberships=case.memberships, children=case.children)
    result = pack(case, tmp_path / "own", "own")
    channels = {i.person_id: i.channel for i in result.items}
    assert channels[FATHER] is Channel.POST and channels[CHILD] is Channel.HAND
    assert channels[MOTHER] is Channel.EMAIL
    names = {p.name for p in result.files}
    assert any(n.endswith("_post.pdf") for n in names)
    assert any(n.endswith("_hand.pdf") for n in names)
    assert f"{REFERENCE}_hand_delivery.pdf".replace("/", "-") in names or any(
        n.endswith("_hand_delivery.pdf") for n in names
    )
    sheet = next(p for p in result.files if p.name.endswith("_hand_delivery.pdf"))
    assert case.people[CHILD].name in pdf_text(sheet.read_bytes())
    listed = result.password_list_path.read_text()  # type: ignore[union-attr]
    mother = next(line for line in listed.splitlines() if case.people[MOTHER].name in line)
    assert "phone 07700 900123" in mother
    assert "person " not in listed
    assert {p for p, _ in result.passwords} == {i.person_id for i in result.items}
