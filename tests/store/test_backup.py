"""Backups: atomic, private, verified; restores keep a safety copy of what they replace."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from lpdesk.domain import Agency, LpdeskError
from lpdesk.store import Store
from lpdesk.store.backup import BackupError, backup_sqlite, integrity_problems, restore_sqlite
from lpdesk.store.engine import sqlite_url


def agencies(path: Path) -> list[str]:
    with sqlite3.connect(path) as db:
        return [r[0] for r in db.execute("SELECT name FROM agency ORDER BY id")]


def make_store(path: Path, *names: str) -> Store:
    store = Store.open(sqlite_url(path))
    with store.unit_of_work() as uow:
        uow.repo(Agency).add_all([Agency(name=n) for n in names])
    return store


def test_backup_is_private_verified_and_self_contained(tmp_path: Path) -> None:
    store = make_store(tmp_path / "lpdesk.db", "A", "B")  # open: the WAL holds the latest rows
    dest = store.backup(tmp_path / "out" / "copy.db")
    store.close()
    assert dest == tmp_path / "out" / "copy.db"
    assert dest.stat().st_mode & 0o777 == 0o600
    assert integrity_problems(dest) == []
    assert agencies(dest) == ["A", "B"]
    with sqlite3.connect(dest) as db:
        assert db.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert sorted(p.name for p in dest.parent.iterdir()) == ["copy.db"]  # no temporary left


def test_backup_into_a_folder_gets_a_dated_name(tmp_path: Path) -> None:
    store = make_store(tmp_path / "lpdesk.db", "A")
    (tmp_path / "backups").mkdir()
    dest = store.backup(tmp_path / "backups")
    store.close()
    assert dest.parent == tmp_path / "backups" and dest.name.startswith("lpdesk-")
    assert agencies(dest) == ["A"]


def test_backup_of_a_missing_database_is_refused(tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="no database"):
        backup_sqlite(tmp_path / "none.db", tmp_path / "copy.db")


def test_restore_keeps_a_safety_copy_of_the_replaced_database(tmp_path: Path) -> None:
    target = tmp_path / "lpdesk.db"
    make_store(target, "old").close()
    backup = backup_sqlite(target, tmp_path / "b.db")
    store = make_store(target, "newer")  # the database moved on since the backup
    store.close()
    safety = restore_sqlite(backup, target)
    assert safety is not None and agencies(safety) == ["old", "newer"]
    assert integrity_problems(safety) == []
    assert agencies(target) == ["old"]
    store = Store.open(sqlite_url(target))  # the restored file opens and works
    with store.unit_of_work() as uow:
        assert [a.name for a in uow.repo(Agency).find()] == ["old"]
    store.close()


def test_restore_refuses_a_damaged_backup_and_leaves_the_target(tmp_path: Path) -> None:
    target = tmp_path / "lpdesk.db"
    make_store(target, "keep").close()
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x07" * 5000)
    with pytest.raises(BackupError, match="not a sound database"):
        restore_sqlite(damaged, target)
    assert agencies(target) == ["keep"]


@pytest.mark.postgres
def test_store_backup_is_for_sqlite_only(postgres_server: str, tmp_path: Path) -> None:
    from tests.store.pg import fresh_database

    with fresh_database(postgres_server) as url:
        store = Store.open(url)
        try:
            with pytest.raises(LpdeskError, match="pg_dump"):
                store.backup(tmp_path / "x.db")
        finally:
            store.close()
