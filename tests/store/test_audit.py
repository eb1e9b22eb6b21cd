"""The audit trail is append-only on every backend: the database itself refuses changes."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import exc, text

from lpdesk.domain import AuditEvent
from lpdesk.store import Store


@pytest.fixture
def audited(store: Store) -> Store:
    with store.unit_of_work() as uow:
        uow.audit(
            AuditEvent(at=datetime(2026, 3, 1, 9), user="ada", role="lp", action="case.create")
        )
    return store


@pytest.mark.parametrize(
    "statement",
    ["UPDATE audit_event SET action = 'case.delete'", "DELETE FROM audit_event"],
)
def test_audit_rows_cannot_be_changed(audited: Store, statement: str) -> None:
    with pytest.raises(exc.DBAPIError, match="append-only"), audited.engine.begin() as conn:
        conn.execute(text(statement))
    with audited.unit_of_work() as uow:
        assert [e.action for e in uow.repo(AuditEvent).find()] == ["case.create"]


def test_repository_delete_of_audit_is_refused(audited: Store) -> None:
    with pytest.raises(exc.DBAPIError, match="append-only"), audited.unit_of_work() as uow:
        uow.repo(AuditEvent).delete(1)
    with audited.unit_of_work() as uow:
        assert len(uow.repo(AuditEvent).find()) == 1
