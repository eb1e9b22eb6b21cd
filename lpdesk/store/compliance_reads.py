"""The records a compliance report over a period reads, and only those (docs/performance.md).

The measures (``lpdesk.rules.compliance``) look at a few columns of five tables. Reading every
case's whole history, with the minutes' JSON, made the report grow with the years held; here each
table gives only the columns the measures read and only the rows the period can touch:

- children and conferences (a handful per case): every row of the cases, narrow columns (the
  initial conference and the conference cycles may start long before the period);
- review reports: those of the cases' conferences, narrow columns;
- core groups: held (not cancelled) ones held from ``meetings_from`` to the period's end; the
  caller passes the earliest day a meeting can set a due point inside the period; for each case a
  range of the covering index ``ix_meeting_period (case_id, kind, held_on, status,
  circulated_on)`` (migration 0016), never the minutes' JSON;
- visits: those made in the period (any visitor, any outcome: the recording measure counts them
  all), for each child a range of the covering index ``ix_visit_period (child_id, visited_at,
  recorded_at, ...)``; and for each child the lead professional's last completed visit before
  the period's start, last one where the child was seen alone, and last one where the bedroom
  was seen (the clocks and the conference cycle that run into the period), each one lookup on
  ``ix_visit_due (child_id, outcome, visited_at, ...)``, newest first, given as its day.

Children, conferences and review reports come back as the domain's dataclasses with the columns
not read left at their defaults: they are for the measures, never to be written back. Visits and
core groups, hundreds of thousands of rows for a large authority's year, come back as the plain
tuples the measures read (``lpdesk.rules.compliance.VisitRow`` and ``CoreGroupRow``, spelt out
here: the store imports the domain only). Every statement's rows are fetched at once, as the
driver gives them (``_raw``): SQLAlchemy's per-row processing cost more than the query. Case ids
go in chunks of ``CHUNK`` (SQLite allows at most 32,766 parameters in one statement), each read as
a range of ids when it is dense (a report over every team) and by ``IN`` otherwise (``_among``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any, TypeVar

from sqlalchemy import Connection, func, select

from lpdesk.domain import (
    Child,
    Conference,
    ConferenceKind,
    MeetingKind,
    MeetingStatus,
    ReviewReport,
    VisitOutcome,
)
from lpdesk.store import tables as t

__all__ = ["CHUNK", "ComplianceRows", "CoreGroupRow", "VisitRow", "compliance_records"]

CHUNK = 5_000
# (case id, child id, visitor's person id, day visited, day recorded, completed, seen alone,
# bedroom seen), as lpdesk.rules.compliance.VisitRow
VisitRow = tuple[int, int, int, date, date, bool, bool, bool]
# (case id, held on, circulated on) of a core group held, as lpdesk.rules.compliance.CoreGroupRow
CoreGroupRow = tuple[int, date, date | None]
ComplianceRows = tuple[
    list[Child], list[VisitRow], list[Conference], list[CoreGroupRow], list[ReviewReport]
]

_N = TypeVar("_N")
_KIND = {k.value: k for k in ConferenceKind}


def _chunks(ids: Sequence[_N]) -> Iterator[list[_N]]:
    for i in range(0, len(ids), CHUNK):
        yield list(ids[i : i + CHUNK])


def _among(column: Any, chunk: list[int]) -> Any:
    """``column`` among the sorted ids of ``chunk``: between the first and the last where the
    chunk fills at least half of that span (a report over every team: the rows of the few ids
    between that are not wanted are read and dropped by the caller), otherwise ``IN``. Rendering
    thousands of ``IN`` parameters cost SQLAlchemy more than reading the rows."""
    low, high = chunk[0], chunk[-1]
    if 2 * len(chunk) >= high - low + 1:
        return column.between(low, high)
    return column.in_(chunk)


def compliance_records(
    conn: Connection,
    *,
    case_ids: Sequence[int],
    lead_of: Mapping[int, int],
    period_start: date,
    period_end: date,
    meetings_from: date,
) -> ComplianceRows:
    """(children, visits, conferences, core groups, review reports) of ``case_ids`` for a report
    over [period_start, period_end]; ``lead_of`` maps a case id to the lead professional whose
    visits count as "seen" (their last visits before the period are read too)."""
    ids = sorted(set(case_ids))
    wanted = set(ids)
    chunks = list(_chunks(ids))
    days = _Days()
    children = [c for chunk in chunks for c in _children(conn, chunk, days) if c.case_id in wanted]
    conferences = [
        c for chunk in chunks for c in _conferences(conn, chunk, days) if c.case_id in wanted
    ]
    reports = [r for chunk in chunks for r in _reports(conn, chunk, days) if r.case_id in wanted]
    meetings = [
        m
        for chunk in chunks
        for m in _core_groups(conn, chunk, meetings_from, period_end, days)
        if m[0] in wanted
    ]
    start = datetime.combine(period_start, time.min)
    end = datetime.combine(period_end + timedelta(days=1), time.min)
    visits = [
        r
        for chunk in chunks
        for r in _visits_between(conn, chunk, start, end, days)
        if r[0] in wanted
    ]
    with_lp = [i for i in ids if i in lead_of]
    visits += [
        r
        for chunk in _chunks(with_lp)
        for r in _last_before(conn, chunk, start, days)
        if lead_of.get(r[0]) == r[2]
    ]
    return children, visits, conferences, meetings, reports


def _children(conn: Connection, ids: list[int], days: _Days) -> list[Child]:
    c = t.child
    stmt = select(c.c.id, c.c.case_id, c.c.person_id, c.c.date_of_birth, c.c.expected_birth_date)
    return [
        Child(id=i, case_id=k, person_id=p, date_of_birth=days[b], expected_birth_date=days[e])
        for i, k, p, b, e in _raw(conn, stmt.where(_among(c.c.case_id, ids)).order_by(c.c.id))
    ]


def _conferences(conn: Connection, ids: list[int], days: _Days) -> list[Conference]:
    c = t.conference
    stmt = select(c.c.id, c.c.case_id, c.c.kind, c.c.held_on)
    return [
        Conference(id=i, case_id=k, kind=_KIND[kind], held_on=days[held])
        for i, k, kind, held in _raw(conn, stmt.where(_among(c.c.case_id, ids)).order_by(c.c.id))
    ]


def _reports(conn: Connection, ids: list[int], days: _Days) -> list[ReviewReport]:
    r = t.review_report
    stmt = select(
        r.c.id, r.c.case_id, r.c.conference_id, r.c.submitted_on, r.c.shared_with_parents_on
    )
    return [
        ReviewReport(
            id=i,
            case_id=k,
            conference_id=conf,
            submitted_on=days[sub],
            shared_with_parents_on=days[shared],
        )
        for i, k, conf, sub, shared in _raw(
            conn, stmt.where(_among(r.c.case_id, ids)).order_by(r.c.id)
        )
    ]


class _Days(dict[Any, Any]):
    """Each day as the ``date`` it is, read once per distinct value: SQLite gives a day as its
    ISO text, PostgreSQL as a ``date``; a year's rows hold a few hundred distinct days."""

    def __missing__(self, value: Any) -> date | None:
        day = value if value is None or isinstance(value, date) else date.fromisoformat(value)
        self[value] = day
        return day


