"""Bulk loading of generated rows: SQLAlchemy Core ``executemany`` on SQLite, ``COPY`` on
PostgreSQL. Rows carry explicit ids, so references are known before anything is written; buffers
are flushed in the schema's dependency order, parents first."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import JSON, Connection, Table, text

from lpdesk.domain.registry import ENTITIES, entity_name
from lpdesk.store import tables as t
from lpdesk.store.mapping import codecs

__all__ = ["RowSink"]

FLUSH_EVERY = 50_000


def _defaults(table: Table) -> dict[str, Any]:
    """Database values of the domain defaults for the table's columns (so a column added by a
    later migration, with a default in its dataclass, needs no change here)."""
    by_name = {entity_name(cls): cls for cls in ENTITIES}
    cls = by_name.get(table.name)
    if cls is None:
        return {}
    dump = {c.name: c.dump for c in codecs(cls)}
    found: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.name == "id" or f.name not in table.c:
            continue
        if f.default is not dataclasses.MISSING:
            found[f.name] = dump[f.name](f.default)
        elif f.default_factory is not dataclasses.MISSING:
            found[f.name] = dump[f.name](f.default_factory())
    return found


class RowSink:
    """Buffers rows per table and writes them in dependency order."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.postgres = conn.dialect.name == "postgresql"
        self._order = [tb for tb in t.metadata.sorted_tables]
        self._buffers: dict[str, list[dict[str, Any]]] = {tb.name: [] for tb in self._order}
        self._defaults = {tb.name: _defaults(tb) for tb in self._order}
        self.counts: dict[str, int] = {tb.name: 0 for tb in self._order}
        self._pending = 0

    def add(self, table: str, row: dict[str, Any]) -> None:
        self._buffers[table].append(row)
        self._pending += 1
        if self._pending >= FLUSH_EVERY:
            self.flush()

    def flush(self) -> None:
        for table in self._order:
            rows = self._buffers[table.name]
            if not rows:
                continue
            defaults = self._defaults[table.name]
            full = [{**defaults, **r} for r in rows] if defaults else rows
            (self._copy if self.postgres else self._insert)(table, full)
            self.counts[table.name] += len(rows)
            rows.clear()
        self._pending = 0

    def _insert(self, table: Table, rows: list[dict[str, Any]]) -> None:
        """The driver's ``executemany`` with SQLAlchemy's own bind processors (the values are
        stored exactly as the app stores them), without the per-row overhead of ``execute``."""
        names = list(rows[0])
        dialect = self.conn.dialect
        processors = [table.c[n].type.bind_processor(dialect) or _same for n in names]
        columns = ", ".join(f'"{n}"' for n in names)
        sql = f'INSERT INTO "{table.name}" ({columns}) VALUES ({", ".join("?" * len(names))})'
        driver: Any = self.conn.connection.driver_connection
        cursor = driver.cursor()
        try:
            cursor.executemany(
                sql, [[f(row[n]) for f, n in zip(processors, names, strict=True)] for row in rows]
            )
        finally:
            cursor.close()

    def _copy(self, table: Table, rows: list[dict[str, Any]]) -> None:
        names = list(rows[0])
        convert: list[Callable[[Any], Any]] = [
            _json if isinstance(table.c[n].type, JSON) else _same for n in names
        ]
        columns = ", ".join(f'"{n}"' for n in names)
        driver: Any = self.conn.connection.driver_connection
        with (
            driver.cursor() as cursor,
            cursor.copy(f'COPY "{table.name}" ({columns}) FROM STDIN') as copy,
        ):
            for row in rows:
                copy.write_row([f(row[n]) for f, n in zip(convert, names, strict=True)])

    def finish(self) -> None:
        """Flush, then on PostgreSQL move every id sequence past the ids written, and analyse
        (a server's autovacuum would; SQLite is left as the app leaves it, unanalysed)."""
        self.flush()
        if not self.postgres:
            return
        for table in self._order:
            if "id" in table.c and self.counts[table.name]:
                self.conn.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('\"{table.name}\"', 'id'), "
                        f'(SELECT max(id) FROM "{table.name}"))'
                    )
                )


def _same(value: Any) -> Any:
    return value


def _json(value: Any) -> Any:
    return json.dumps(value)
