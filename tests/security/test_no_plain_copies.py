"""No readable copy of a child's records left where it should not be.

Before: previews stayed in the temp folder for ever, ``render``/``export -o``/``report`` wrote files
every local user could read (and over existing files), a killed first encryption left its plain
backup, killed backups and packs left ``.tmp`` files and ``.lpdesk-pack-*`` folders, a desk with no
keyring and no terminal silently created a plain database, and error messages carried the SQL's
bound parameters (names, addresses).
"""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lpdesk.cli import main
from lpdesk.domain import LpdeskError
from lpdesk.services import leftovers
from tests.security.keyrings import keyring_for_tests, no_keyring

MANAGER = "daniel.kowalczyk"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("LPDESK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("LPDESK_LOG_LEVEL", "WARNING")
    monkeypatch.setenv("LPDESK_ENCRYPTION", "off")
    monkeypatch.delenv("LPDESK_USER", raising=False)
    assert main(["demo"]) == 0
    return tmp_path / "home"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_export_and_report_are_owner_only_and_never_overwrite(home, tmp_path, capsys):
    out = tmp_path / "case.json"
    assert main(["--user", MANAGER, "export", "CP-2026-0141", "-o", str(out)]) == 0
    assert _mode(out) == 0o600
    out.write_text("someone else's file")
    assert main(["--user", MANAGER, "export", "CP-2026-0141", "-o", str(out)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert out.read_text() == "someone else's file"
    csv = tmp_path / "figures.csv"
    args = ["--user", MANAGER, "report", "compliance", "--from", "2025-11-23", "--to", "2026-11-22"]
    assert main([*args, "--csv", str(csv)]) == 0
    assert _mode(csv) == 0o600
    assert main([*args, "--csv", str(csv)]) == 2


def test_render_records_a_document_only_when_it_is_written(home, tmp_path):
    out = tmp_path / "docs"
    argv = ["--user", MANAGER, "render", "minutes", "1", "--format", "docx", "--out", str(out)]
    assert main(argv) == 0
    (written,) = out.iterdir()
    assert _mode(written) == 0o600

    def documents() -> int:
        with sqlite3.connect(home / "lpdesk.db") as con:
            return int(con.execute("SELECT count(*) FROM generated_document").fetchone()[0])

    before = documents()
    assert main(argv) == 2  # the file is there: refused, and nothing recorded
    assert documents() == before


def test_previews_live_in_a_private_folder_removed_at_exit(tmp_path):
    code = (
        "import sys; from lpdesk.services.leftovers import write_preview;"
        "p = write_preview('minutes.pdf', b'%PDF'); print(p)"
    )
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    run = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    shown = Path(run.stdout.strip())
    assert shown.parent.parent == tmp_path and shown.parent.name.startswith("lpdesk-preview-")
    assert not shown.parent.exists(), "removed when the process ended"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_a_preview_is_owner_only_and_a_second_one_does_not_overwrite(tmp_path, monkeypatch):
    monkeypatch.setattr(leftovers, "_FOLDER", None)
    monkeypatch.setattr(leftovers.tempfile, "tempdir", str(tmp_path))
    try:
        first = leftovers.write_preview("minutes.pdf", b"one")
        second = leftovers.write_preview("minutes.pdf", b"two")
        assert first != second and first.read_bytes() == b"one"
        assert _mode(first) == 0o600 and _mode(first.parent) == 0o700
    finally:
        leftovers.remove_previews()
    assert not first.parent.exists()


def test_start_sweeps_previews_of_dead_processes_and_killed_staging(tmp_path):
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    pid = int(dead.stdout)
    stale = tmp_path / f"lpdesk-preview-{pid}-abc"
    stale.mkdir()
    (stale / "minutes.pdf").write_bytes(b"%PDF")
    mine = tmp_path / f"lpdesk-preview-{os.getpid()}-xyz"
    mine.mkdir()
    legacy = tmp_path / "lpdesk-preview-9c2ru5pi"  # an earlier version's: no process id
    legacy.mkdir()
    (legacy / "minutes.pdf").write_bytes(b"%PDF")
    hour_ago = time.time() - leftovers.STALE_STAGING_SECONDS - 1
    os.utime(legacy, (hour_ago, hour_ago))
    fresh_legacy = tmp_path / "lpdesk-preview-justmade"
    fresh_legacy.mkdir()
    assert leftovers.sweep_previews(tmp_path) == 2
    assert not stale.exists() and not legacy.exists()
    assert mine.exists() and fresh_legacy.exists()
    fresh_legacy.rmdir()

    pack = tmp_path / ".lpdesk-pack-k1ll3d"
    pack.mkdir()
    (pack / "minutes.pdf").write_bytes(b"%PDF")
    old = time.time() - 2 * leftovers.STALE_STAGING_SECONDS
    os.utime(pack, (old, old))
    running = tmp_path / ".lpdesk-pack-running"
    running.mkdir()
    (tmp_path / ".case.json.tmp").write_bytes(b"{}")
    (tmp_path / f".lpdesk.db.{pid}.tmp").write_bytes(b"x")
    (tmp_path / f".lpdesk.db.{os.getpid()}.tmp").write_bytes(b"x")  # a backup being written
    assert leftovers.sweep_folder(tmp_path) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [".lpdesk-pack-running", f".lpdesk.db.{os.getpid()}.tmp", mine.name]
    )


def test_a_plain_backup_left_by_a_killed_first_encryption_is_encrypted_at_start(tmp_path):
    from lpdesk.store import Store
    from lpdesk.store.crypto import file_state
    from lpdesk.store.engine import sqlite_url

    data = tmp_path / "data"
    db = data / "lpdesk.db"
    Store.open(sqlite_url(db)).close()
    backups = data / "backups"
    backups.mkdir()
    plain = backups / "lpdesk-20261206-before-encryption.db"
    plain.write_bytes(db.read_bytes())  # as a kill left it: a plain copy of every case
    (backups / ".lpdesk-x.db.99999999.tmp").write_bytes(b"half")
    with keyring_for_tests():
        Store.open_encrypted(db, backup_dir=backups).close()
        assert file_state(plain) == "encrypted"
        assert not (backups / ".lpdesk-x.db.99999999.tmp").exists()
        Store.open_encrypted(db, backup_dir=backups).close()  # and it still opens


def test_no_keyring_and_no_terminal_creates_no_plain_database(tmp_path, monkeypatch):
    from lpdesk.app import open_app

    monkeypatch.delenv("LPDESK_ENCRYPTION", raising=False)
    monkeypatch.delenv("LPDESK_PASSPHRASE_FILE", raising=False)
    with no_keyring(), pytest.raises(LpdeskError, match="LPDESK_ENCRYPTION=off"):
        open_app(data_dir=tmp_path / "d")
    assert not (tmp_path / "d" / "lpdesk.db").exists()


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_a_passphrase_file_must_be_owner_only_and_then_encrypts(tmp_path, monkeypatch):
    from lpdesk.app import open_app
    from lpdesk.store.crypto import file_state

    secret = tmp_path / "passphrase"
    secret.write_text("a long test passphrase\n")
    secret.chmod(0o644)
    monkeypatch.delenv("LPDESK_ENCRYPTION", raising=False)
    monkeypatch.setenv("LPDESK_PASSPHRASE_FILE", str(secret))
    with no_keyring():
        with pytest.raises(LpdeskError, match="chmod 600"):
            open_app(data_dir=tmp_path / "d")
        secret.chmod(0o600)
        open_app(data_dir=tmp_path / "d").close()
    assert file_state(tmp_path / "d" / "lpdesk.db") == "encrypted"


def test_a_database_error_does_not_carry_names(tmp_path):
    from sqlalchemy.exc import IntegrityError

    from lpdesk.domain import Case
    from lpdesk.store import Store
    from lpdesk.store.engine import sqlite_url

    store = Store.open(sqlite_url(tmp_path / "x.db"))
    try:
        with store.unit_of_work() as uow:
            uow.repo(Case).add(Case(reference="CP-1", profile_id="p", opened_on=_day()))
        with pytest.raises(IntegrityError) as err, store.unit_of_work() as uow:
            uow.repo(Case).add(Case(reference="CP-1", profile_id="Finn Example", opened_on=_day()))
        assert "Finn Example" not in str(err.value)
        assert "hidden due to hide_parameters" in str(err.value)
    finally:
        store.close()


def _day():
    from datetime import date

    return date(2026, 12, 1)


def test_a_logged_traceback_has_frames_but_no_message():
    import logging

    from lpdesk.diagnostics import FramesOnlyFormatter

    FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

    record = None
    try:
        raise ValueError("Finn Example lives at 14 Hidden Close")
    except ValueError:
        record = logging.LogRecord("t", logging.ERROR, __file__, 1, "failed", (), sys.exc_info())
    text = FramesOnlyFormatter(FORMAT).format(record)
    assert "test_a_logged_traceback_has_frames_but_no_message" in text and "ValueError" in text
    assert "Finn" not in text and "Hidden Close" not in text
