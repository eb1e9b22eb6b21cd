"""Engines for SQLite (one desk) and PostgreSQL (a team), configured the one safe way.

SQLite: the file is created 0600 before SQLAlchemy touches it; every connection runs
``foreign_keys=ON``, ``journal_mode=WAL``, ``synchronous=FULL`` and ``busy_timeout=5000``. The
driver's own transaction handling is switched off and SQLAlchemy emits ``BEGIN`` itself, so reads,
writes and DDL (migrations) are all inside one real transaction (SQLAlchemy's documented recipe).
A connection may ask for ``BEGIN IMMEDIATE`` with the execution option ``sqlite_begin``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

__all__ = ["SQLITE_PRAGMAS", "is_sqlite", "make_engine", "sqlite_path", "sqlite_url"]

SQLITE_PRAGMAS = (
    ("foreign_keys", "ON"),
    ("journal_mode", "WAL"),
    ("synchronous", "FULL"),
    ("busy_timeout", "5000"),
)


def sqlite_url(path: str | os.PathLike[str]) -> str:
    """``sqlite:///`` URL of a database file (absolute, forward slashes on every platform)."""
    return URL.create("sqlite", database=Path(path).absolute().as_posix()).render_as_string()


def is_sqlite(engine_or_url: Engine | str | URL) -> bool:
    url = engine_or_url.url if isinstance(engine_or_url, Engine) else make_url(engine_or_url)
    return url.get_backend_name() == "sqlite"


def sqlite_path(engine_or_url: Engine | str | URL) -> Path | None:
    """The database file of a SQLite engine or URL; None for memory or another backend."""
    url = engine_or_url.url if isinstance(engine_or_url, Engine) else make_url(engine_or_url)
    if url.get_backend_name() != "sqlite":
        return None
    database = url.database or ""
    if database in ("", ":memory:") or database.startswith("file:"):
        return None
    return Path(database)


def make_engine(url: str | URL, **kwargs: Any) -> Engine:
    """An engine for ``sqlite:///path`` or ``postgresql+psycopg://...``."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(parsed, pool_pre_ping=True, **kwargs)
    path = sqlite_path(parsed)
    if path is not None:
        _create_private_file(path)
    engine = create_engine(parsed, **kwargs)
    event.listen(engine, "connect", _on_sqlite_connect)
    event.listen(engine, "begin", _on_sqlite_begin)
    return engine


def _create_private_file(path: Path) -> None:
    """Create the database file readable by its owner only, before SQLite creates it 0644.
    SQLite gives its -wal and -shm files the same mode as the database."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return
    os.close(fd)


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy, not the driver, emits BEGIN
    cursor = dbapi_connection.cursor()
    try:
        for name, value in SQLITE_PRAGMAS:
            cursor.execute(f"PRAGMA {name}={value}")
    finally:
        cursor.close()


def _on_sqlite_begin(conn: Any) -> None:
    conn.exec_driver_sql(conn.get_execution_options().get("sqlite_begin", "BEGIN"))
