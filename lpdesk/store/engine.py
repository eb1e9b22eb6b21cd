"""Engines for SQLite (one desk) and PostgreSQL (a team), configured the one safe way.

SQLite: the file is created 0600 before SQLAlchemy touches it; every connection runs
``foreign_keys=ON``, ``journal_mode=WAL``, ``synchronous=FULL`` and ``busy_timeout=5000``. The
driver's own transaction handling is switched off and SQLAlchemy emits ``BEGIN`` itself, so reads,
writes and DDL (migrations) are all inside one real transaction (SQLAlchemy's documented recipe).
A connection may ask for ``BEGIN IMMEDIATE`` with the execution option ``sqlite_begin``.

An encrypted database (``lpdesk.store.crypto``) is opened through SQLCipher with ``sqlcipher_key``:
``PRAGMA key`` runs first on every connection, then the same pragmas. Its URL is a ``file:`` URI
(``sqlcipher_url``), which ``sqlite_path`` does not report as a plain file: code that copies a
plain SQLite file with the standard library (the pre-migration backup) leaves it alone, and the
encrypted store makes its own encrypted backups.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, ExceptionContext, make_url

from lpdesk.domain import LpdeskError

__all__ = [
    "SQLITE_PRAGMAS",
    "DatabaseBusy",
    "is_sqlite",
    "make_engine",
    "sqlcipher_url",
    "sqlite_path",
    "sqlite_url",
]


class DatabaseBusy(LpdeskError):
    """Another program held the database's write lock for longer than lpdesk waits."""

    def __init__(self) -> None:
        super().__init__(
            "the database is busy: someone else is saving (or another lpdesk is open on it). "
            "lpdesk waited and tried again; nothing was saved, your changes are still here: "
            "save again in a moment"
        )


SQLITE_PRAGMAS = (
    ("foreign_keys", "ON"),
    ("journal_mode", "WAL"),
    ("synchronous", "FULL"),
    ("busy_timeout", "5000"),
)


def sqlite_url(path: str | os.PathLike[str]) -> str:
    """``sqlite:///`` URL of a database file (absolute, forward slashes on every platform)."""
    return URL.create("sqlite", database=Path(path).absolute().as_posix()).render_as_string()


def sqlcipher_url(path: str | os.PathLike[str]) -> str:
    """The ``file:`` URI URL of an encrypted database file (for ``make_engine(sqlcipher_key=)``)."""
    uri = Path(path).absolute().as_uri()
    return URL.create("sqlite", database=uri, query={"uri": "true"}).render_as_string()


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


def make_engine(
    url: str | URL,
    *,
    sqlcipher_key: str | None = None,
    ask_password: Callable[[str], str] | None = None,
    **kwargs: Any,
) -> Engine:
    """An engine for ``sqlite:///path`` or ``postgresql+psycopg://...``; with ``sqlcipher_key``
    (64 hex digits) an SQLCipher engine for ``sqlcipher_url(path)``. ``ask_password(username)``:
    a PostgreSQL URL without a password whose server asks for one (SCRAM) asks the person at
    the desk (``_asking_for_password``)."""
    parsed = _parsed(url)
    # Bound parameters hold names and addresses: an error message (logged, or shown) never
    # carries them.
    kwargs.setdefault("hide_parameters", True)
    if parsed.get_backend_name() != "sqlite":
        engine = create_engine(parsed, pool_pre_ping=True, **kwargs)
        event.listen(engine, "handle_error", _on_postgres_error)
        if ask_password is not None and parsed.password is None:
            who = parsed.username or getpass.getuser()
            event.listen(engine, "do_connect", _asking_for_password(who, ask_password))
        return engine
    path = sqlite_path(parsed)
    if path is not None:
        _create_private_file(path)
    if sqlcipher_key is not None:
        from sqlcipher3 import dbapi2

        kwargs["module"] = dbapi2
    engine = create_engine(parsed, **kwargs)
    if sqlcipher_key is not None:
        event.listen(engine, "connect", _keying(sqlcipher_key))
    event.listen(engine, "connect", _on_sqlite_connect)
    event.listen(engine, "begin", _on_sqlite_begin)
    event.listen(engine, "handle_error", _on_sqlite_error)
    return engine


