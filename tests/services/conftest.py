"""Service tests run against a real SQLite file with every migration applied."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from lpdesk.domain import UserRole
from lpdesk.services.context import Actor, FixedClock, ServiceContext
from lpdesk.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(f"sqlite:///{tmp_path / 'lpdesk.db'}", backup_dir=tmp_path / "backups")
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
) -> ServiceContext:
    return ServiceContext(
        uow=store.unit_of_work,
        actor=Actor(username=username, role=role, person_id=person_id),
        clock=clock,
    )


@pytest.fixture
def ctx(store: Store, clock: FixedClock) -> ServiceContext:
    return make_ctx(store, clock)
