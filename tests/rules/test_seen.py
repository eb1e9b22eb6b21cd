"""Which visits count as the child seen, seen alone and the bedroom seen: only the lead
professional's completed visits; anyone's completed visit counts as seen by any agency. The
compliance figures count by the same rule (the store's dates are checked against it in
tests/store/test_seen_rule.py)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from lpdesk.domain import Visit, VisitOutcome
from lpdesk.rules.compliance import visit_compliance
from lpdesk.rules.profile import Profile
from lpdesk.rules.seen import LastSeen, last_seen, seen_by_lp

LP, OFFICER = 7, 8
AS_OF = date(2027, 1, 29)


def visit(
    day: int,
    who: int = LP,
    outcome: VisitOutcome = VisitOutcome.COMPLETED,
    child: int = 1,
    hour: int = 10,
    **kw: bool,
) -> Visit:
    when = datetime(2027, 1, day, hour)
    return Visit(
        case_id=1,
        child_id=child,
        visitor_person_id=who,
        visited_at=when,
        recorded_at=when,
        outcome=outcome,
        **kw,
    )


@pytest.mark.parametrize(
    ("who", "lp", "outcome", "counts"),
    [
        (LP, LP, VisitOutcome.COMPLETED, True),
        (OFFICER, LP, VisitOutcome.COMPLETED, False),
        (LP, None, VisitOutcome.COMPLETED, False),  # no LP: no visit is the LP's
        *((LP, LP, o, False) for o in VisitOutcome if o is not VisitOutcome.COMPLETED),
    ],
)
def test_seen_by_lp(who: int, lp: int | None, outcome: VisitOutcome, counts: bool) -> None:
    assert seen_by_lp(visit(4, who, outcome), lp) is counts


@pytest.mark.parametrize(
    ("visits", "expected"),
    [
        ([], LastSeen()),
        (
            [visit(4, seen_alone=True, bedroom_seen=True)],
            LastSeen(
                by_lp=date(2027, 1, 4),
                by_any=date(2027, 1, 4),
                alone=date(2027, 1, 4),
                bedroom=date(2027, 1, 4),
            ),
        ),
        # another agency's visit alone and in the bedroom: seen by any agency, nothing else
        (
            [visit(4, OFFICER, seen_alone=True, bedroom_seen=True)],
            LastSeen(by_any=date(2027, 1, 4)),
        ),
        # refused: not seen at all
        ([visit(4, outcome=VisitOutcome.REFUSED, seen_alone=True, bedroom_seen=True)], LastSeen()),
        # the latest of each, in any order; another child's and later visits left out
        (
            [
                visit(20, seen_alone=True),
                visit(6, bedroom_seen=True),
                visit(25),
                visit(11, seen_alone=True, bedroom_seen=True),
                visit(27, OFFICER, seen_alone=True),
                visit(28, child=2, seen_alone=True, bedroom_seen=True),
                visit(30, seen_alone=True, bedroom_seen=True),  # after the day asked
            ],
            LastSeen(
                by_lp=date(2027, 1, 25),
                by_any=date(2027, 1, 27),
                alone=date(2027, 1, 20),
                bedroom=date(2027, 1, 11),
            ),
        ),
        # a visit that does not count, listed first, hides none after it
        (
            [visit(4, child=2), visit(5, outcome=VisitOutcome.REFUSED), visit(30), visit(6)],
            LastSeen(by_lp=date(2027, 1, 6), by_any=date(2027, 1, 6)),
        ),
        # late on the day asked still counts
        ([visit(29, hour=23, seen_alone=True)], LastSeen(by_lp=AS_OF, by_any=AS_OF, alone=AS_OF)),
    ],
)
def test_last_seen(visits: list[Visit], expected: LastSeen) -> None:
    assert last_seen(visits, 1, LP, AS_OF) == expected


def test_compliance_counts_only_the_lps_visits_alone(profiles: dict[str, Profile]) -> None:
    """Seen alone every two weeks, every other time by the police: the LP's visits alone are
    four weeks apart at best, so the figures count only those, as the due list does."""
    visits = [visit(4, seen_alone=True), visit(18, OFFICER, seen_alone=True)]
    result = visit_compliance(
        visits, 1, LP, date(2027, 1, 4), date(2027, 2, 26), profiles["england_cp"], ()
    )
    alone = result.figures.seen_alone
    assert (alone.numerator, alone.denominator) == (0, 1)
    assert last_seen(visits, 1, LP, date(2027, 2, 26)).alone == date(2027, 1, 4)
