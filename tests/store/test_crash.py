"""Power cuts and crashes: a writer is killed with SIGKILL at random moments, again and again;
after every kill the database passes ``PRAGMA integrity_check``, every save the writer
acknowledged is there, and every saved record has its audit event (one transaction).

One interpreter (tests/store/crash_child.py) imports lpdesk once and forks a worker per kill, so
a kill costs milliseconds, not an interpreter start. ``LPDESK_SOAK_KILLS`` raises the number of
kills of the plain database (``make soak``); the encrypted one gets a third as many.
``LPDESK_CRASH_SEED`` replays a run.
"""

from __future__ import annotations

import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import keyring
import pytest

from lpdesk.store import Store
from lpdesk.store.backup import integrity_problems
from lpdesk.store.crypto import KEYRING_SERVICE, connect_encrypted, encrypted_integrity_problems
from lpdesk.store.engine import sqlcipher_url, sqlite_url
from tests.security.keyrings import keyring_for_tests

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PLAIN_KILLS = int(os.environ.get("LPDESK_SOAK_KILLS") or 100)
SEED = int(os.environ.get("LPDESK_CRASH_SEED") or time.time_ns() % 1_000_000)


class Writer:
    """The forking writer process and a line reader with a timeout on its output."""

    def __init__(self, log: Path) -> None:
        self._stderr = log.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, str(HERE / "crash_child.py")],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        self._buffer = b""
        self.log = log

    def send(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line.encode() + b"\n")
        self.proc.stdin.flush()

    def line(self, timeout: float = 30.0) -> str:
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        deadline = time.monotonic() + timeout
        while b"\n" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                raise AssertionError(f"the writer went quiet: {self.log.read_text()[-2000:]}")
            chunk = os.read(fd, 65536)
            if not chunk:
                raise AssertionError(f"the writer exited: {self.log.read_text()[-2000:]}")
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return line.decode()

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=30)
        self._stderr.close()


def _kill_after_some_saves(
    writer: Writer, url: str, prefix: str, key: str | None, rng
) -> list[int]:
    """Start a worker, let it acknowledge a few saves, kill it at a random moment after that."""
    writer.send(f"run {url} {prefix} {key or '-'}")
    wanted = rng.randint(1, 4)
    pid, acked = None, []
    while pid is None or len(acked) < wanted:
        kind, value, *rest = writer.line().split()
        if kind == "pid":
            pid = int(value)
        elif kind == "ack":
            acked.append(int(value))
        else:
            raise AssertionError(f"the worker died by itself ({rest}): {writer.log.read_text()}")
    time.sleep(rng.uniform(0, 0.004))  # somewhere inside the next save's transaction, or not
    os.kill(pid, signal.SIGKILL)
    while True:  # acks printed before the kill landed still count: they were acknowledged
        kind, value, *rest = writer.line().split()
        if kind == "ack":
            acked.append(int(value))
        elif kind == "done":
            assert int(value) == pid and os.WIFSIGNALED(int(rest[0]))
            assert os.WTERMSIG(int(rest[0])) == signal.SIGKILL
            return acked


def _check(db, key: str | None, prefix: str, acked: list[int]) -> int:
    problems = integrity_problems(db) if key is None else encrypted_integrity_problems(db, key)
    assert problems == [], f"seed {SEED}: {problems}"
    if key is None:
        con = sqlite3.connect(db)
    else:
        opened = connect_encrypted(db, key)
        con = opened.__enter__()
    try:
        saved = {
            r[0] for r in con.execute("SELECT id FROM agency WHERE name LIKE ?", (f"{prefix}-%",))
        }
        audited = {
            r[0]
            for r in con.execute(
                "SELECT entity_id FROM audit_event WHERE action = 'agency.add' AND entity_id IN "
                f"(SELECT id FROM agency WHERE name LIKE '{prefix}-%')"
            )
        }
    finally:
        con.close() if key is None else opened.__exit__(None, None, None)
    missing = set(acked) - saved
    assert not missing, f"seed {SEED}: acknowledged saves lost: {sorted(missing)}"
    assert audited == saved, f"seed {SEED}: a save without its audit event (or the reverse)"
    return len(acked)


@pytest.mark.slowest
@pytest.mark.slow
@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "sqlcipher"])
def test_every_acknowledged_save_survives_sigkill(tmp_path, encrypted):
    rng = random.Random(SEED + encrypted)
    db = tmp_path / "lpdesk.db"
    kills = PLAIN_KILLS // 3 if encrypted else PLAIN_KILLS
    with keyring_for_tests():
        store = Store.open_encrypted(db) if encrypted else Store.open(sqlite_url(db))
        key = keyring.get_password(KEYRING_SERVICE, str(db)) if encrypted else None
        url = sqlcipher_url(db) if encrypted else sqlite_url(db)
        store.close()
        writer = Writer(tmp_path / "writer.log")
        started, checked = time.monotonic(), 0
        try:
            for run in range(kills):
                prefix = f"r{run}"
                acked = _kill_after_some_saves(writer, url, prefix, key, rng)
                checked += _check(db, key, prefix, acked)
        finally:
            writer.close()
        elapsed = time.monotonic() - started
    print(
        f"\ncrash[{'sqlcipher' if encrypted else 'plain'}]: {kills} kills survived, "
        f"{checked} acknowledged saves checked, {elapsed:.1f} s, seed {SEED}"
    )
    assert checked >= kills
