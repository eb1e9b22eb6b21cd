"""Each open case's due items that do not depend on the day, kept beside its due facts, so that the
team's due list is read a page at a time and counted without running the rules over every case
(migration 0015, docs/decisions/0020-paged-due-list.md).

The store holds no rules and no practice profiles: the services compute the items (``itemize``'s
``make``) for the rows of ``case_due_facts`` that have none for the current rules and profiles
(``items_stamp``), and this module writes them in the same transaction, against the row it read.
Rewriting a case's facts (``due_facts.refresh``) drops its items and its stamp; a facts row marked
stale under row-level security (version 0) is read live. So an item row is used only beside a row
that holds: the current facts version, the current stamp, open, and no completed visit after the
day asked (``live_cases`` names every other case open that day: the services compute those from
their facts, as before).

The list's order is the due day, then the case, then ``seq`` (the kind's place, then the child),
then the reason in code-point order (``COLLATE "C"`` on PostgreSQL, SQLite's own binary order):
the same order Python gives the same tuples, so kept and live items merge into one list.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import (
    Connection,
    and_,
    delete,
    func,
    insert,
    literal,
    not_,
    or_,
    select,
    tuple_,
    update,
)

from lpdesk.domain import CaseFacts, DueItem, DueKind, DueStatus
from lpdesk.store import due_covers as _covers
from lpdesk.store import due_facts as _due
from lpdesk.store import tables as t
from lpdesk.store.due_facts_layout import decode

__all__ = [
    "Cursor",
    "Kept",
    "Limits",
    "SqlKeptDue",
    "child_names",
    "counts",
    "itemize",
    "live_cases",
    "page",
]

Cursor = tuple[date, int, int, str]
"""(due, case id, seq, reason): an item's place in the list."""

Kept = tuple[DueItem, int, bool]
"""An item as the services computed it for keeping: (the item, its seq, listed only once due
soon). Its status is not kept: it depends on the day."""

Limits = Mapping[str, tuple[date, date]]
"""Per profile: (the last day "due soon" covers, the last due day listed)."""

_CHUNK = 500


# ------------------------------------------------------------------ writing


def itemize(conn: Connection, stamp: str, make: Callable[[list[CaseFacts]], list[Kept]]) -> int:
    """Compute (``make``) and keep the items of every open case whose facts row holds and has no
    items for ``stamp``; returns how many cases. Nothing to do is one query on an index."""
    f = t.case_due_facts
    found = [r for r in _unitemized(conn, stamp) if r.version == _due.VERSION]
    closed = [r.id for r in found if r.closed_on is not None]
    for start in range(0, len(closed), _CHUNK):  # a closed case keeps no items: stamped as done
        chunk = closed[start : start + _CHUNK]
        done = update(f).where(f.c.id.in_(chunk), f.c.closed_on.is_not(None), _other_stamp(stamp))
        conn.execute(done.values(items_stamp=stamp))
    ids = [r.id for r in found if r.closed_on is None]
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        stmt = select(f.c.id, f.c.case_id, f.c.lp_person_id, f.c.facts).where(
            f.c.id.in_(chunk), _other_stamp(stamp)
        )
        if conn.dialect.name == "postgresql":
            # Another session keeping the same cases now: leave them to it (until it commits
            # they read as not kept here, so they are computed live), never keep them twice.
            stmt = stmt.with_for_update(skip_locked=True)
        rows = conn.execute(stmt).all()
        facts = [
            decode(
                r.facts,
                case_id=r.case_id,
                lp_person_id=r.lp_person_id,
                manager_id=None,
                absence=None,
            )
            for r in rows
        ]
        profile_of = {x.case_id: x.profile_id for x in facts}
        cases = [r.case_id for r in rows]
        conn.execute(delete(t.case_due_item).where(t.case_due_item.c.case_id.in_(cases)))
        values = [
            {
                "case_id": item.case_id,
                "due": item.due,
                "seq": seq,
                "profile_id": profile_of[item.case_id],
                "kind": item.kind.value,
                "soon_only": soon_only,
                "lp_person_id": item.responsible_person_id,
                "child_id": item.child_id,
                "child_label": item.child_label,
                "case_reference": item.case_reference,
                "reason": item.reason,
            }
            for item, seq, soon_only in make(facts)
        ]
        if values:
            conn.execute(insert(t.case_due_item), values)
        conn.execute(update(f).where(f.c.id.in_([r.id for r in rows])).values(items_stamp=stamp))
    return len(ids)


