"""The audit trail of a desk's database is tamper-evident, and complete.

An attacker with the file drops the append-only trigger and edits or deletes a row: before, nothing
noticed. Now each event carries its predecessor's hash, ``lpdesk audit --verify`` names the broken
events, and every start warns. The CLI's reads and copies (audit, report, backup, restore) leave
events; a restore takes only lpdesk databases and says what it replaces.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from lpdesk.cli import main

MANAGER = "daniel.kowalczyk"  # the demo's team manager


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("LPDESK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("LPDESK_LOG_LEVEL", "WARNING")
    monkeypatch.setenv("LPDESK_ENCRYPTION", "off")  # the attacker edits the file with sqlite3
    monkeypatch.delenv("LPDESK_USER", raising=False)
    assert main(["demo"]) == 0
    return tmp_path / "home"


def _db(home: Path) -> Path:
    return home / "lpdesk.db"


def _sql(home: Path, *statements: str) -> None:
    with sqlite3.connect(_db(home)) as con:
        for s in statements:
            con.execute(s)


def _actions(home: Path) -> list[str]:
    with sqlite3.connect(_db(home)) as con:
        return [r[0] for r in con.execute("SELECT action FROM audit_event ORDER BY id")]


def test_an_untouched_trail_verifies(home, capsys):
    assert main(["audit", "--verify"]) == 0
    assert "whole" in capsys.readouterr().out


def test_an_edited_row_is_found_by_verify_and_at_start(home, capsys):
    _sql(
        home,
        "DROP TRIGGER audit_event_no_update",
        "UPDATE audit_event SET user = 'someone.else' WHERE id = 5",
        """CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
        BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END""",
    )
    capsys.readouterr()
    assert main(["audit", "--verify"]) == 1
    err = capsys.readouterr().err
    assert "event 5: changed after it was written" in err
    assert "WARNING: The audit trail of this database has been altered" in err  # at start


def test_a_deleted_row_and_a_dropped_trigger_are_found(home, capsys):
    _sql(home, "DROP TRIGGER audit_event_no_delete", "DELETE FROM audit_event WHERE id = 7")
    capsys.readouterr()
    assert main(["audit", "--verify"]) == 1
    err = capsys.readouterr().err
    assert "event 8: the event before it was removed or changed" in err
    assert "audit_event_no_delete" in err


def test_the_migration_chains_events_written_before_it(tmp_path):
    from alembic import command

    from lpdesk.store import Store
    from lpdesk.store.engine import make_engine, sqlite_url
    from lpdesk.store.migrate import alembic_config

    db = tmp_path / "old.db"
    Store.open(sqlite_url(db)).close()
    engine = make_engine(sqlite_url(db))
    with engine.begin() as conn:  # back to the schema before the chain
        command.downgrade(alembic_config(conn), "0004_due_list_covering_indexes")
    engine.dispose()
    with sqlite3.connect(db) as con:
        for i in range(3):
            con.execute(
                "INSERT INTO audit_event (at, user, role, action, entity, entity_id, detail) "
                "VALUES (?, 'old.user', 'team_manager', 'case.create', 'case', ?, '')",
                (f"2026-11-0{i + 1} 09:00:00.000000", i + 1),
            )
    store = Store.open(sqlite_url(db))
    try:
        assert store.audit_chain_problems() == []
        with sqlite3.connect(db) as con:
            hashes = [r[0] for r in con.execute("SELECT hash FROM audit_event ORDER BY id")]
        assert len(hashes) == 3 and all(len(h) == 64 for h in hashes)
    finally:
        store.close()


def test_audit_report_and_backup_are_audited(home, tmp_path):
    before = len(_actions(home))
    assert main(["--user", MANAGER, "audit", "CP-2026-0141"]) == 0
    args = ["--user", MANAGER, "report", "compliance", "--from", "2025-11-23", "--to", "2026-11-22"]
    assert main(args) == 0
    assert main(["backup", str(tmp_path / "copy.db")]) == 0
    assert _actions(home)[before:] == ["audit.read", "report.compliance", "database.backup"]


def test_restore_takes_only_an_lpdesk_database(home, tmp_path, capsys):
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as con:
        con.execute("CREATE TABLE notes (text TEXT)")
    before = _db(home).read_bytes()
    assert main(["restore", str(other), "--yes"]) == 1
    assert "not an lpdesk database" in capsys.readouterr().err
    assert _db(home).read_bytes() == before


def test_restore_says_what_it_replaces_keeps_it_and_is_audited(home, tmp_path, capsys):
    copy = tmp_path / "copy.db"
    assert main(["backup", str(copy)]) == 0
    assert main(["restore", str(copy)]) == 1  # no terminal and no --yes: nothing changed
    assert "--yes" in capsys.readouterr().err
    assert main(["restore", str(copy), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "holds 6 cases" in out and "replaces the database now holding 6 cases" in out
    assert list(home.glob("lpdesk-before-restore-*.db")), "the replaced database is kept"
    assert _actions(home)[-1] == "database.restore"
    assert main(["audit", "--verify"]) == 0


def test_events_added_through_the_repository_are_chained_too(tmp_path):
    from datetime import datetime

    from lpdesk.domain import AuditEvent
    from lpdesk.store import Store
    from lpdesk.store.engine import sqlite_url

    store = Store.open(sqlite_url(tmp_path / "x.db"))
    try:
        at = datetime(2026, 12, 1, 9, 0, 0, 123456)
        with store.unit_of_work() as uow:
            uow.audit(AuditEvent(at=at, user="a", role="r", action="x.one"))
            uow.repo(AuditEvent).add_all(
                [
                    AuditEvent(at=at, user="b", role="r", action=f"x.{i}", entity_id=i)
                    for i in (2, 3)
                ]
            )
            uow.audit(AuditEvent(at=at, user="c", role="r", action="x.four", detail="é"))
        assert store.audit_chain_problems() == []
    finally:
        store.close()