def _raw(conn: Connection, stmt: Any) -> list[Any]:
    """The statement's rows as the driver gives them, all at once: for the hundreds of thousands
    of narrow rows below, SQLAlchemy's per-row processing cost more than the query; the
    statements select no column whose value the driver gives differently from what is stored,
    other than days (``_Days``) and flags (0/1 or a bool, only ever tested for truth)."""
    result = conn.execute(stmt)
    try:
        return list(result.cursor.fetchall())
    finally:
        result.close()


def _core_groups(
    conn: Connection, ids: list[int], held_from: date, held_to: date, days: _Days
) -> list[CoreGroupRow]:
    k, m = t.case, t.meeting
    # for each case, a range of ix_meeting_period (case, kind, held on), index-only, whatever the
    # years held; with ``case_id = id`` SQLite carried the cases' range over to the meetings and
    # read every meeting of the cases (``+ 0`` stops it; PostgreSQL does not carry ranges over)
    case_id = k.c.id + 0 if conn.dialect.name == "sqlite" else k.c.id
    stmt = (
        select(m.c.case_id, m.c.held_on, m.c.circulated_on)
        .select_from(k.join(m, m.c.case_id == case_id))
        .where(
            _among(k.c.id, ids),
            m.c.kind == MeetingKind.CORE_GROUP.value,
            m.c.held_on >= held_from,
            m.c.held_on <= held_to,
            m.c.status != MeetingStatus.CANCELLED.value,
        )
    )
    # in index order: the measures sort, never rely on it
    return [(case, days[held], days[circulated]) for case, held, circulated in _raw(conn, stmt)]


