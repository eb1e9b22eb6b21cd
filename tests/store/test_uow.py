"""The unit of work gives its connection back when it cannot even begin."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest
from sqlalchemy import event

from lpdesk.store import Store
from lpdesk.store.engine import DatabaseBusy, sqlite_path
from lpdesk.store.uow import SqlUnitOfWork


def test_a_failed_begin_closes_the_connection(sqlite_store: Store) -> None:
    engine = sqlite_store.engine

    @event.listens_for(engine, "connect")
    def wait_briefly(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA busy_timeout = 50")  # after the store's 5 s

    engine.dispose()  # new connections from here on
    path = sqlite_path(engine)
    assert path is not None
    writer = sqlite3.connect(path, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")  # another lpdesk holds the write lock
        uow = SqlUnitOfWork(engine)
        with pytest.raises(DatabaseBusy):
            uow.__enter__()
        assert engine.pool.checkedout() == 0  # type: ignore[attr-defined]
        with pytest.raises(RuntimeError, match="not open"):
            uow.connection  # noqa: B018
    finally:
        writer.rollback()
        writer.close()
    with SqlUnitOfWork(engine) as again:  # the lock gone, work goes on
        assert again.connection.exec_driver_sql("SELECT 1").scalar() == 1