def _unitemized(conn: Connection, stamp: str) -> list[Any]:
    """The rows (id, case, closed on, version) with no items for ``stamp``: on its index only
    (whether open and current is checked on the few rows found, so that the planner never walks
    every open row instead)."""
    f = t.case_due_facts
    stmt = select(f.c.id, f.c.case_id, f.c.closed_on, f.c.version)
    return list(conn.execute(stmt.where(_other_stamp(stamp))))


def _other_stamp(stamp: str) -> Any:
    s = t.case_due_facts.c.items_stamp
    return or_(s.is_(None), s < stamp, s > stamp)  # three ranges of the stamp's index


# ------------------------------------------------------------------ reading


def live_cases(conn: Connection, as_of: date, stamp: str) -> list[int]:
    """The cases open on ``as_of`` whose kept items cannot be used that day: no facts row, a
    row of another version or stamp, a completed visit after the day, or closed after it. Each
    on its own index; whether a row is open is checked on the rows found."""
    f = t.case_due_facts
    ids = set(conn.execute(select(f.c.case_id).where(f.c.closed_on > as_of)).scalars())
    other_version = or_(f.c.version < _due.VERSION, f.c.version > _due.VERSION)
    found = list(_unitemized(conn, stamp))
    for condition in (other_version, f.c.visits_until > as_of):
        found += conn.execute(select(f.c.case_id, f.c.closed_on).where(condition))
    ids.update(r.case_id for r in found if r.closed_on is None)
    if _some_case_without_row(conn):
        ids.update(_due._without_row(conn, as_of, None, None))
    return sorted(ids)


def _some_case_without_row(conn: Connection) -> bool:
    """Every case has at most one row (unique), and a row's case exists (foreign key): equal
    counts mean every case has its row, without reading the cases."""
    cases = conn.execute(select(func.count()).select_from(t.case)).scalar_one()
    rows = conn.execute(select(func.count()).select_from(t.case_due_facts)).scalar_one()
    return bool(cases != rows)


def _filters(
    limits: Limits,
    kinds: Sequence[DueKind] | None,
    exclude: Sequence[int],
    *,
    ordered: bool = False,
) -> list[Any]:
    """The items listed. ``ordered``: for a page, read on the order index from its start, the
    profile compared so that no index can serve it (else the planner reads every item of each
    profile on the count index and sorts them all)."""
    i = t.case_due_item
    profile_of = i.c.profile_id.concat("") if ordered else i.c.profile_id
    listed = or_(
        *(
            and_(
                profile_of == profile,
                i.c.due <= last,
                or_(not_(i.c.soon_only), i.c.due <= soon),
            )
            for profile, (soon, last) in limits.items()
        )
    )
    where = [listed]
    if ordered and limits:  # the last day listed, any profile: a range on the order index
        where.append(i.c.due <= max(last for _soon, last in limits.values()))
    if kinds is not None:
        where.append(i.c.kind.in_([k.value for k in kinds]))
    if exclude:
        where.append(i.c.case_id.not_in(list(exclude)))
    return where


def _reason(conn: Connection) -> Any:
    i = t.case_due_item
    return i.c.reason.collate("C") if conn.dialect.name == "postgresql" else i.c.reason


def page(
    conn: Connection,
    *,
    limits: Limits,
    kinds: Sequence[DueKind] | None,
    exclude: Sequence[int],
    after: Cursor | None,
    limit: int | None,
) -> list[tuple[DueItem, Cursor, str]]:
    """The kept items listed (``limits``, ``kinds``), but not those of the ``exclude``d cases,
    in the list's order from just after ``after``; at most ``limit``; each with its place and
    its case's profile. Statuses are left OK: the caller, who knows the day, sets them."""
    i = t.case_due_item
    reason = _reason(conn)
    stmt = select(
        i.c.case_id,
        i.c.due,
        i.c.seq,
        i.c.profile_id,
        i.c.kind,
        i.c.lp_person_id,
        i.c.child_id,
        i.c.child_label,
        i.c.case_reference,
        i.c.reason,
    ).where(*_filters(limits, kinds, exclude, ordered=True))
    if after is not None:
        stmt = stmt.where(
            tuple_(i.c.due, i.c.case_id, i.c.seq, reason)
            > tuple_(literal(after[0]), literal(after[1]), literal(after[2]), literal(after[3]))
        )
    stmt = stmt.order_by(i.c.due, i.c.case_id, i.c.seq, reason)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [
        (
            DueItem(
                case_id=r.case_id,
                case_reference=r.case_reference,
                child_id=r.child_id,
                child_label=r.child_label,
                kind=DueKind(r.kind),
                due=r.due,
                status=DueStatus.OK,
                reason=r.reason,
                responsible_person_id=r.lp_person_id,
            ),
            (r.due, r.case_id, r.seq, r.reason),
            r.profile_id,
        )
        for r in conn.execute(stmt)
    ]