_FLAG = (False, True)


def _visits_between(
    conn: Connection, ids: list[int], start: datetime, end: datetime, days: _Days
) -> list[VisitRow]:
    """The visits to the cases' children made in [start, end), any visitor, any outcome; a
    visit's case is its child's (a visit is recorded for a child of its case)."""
    c, v = t.child, t.visit
    stmt = (
        select(
            c.c.case_id,
            v.c.child_id,
            v.c.visitor_person_id,
            func.date(v.c.visited_at),
            func.date(v.c.recorded_at),
            v.c.outcome == VisitOutcome.COMPLETED.value,
            v.c.seen_alone,
            v.c.bedroom_seen,
        )
        .select_from(c.join(v, v.c.child_id == c.c.id))
        .where(_among(c.c.case_id, ids), v.c.visited_at >= start, v.c.visited_at < end)
    )
    # for each child, a range of ix_visit_period, index-only; in index order: the measures
    # count, never rely on it
    flag = _FLAG
    return [
        (case, child, visitor, days[at], days[rec], flag[done], flag[alone], flag[bed])
        for case, child, visitor, at, rec, done, alone, bed in _raw(conn, stmt)
    ]


def _last_before(
    conn: Connection, case_ids: list[int], start: datetime, days: _Days
) -> list[VisitRow]:
    """For each child of the cases and each person who has been the case's lead professional,
    as visits (case, child, that person, ...): their last completed visit to the child before
    ``start``, the last where the child was seen alone, and the last where the bedroom was seen;
    one lookup on the visit index each, newest first; the caller keeps the LP it counts.

    Each is given with only the flag it was looked up by (the last completed visit with
    neither), and recorded on the day it was made. That is all the measures can read of a visit
    before the period: its day starts a clock or falls in a conference cycle (only the last
    such day counts, and a visit with a flag is no later than the last with that flag); it is
    not in the period, so its recording is not counted."""
    c, la, v = t.child, t.lead_assignment, t.visit

    def last(*extra: Any) -> Any:
        return func.date(
            select(v.c.visited_at)
            .where(
                v.c.child_id == c.c.id,
                v.c.outcome == VisitOutcome.COMPLETED.value,
                v.c.visited_at < start,
                v.c.visitor_person_id == la.c.person_id,
                *extra,
            )
            .order_by(v.c.visited_at.desc())  # its day only: no tie to break (no sort)
            .limit(1)
            .scalar_subquery()
        )

    stmt = (
        select(
            c.c.case_id,
            c.c.id,
            la.c.person_id,
            last(),
            last(v.c.seen_alone.is_(True)),
            last(v.c.bedroom_seen.is_(True)),
        )
        .select_from(c.join(la, la.c.case_id == c.c.case_id))
        .where(_among(c.c.case_id, case_ids))
        .distinct()
    )
    rows: list[VisitRow] = []
    for case, child, lp, seen, alone, bedroom in _raw(conn, stmt):
        for day, flags in (
            (seen, (False, False)),
            (alone, (True, False)),
            (bedroom, (False, True)),
        ):
            if day is not None:
                on = days[day]
                rows.append((case, child, lp, on, on, True, *flags))
    return rows
