"""Service tests run on both backends: a real SQLite file with every migration applied (a copy of
one file migrated once per session: migrating each new file cost ~0.4 s a test, the copy ~1 ms),
and a real PostgreSQL server started once for the session (team mode).

The PostgreSQL tests share one database migrated once for the session and emptied before each test
(``tests.store.pg.empty_tables``: every table emptied, triggers bypassed, ids restarting at 1;
~15 ms). Measured on the 2-core machine under load: cloning a migrated template with ``CREATE
DATABASE ... TEMPLATE`` cost 0.6-1.0 s a test (its checkpoint), migrating afresh ~0.3 s. The
PostgreSQL parameters skip, with the reason, only when the server binaries are not installed. A test that must run on SQLite alone (it kills a process writing the SQLite
file, say) carries ``@pytest.mark.sqlite_only`` or is named in ``SQLITE_ONLY``.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from lpdesk.domain import UserRole
from lpdesk.services.context import Actor, FixedClock, ServiceContext
from lpdesk.store import Store
from lpdesk.store.engine import sqlite_url
from tests.store.pg import PG_BIN, empty_tables, postgres_available, running_postgres

DATABASE = "lpdesk_services"
SQLITE_ONLY = {
    # Kills a child process writing the SQLite file and reads it with sqlite3.
    "test_drafts_survive_sigkill_between_saves": "kills a process writing the SQLite file",
}


@pytest.fixture(scope="session")
def services_postgres() -> Iterator[str]:
    """The URL of one database migrated to head, on a private server for the session."""
    if not postgres_available():
        pytest.skip(f"PostgreSQL server binaries not found in {PG_BIN}")
    import psycopg
    from sqlalchemy.engine import make_url

    with running_postgres() as server:
        u = make_url(server)
        dsn = f"host={u.host} port={u.port} user={u.username} dbname={u.database}"
        with psycopg.connect(dsn, autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{DATABASE}"')
        url = u.set(database=DATABASE).render_as_string(hide_password=False)
        Store.open(url).close()
        yield url


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file migrated to head once; each test starts from a copy (migrating a new file
    costs ~0.4 s, copying it ~1 ms)."""
    path = tmp_path_factory.mktemp("template") / "lpdesk.db"
    Store.open(sqlite_url(path)).close()  # the last connection folds the WAL into the file
    assert not path.with_name("lpdesk.db-wal").exists()
    return path


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest) -> str:
    if request.param == "postgresql":
        reason = SQLITE_ONLY.get(request.node.originalname)
        marker = request.node.get_closest_marker("sqlite_only")
        if reason or marker:
            pytest.skip(f"SQLite only: {reason or (marker.args[0] if marker.args else '')}")
    return str(request.param)


@pytest.fixture
def database_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A migrated, empty database on the test's backend."""
    if backend == "sqlite":
        db = tmp_path / "lpdesk.db"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), db)
        db.chmod(0o600)
        return sqlite_url(db)
    url = str(request.getfixturevalue("services_postgres"))
    empty_tables(url)
    return url


@pytest.fixture
def store(database_url: str, tmp_path: Path) -> Iterator[Store]:
    s = Store.open(database_url, backup_dir=tmp_path / "backups")
    yield s
    s.close()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 12, 18, 9, 30))


def make_ctx(
    store: Store,
    clock: FixedClock,
    role: UserRole = UserRole.LEAD_PROFESSIONAL,
    person_id: int | None = None,
    username: str = "lp.test",
    team: str = "",
) -> ServiceContext:
    return ServiceContext(
        uow=store.unit_of_work,
        actor=Actor(username=username, role=role, person_id=person_id, team=team),
        clock=clock,
    )


@pytest.fixture
def ctx(store: Store, clock: FixedClock) -> ServiceContext:
    return make_ctx(store, clock)
