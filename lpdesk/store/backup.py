"""Backups of a SQLite database that can be trusted.

``backup_sqlite`` copies through sqlite3's online backup API (consistent even while lpdesk is
writing, WAL included) into a temporary file created 0600, switches the copy to a single-file
journal mode, checks it with ``PRAGMA integrity_check`` and only then ``os.replace``s it into
place. ``restore_sqlite`` keeps a verified safety copy of the current database first, then writes
the backup into it through the same API, so SQLite's own locking and journal protect the swap.
``restore_database`` is what to call: it sends an encrypted backup, or any backup restored onto an
encrypted database, through ``crypto.restore_encrypted`` with the database's own key.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from lpdesk.domain import LpdeskError

__all__ = [
    "BackupError",
    "DatabaseSummary",
    "backup_sqlite",
    "describe_database",
    "integrity_problems",
    "restore_database",
    "restore_sqlite",
]


class BackupError(LpdeskError):
    """A backup could not be written or verified, or a file is not a sound database."""


def integrity_problems(path: Path) -> list[str]:
    """The messages of ``PRAGMA integrity_check`` (empty when the database is sound)."""
    try:
        with contextlib.closing(
            sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
        ) as db:
            rows = [str(r[0]) for r in db.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def backup_sqlite(src_path: str | os.PathLike[str], dest_path: str | os.PathLike[str]) -> Path:
    """Copy the database at ``src_path`` to ``dest_path`` atomically; returns ``dest_path``."""
    src, dest = Path(src_path), Path(dest_path)
    if not src.is_file():
        raise BackupError(f"there is no database at {src}")
    dest.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    try:
        os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        with (
            contextlib.closing(sqlite3.connect(src)) as source,
            contextlib.closing(sqlite3.connect(tmp)) as copy,
        ):
            source.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        problems = integrity_problems(tmp)
        if problems:
            raise BackupError(f"the backup failed its integrity check: {problems[0]}")
        _fsync(tmp)
        os.replace(tmp, dest)
        _fsync_dir(dest.parent)
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            leftover.unlink(missing_ok=True)
    return dest


def restore_sqlite(backup: str | os.PathLike[str], target: str | os.PathLike[str]) -> Path | None:
    """Replace the database at ``target`` with ``backup``. A verified safety copy of the current
    database is written beside it first and returned (None when there was no database)."""
    source, dest = Path(backup), Path(target)
    problems = integrity_problems(source) if source.is_file() else ["no such file"]
    if problems:
        raise BackupError(f"{source.name} is not a sound database: {problems[0]}")
    safety = None
    if dest.exists():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        safety = backup_sqlite(dest, dest.with_name(f"{dest.stem}-before-restore-{stamp}.db"))
    else:
        dest.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.close(os.open(dest, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    with (
        contextlib.closing(sqlite3.connect(source)) as src,
        contextlib.closing(sqlite3.connect(dest)) as db,
    ):
        src.backup(db)
        db.execute("PRAGMA journal_mode=WAL")
    problems = integrity_problems(dest)
    if problems:
        raise BackupError(f"the restored database failed its integrity check: {problems[0]}")
    return safety


@dataclass(frozen=True, slots=True)
class DatabaseSummary:
    """What a database holds, in counts only: enough to say what a restore replaces."""

    revision: str
    cases: int
    open_cases: int
    events: int

    def __str__(self) -> str:
        return f"{self.cases} cases ({self.open_cases} open), {self.events} audit events"


_VERSIONS = Path(__file__).resolve().parent / "migrations" / "versions"


def describe_database(path: Path, key: str | None = None) -> DatabaseSummary:
    """The summary of the lpdesk database at ``path`` (encrypted with ``key``, or plain);
    ``BackupError`` for any SQLite file that is not an lpdesk database."""
    from lpdesk.store import crypto

    known = {p.stem for p in _VERSIONS.glob("*.py")}
    try:
        with crypto.connect_encrypted(path, key) as con:
            tables = {
                r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            if not {"alembic_version", "case", "audit_event", "user"} <= tables:
                raise BackupError(f"{path.name} is not an lpdesk database")
            revisions = [r[0] for r in con.execute("SELECT version_num FROM alembic_version")]
            if len(revisions) != 1 or revisions[0] not in known:
                raise BackupError(f"{path.name} is not an lpdesk database this version knows")
            cases, open_cases = con.execute(
                'SELECT count(*), count(*) - count(closed_on) FROM "case"'
            ).fetchone()
            events = con.execute("SELECT count(*) FROM audit_event").fetchone()[0]
    except (crypto.EncryptionError, BackupError):
        raise  # a wrong key says so itself
    except Exception as exc:  # the driver's own DatabaseError: not a database at all
        raise BackupError(f"{path.name} is not an lpdesk database ({type(exc).__name__})") from None
    return DatabaseSummary(revisions[0], int(cases), int(open_cases), int(events))


# Shown what will be replaced (None: no database yet) and what replaces it; False stops.
Confirm = Callable[["DatabaseSummary | None", DatabaseSummary], bool]


def restore_database(
    backup: str | os.PathLike[str],
    target: str | os.PathLike[str],
    *,
    ask_passphrase: Callable[[bool], str] | None = None,
    confirm: Confirm | None = None,
) -> Path | None:
    """Restore ``backup`` over the embedded database at ``target``, plain or encrypted; returns
    the safety copy of the replaced database (None when there was none).

    An encrypted backup, or an encrypted target (or one keyed by passphrase), is restored with
    the database's key (keyring, else ``ask_passphrase``) and stays encrypted, as does its
    safety copy; a plain backup onto a plain database is ``restore_sqlite``. Only an lpdesk
    database is accepted; ``confirm`` is shown both summaries first and may stop the restore.
    """
    from lpdesk.store import crypto

    source, dest = Path(backup), Path(target)
    if not source.is_file():
        raise BackupError(f"{source.name} is not a sound database: no such file")
    encrypted = (
        crypto.file_state(source) == "encrypted"
        or crypto.file_state(dest) == "encrypted"
        or crypto.salt_path(dest).exists()
    )
    key = crypto.database_key(dest, ask_passphrase=ask_passphrase) if encrypted else None
    incoming = describe_database(source, key if crypto.file_state(source) == "encrypted" else None)
    state = crypto.file_state(dest)
    current = (
        None if state == "new" else describe_database(dest, key if state == "encrypted" else None)
    )
    if confirm is not None and not confirm(current, incoming):
        raise BackupError("not restored: nothing was changed")
    if key is None:
        return restore_sqlite(source, dest)
    return crypto.restore_encrypted(source, dest, key)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    _fsync(path)
