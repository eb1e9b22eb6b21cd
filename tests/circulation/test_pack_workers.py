"""A pack's files are encrypted on worker processes (``pack_workers``): what comes back opens with
the recipient's password and holds exactly what was rendered, and without workers the same is
done in the pack's own process."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time

import msoffcrypto
import pikepdf
import pytest
from msoffcrypto.exceptions import InvalidKeyError

from lpdesk.circulation import pack_workers

from .conftest import simple_docx, simple_pdf


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
