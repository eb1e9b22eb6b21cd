"""Migrations: the migrated schema equals the metadata, upgrades keep every row, SQLite upgrades
are backed up first, run with foreign keys off, checked, and all-or-nothing."""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, Engine, MetaData, func, insert, inspect, select, text

from lpdesk.domain import ENTITIES, Case, Child, ExcludedSummary, PersonPhoto, Setting, entity_name
from lpdesk.store import Store
from lpdesk.store.backup import integrity_problems
from lpdesk.store.engine import make_engine, sqlite_url
from lpdesk.store.mapping import to_row
from lpdesk.store.migrate import (
    HEAD_REVISION,
    MIGRATIONS_DIR,
    MigrationError,
    current_revision,
    head_revision,
    upgrade,
)
from lpdesk.store.tables import metadata, table_for
from lpdesk.store.uow import SqlUnitOfWork
from tests.store.sample import add_one_of_each

INITIAL = "0001_initial"
CREATED_AFTER_0001 = {
    Setting,
    ExcludedSummary,
    PersonPhoto,
}  # entities whose tables a later revision creates


def counts(engine: Engine, entities: Iterable[type] = ENTITIES) -> dict[str, int]:
    with engine.connect() as conn:
        return {
            t.name: int(conn.scalar(select(func.count()).select_from(t)) or 0)
            for t in map(table_for, entities)
        }


