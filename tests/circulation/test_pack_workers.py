"""A pack's files are encrypted on worker processes (``pack_workers``): what comes back opens with
the recipient's password and holds exactly what was rendered, and without workers the same is
done in the pack's own process."""

from __future__ import annotations

import dataclasses
import email
import hashlib
import io
import os
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from pathlib import Path

import msoffcrypto
import pikepdf
import pytest
from msoffcrypto.exceptions import InvalidKeyError

from lpdesk.circulation import pack_workers
from lpdesk.circulation.email_draft import Mailbox
from lpdesk.circulation.pack import PackResult, RenderJob, produce_pack
from lpdesk.circulation.recipients import RecipientPlan
from lpdesk.domain import DocumentKind, InvalidInput, NullProgress

from .conftest import HEALTH, REFERENCE, FictionalCase, simple_docx, simple_pdf
from .test_pack import NOW, SENDER, Renderer, plans_of

MIME = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def _opened_docx(data: bytes, password: str) -> bytes:
    source = msoffcrypto.OfficeFile(io.BytesIO(data))
    source.load_key(password=password)
    out = io.BytesIO()
    source.decrypt(out)
    return out.getvalue()


def _check(fmt: str, original: bytes, sealed: bytes) -> None:
    assert sealed != original
    if fmt == "docx":
        assert _opened_docx(sealed, "k7mq-x2vd") == original
        with pytest.raises(InvalidKeyError):
            _opened_docx(sealed, "wrong-one")
    else:
        with pikepdf.open(io.BytesIO(sealed), password="k7mq-x2vd") as pdf:
            assert pdf.is_encrypted and len(pdf.pages) >= 1
        with pytest.raises(pikepdf.PasswordError):
            pikepdf.open(io.BytesIO(sealed), password="wrong-one")


def test_files_are_encrypted_on_worker_processes() -> None:
    originals = {"docx": simple_docx(["Core group minutes"]), "pdf": simple_pdf(["Plan"])}
    futures = {
        fmt: [pack_workers.encrypt_later(fmt, data, "k7mq-x2vd") for _ in range(3)]
        for fmt, data in originals.items()
    }
    if (os.cpu_count() or 1) > 1:
        assert pack_workers.workers() is not None  # side by side, not in turn
    for fmt, sealed in futures.items():
        for future in sealed:
            _check(fmt, originals[fmt], future.result(timeout=120))


def test_without_workers_the_pack_encrypts_in_its_own_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pack_workers, "_pool", None)
    monkeypatch.setattr(pack_workers, "_unavailable", True)
    original = simple_docx(["Core group minutes"])
    future = pack_workers.encrypt_later("docx", original, "k7mq-x2vd")
    assert future.done()
    _check("docx", original, future.result())


