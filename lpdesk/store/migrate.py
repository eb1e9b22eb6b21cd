"""Bring a database to the newest schema, safely.

For an existing SQLite file below head: first a backup (sqlite3's backup API, verified with
``PRAGMA integrity_check``), then every migration in ONE transaction with foreign keys OFF (a
batch migration rebuilds tables, and with foreign keys on, ``ON DELETE CASCADE`` silently empties
the child tables), then ``PRAGMA foreign_key_check`` inside that transaction: any failing row rolls
the whole upgrade back. PostgreSQL runs the same migrations in one transaction (transactional DDL).

Alembic is imported only when an upgrade is due: a database already at ``HEAD_REVISION`` is
recognised by one plain query on ``alembic_version`` (importing Alembic costs ~0.5 s at start-up).
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, inspect, text

from lpdesk.domain import LpdeskError
from lpdesk.store.backup import backup_sqlite
from lpdesk.store.engine import is_sqlite, sqlite_path

if TYPE_CHECKING:
    from alembic.config import Config

__all__ = [
    "HEAD_REVISION",
    "MIGRATIONS_DIR",
    "MigrationError",
    "alembic_config",
    "current_revision",
    "head_revision",
    "upgrade",
]

log = logging.getLogger("lpdesk.store")

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# The newest migration's revision id, kept here so that opening a database at head needs no
# Alembic; tests/store/test_migrate.py checks it against Alembic's own head.
HEAD_REVISION = "0016_compliance_cover"


class MigrationError(LpdeskError):
    """The database could not be brought to this version of lpdesk; it was left as it was."""


def alembic_config(
    connection: Connection | None = None, *, scripts: Path = MIGRATIONS_DIR
) -> Config:
    """An Alembic configuration for lpdesk's migrations (``scripts``: tests may point elsewhere)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(scripts))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision(*, scripts: Path = MIGRATIONS_DIR) -> str:
    """Alembic's head of the migration scripts (for lpdesk's own: ``HEAD_REVISION``)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(scripts=scripts)).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The database's revision; None for an empty database. One plain query, no Alembic."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        revisions = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(revisions) > 1:
        raise MigrationError(f"the database has {len(revisions)} revisions (branches): unexpected")
    return revisions[0] if revisions else None


def upgrade(
    engine: Engine,
    backup_dir: Path | None = None,
    *,
    target: str = "head",
    scripts: Path = MIGRATIONS_DIR,
) -> Path | None:
    """Apply migrations up to ``target`` (default head). Returns the backup made first, if any
    (an existing SQLite database below head; ``backup_dir`` defaults to ``backups`` beside it)."""
    current = current_revision(engine)
    if current == HEAD_REVISION and target == "head" and scripts == MIGRATIONS_DIR:
        if is_sqlite(engine):  # a desk: due facts an earlier lpdesk wrote, recomputed now
            _rebuild_outdated_due_facts(engine)
        return None  # the usual case: already at head, and Alembic is never imported
    head = head_revision(scripts=scripts)
    if current is not None and not _known(current, scripts):
        raise MigrationError(
            f"the database is at revision {current}, newer than this lpdesk "
            f"(which knows up to {head}): install the newer lpdesk"
        )
    wanted = head if target == "head" else target
    if current == wanted:
        return None
    backup = None
    path = sqlite_path(engine)
    if current is not None and path is not None:
        folder = backup_dir if backup_dir is not None else path.parent / "backups"
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = backup_sqlite(path, folder / f"{path.stem}-{stamp}-before-{wanted}.db")
        log.info("backed up the database before migrating from %s to %s", current, wanted)
    refill = wanted == HEAD_REVISION and scripts == MIGRATIONS_DIR
    if is_sqlite(engine):
        _upgrade_sqlite(engine, target, scripts, refill)
    else:
        from alembic import command

        with engine.begin() as conn:
            command.upgrade(alembic_config(conn, scripts=scripts), target)
            if refill:
                _refill_due_facts(conn)
                _reapply_team_roles(conn)
    log.info("database migrated from %s to %s", current, wanted)
    return backup


def _known(revision: str, scripts: Path) -> bool:
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    try:
        return (
            ScriptDirectory.from_config(alembic_config(scripts=scripts)).get_revision(revision)
            is not None
        )
    except CommandError:
        return False


def _refill_due_facts(conn: Connection) -> None:
    """Every case's due facts from the upgraded tables, with this version's code, in the
    upgrade's transaction (migration 0013 only creates the table; a later migration that changes
    a table the facts are read from needs nothing more)."""
    from lpdesk.store.due_facts import rebuild

    log.info("due facts of %d case(s) rebuilt after the upgrade", rebuild(conn))


def _rebuild_outdated_due_facts(engine: Engine) -> None:
    """Rows of an older facts version (``due_facts.VERSION``) are read live until rebuilt; a desk
    rebuilds them at once. A team database leaves that to IT (``lpdesk facts rebuild``), since a
    person's own role sees only their scope."""
    from lpdesk.store.due_facts import rebuild_outdated

    with engine.begin() as conn:
        count = rebuild_outdated(conn)
    if count:
        log.info("due facts of %d case(s) rebuilt for this version", count)


def _reapply_team_roles(conn: Connection) -> None:
    """A team database (its policies' functions exist in it): the grants, policies and functions
    again, so that tables and functions a migration added are covered (``lpdesk team setup`` is
    idempotent). Roles are the cluster's, so the test is on this database's own functions."""
    found = conn.execute(text("SELECT to_regprocedure('public.lpdesk_case_ids()') IS NOT NULL"))
    if found.scalar():
        from lpdesk.store.team_roles import setup

        setup(conn)
        log.info("team roles and policies applied again after the upgrade")


def _upgrade_sqlite(engine: Engine, target: str, scripts: Path, refill: bool) -> None:
    from alembic import command

    # BEGIN IMMEDIATE: a second lpdesk opening the file waits, then finds nothing to do.
    with engine.connect().execution_options(sqlite_begin="BEGIN IMMEDIATE") as conn:
        driver: Any = conn.connection.driver_connection
        # Before BEGIN: inside a transaction this pragma is silently ignored.
        driver.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                command.upgrade(alembic_config(conn, scripts=scripts), target)
                if refill:
                    _refill_due_facts(conn)
                failures = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if failures:
                    tables = sorted({str(row[0]) for row in failures})
                    raise MigrationError(
                        f"the upgrade would leave {len(failures)} row(s) pointing at missing "
                        f"records (tables: {', '.join(tables)}); nothing was changed"
                    )
        finally:
            driver.execute("PRAGMA foreign_keys=ON")