class AsMigrated:
    """Just enough of a unit of work to write entities into a database at an OLD revision: rows
    go through the reflected schema, keeping only the columns that revision has. Entities whose
    table does not exist yet are not written (``written`` lists those that were)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.schema = MetaData()
        self.schema.reflect(conn)
        self.written: list[type] = []

    def repo(self, cls: type) -> AsMigrated:
        self.cls = cls
        return self

    def add(self, obj: Any) -> Any:
        table = self.schema.tables.get(entity_name(type(obj)))
        if table is None:
            return obj
        self.written.append(type(obj))
        row = {k: v for k, v in to_row(obj).items() if k in table.c and k != "id"}
        new_id = self.conn.execute(insert(table).returning(table.c.id), [row]).scalar_one()
        return dataclasses.replace(obj, id=new_id)


def test_migrated_schema_matches_the_metadata(store: Store) -> None:
    with store.engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), metadata)
    assert differences == []
    assert current_revision(store.engine) == head_revision()


def test_upgrade_from_the_first_revision_keeps_every_row(database_url: str, tmp_path: Path) -> None:
    engine = make_engine(database_url)
    assert upgrade(engine, tmp_path / "backups", target=INITIAL) is None  # new: nothing to back up
    assert current_revision(engine) == INITIAL
    with engine.begin() as conn:
        old = AsMigrated(conn)
        add_one_of_each(old)  # type: ignore[arg-type]
    written = old.written
    assert set(written) == set(ENTITIES) - CREATED_AFTER_0001
    before = counts(engine, written)
    assert all(before.values()), before
    engine.dispose()

    store = Store.open(database_url, backup_dir=tmp_path / "backups")
    try:
        assert current_revision(store.engine) == head_revision()
        assert counts(store.engine, written) == before
    finally:
        store.close()
    backups = list((tmp_path / "backups").glob("*.db"))
    if database_url.startswith("sqlite"):
        assert len(backups) == 1
        assert integrity_problems(backups[0]) == []
        assert backups[0].stat().st_mode & 0o777 == 0o600
        with sqlite3.connect(backups[0]) as db:
            assert db.execute("SELECT version_num FROM alembic_version").fetchall() == [(INITIAL,)]
            assert db.execute('SELECT count(*) FROM "case"').fetchone() == (before["case"],)
    else:
        assert backups == []


def test_opening_a_current_database_makes_no_backup(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "lpdesk.db")
    Store.open(url, backup_dir=tmp_path / "b").close()
    Store.open(url, backup_dir=tmp_path / "b").close()
    assert not (tmp_path / "b").exists()


def test_a_database_newer_than_lpdesk_is_refused(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "lpdesk.db")
    Store.open(url).close()
    with sqlite3.connect(tmp_path / "lpdesk.db") as db:
        db.execute("UPDATE alembic_version SET version_num = '0099_future'")
    with pytest.raises(MigrationError, match="newer than this lpdesk"):
        Store.open(url)


def test_dangling_rows_roll_the_whole_upgrade_back(tmp_path: Path) -> None:
    path = tmp_path / "lpdesk.db"
    engine = make_engine(sqlite_url(path))
    upgrade(engine, target=INITIAL)
    engine.dispose()
    with sqlite3.connect(path) as db:  # foreign keys are off in a bare sqlite3 connection
        db.execute(
            "INSERT INTO child (case_id, person_id, receives_documents_reason) VALUES (41, 42, '')"
        )
    with pytest.raises(MigrationError, match="child"):
        Store.open(sqlite_url(path), backup_dir=tmp_path / "backups")
    engine = make_engine(sqlite_url(path))
    assert current_revision(engine) == INITIAL
    with engine.connect() as conn:  # 0002's triggers and indexes were rolled back with it
        assert conn.scalar(text("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")) == 0
        assert conn.scalar(text("PRAGMA foreign_keys")) == 1
    engine.dispose()
    assert len(list((tmp_path / "backups").glob("*.db"))) == 1


BATCH_MIGRATION = '''
    """Rebuild the case table in batch mode (a parent of ON DELETE CASCADE children)."""
    import sqlalchemy as sa
    from alembic import op

    revision = "9999_rebuild_case"
    down_revision = "{head}"
    branch_labels = None
    depends_on = None


    def upgrade() -> None:
        with op.batch_alter_table("case", recreate="always") as batch:
            batch.add_column(sa.Column("note", sa.Text(), nullable=True))


    def downgrade() -> None:
        pass
'''


def test_a_batch_migration_of_a_parent_table_keeps_its_children(tmp_path: Path) -> None:
    """With foreign keys on, rebuilding "case" would cascade-delete every child row."""
    scripts = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    script = textwrap.dedent(BATCH_MIGRATION).replace("{head}", head_revision())
    (scripts / "versions" / "9999_rebuild_case.py").write_text(script)
    path = tmp_path / "lpdesk.db"
    engine = make_engine(sqlite_url(path))
    upgrade(engine)
    with SqlUnitOfWork(engine) as uow:
        add_one_of_each(uow)
    before = counts(engine)
    backup = upgrade(engine, tmp_path / "backups", scripts=scripts)
    assert backup is not None and backup.exists()
    assert current_revision(engine) == "9999_rebuild_case"
    assert counts(engine) == before
    with SqlUnitOfWork(engine) as uow:
        assert len(uow.repo(Child).find(case_id=uow.repo(Case).find()[0].id)) == 1
    engine.dispose()


def test_without_a_backup_folder_the_backup_goes_beside_the_database(tmp_path: Path) -> None:
    path = tmp_path / "lpdesk.db"
    engine = make_engine(sqlite_url(path))
    upgrade(engine, target=INITIAL)
    engine.dispose()
    Store.open(sqlite_url(path), backup_dir=None).close()
    (backup,) = (tmp_path / "backups").glob(f"lpdesk-*-before-{head_revision()}.db")
    assert integrity_problems(backup) == []


PREVIOUS = "0003_team_sign_in_and_settings"


def test_upgrade_from_the_previous_revision_adds_the_covering_indexes(
    database_url: str, tmp_path: Path
) -> None:
    engine = make_engine(database_url)
    upgrade(engine, tmp_path / "backups", target=PREVIOUS)
    with engine.begin() as conn:
        old = AsMigrated(conn)
        add_one_of_each(old)  # type: ignore[arg-type]
    assert set(old.written) == set(ENTITIES) - {ExcludedSummary, PersonPhoto}  # by 0006, 0014
    before = counts(engine, old.written)
    engine.dispose()

    store = Store.open(database_url, backup_dir=tmp_path / "backups")
    try:
        assert current_revision(store.engine) == head_revision()
        assert counts(store.engine, old.written) == before
        inspector = inspect(store.engine)
        meeting = {i["name"]: i["column_names"] for i in inspector.get_indexes("meeting")}
        visit = {i["name"]: i["column_names"] for i in inspector.get_indexes("visit")}
    finally:
        store.close()
    assert meeting["ix_meeting_due"] == ["case_id", "kind", "status", "held_on", "scheduled_at"]
    assert visit["ix_visit_due"] == [
        "child_id",
        "outcome",
        "visited_at",
        "visitor_person_id",
        "seen_alone",
        "bedroom_seen",
    ]
    assert "ix_visit_child_outcome_visited_at" not in visit  # superseded by ix_visit_due


def test_the_due_queries_read_the_covering_indexes_only(tmp_path: Path) -> None:
    store = Store.open(sqlite_url(tmp_path / "lpdesk.db"))
    try:
        with store.engine.connect() as conn:
            meeting_plan = " ".join(
                str(r[-1])
                for r in conn.exec_driver_sql(
                    "EXPLAIN QUERY PLAN SELECT case_id, max(held_on), min(scheduled_at) "
                    "FROM meeting WHERE case_id = 1 AND kind = 'core_group' GROUP BY case_id"
                )
            )
            visit_plan = " ".join(
                str(r[-1])
                for r in conn.exec_driver_sql(
                    "EXPLAIN QUERY PLAN SELECT visited_at FROM visit WHERE child_id = 1 "
                    "AND outcome = 'completed' AND bedroom_seen = 1 "
                    "ORDER BY visited_at DESC LIMIT 1"
                )
            )
    finally:
        store.close()
    assert "COVERING INDEX ix_meeting_due" in meeting_plan
    assert "COVERING INDEX ix_visit_due" in visit_plan


def test_the_head_revision_constant_is_alembics_head() -> None:
    assert head_revision() == HEAD_REVISION
    (newest,) = [p for p in (MIGRATIONS_DIR / "versions").glob("*.py") if HEAD_REVISION in p.name]
    assert f'revision = "{HEAD_REVISION}"' in newest.read_text()


OPEN_AND_REPORT = """
import sys
from lpdesk.store import Store
Store.open(sys.argv[1]).close()
print("alembic" in sys.modules)
"""


def test_a_database_at_head_opens_without_importing_alembic(tmp_path: Path) -> None:
    path = tmp_path / "lpdesk.db"
    engine = make_engine(sqlite_url(path))
    upgrade(engine, target=PREVIOUS)
    engine.dispose()

    def alembic_imported() -> bool:
        done = subprocess.run(
            [sys.executable, "-c", OPEN_AND_REPORT, sqlite_url(path)],
            capture_output=True,
            text=True,
            check=True,
            cwd=Path(__file__).resolve().parents[2],
        )
        return done.stdout.strip() == "True"

    assert alembic_imported()  # below head: the upgrade needs Alembic
    assert not alembic_imported()  # at head: one plain query
    engine = make_engine(sqlite_url(path))
    assert current_revision(engine) == HEAD_REVISION
    engine.dispose()
