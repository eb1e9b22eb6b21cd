"""The persistence layer: SQLAlchemy Core tables, one generic dataclass mapper, Alembic migrations.

Only the composition root (``lpdesk.app``, ``lpdesk.cli``) imports this package; services reach it
through the ports in ``lpdesk.services.ports``. See docs/decisions/0001 and 0002.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from lpdesk.domain import LpdeskError
from lpdesk.store.backup import backup_sqlite
from lpdesk.store.engine import make_engine, sqlite_path
from lpdesk.store.migrate import upgrade
from lpdesk.store.uow import SqlUnitOfWork

__all__ = ["Store"]


class Store:
    """An open database at the newest schema. Thread-safe: each unit of work takes its own
    connection from the engine's pool."""

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine, self.url = engine, url

    @classmethod
    def open(cls, url: str, *, backup_dir: Path | None = None) -> Store:
        """Open (creating if need be) and migrate to head, backing up an existing SQLite
        database into ``backup_dir`` first (default: ``backups`` beside the file)."""
        engine = make_engine(url)
        try:
            upgrade(engine, backup_dir)
        except BaseException:
            engine.dispose()
            raise
        return cls(engine, url)

    @property
    def database_path(self) -> Path | None:
        """The SQLite file, or None for PostgreSQL."""
        return sqlite_path(self.engine)

    def unit_of_work(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self.engine)

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
        return backup_sqlite(path, target)

    def close(self) -> None:
        self.engine.dispose()
