"""Store fixtures: real SQLite files in tmp_path, and a private PostgreSQL server started once per
session (skipped with a reason only when the server binaries are not installed)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from lpdesk.store import Store
from lpdesk.store.engine import sqlite_url
from tests.store.pg import (
    PG_BIN,
    empty_tables,
    fresh_database,
    postgres_available,
    running_postgres,
)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    if not postgres_available():
        pytest.skip(f"PostgreSQL server binaries not found in {PG_BIN}")
    with running_postgres() as url:
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database on each backend."""
    if request.param == "sqlite":
        yield sqlite_url(tmp_path / "lpdesk.db")
        return
    server = request.getfixturevalue("postgres_server")
    with fresh_database(server) as url:
        yield url


@pytest.fixture(scope="session")
def postgres_migrated(postgres_server: str) -> Iterator[str]:
    """One database migrated to head, shared by the tests and emptied before each."""
    with fresh_database(postgres_server) as url:
        Store.open(url).close()
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A migrated, empty store on each backend."""
    if request.param == "sqlite":
        url = sqlite_url(tmp_path / "lpdesk.db")
    else:
        url = request.getfixturevalue("postgres_migrated")
        empty_tables(url)
    s = Store.open(url, backup_dir=tmp_path / "backups")
    yield s
    s.close()


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(sqlite_url(tmp_path / "lpdesk.db"), backup_dir=tmp_path / "backups")
    yield s
    s.close()
