"""SQLite engines: private files and the pragmas on every connection."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url

from lpdesk.domain import Agency
from lpdesk.store import Store
from lpdesk.store.engine import make_engine, sqlite_path, sqlite_url


def test_sqlite_url_names_the_absolute_file(tmp_path: Path) -> None:
    path = tmp_path / "a folder" / "lpdesk.db"
    url = sqlite_url(path)
    assert url.startswith("sqlite:///")
    assert make_url(url).database == path.as_posix()
    assert sqlite_path(url) == path
    assert sqlite_path("postgresql+psycopg://u@h/db") is None
    assert sqlite_path("sqlite://") is None


def test_database_file_and_its_journal_are_private(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        store = Store.open(sqlite_url(tmp_path / "data" / "lpdesk.db"))
        with store.unit_of_work() as uow:
            uow.repo(Agency).add(Agency(name="A"))
            for suffix in ("", "-wal", "-shm"):
                f = tmp_path / "data" / f"lpdesk.db{suffix}"
                assert f.stat().st_mode & 0o777 == 0o600, suffix
        store.close()
    finally:
        os.umask(old)


def test_an_existing_file_is_opened_not_replaced(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "lpdesk.db")
    store = Store.open(url)
    with store.unit_of_work() as uow:
        uow.repo(Agency).add(Agency(name="A"))
    store.close()
    store = Store.open(url)
    with store.unit_of_work() as uow:
        assert [a.name for a in uow.repo(Agency).find()] == ["A"]
    store.close()


def test_pragmas_are_set_on_every_connection(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "lpdesk.db"))
    connections = [engine.connect() for _ in range(3)]  # three distinct pooled connections
    try:
        assert len({id(c.connection.driver_connection) for c in connections}) == 3
        for conn in connections:
            assert conn.scalar(text("PRAGMA foreign_keys")) == 1
            assert conn.scalar(text("PRAGMA journal_mode")) == "wal"
            assert conn.scalar(text("PRAGMA synchronous")) == 2  # FULL
            assert conn.scalar(text("PRAGMA busy_timeout")) == 5000
    finally:
        for conn in connections:
            conn.close()
        engine.dispose()


def test_a_failed_statement_leaves_the_transaction_rolled_back(tmp_path: Path) -> None:
    """SQLAlchemy, not the driver, begins transactions: reads and writes share one."""
    engine = make_engine(sqlite_url(tmp_path / "lpdesk.db"))
    with engine.connect() as conn:
        conn.execute(text("CREATE TABLE t (x INTEGER)"))
        conn.rollback()  # DDL is transactional too
        assert conn.scalar(text("SELECT count(*) FROM sqlite_master WHERE name = 't'")) == 0
    engine.dispose()
