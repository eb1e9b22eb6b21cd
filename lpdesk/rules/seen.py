"""Which visits count as the child being seen (docs/practice.md, "Timescales" and "What a visit
record holds"): only a completed visit by the case's lead professional counts as the child seen,
seen alone (when the record says so) and the bedroom seen. A completed visit by anyone, another
agency's worker included, counts only towards "not seen by any agency".

One rule for both answers: the compliance figures count visits with ``seen_by_lp``, and the store's
"last seen" dates behind the due list must equal ``last_seen`` over the same visits (a test
compares the two)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from lpdesk.domain.enums import VisitOutcome
from lpdesk.domain.records import Visit

__all__ = ["LastSeen", "last_seen", "seen_by_lp"]


def seen_by_lp(visit: Visit, lp_person_id: int | None) -> bool:
    """A completed visit by the lead professional (no LP: no visit is the LP's)."""
    return (
        lp_person_id is not None
        and visit.visitor_person_id == lp_person_id
        and visit.outcome is VisitOutcome.COMPLETED
    )


@dataclass(frozen=True, kw_only=True, slots=True)
class LastSeen:
    by_lp: date | None = None
    by_any: date | None = None
    alone: date | None = None  # seen alone by the LP
    bedroom: date | None = None  # bedroom seen by the LP


def last_seen(
    visits: Iterable[Visit], child_id: int, lp_person_id: int | None, as_of: date
) -> LastSeen:
    """The latest day, on or before ``as_of``, that one child was seen, by the rule above."""
    by_lp: list[date] = []
    by_any: list[date] = []
    alone: list[date] = []
    bedroom: list[date] = []
    for v in visits:
        day = v.visited_at.date()
        if v.child_id != child_id or day > as_of or v.outcome is not VisitOutcome.COMPLETED:
            continue
        by_any.append(day)
        if seen_by_lp(v, lp_person_id):
            by_lp.append(day)
            if v.seen_alone:
                alone.append(day)
            if v.bedroom_seen:
                bedroom.append(day)
    return LastSeen(
        by_lp=max(by_lp, default=None),
        by_any=max(by_any, default=None),
        alone=max(alone, default=None),
        bedroom=max(bedroom, default=None),
    )
