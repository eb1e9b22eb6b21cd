"""Each case's due facts, kept in the unit of work that changes them, and read for a whole team in
one query (docs/decisions/0018-maintained-due-facts.md).

``case_due_facts`` holds one row per case: the ``CaseFacts`` that do not depend on the day
(``lpdesk.store.facts`` computed with no ``as_of``: every visit counts, closed cases too, no
absence) as JSON, with what the reader filters on beside them: the current LP, the closing day,
and ``visits_until``, the day of the case's latest completed visit.

Reading for a day ``as_of``: the rows of the cases open that day (and of one LP, or of the given
cases), each completed with what does depend on the day or on another person's record: the LP's
manager (a join) and the LP's absence covering ``as_of`` (one query). A row is used only when it
is exactly what the live queries would give for ``as_of``: its version is current and no completed
visit is dated after ``as_of`` (a day in the past, or a visit recorded ahead). Any other case in
scope, and an open case with no row at all (written around lpdesk, by psql say), is computed
live by ``lpdesk.store.facts`` for ``as_of``, so the result is the same either way;
tests/services/test_due_facts_kept.py proves the rows equal a full recomputation.

Keeping them: ``Tracker`` notes the case of every row of a table the facts are read from that a
repository adds, changes or deletes (``LINKS``; for an action, its plan's case), before and after
the change (an update only when it changes a column the facts read, ``WATCHED``; a person
deleted: the cases of the actions they were to do); the unit of work rewrites those cases' rows
before it commits, in the same transaction (``refresh``). In a PostgreSQL session under
row-level security (a team member) the session may no longer see a case it has just handed over,
so it does not compute: it marks the rows stale through ``lpdesk_due_facts_stale`` (a definer
function) and readers compute those cases live until the next refresh or ``rebuild``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import Connection, Engine, Table, delete, func, insert, or_, select, text

from lpdesk.domain import (
    AbsenceFacts,
    CaseFacts,
)
from lpdesk.store import facts as _facts
from lpdesk.store import tables as t
from lpdesk.store.due_facts_layout import decode, encode

__all__ = [
    "LINKS",
    "VERSION",
    "WATCHED",
    "Tracker",
    "read",
    "rebuild",
    "rebuild_outdated",
    "refresh",
    "scoped",
]

VERSION = 2
"""The layout and meaning of ``facts``: a row of another version is ignored (computed live) until
rebuilt; a desk rebuilds older rows when it opens (``rebuild_outdated``). Raise it whenever what
the facts mean changes. 2: seen alone and bedroom seen count the lead professional's visits only
(``lpdesk/rules/seen.py``)."""

LINKS: dict[str, tuple[tuple[str, Table | None], ...]] = {
    "case": (("id", None),),
    "child": (("case_id", None),),
    "lead_assignment": (("case_id", None),),
    "plan": (("case_id", None),),
    "action": (("plan_id", t.plan),),
    "conference": (("case_id", None),),
    "review_report": (("case_id", None), ("conference_id", t.conference)),
    "meeting": (("case_id", None),),
    "visit": (("case_id", None), ("child_id", t.child)),
    "escalation_step": (("case_id", None),),
    "assessment": (("case_id", None),),
}
"""The tables the facts are read from, and how a row names its case (its own column, or its
parent's). A person's manager and the absences are read with the facts, never kept."""

WATCHED: dict[str, tuple[str, ...]] = {
    "case": ("reference", "profile_id", "team", "closed_on"),
    "child": ("date_of_birth", "expected_birth_date"),
    "lead_assignment": ("person_id", "started_on", "ended_on"),
    "plan": ("kind", "stage", "started_on", "ended_on"),
    "action": ("status", "by_when", "who_person_id"),
    "conference": ("kind", "held_on", "scheduled_for"),
    "review_report": ("submitted_on", "shared_with_parents_on"),
    "meeting": ("kind", "status", "held_on", "scheduled_at"),
    "visit": ("outcome", "visited_at", "visitor_person_id", "seen_alone", "bedroom_seen"),
    "escalation_step": ("trigger", "step", "opened_on", "done_on"),
    "assessment": ("kind", "due_on", "completed_on"),
}
"""The columns ``lpdesk.store.facts`` reads, besides the links: an update that changes none of
them (the minutes' answers saved as they are typed, a plan's reason) moves no facts."""


class Tracker:
    """The cases whose facts a unit of work has moved."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self.cases: set[int] = set()

    def rows(self, table: Table, rows: Iterable[dict[str, Any]]) -> None:
        """Rows as written (with their ids)."""
        links = LINKS.get(table.name)
        if links is None:
            return
        rows = list(rows)
        for column, parent in links:
            values = {r[column] for r in rows if r.get(column) is not None}
            self.cases |= values if parent is None else self._parents(parent, values)

    def ids(self, table: Table, ids: Iterable[int]) -> None:
        """Rows about to change or go, as they are now."""
        if table.name == "person":  # a person deleted: the database empties who does actions
            a, pl = t.action, t.plan
            stmt = select(pl.c.case_id).join(a, a.c.plan_id == pl.c.id)
            doers = stmt.where(a.c.who_person_id.in_(list(ids)))
            self.cases |= set(self._conn.execute(doers).scalars())
            return
        links = LINKS.get(table.name)
        if links is None:
            return
        columns = [table.c[column] for column, _ in links]
        found = self._conn.execute(select(*columns).where(table.c.id.in_(list(ids)))).all()
        for i, (_, parent) in enumerate(links):
            values = {r[i] for r in found if r[i] is not None}
            self.cases |= values if parent is None else self._parents(parent, values)

    def updated(self, table: Table, ident: int, values: dict[str, Any]) -> None:
        """A row about to be updated to ``values``: its case before and after, unless none of
        the columns the facts read (``WATCHED``) nor its links change."""
        links = LINKS.get(table.name)
        if links is None:
            return
        names = [column for column, _ in links if column != "id"] + list(WATCHED[table.name])
        old = self._conn.execute(
            select(*(table.c[n] for n in names)).where(table.c.id == ident)
        ).first()
        if old is not None and all(old[i] == values.get(n) for i, n in enumerate(names)):
            return
        self.ids(table, [ident])
        self.rows(table, [values])

    def _parents(self, parent: Table, ids: set[int]) -> set[int]:
        if not ids:
            return set()
        stmt = select(parent.c.case_id).where(parent.c.id.in_(sorted(ids)))
        return set(self._conn.execute(stmt).scalars())

    def settle(self, engine: Engine) -> None:
        """Rewrite (or, under row-level security, mark stale) the facts of the cases moved."""
        if not self.cases:
            return
        cases, self.cases = sorted(self.cases), set()
        if scoped(engine, self._conn):
            self._conn.execute(text("SELECT lpdesk_due_facts_stale(:ids)"), {"ids": cases})
        else:
            refresh(self._conn, cases)


_SCOPED: WeakKeyDictionary[Engine, bool] = WeakKeyDictionary()


def scoped(engine: Engine, conn: Connection) -> bool:
    """Is this a PostgreSQL session under row-level security (a team member, not the owner)?"""
    if conn.dialect.name != "postgresql":
        return False
    if engine not in _SCOPED:
        _SCOPED[engine] = bool(conn.execute(select(func.row_security_active('"case"'))).scalar())
    return _SCOPED[engine]


# ------------------------------------------------------------------ writing


def refresh(conn: Connection, case_ids: Sequence[int]) -> int:
    """Recompute and rewrite the rows of these cases (a deleted case loses its row)."""
    f, i = t.case_due_facts, t.case_due_item
    conn.execute(delete(i).where(i.c.case_id.in_(list(case_ids))))  # kept items: written anew
    conn.execute(delete(f).where(f.c.case_id.in_(list(case_ids))))
    return _write(conn, _facts.case_facts(conn, None, case_ids=case_ids), case_ids)


def rebuild(conn: Connection) -> int:
    """Recompute every case's row from the other tables; returns the number of cases."""
    conn.execute(delete(t.case_due_item))
    conn.execute(delete(t.case_due_facts))
    return _write(conn, _facts.case_facts(conn, None), None)


def rebuild_outdated(conn: Connection) -> int:
    """Recompute the rows an earlier lpdesk wrote (a lower version, not a stale mark: 0) with this
    version's code; returns how many. Nothing to do is one query on the version index."""
    f = t.case_due_facts
    found = select(f.c.case_id).where(f.c.version > 0, f.c.version < VERSION)
    old = [row.case_id for row in conn.execute(found)]
    if not old:
        return 0
    conn.execute(delete(t.case_due_item).where(t.case_due_item.c.case_id.in_(old)))
    conn.execute(delete(f).where(f.c.case_id.in_(old)))
    return _write(conn, _facts.case_facts(conn, None, case_ids=old), old)


def _write(conn: Connection, facts: list[CaseFacts], case_ids: Sequence[int] | None) -> int:
    c = t.case
    closed = select(c.c.id, c.c.closed_on).where(c.c.closed_on.is_not(None))
    if case_ids is not None:
        closed = closed.where(c.c.id.in_(list(case_ids)))
    closed_on = {r.id: r.closed_on for r in conn.execute(closed)}
    rows = [
        {
            "case_id": f.case_id,
            "lp_person_id": f.lp_person_id,
            "closed_on": closed_on.get(f.case_id),
            "visits_until": max(
                (ch.last_seen_by_any for ch in f.children if ch.last_seen_by_any), default=None
            ),
            "version": VERSION,
            "facts": encode(f),
        }
        for f in facts
    ]
    for start in range(0, len(rows), 1000):
        conn.execute(insert(t.case_due_facts), rows[start : start + 1000])
    return len(rows)


# ------------------------------------------------------------------ reading


def read(
    conn: Connection,
    engine: Engine,
    as_of: date,
    *,
    case_ids: Sequence[int] | None = None,
    lp_person_id: int | None = None,
) -> list[CaseFacts]:
    """The same ``CaseFacts`` as ``lpdesk.store.facts.case_facts`` for ``as_of``, from the kept
    rows where they hold for that day, live for the rest."""
    if scoped(engine, conn):  # a team member sees their own scope only: few cases, live
        return _facts.case_facts(conn, as_of, case_ids=case_ids, lp_person_id=lp_person_id)
    f, p = t.case_due_facts, t.person
    stmt = (
        select(f.c.case_id, f.c.lp_person_id, f.c.visits_until, f.c.facts)
        .add_columns(p.c.manager_id)
        .select_from(f.outerjoin(p, p.c.id == f.c.lp_person_id))
        .where(or_(f.c.closed_on.is_(None), f.c.closed_on > as_of), f.c.version == VERSION)
    )
    # Marked stale under row-level security (version 0) or of an older layout: an index range.
    stale = select(f.c.case_id).where(f.c.version < VERSION)
    if lp_person_id is not None:
        stmt = stmt.where(f.c.lp_person_id == lp_person_id)
    if case_ids is not None:
        stmt = stmt.where(f.c.case_id.in_(list(case_ids)))
        stale = stale.where(f.c.case_id.in_(list(case_ids)))
    live = _without_row(conn, as_of, case_ids, lp_person_id)  # written around lpdesk: no row
    live += conn.execute(stale).scalars()
    kept: list[Any] = []
    for row in conn.execute(stmt):
        if row.visits_until is None or row.visits_until <= as_of:
            kept.append(row)
        else:  # a completed visit after the day: the live queries leave it out
            live.append(row.case_id)
    absences = _absences(conn, as_of, lp_person_id) if kept else {}
    result = [
        decode(
            row.facts,
            case_id=row.case_id,
            lp_person_id=row.lp_person_id,
            manager_id=row.manager_id,
            absence=absences.get(row.lp_person_id),
        )
        for row in kept
    ]
    if live:
        recomputed = _facts.case_facts(conn, as_of, case_ids=live)
        result += [f for f in recomputed if lp_person_id in (None, f.lp_person_id)]
    result.sort(key=lambda f: f.case_id)
    return result


def _without_row(
    conn: Connection, as_of: date, case_ids: Sequence[int] | None, lp_person_id: int | None
) -> list[int]:
    """The open cases with no row. For one LP, only among the cases they hold an open
    assignment of (a superset of those they lead now: the live queries decide)."""
    c, f, la = t.case, t.case_due_facts, t.lead_assignment
    stmt = select(c.c.id).where(
        or_(c.c.closed_on.is_(None), c.c.closed_on > as_of),
        ~select(f.c.id).where(f.c.case_id == c.c.id).exists(),
    )
    if case_ids is not None:
        stmt = stmt.where(c.c.id.in_(list(case_ids)))
    if lp_person_id is not None:
        held = select(la.c.case_id).where(la.c.person_id == lp_person_id, la.c.ended_on.is_(None))
        stmt = stmt.where(c.c.id.in_(held))
    return list(conn.execute(stmt).scalars())


def _absences(conn: Connection, as_of: date, person_id: int | None) -> dict[int, AbsenceFacts]:
    ab = t.absence
    stmt = (
        select(ab)
        .where(ab.c.starts_on <= as_of, or_(ab.c.ends_on.is_(None), ab.c.ends_on >= as_of))
        .order_by(ab.c.person_id, ab.c.starts_on, ab.c.id)
    )
    if person_id is not None:  # one LP's rows: their absences only
        stmt = stmt.where(ab.c.person_id == person_id)
    return {  # the latest-starting absence covering as_of wins, as in lpdesk.store.facts
        r.person_id: AbsenceFacts(
            absence_id=r.id,
            starts_on=r.starts_on,
            ends_on=r.ends_on,
            cover_recorded=r.cover_recorded_on is not None,
            cover_cannot_be_met=r.cover_cannot_be_met,
            senior_manager_notified=r.senior_manager_notified_on is not None,
        )
        for r in conn.execute(stmt)
    }
