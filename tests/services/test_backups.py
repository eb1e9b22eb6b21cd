"""Scheduled backups on a real SQLite store, with a fake clock."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from lpdesk.domain import UserRole
from lpdesk.services.backups import SCHEDULED_PREFIX, backup_if_due, scheduled_backups
from lpdesk.services.context import Actor, FixedClock, ServiceContext
from lpdesk.services.people import add_person
from lpdesk.store import Store
from lpdesk.store.engine import sqlite_url

START = datetime(2026, 12, 18, 9, 30)


@pytest.fixture
def sqlite_store(sqlite_template: Path, tmp_path: Path) -> Iterator[Store]:
    db = tmp_path / "lpdesk.db"
    shutil.copyfile(sqlite_template, db)
    db.chmod(0o600)
    store = Store.open(sqlite_url(db), backup_dir=tmp_path / "backups")
    yield store
    store.close()


def _integrity(path: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as db:
        return [str(r[0]) for r in db.execute("PRAGMA integrity_check")]


def _person_count(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as db:
        return int(db.execute("SELECT count(*) FROM person").fetchone()[0])


def test_first_call_makes_a_verified_backup_holding_the_data(
    sqlite_store: Store, tmp_path: Path
) -> None:
    ctx = ServiceContext(
        uow=sqlite_store.unit_of_work,
        actor=Actor(username="t.manager", role=UserRole.TEAM_MANAGER),
        clock=FixedClock(START),
    )
    add_person(ctx, name="Fictional Person")
    folder = tmp_path / "backups"
    made = backup_if_due(sqlite_store.backup, folder, now=START)
    assert made == folder / f"{SCHEDULED_PREFIX}20261218-093000.db"
    assert made.is_file()
    assert _integrity(made) == ["ok"]
    assert _person_count(made) == 1
    assert "Fictional" not in made.name
    assert made.stat().st_mode & 0o777 == 0o600


def test_none_within_the_period_another_after_it(sqlite_store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    first = backup_if_due(sqlite_store.backup, folder, now=START)
    assert first is not None
    assert backup_if_due(sqlite_store.backup, folder, now=START + timedelta(hours=23)) is None
    assert len(scheduled_backups(folder)) == 1
    later = START + timedelta(hours=24)
    second = backup_if_due(sqlite_store.backup, folder, now=later)
    assert second is not None and second != first
    assert [p for _w, p in scheduled_backups(folder)] == [first, second]
    assert all(_integrity(p) == ["ok"] for p in (first, second))


def test_a_backup_dated_in_the_future_does_not_stop_backups(
    sqlite_store: Store, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    backup_if_due(sqlite_store.backup, folder, now=START + timedelta(days=30))
    assert backup_if_due(sqlite_store.backup, folder, now=START) is not None


def test_pruning_keeps_the_newest_and_never_touches_pre_migration_backups(
    sqlite_store: Store, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir(mode=0o700)
    pre_migration = sqlite_store.backup(folder / "lpdesk-20261101-080000-before-0004.db")
    before_upgrade = sqlite_store.backup(folder / "lpdesk-20261101-080000-before-upgrade.db")
    manual = sqlite_store.backup(folder / "lpdesk-20261102-080000.db")
    made = []
    for day in range(5):
        when = START + timedelta(days=day)
        path = backup_if_due(sqlite_store.backup, folder, now=when, keep=3)
        assert path is not None
        made.append(path)
    kept = [p for _w, p in scheduled_backups(folder)]
    assert kept == made[-3:]
    assert not made[0].exists() and not made[1].exists()
    for untouched in (pre_migration, before_upgrade, manual):
        assert untouched.is_file()
        assert _integrity(untouched) == ["ok"]


def test_the_period_is_configurable_and_bad_settings_are_refused(
    sqlite_store: Store, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    backup_if_due(sqlite_store.backup, folder, now=START, every_hours=1)
    assert (
        backup_if_due(sqlite_store.backup, folder, now=START + timedelta(minutes=59), every_hours=1)
        is None
    )
    assert backup_if_due(sqlite_store.backup, folder, now=START + timedelta(hours=1), every_hours=1)
    with pytest.raises(ValueError, match="keep"):
        backup_if_due(sqlite_store.backup, folder, now=START, keep=0)
    with pytest.raises(ValueError, match="every_hours"):
        backup_if_due(sqlite_store.backup, folder, now=START, every_hours=0)