def test_workers_leave_when_the_app_leaves_without_stopping_them() -> None:
    """An app that ends with ``os._exit`` (or crashes) leaves no worker behind holding its
    output."""
    probe = (
        "import os, sys\n"
        "from lpdesk.circulation import pack_workers\n"
        "pack_workers.encrypt_later('pdf', b'%PDF-not-a-pdf', 'k7mq-x2vd').exception()\n"
        "print(*pack_workers.workers()._processes, flush=True)\n"
        "os._exit(0)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    pids = [int(p) for p in done.stdout.split()]
    assert pids

    def alive(pid: int) -> bool:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True

    deadline = time.monotonic() + 30
    while any(alive(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(alive(p) for p in pids)


def _attachments(eml: bytes) -> dict[str, bytes]:
    msg = email.message_from_bytes(eml, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    assert msg["To"].addresses[0].addr_spec == "pat@health.example"
    return {str(part.get_filename()): bytes(part.get_content()) for part in msg.iter_attachments()}


def test_a_recipients_draft_is_made_on_a_worker_with_their_files_encrypted() -> None:
    originals = {"docx": simple_docx(["Core group minutes"]), "pdf": simple_pdf(["Plan"])}
    files = [(fmt, data, f"CP-1_minutes.{fmt}", MIME[fmt]) for fmt, data in originals.items()]
    message = {
        "sender": Mailbox(name="Lee Lead", email="lee@council.example"),
        "recipient_name": "Pat Health",
        "recipient_email": "pat@health.example",
        "case_reference": "CP/1",
        "body_text": "Please find attached.\n",
        "now": datetime(2026, 11, 20, 15, 0, tzinfo=UTC),
    }
    future = pack_workers.draft_later(files, "k7mq-x2vd", message)
    if (os.cpu_count() or 1) > 1:
        assert future is not None  # on a worker, beside the pack's rendering
    eml = future.result(timeout=120) if future is not None else None
    assert eml is not None
    attached = _attachments(eml)
    assert list(attached) == ["CP-1_minutes.docx", "CP-1_minutes.pdf"]
    for fmt, original in originals.items():
        _check(fmt, original, attached[f"CP-1_minutes.{fmt}"])
    # a draft that cannot be made (a name holding an encoded word) gives None on the worker
    refused = pack_workers.draft(files, "k7mq-x2vd", {**message, "recipient_name": "=?x?q?A?="})
    assert refused is None


def test_a_draft_refused_on_a_worker_is_refused_by_the_pack_as_before(
    case: FictionalCase, tmp_path: Path
) -> None:
    """The worker gives None; the pack makes that draft again in its own process, which raises
    the error it always raised, and everything written is taken back."""
    people = dict(case.people)
    people[HEALTH] = dataclasses.replace(people[HEALTH], name="=?utf-8?q?Eve?=")
    out = tmp_path / "eml"
    with pytest.raises(InvalidInput, match="encoded word"):
        produce_pack(
            case_reference=REFERENCE,
            plans=plans_of(case),
            render=Renderer(case),
            out_dir=out,
            mode="eml",
            progress=NullProgress(),
            now=NOW,
            people=people,
            sender=SENDER,
        )
    assert not out.exists() or not any(out.iterdir())


def rendered_where(title: str, data: bytes) -> tuple[str, bytes]:
    """A render job's function that says which process ran it."""
    return f"{title} in {os.getpid()}", data


def refused_on_workers(parent: int, data: bytes) -> tuple[str, bytes]:
    """A render job that fails anywhere but in the pack's own process (``parent``)."""
    if os.getpid() != parent:
        raise RuntimeError("not here")
    return "made here", data


class CountingRender:
    """Jobs for a pack with ``function``: one distinct document per kind and format."""

    def __init__(self, function: Callable[..., tuple[str, bytes]], first: object) -> None:
        self.function, self.first = function, first
        self.asked = 0
        self.docs = {"pdf": simple_pdf(["Core group minutes"]), "docx": simple_docx(["Minutes"])}

    def __call__(self, plan: RecipientPlan, kind: DocumentKind, fmt: str) -> RenderJob:
        self.asked += 1
        return RenderJob((kind, fmt), self.function, (self.first, self.docs[fmt]))


def _pack(
    case: FictionalCase, out: Path, render: CountingRender, mode: str = "files"
) -> PackResult:
    return produce_pack(
        case_reference=REFERENCE,
        plans=plans_of(case),
        render=render,
        out_dir=out,
        mode=mode,  # type: ignore[arg-type]
        progress=NullProgress(),
        now=NOW,
        people=case.people,
        sender=SENDER,
    )


def test_each_distinct_document_is_rendered_once_on_a_worker(
    case: FictionalCase, tmp_path: Path
) -> None:
    render = CountingRender(rendered_where, "minutes")
    result = _pack(case, tmp_path / "files", render)
    assert render.asked == len(result.items) > 2  # every recipient's document was asked for
    where = {item.title for item in result.items}
    assert len(where) <= 2  # one rendering of the PDF, one of the Word copy, shared by all
    pids = {int(title.rsplit(" ", 1)[1]) for title in where}
    if (os.cpu_count() or 1) > 1:
        assert os.getpid() not in pids  # on the workers, not in the pack's process
    for item in result.items:
        assert item.sha256 == hashlib.sha256(render.docs[item.fmt]).hexdigest()
        assert item.size == len(render.docs[item.fmt])


def test_a_render_that_fails_on_a_worker_is_made_in_the_packs_own_process(
    case: FictionalCase, tmp_path: Path
) -> None:
    render = CountingRender(refused_on_workers, os.getpid())
    result = _pack(case, tmp_path / "eml", render, "eml")
    assert result.items and {item.title for item in result.items} == {"made here"}


def test_without_workers_the_pack_renders_in_its_own_process(
    case: FictionalCase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pack_workers, "_pool", None)
    monkeypatch.setattr(pack_workers, "_unavailable", True)
    render = CountingRender(rendered_where, "minutes")
    result = _pack(case, tmp_path / "eml", render, "eml")
    assert {item.title for item in result.items} == {f"minutes in {os.getpid()}"}
