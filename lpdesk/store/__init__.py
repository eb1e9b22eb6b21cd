"""The persistence layer: SQLAlchemy Core tables, one generic dataclass mapper, Alembic migrations.

Only the composition root (``lpdesk.app``, ``lpdesk.cli``) imports this package; services reach it
through the ports in ``lpdesk.services.ports``. See docs/decisions/0001 and 0002.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from lpdesk.domain import LpdeskError
from lpdesk.store.backup import backup_sqlite
from lpdesk.store.engine import make_engine, sqlcipher_url, sqlite_path
from lpdesk.store.migrate import HEAD_REVISION, current_revision, upgrade
from lpdesk.store.uow import SqlUnitOfWork

__all__ = ["Store"]

if TYPE_CHECKING:
    from lpdesk.store.crypto import PassphrasePrompt


class Store:
    """An open database at the newest schema. Thread-safe: each unit of work takes its own
    connection from the engine's pool."""

    def __init__(
        self,
        engine: Engine,
        url: str,
        *,
        encrypted_file: Path | None = None,
        key: str | None = None,
    ) -> None:
        self.engine, self.url = engine, url
        self._encrypted_file, self._key = encrypted_file, key

    @classmethod
    def open(
        cls,
        url: str,
        *,
        backup_dir: Path | None = None,
        ask_password: Callable[[str], str] | None = None,
    ) -> Store:
        """Open (creating if need be) and migrate to head, backing up an existing SQLite
        database into ``backup_dir`` first (default: ``backups`` beside the file).
        ``ask_password(username)``: PostgreSQL wants a password the URL does not hold."""
        engine = make_engine(url, ask_password=ask_password)
        try:
            upgrade(engine, backup_dir)
        except BaseException:
            engine.dispose()
            raise
        return cls(engine, url)

    @classmethod
    def open_encrypted(
        cls,
        path: str | os.PathLike[str],
        *,
        backup_dir: Path | None = None,
        ask_passphrase: PassphrasePrompt | None = None,
    ) -> Store:
        """Open (creating if need be) an SQLCipher database at ``path`` and migrate it to head.

        The key comes from the keyring or a passphrase (``lpdesk.store.crypto.database_key``); a
        plain database is encrypted in place first, after an encrypted backup. A wrong key is
        refused with ``EncryptionError`` before anything is touched. Before a migration the
        backup is an encrypted one, in ``backup_dir`` (default ``backups`` beside the file).
        """
        from lpdesk.store import crypto

        db = Path(path).absolute()
        backups = backup_dir if backup_dir is not None else db.parent / "backups"
        key = crypto.database_key(db, ask_passphrase=ask_passphrase)
        state = crypto.file_state(db)
        if state == "plain":
            crypto.encrypt_in_place(db, key, backup_dir=backups)
        elif state == "encrypted":
            with crypto.connect_encrypted(db, key):
                pass  # EncryptionError on a wrong key
        engine = make_engine(sqlcipher_url(db), sqlcipher_key=key)
        try:
            if state == "new":
                db.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                os.close(os.open(db, os.O_CREAT | os.O_WRONLY, 0o600))
            current = current_revision(engine)
            if current is not None and current != HEAD_REVISION:
                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                crypto.backup_encrypted(db, backups / f"{db.stem}-{stamp}-before-upgrade.db", key)
            upgrade(engine, backups)  # the URL is a file: URI: no plain backup is attempted
        except BaseException:
            engine.dispose()
            raise
        crypto.encrypt_plain_backups(backups, key)  # left by a first encryption that was killed
        return cls(engine, sqlcipher_url(db), encrypted_file=db, key=key)

    @property
    def encrypted(self) -> bool:
        return self._key is not None

    @property
    def database_path(self) -> Path | None:
        """The SQLite file (encrypted or not), or None for PostgreSQL."""
        return self._encrypted_file or sqlite_path(self.engine)

    def unit_of_work(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self.engine)

    def audit_chain_problems(self) -> list[str]:
        """Breaks in the audit trail's hash chain and its append-only triggers (an embedded
        desk; [] for PostgreSQL, whose trail is guarded by roles)."""
        from lpdesk.store.audit_chain import verify

        with self.engine.connect() as conn:
            return verify(conn)

    def backup(self, dest: str | os.PathLike[str]) -> Path:
        """A verified copy of the SQLite database at ``dest`` (a file, or an existing folder to
        put a dated file in). A PostgreSQL database is backed up by its administrator."""
        path = self.database_path
        if path is None:
            raise LpdeskError(
                "lpdesk backs up SQLite databases only; back up PostgreSQL with pg_dump"
            )
        target = Path(dest)
        if target.is_dir():
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            target = target / f"{path.stem}-{stamp}.db"
        if self._key is not None:
            from lpdesk.store.crypto import backup_encrypted

            return backup_encrypted(path, target, self._key)  # encrypted with the same key
        return backup_sqlite(path, target)

    def close(self) -> None:
        self.engine.dispose()
