"""A lost laptop: after the demo caseload is loaded into an encrypted data folder (and backed up),
no name of a child, or of anyone else in the demo, appears in the bytes of any file under the
data folder: database, -wal and -shm files, backups. The same check on a plain database finds
them, so the check itself can fail."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from lpdesk.domain import Child, Person, UserRole
from lpdesk.services.context import Actor, FixedClock, ServiceContext
from lpdesk.services.demo import load_demo
from lpdesk.store import Store
from lpdesk.store.engine import sqlite_url
from tests.security.keyrings import keyring_for_tests


def _files_naming(folder: Path, names: list[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        hits = [n for n in names if n.encode("utf-8") in data]
        if hits:
            found[path.name] = hits
    return found


def _load(store: Store) -> tuple[list[str], list[str]]:
    ctx = ServiceContext(
        uow=store.unit_of_work,
        actor=Actor(username="demo.loader", role=UserRole.TEAM_MANAGER),
        clock=FixedClock(datetime(2026, 12, 18, 9, 30)),
    )
    load_demo(ctx)
    with store.unit_of_work() as uow:
        people = {p.id: p.name for p in uow.repo(Person).find()}
        children = [people[c.person_id] for c in uow.repo(Child).find()]
    return children, sorted(set(people.values()))


@pytest.mark.parametrize("encrypted", [True, False], ids=["encrypted", "plain-control"])
def test_no_demo_name_is_readable_in_the_data_folder(tmp_path, encrypted):
    data = tmp_path / "data"
    db = data / "lpdesk.db"
    with keyring_for_tests():
        if encrypted:
            store = Store.open_encrypted(db, backup_dir=data / "backups")
        else:
            store = Store.open(sqlite_url(db), backup_dir=data / "backups")
        try:
            children, everyone = _load(store)
            (data / "backups").mkdir(exist_ok=True)
            store.backup(data / "backups")
            assert len(children) >= 5 and set(children) <= set(everyone)
            wal = db.with_name("lpdesk.db-wal")
            assert wal.exists() and wal.stat().st_size > 0  # the log is checked while it is full
            while_open = _files_naming(data, everyone)
        finally:
            store.close()
        after_close = _files_naming(data, everyone)
    if encrypted:
        assert while_open == {} and after_close == {}
        assert not any(p.name.endswith(".salt") for p in data.iterdir())  # keyring, not passphrase
    else:
        named = {n for hits in {**while_open, **after_close}.values() for n in hits}
        assert set(children) <= named  # the check finds names in a plain database
