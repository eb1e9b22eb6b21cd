"""What the caseload shows of each case besides its due facts: the case's reference, its
children's names and its lead professional's name, read as those few columns (not whole case,
child, assignment and person records: at 20,000 children that was ~70,000 records built)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, select

from lpdesk.store import tables as t

__all__ = ["CaseLabels", "caseload_labels"]

CaseLabels = tuple[str, tuple[str, ...], str]
"""(reference, children's names in the order they were added, lead professional's name or "")."""

_CHUNK = 500


def caseload_labels(conn: Connection, case_ids: Sequence[int]) -> dict[int, CaseLabels]:
    """Each case's labels, by case id. A case's lead professional is its current assignment (not
    ended; the latest if there are two); the children are listed by when they were added."""
    c, ch, la, p = t.case, t.child, t.lead_assignment, t.person
    ids = sorted(set(case_ids))
    references: dict[int, str] = {}
    children: dict[int, list[str]] = {}
    leads: dict[int, str] = {}
    shared: dict[str, str] = {}  # one string per lead professional, not one per case
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        cases = select(c.c.id, c.c.reference).where(c.c.id.in_(chunk))
        references.update((case_id, reference) for case_id, reference in conn.execute(cases))
        kids = (
            select(ch.c.case_id, p.c.name)
            .select_from(ch.join(p, p.c.id == ch.c.person_id))
            .where(ch.c.case_id.in_(chunk))
            .order_by(ch.c.id)
        )
        for case_id, name in conn.execute(kids):
            children.setdefault(case_id, []).append(name)
        current = (
            select(la.c.case_id, p.c.name)
            .select_from(la.join(p, p.c.id == la.c.person_id))
            .where(la.c.case_id.in_(chunk), la.c.ended_on.is_(None))
            .order_by(la.c.id)
        )
        for case_id, name in conn.execute(current):
            leads[case_id] = shared.setdefault(name, name)  # the latest current one wins
    return {
        case_id: (reference, tuple(children.get(case_id, ())), leads.get(case_id, ""))
        for case_id, reference in references.items()
    }