def _on_postgres_error(context: ExceptionContext) -> None:
    """What a person's own role meets said in a sentence, never as a driver's traceback: the
    server refused the password, or the role may not do this (no grant, or outside its scope)."""
    original = context.original_exception
    message = str(original)
    if any(words in message for words in _NEEDS_PASSWORD):
        raise LpdeskError(
            "the team database did not accept your password (or needs one: type it when asked, "
            "or keep it in a .pgpass file only you can read)"
        ) from None
    sqlstate = getattr(original, "sqlstate", None) or ""
    if sqlstate == "42501":  # insufficient_privilege, including a row-level security check
        raise LpdeskError(
            "the team database refused this: your role may not do it; nothing was saved"
        ) from None
    if context.connection is None and "OperationalError" in type(original).__name__:
        raise LpdeskError(
            "the team database cannot be reached: check the network and the database URL"
        ) from None


_PASSWORD_TRIES = 3
_NEEDS_PASSWORD = ("no password supplied", "password authentication failed")


def _asking_for_password(username: str, ask: Callable[[str], str]) -> Any:
    """A ``do_connect`` hook for a person's own database role: libpq's own sources first (a
    ``.pgpass`` file, ``PGPASSWORD``, GSSAPI); when the server still wants a password, ask for
    it (three tries), then keep it in this process's memory for the pool's next connections.
    PostgreSQL checks it (SCRAM); lpdesk stores nothing."""
    known: list[str] = []

    def do_connect(dialect: Any, _record: Any, cargs: Any, cparams: dict[str, Any]) -> Any:
        if known:
            cparams["password"] = known[0]
            return dialect.connect(*cargs, **cparams)
        for attempt in range(_PASSWORD_TRIES + 1):
            try:
                connection = dialect.connect(*cargs, **cparams)
            except dialect.dbapi.OperationalError as exc:
                wanted = any(words in str(exc) for words in _NEEDS_PASSWORD)
                if not wanted or attempt == _PASSWORD_TRIES:
                    if wanted:
                        raise LpdeskError(
                            f'the team database did not accept the password for "{username}"'
                        ) from None
                    raise
                cparams["password"] = ask(username)
                continue
            if "password" in cparams:
                known.append(cparams["password"])
            return connection
        raise AssertionError("unreachable")

    return do_connect


def _parsed(url: str | URL) -> URL:
    """The URL, or ``InvalidInput`` naming ``database_url`` (never the driver's traceback)."""
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    from lpdesk.domain import InvalidInput

    expected = "expected postgresql+psycopg://you@host/database"
    try:
        parsed = make_url(url)
        known = parsed.get_backend_name() in ("sqlite", "postgresql")
        if known:
            parsed.get_dialect()
    except (ArgumentError, NoSuchModuleError, ValueError):
        raise InvalidInput.one("database_url", f"not a database URL: {expected}") from None
    if not known:
        raise InvalidInput.one("database_url", f"not a database lpdesk uses: {expected}")
    return parsed


def _create_private_file(path: Path) -> None:
    """Create the database file readable by its owner only, before SQLite creates it 0644.
    SQLite gives its -wal and -shm files the same mode as the database."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return
    os.close(fd)


def _keying(key: str) -> Any:
    if len(key) != 64 or any(c not in "0123456789abcdef" for c in key):
        raise ValueError("an SQLCipher key is 64 lower-case hex digits")

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA cipher_log_level = NONE")
            cursor.execute(f"PRAGMA key = \"x'{key}'\"")
        finally:
            cursor.close()

    return on_connect


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy, not the driver, emits BEGIN
    cursor = dbapi_connection.cursor()
    try:
        for name, value in SQLITE_PRAGMAS:
            cursor.execute(f"PRAGMA {name}={value}")
    finally:
        cursor.close()


def _on_sqlite_error(context: ExceptionContext) -> None:
    """SQLite retries a locked database for ``busy_timeout`` ms (its busy handler); if the lock
    is still held, report it as ``DatabaseBusy`` rather than a driver error."""
    message = str(context.original_exception).lower()
    if "database is locked" in message or "database is busy" in message:
        raise DatabaseBusy() from context.original_exception


def _on_sqlite_begin(conn: Any) -> None:
    conn.exec_driver_sql(conn.get_execution_options().get("sqlite_begin", "BEGIN"))