def counts(
    conn: Connection,
    *,
    as_of: date,
    limits: Limits,
    kinds: Sequence[DueKind] | None,
    exclude: Sequence[int],
) -> tuple[int, int, int]:
    """(overdue, due soon, every item) among the kept items listed, without the ``exclude``d
    cases'. Counted on an index (the excluded cases' items are counted apart and taken off)."""
    totals = [0, 0, 0]
    i = t.case_due_item
    for profile, (soon, last) in limits.items():
        one = {profile: (soon, last)}
        stmt = select(
            func.count(),
            func.count().filter(i.c.due < as_of),
            func.count().filter(and_(i.c.due >= as_of, i.c.due <= soon)),
        )
        whole = conn.execute(stmt.where(*_filters(one, kinds, ()))).one()
        parts: list[tuple[int, ...]] = [tuple(whole)]
        if exclude:
            for start in range(0, len(exclude), _CHUNK):
                chunk = list(exclude[start : start + _CHUNK])
                cond = [*_filters(one, kinds, ()), i.c.case_id.in_(chunk)]
                parts.append(tuple(-n for n in conn.execute(stmt.where(*cond)).one()))
        for every, overdue, due_soon in parts:
            totals[0] += overdue
            totals[1] += due_soon
            totals[2] += every
    return totals[0], totals[1], totals[2]


def child_names(conn: Connection, child_ids: Sequence[int]) -> dict[int, str]:
    """Each child's name (two narrow columns), for the people entitled to see them."""
    ch, p = t.child, t.person
    names: dict[int, str] = {}
    ids = sorted(set(child_ids))
    for start in range(0, len(ids), _CHUNK):
        stmt = (
            select(ch.c.id, p.c.name)
            .select_from(ch.join(p, p.c.id == ch.c.person_id))
            .where(ch.c.id.in_(ids[start : start + _CHUNK]))
        )
        names.update((r.id, r.name) for r in conn.execute(stmt))
    return names


class SqlKeptDue:
    """``KeptDueItems`` (``lpdesk.services.ports``) inside the caller's transaction."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def itemize(self, stamp: str, make: Callable[[list[CaseFacts]], list[Kept]]) -> int:
        return itemize(self._conn, stamp, make)

    def live_cases(self, as_of: date, stamp: str) -> list[int]:
        return live_cases(self._conn, as_of, stamp)

    def page(
        self,
        *,
        limits: Limits,
        kinds: Sequence[DueKind] | None,
        exclude: Sequence[int],
        after: Cursor | None,
        limit: int | None,
    ) -> list[tuple[DueItem, Cursor, str]]:
        return page(
            self._conn, limits=limits, kinds=kinds, exclude=exclude, after=after, limit=limit
        )

    def counts(
        self,
        *,
        as_of: date,
        limits: Limits,
        kinds: Sequence[DueKind] | None,
        exclude: Sequence[int],
    ) -> tuple[int, int, int]:
        return counts(self._conn, as_of=as_of, limits=limits, kinds=kinds, exclude=exclude)

    def cover_groups(self, as_of: date, exclude: Sequence[int]) -> list[tuple[CaseFacts, int]]:
        return _covers.cover_groups(self._conn, as_of, exclude)

    def cover_cases(
        self,
        lp_person_id: int,
        profile_id: str,
        exclude: Sequence[int],
        from_case: int | None,
        limit: int | None,
    ) -> list[tuple[int, str]]:
        return _covers.cover_cases(self._conn, lp_person_id, profile_id, exclude, from_case, limit)
