"""The unit of work and the repositories the services reach through ``lpdesk.services.ports``.

A ``SqlUnitOfWork`` is one connection and one transaction: a clean exit commits, an exception
rolls back. Repositories read and write frozen dataclasses through the generic mapper; nothing
SQLAlchemy ever leaves the store.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import fields, replace
from datetime import date
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from sqlalchemy import Connection, Engine, String, Table, delete, insert, literal, select, update

from lpdesk.domain import AuditEvent, CaseFacts, Conflict, NotFound
from lpdesk.domain.registry import entity_name
from lpdesk.store import caseload_reads as _caseload
from lpdesk.store import compliance_reads as _compliance
from lpdesk.store import due_facts as _due
from lpdesk.store import due_items as _kept
from lpdesk.store.audit_chain import chained_row
from lpdesk.store.mapping import from_row, to_row, to_value
from lpdesk.store.tables import audit_event, table_for
from lpdesk.store.team_roles import hashes_hidden

if TYPE_CHECKING:
    from lpdesk.store.accounts import SqlAccounts

__all__ = ["SqlRepository", "SqlUnitOfWork"]

T = TypeVar("T")


class SqlRepository(Generic[T]):
    """``Repository[T]`` over one table, inside the caller's transaction."""

    def __init__(self, conn: Connection, cls: type[T], tracker: _due.Tracker | None = None) -> None:
        self._conn, self._cls, self._tracker = conn, cls, tracker
        self._table: Table = table_for(cls)
        self._kind = entity_name(cls)
        self._versioned = any(f.name == "revision" for f in fields(cls))  # type: ignore[arg-type]

    def add(self, obj: T) -> T:
        return self.add_all([obj])[0]

    def add_all(self, objs: Sequence[T]) -> list[T]:
        if not objs:
            return []
        rows = [self._insert_row(o) for o in objs]
        t = self._table
        stmt = insert(t).returning(t.c.id, sort_by_parameter_order=True)
        if t is audit_event:  # each event chained to the one before (lpdesk.store.audit_chain)
            ids = [
                self._conn.execute(stmt, [chained_row(self._conn, row)]).scalar_one()
                for row in rows
            ]
            return [replace(o, id=i) for o, i in zip(objs, ids, strict=True)]  # type: ignore[type-var]
        ids = [r[0] for r in self._conn.execute(stmt, rows)]
        if self._tracker is not None:
            self._tracker.rows(t, [{**r, "id": i} for r, i in zip(rows, ids, strict=True)])
        return [replace(o, id=i) for o, i in zip(objs, ids, strict=True)]  # type: ignore[type-var]

    def _select(self) -> Any:
        """Every column; for users on a person's own database role, without the password hash
        (the role may not read it: ``team_roles.hashes_hidden``), which reads as empty."""
        t = self._table
        if t.name != "user" or not hashes_hidden(self._conn):
            return select(t)
        return select(
            *(literal("", String).label(c.name) if c.name == "password_hash" else c for c in t.c)
        )

    def get(self, ident: int) -> T:
        row = self._conn.execute(self._select().where(self._table.c.id == ident)).first()
        if row is None:
            raise NotFound(self._kind, ident)
        return from_row(self._cls, row._mapping)

    def find(self, **where: Any) -> list[T]:
        stmt = self._select()
        for name, value in where.items():
            if name not in self._table.c:
                raise TypeError(f"{self._kind} has no field {name!r}")
            column = self._table.c[name]
            if isinstance(value, list | tuple):
                stmt = stmt.where(column.in_([to_value(self._cls, name, v) for v in value]))
            elif value is None:
                stmt = stmt.where(column.is_(None))
            else:
                stmt = stmt.where(column == to_value(self._cls, name, value))
        rows = self._conn.execute(stmt.order_by(self._table.c.id))
        return [from_row(self._cls, r._mapping) for r in rows]

    def update(self, obj: T) -> T:
        ident = getattr(obj, "id", None)
        if ident is None:
            raise ValueError(f"update() needs a stored {self._kind} (id is None)")
        t = self._table
        values = to_row(obj)
        if self._tracker is not None:  # the case it belonged to, and the one it belongs to now
            self._tracker.updated(t, ident, values)
        del values["id"]
        stmt = update(t).where(t.c.id == ident)
        if self._versioned:
            mine = obj.revision  # type: ignore[attr-defined]
            values["revision"] = mine + 1
            stmt = stmt.where(t.c.revision == mine)
        if self._conn.execute(stmt.values(values)).rowcount == 1:
            return replace(obj, revision=mine + 1) if self._versioned else obj  # type: ignore[type-var]
        theirs = self.get(ident)  # NotFound if it was deleted
        raise Conflict(self._kind, ident, theirs=theirs, mine=obj)

    def delete(self, ident: int) -> None:
        if self._tracker is not None:
            self._tracker.ids(self._table, [ident])
        result = self._conn.execute(delete(self._table).where(self._table.c.id == ident))
        if result.rowcount == 0:
            raise NotFound(self._kind, ident)

    def _insert_row(self, obj: T) -> dict[str, Any]:
        if type(obj) is not self._cls:
            raise TypeError(f"expected a {self._cls.__name__}, got {type(obj).__name__}")
        row = to_row(obj)
        if row.pop("id") is not None:
            raise ValueError(f"add() takes a new {self._kind} (id must be None)")
        return row


