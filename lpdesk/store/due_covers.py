"""The cover items of the team's due list read from the kept due facts: the open cases whose lead
professional is absent on the day, grouped by LP and profile (``cover_groups``), and one group's
cases a page at a time (``cover_cases``). A cover item depends on the day (who is absent), so it is
never kept with a case's other items (``due_items``); it is the same for every case of a group but
for the case, so the services make it once per group (docs/decisions/0020-paged-due-list.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, case, func, select

from lpdesk.domain import AbsenceFacts, CaseFacts, PlanKind
from lpdesk.store import due_facts as _due
from lpdesk.store import tables as t

__all__ = ["cover_cases", "cover_groups"]


def cover_groups(
    conn: Connection, as_of: date, exclude: Sequence[int]
) -> list[tuple[CaseFacts, int]]:
    """The open kept cases whose LP is absent on ``as_of``, by LP and profile: facts holding
    only what the LP's cover rule reads (the LP, their manager, the absence, the profile; the
    group's first case), and how many cases. Their other items are kept; the cover item depends
    on the day, and is the same for the whole group but for the case. One grouped query on the
    LP's index: no case is read."""
    absences: dict[int, AbsenceFacts] = _due._absences(conn, as_of, None)
    if not absences:
        return []
    f, c, p = t.case_due_facts, t.case, t.person
    stmt = (
        select(
            f.c.lp_person_id,
            c.c.profile_id,
            p.c.manager_id,
            func.min(f.c.case_id).label("first"),
            func.count().label("cases"),
        )
        .select_from(f.join(c, c.c.id == f.c.case_id).outerjoin(p, p.c.id == f.c.lp_person_id))
        .where(*_absent_open(sorted(absences), exclude))
        .group_by(f.c.lp_person_id, c.c.profile_id, p.c.manager_id)
    )
    return [
        (
            CaseFacts(
                case_id=r.first,
                reference="",
                profile_id=r.profile_id,
                plan_kind=PlanKind.CHILD_PROTECTION,
                lp_person_id=r.lp_person_id,
                lp_manager_person_id=r.manager_id,
                lp_absence=absences[r.lp_person_id],
            ),
            int(r.cases),
        )
        for r in conn.execute(stmt)
    ]


def cover_cases(
    conn: Connection,
    lp_person_id: int,
    profile_id: str,
    exclude: Sequence[int],
    from_case: int | None,
    limit: int | None,
) -> list[tuple[int, str]]:
    """(id, reference) of one group's cases (``cover_groups``), in order of id from
    ``from_case``; at most ``limit``."""
    f, c = t.case_due_facts, t.case
    stmt = (
        select(f.c.case_id, c.c.reference)
        .select_from(f.join(c, c.c.id == f.c.case_id))
        .where(*_absent_open([lp_person_id], exclude), c.c.profile_id == profile_id)
        .order_by(f.c.case_id)
    )
    if from_case is not None:
        stmt = stmt.where(f.c.case_id >= from_case)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [(r.case_id, r.reference) for r in conn.execute(stmt)]


def _absent_open(lp_ids: Sequence[int], exclude: Sequence[int]) -> list[Any]:
    f = t.case_due_facts
    # "Open" written so that no index serves it: the LP's index does, not every open row's.
    where = [f.c.lp_person_id.in_(list(lp_ids)), case((f.c.closed_on.is_(None), 1), else_=0) == 1]
    if exclude:
        where.append(f.c.case_id.not_in(list(exclude)))
    return where
