"""Encryption at rest: SQLCipher files no SQLite reader can open, keys in the keyring (or from a
passphrase when there is none), wrong keys refused with a clear message, plain databases
encrypted in place with every row kept, and encrypted backups."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import keyring
import pytest

from lpdesk.domain import ENTITIES, LpdeskError, Person
from lpdesk.store import Store
from lpdesk.store.crypto import (
    KEYRING_SERVICE,
    EncryptionError,
    encrypted_integrity_problems,
    file_state,
    salt_path,
)
from lpdesk.store.engine import make_engine, sqlcipher_url, sqlite_url
from lpdesk.store.migrate import current_revision, head_revision
from lpdesk.store.tables import table_for
from tests.security.keyrings import REAL, keyring_for_tests, no_keyring
from tests.store.sample import add_one_of_each

PASSPHRASE = "a long test passphrase"


@pytest.fixture
def memory_keyring():
    with keyring_for_tests() as backend:
        yield backend


def _counts(store: Store) -> dict[str, int]:
    from sqlalchemy import func, select

    with store.engine.connect() as conn:
        return {
            t.name: int(conn.scalar(select(func.count()).select_from(t)) or 0)
            for t in map(table_for, ENTITIES)
        }


def _assert_not_sqlite(path: Path) -> None:
    assert path.read_bytes()[:16] != b"SQLite format 3\x00"
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        con = sqlite3.connect(path)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()


def test_a_new_encrypted_database_is_no_sqlite_file_and_its_key_is_in_the_keyring(
    tmp_path, memory_keyring
):
    db = tmp_path / "lpdesk.db"
    store = Store.open_encrypted(db, backup_dir=tmp_path / "backups")
    try:
        assert store.encrypted and store.database_path == db
        with store.unit_of_work() as uow:
            add_one_of_each(uow)
        before = _counts(store)
    finally:
        store.close()
    _assert_not_sqlite(db)
    assert db.stat().st_mode & 0o777 == 0o600
    key = keyring.get_password(KEYRING_SERVICE, str(db))
    assert key is not None and len(key) == 64 and int(key, 16) >= 0
    assert not salt_path(db).exists()
    for f in tmp_path.rglob("*"):  # the key is in no file
        assert not f.is_file() or key.encode() not in f.read_bytes()
    again = Store.open_encrypted(db, backup_dir=tmp_path / "backups")
    try:
        assert _counts(again) == before
        assert current_revision(again.engine) == head_revision()
    finally:
        again.close()


def test_a_wrong_key_is_refused_with_a_clear_message(tmp_path, memory_keyring):
    db = tmp_path / "lpdesk.db"
    Store.open_encrypted(db).close()
    keyring.set_password(KEYRING_SERVICE, str(db), "ab" * 32)
    with pytest.raises(EncryptionError, match="could not be opened with this key") as refused:
        Store.open_encrypted(db)
    assert isinstance(refused.value, LpdeskError)
    keyring.delete_password(KEYRING_SERVICE, str(db))
    with pytest.raises(EncryptionError, match="not in this computer's keyring"):
        Store.open_encrypted(db)


def test_a_plain_database_is_encrypted_in_place_keeping_every_row(tmp_path, memory_keyring):
    db, backups = tmp_path / "lpdesk.db", tmp_path / "backups"
    plain = Store.open(sqlite_url(db), backup_dir=backups)
    with plain.unit_of_work() as uow:
        add_one_of_each(uow)
    before = _counts(plain)
    backups.mkdir()
    plain.backup(backups)  # an old plain backup: it must not stay readable
    plain.close()
    assert all(before.values()) and file_state(db) == "plain"

    store = Store.open_encrypted(db, backup_dir=backups)
    try:
        assert _counts(store) == before
    finally:
        store.close()
    _assert_not_sqlite(db)
    assert not db.with_name("lpdesk.db-wal").exists() or file_state(db) == "encrypted"
    key = keyring.get_password(KEYRING_SERVICE, str(db))
    files = sorted(backups.glob("*.db"))
    assert any("before-encryption" in f.name for f in files) and len(files) == 2
    for f in files:
        _assert_not_sqlite(f)
        assert encrypted_integrity_problems(f, key) == []


def test_without_a_keyring_the_key_comes_from_a_passphrase(tmp_path):
    db = tmp_path / "lpdesk.db"
    asked: list[bool] = []

    def ask(new: bool) -> str:
        asked.append(new)
        return PASSPHRASE

    with no_keyring():
        store = Store.open_encrypted(db, ask_passphrase=ask)
        with store.unit_of_work() as uow:
            add_one_of_each(uow)
        store.close()
        assert asked == [True]
        salt = salt_path(db).read_text()
        assert len(bytes.fromhex(salt.strip())) == 16  # a salt, not a key
        Store.open_encrypted(db, ask_passphrase=ask).close()
        assert asked == [True, False]
        with pytest.raises(EncryptionError, match="passphrase is wrong"):
            Store.open_encrypted(db, ask_passphrase=lambda new: "not the passphrase!")
        with pytest.raises(EncryptionError, match="none was given"):
            Store.open_encrypted(db)
    _assert_not_sqlite(db)
    for f in tmp_path.rglob("*"):
        assert PASSPHRASE.encode() not in f.read_bytes()


def test_with_no_keyring_an_encrypted_keyring_database_asks_to_unlock_it(tmp_path, memory_keyring):
    db = tmp_path / "lpdesk.db"
    Store.open_encrypted(db).close()
    with no_keyring(), pytest.raises(EncryptionError, match="not available now"):
        Store.open_encrypted(db, ask_passphrase=lambda new: PASSPHRASE)


def test_backups_and_pre_migration_copies_are_encrypted_with_the_same_key(tmp_path, memory_keyring):
    db, backups = tmp_path / "lpdesk.db", tmp_path / "backups"
    store = Store.open_encrypted(db, backup_dir=backups)
    key = keyring.get_password(KEYRING_SERVICE, str(db))
    store.close()
    engine = make_engine(sqlcipher_url(db), sqlcipher_key=key)  # take it back to revision 0002
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP INDEX ix_meeting_period")  # undo 0016
        conn.exec_driver_sql("DROP INDEX ix_visit_period")
        conn.exec_driver_sql("DROP TABLE case_due_item")  # undo 0015 (its column goes with 0013)
        conn.exec_driver_sql("DROP TABLE person_photo")  # undo 0014
        conn.exec_driver_sql("DROP TABLE case_due_facts")  # undo 0013
        for table, column in (  # undo 0012_docs_reader, 0011_trust, then 0004, then 0003
            ("outcome", "child_words"),
            ("action", "child_words"),
            ("person", "revision"),
            ("action", "revision"),
            ("review_report", "revision"),
            ("user", "failed_sign_ins"),
            ("user", "locked_until"),
            ("audit_event", "prev_hash"),
            ("audit_event", "hash"),
        ):
            conn.exec_driver_sql(f'ALTER TABLE "{table}" DROP COLUMN {column}')
        conn.exec_driver_sql("ALTER TABLE meeting DROP COLUMN seals")  # undo 0005
        conn.exec_driver_sql("DROP TABLE excluded_summary")  # undo 0006
        for column in ("state", "reached_at", "reached_by", "note"):
            conn.exec_driver_sql(f"ALTER TABLE circulation_item DROP COLUMN {column}")
        for column in ("password_given_at", "password_given_by"):
            conn.exec_driver_sql(f"ALTER TABLE circulation_item DROP COLUMN {column}")
        for table, column in (  # undo 0008
            ("person", "address_withheld_reason"),
            ("person", "access_needs"),
            ('"case"', "closed_reason"),
            ("membership", "excluded_on"),
            ("conference", "outcome"),
            ("conference", "outline_plan"),
        ):
            conn.exec_driver_sql(f"ALTER TABLE {table} DROP COLUMN {column}")
        conn.exec_driver_sql("DROP INDEX ix_meeting_due")  # undo 0004, then 0003
        conn.exec_driver_sql("DROP INDEX ix_visit_due")
        conn.exec_driver_sql(
            "CREATE INDEX ix_visit_child_outcome_visited_at ON visit (child_id, outcome, visited_at)"
        )
        conn.exec_driver_sql("DROP TABLE setting")
        conn.exec_driver_sql("ALTER TABLE user DROP COLUMN password_hash")
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0002_append_only_audit'")
    engine.dispose()
    store = Store.open_encrypted(db, backup_dir=backups)
    try:
        assert current_revision(store.engine) == head_revision()
        copy = store.backup(tmp_path / "copy.db")
    finally:
        store.close()
    (before,) = backups.glob("*-before-upgrade.db")
    for f in (before, copy):
        _assert_not_sqlite(f)
        assert encrypted_integrity_problems(f, key) == []
    with pytest.raises(EncryptionError):
        Store.open_encrypted(copy)  # its key is the original's: not filed under its own path


def test_a_key_that_is_not_lpdesks_is_refused(tmp_path, memory_keyring):
    db = tmp_path / "lpdesk.db"
    keyring.set_password(KEYRING_SERVICE, str(db), "not a key")
    with pytest.raises(EncryptionError, match="not a key lpdesk wrote"):
        Store.open_encrypted(db)


def test_the_keyring_under_test_is_the_one_asked_for(memory_keyring):
    """Under scripts/run-tests.sh the real Secret Service (gnome-keyring) holds the keys."""
    expected = "SecretService" if REAL else "MemoryKeyring"
    assert expected in type(keyring.get_keyring()).__module__ + type(keyring.get_keyring()).__name__


def _rows(db: Path, key: str | None) -> dict[str, int]:
    from lpdesk.store.crypto import connect_encrypted

    with connect_encrypted(db, key) as con:
        return {
            t.name: int(con.execute(f'SELECT count(*) FROM "{t.name}"').fetchone()[0])
            for t in map(table_for, ENTITIES)
        }


def _encrypted_store_with_a_backup(tmp_path: Path, ask=None) -> tuple[Path, Path]:
    """An encrypted database with one of each record, backed up, then one person more."""
    db = tmp_path / "data" / "lpdesk.db"
    store = Store.open_encrypted(db, backup_dir=tmp_path / "backups", ask_passphrase=ask)
    try:
        with store.unit_of_work() as uow:
            add_one_of_each(uow)
        backup = store.backup(tmp_path / "backups" / "kept.db")
        with store.unit_of_work() as uow:
            uow.repo(Person).add(Person(name="Pat Later"))
    finally:
        store.close()
    return db, backup


def test_an_encrypted_backup_is_restored_after_an_encrypted_safety_copy(tmp_path, memory_keyring):
    from lpdesk.store.backup import restore_database

    db, backup = _encrypted_store_with_a_backup(tmp_path)
    key = keyring.get_password(KEYRING_SERVICE, str(db))
    later, earlier = _rows(db, key), _rows(backup, key)
    assert later != earlier
    safety = restore_database(backup, db)
    assert safety is not None and safety.parent == db.parent
    for f in (db, safety):
        _assert_not_sqlite(f)
        assert encrypted_integrity_problems(f, key) == []
    assert _rows(db, key) == earlier and _rows(safety, key) == later
    assert not db.with_name("lpdesk.db-wal").exists()
    store = Store.open_encrypted(db)  # the restored file opens with its own key and works
    try:
        assert _counts(store) == earlier
    finally:
        store.close()


def test_a_passphrase_database_is_restored_with_its_passphrase(tmp_path):
    from lpdesk.store.backup import restore_database

    asked: list[bool] = []

    def ask(new: bool) -> str:
        asked.append(new)
        return PASSPHRASE

    with no_keyring():
        db, backup = _encrypted_store_with_a_backup(tmp_path, ask)
        asked.clear()
        restore_database(backup, db, ask_passphrase=ask)
        assert asked == [False]  # the existing passphrase, asked once
        with pytest.raises(EncryptionError, match="passphrase is wrong"):
            restore_database(backup, db, ask_passphrase=lambda new: "not the passphrase!")
        store = Store.open_encrypted(db, ask_passphrase=ask)
        store.close()
    _assert_not_sqlite(db)


def test_a_backup_of_another_database_is_refused_and_nothing_is_touched(tmp_path, memory_keyring):
    from lpdesk.store.backup import restore_database

    db, _ = _encrypted_store_with_a_backup(tmp_path / "one")
    _, foreign = _encrypted_store_with_a_backup(tmp_path / "two")  # another key
    before = {p: p.read_bytes() for p in db.parent.iterdir()}
    with pytest.raises(EncryptionError, match="could not be opened with this key"):
        restore_database(foreign, db)
    assert {p: p.read_bytes() for p in db.parent.iterdir()} == before  # no safety copy either


def test_a_plain_backup_restored_onto_an_encrypted_database_stays_encrypted(
    tmp_path, memory_keyring
):
    from lpdesk.store.backup import restore_database

    plain = tmp_path / "plain.db"
    store = Store.open(sqlite_url(plain))
    with store.unit_of_work() as uow:
        add_one_of_each(uow)
    store.close()
    db, _ = _encrypted_store_with_a_backup(tmp_path)
    key = keyring.get_password(KEYRING_SERVICE, str(db))
    restore_database(plain, db)
    _assert_not_sqlite(db)
    assert _rows(db, key) == _rows(plain, None)


def test_lpdesk_restore_handles_an_encrypted_backup(tmp_path, memory_keyring, monkeypatch, capsys):
    from lpdesk.cli import main

    monkeypatch.setenv("LPDESK_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("LPDESK_LOG_LEVEL", "WARNING")
    monkeypatch.delenv("LPDESK_DATABASE_URL", raising=False)
    monkeypatch.delenv("LPDESK_ENCRYPTION", raising=False)
    db, backup = _encrypted_store_with_a_backup(tmp_path)
    key = keyring.get_password(KEYRING_SERVICE, str(db))
    earlier = _rows(backup, key)
    assert main(["restore", str(backup), "--yes"]) == 0  # no terminal to ask on
    assert "the previous database was kept as" in capsys.readouterr().out
    restored = _rows(db, key)
    assert restored.pop("audit_event") == earlier.pop("audit_event") + 1  # database.restore
    assert restored == earlier
    _assert_not_sqlite(db)