class SqlUnitOfWork:
    """``UnitOfWork``: one connection, one transaction. Use once, in a ``with`` block."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._conn: Connection | None = None
        self._tracker: _due.Tracker | None = None

    @property
    def connection(self) -> Connection:
        if self._conn is None:
            raise RuntimeError("the unit of work is not open: use it in a with block")
        return self._conn

    def __enter__(self) -> SqlUnitOfWork:
        if self._conn is not None:
            raise RuntimeError("a unit of work is used once")
        conn = self._engine.connect()
        try:
            if self._engine.dialect.name == "sqlite":
                # Take the write lock up front: a unit of work that reads, then writes (every use
                # case audits), would otherwise fail at once with SQLITE_BUSY_SNAPSHOT if another
                # connection wrote in between. Waiting (busy_timeout) is the behaviour we want.
                conn.execution_options(sqlite_begin="BEGIN IMMEDIATE")
            conn.begin()
        except BaseException:
            conn.close()  # BEGIN failed (the database busy, say): give the connection back
            raise
        self._conn = conn
        self._tracker = _due.Tracker(conn)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        conn = self.connection
        try:
            if exc_type is None:
                assert self._tracker is not None
                self._tracker.settle(self._engine)  # the facts moved, in this transaction
                conn.commit()
            else:
                conn.rollback()
        finally:
            conn.close()

    def repo(self, cls: type[T]) -> SqlRepository[T]:
        return SqlRepository(self.connection, cls, self._tracker)

    def audit(self, event: AuditEvent) -> None:
        row = to_row(event)
        if row.pop("id") is not None:
            raise ValueError("an audit event is new (id must be None)")
        self.connection.execute(insert(audit_event), [chained_row(self.connection, row)])

    def accounts(self) -> SqlAccounts:
        from lpdesk.store.accounts import SqlAccounts  # it builds on this module's repositories

        return SqlAccounts(self.connection)

    def rebuild_due_facts(self) -> int:
        """Every case's kept due facts recomputed from the records (``lpdesk facts rebuild``);
        the number of cases. Refused under row-level security: a team member sees only their
        own cases, so the database's owner rebuilds."""
        from lpdesk.domain import LpdeskError

        if _due.scoped(self._engine, self.connection):
            raise LpdeskError("the due facts of a team database are rebuilt by its owner")
        return _due.rebuild(self.connection)

    def case_facts(
        self,
        *,
        as_of: date,
        case_ids: Sequence[int] | None = None,
        lp_person_id: int | None = None,
    ) -> list[CaseFacts]:
        conn = self.connection
        assert self._tracker is not None
        self._tracker.settle(self._engine)  # this unit of work's own changes first
        return _due.read(conn, self._engine, as_of, case_ids=case_ids, lp_person_id=lp_person_id)

    def kept_due(self) -> _kept.SqlKeptDue | None:
        """The kept due items (``lpdesk.store.due_items``), or None under row-level security: a
        team member's session reads its own few cases live."""
        assert self._tracker is not None
        self._tracker.settle(self._engine)  # this unit of work's own changes first
        if _due.scoped(self._engine, self.connection):
            return None
        return _kept.SqlKeptDue(self.connection)

    def child_names(self, child_ids: Sequence[int]) -> dict[int, str]:
        return _kept.child_names(self.connection, child_ids)

    def caseload_labels(self, case_ids: Sequence[int]) -> dict[int, _caseload.CaseLabels]:
        return _caseload.caseload_labels(self.connection, case_ids)

    def compliance_records(
        self,
        *,
        case_ids: Sequence[int],
        lead_of: Mapping[int, int],
        period_start: date,
        period_end: date,
        meetings_from: date,
    ) -> _compliance.ComplianceRows:
        return _compliance.compliance_records(
            self.connection,
            case_ids=case_ids,
            lead_of=lead_of,
            period_start=period_start,
            period_end=period_end,
            meetings_from=meetings_from,
        )
