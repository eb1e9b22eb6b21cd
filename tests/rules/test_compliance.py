"""Visit compliance for a small hand-made set of visits, figures checked by hand:

England, LP 7, child 1, period Fri 1 Jan - Sun 31 Jan 2027, conferences 18 Dec 2026 and 28 Jan 2027.
- 22 Dec (before the period): LP, seen alone, bedroom seen.        -> starts the clocks
- 6 Jan: LP, not alone; due by 8 Jan (10 WD after 22 Dec)          -> seen on time (1/1)
- 12 Jan: health visitor: not the LP, so not "seen by the LP"
- 19 Jan: LP, contact refused: not seen
- 25 Jan: LP, alone; due by 20 Jan (10 WD after 6 Jan)             -> late (1/2)
  recorded Fri 29 Jan: due by Wed 27 Jan (2 WD)                    -> recorded late
- seen alone: due 19 Jan (4 weeks after 22 Dec), next alone 25 Jan -> 0/1
- bedroom: seen 22 Dec, inside the cycle 18 Dec - 28 Jan           -> 1/1
- recorded on time: 6, 12, 19 Jan on time, 25 Jan late             -> 3/4
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from lpdesk.domain import Visit, VisitOutcome
from lpdesk.rules.compliance import (
    ComplianceFigures,
    Measure,
    on_time,
    visit_compliance,
    working_days_late,
)
from lpdesk.rules.profile import Profile

LP, HEALTH_VISITOR = 7, 9


def visit(day: date, *, by: int = LP, recorded: date | None = None, **kw: object) -> Visit:
    return Visit(
        case_id=1,
        child_id=1,
        visitor_person_id=by,
        visited_at=datetime(day.year, day.month, day.day, 10, 30),
        recorded_at=datetime.combine(recorded or day, datetime.min.time().replace(hour=16)),
        **kw,  # type: ignore[arg-type]
    )


VISITS = [
    visit(date(2026, 12, 22), seen_alone=True, bedroom_seen=True),
    visit(date(2027, 1, 6)),
    visit(date(2027, 1, 12), by=HEALTH_VISITOR),
    visit(date(2027, 1, 19), outcome=VisitOutcome.REFUSED),
    visit(date(2027, 1, 25), seen_alone=True, recorded=date(2027, 1, 29)),
    Visit(  # another child's visit is not counted
        case_id=1,
        child_id=2,
        visitor_person_id=LP,
        visited_at=datetime(2027, 1, 7, 9),
        recorded_at=datetime(2027, 2, 20, 9),
    ),
]


def test_figures_for_a_hand_made_month(profiles: dict[str, Profile]) -> None:
    result = visit_compliance(
        VISITS,
        child_id=1,
        lp_person_id=LP,
        period_start=date(2027, 1, 1),
        period_end=date(2027, 1, 31),
        profile=profiles["england_cp"],
        conference_dates=[date(2026, 12, 18), date(2027, 1, 28)],
    )
    figures = result.figures
    assert (figures.seen.numerator, figures.seen.denominator) == (1, 2)
    assert (figures.seen_alone.numerator, figures.seen_alone.denominator) == (0, 1)
    assert (figures.bedroom.numerator, figures.bedroom.denominator) == (1, 1)
    assert (figures.recorded_on_time.numerator, figures.recorded_on_time.denominator) == (3, 4)
    assert figures.recorded_on_time.percent == 75.0
    assert result.gaps == (
        "not seen by the LP between the visit on Wed 6 Jan 2027 and Mon 25 Jan 2027: due by "
        "Wed 20 Jan 2027, 10 working days after it",
        "not seen alone between the visit on Tue 22 Dec 2026 and Mon 25 Jan 2027: due by "
        "Tue 19 Jan 2027, 4 weeks after it",
        "visit on Mon 25 Jan 2027 recorded on Fri 29 Jan 2027: due by Wed 27 Jan 2027, 2 working "
        "days after it (2 working days late)",
    )


def test_no_visit_at_all(profiles: dict[str, Profile]) -> None:
    result = visit_compliance(
        [],
        child_id=1,
        lp_person_id=LP,
        period_start=date(2027, 1, 1),
        period_end=date(2027, 1, 31),
        profile=profiles["england_cp"],
        conference_dates=[date(2026, 12, 18), date(2027, 1, 28)],
    )
    assert str(result.figures.seen) == "0/1 (0%)"
    assert str(result.figures.recorded_on_time) == "0/0 (n/a)"
    assert result.gaps[0] == (
        "not seen by the LP after the start of the period on Fri 1 Jan 2027: due by Fri 15 Jan "
        "2027, 10 working days after it; no such visit by the end of the period on Sun 31 Jan 2027"
    )
    assert result.gaps[-1] == (
        "bedroom not seen between the conferences on Fri 18 Dec 2026 and Thu 28 Jan 2027"
    )


def test_figures_add_up_across_children() -> None:
    a = ComplianceFigures(seen=Measure(numerator=1, denominator=2))
    b = ComplianceFigures(
        seen=Measure(numerator=2, denominator=2), bedroom=Measure(numerator=1, denominator=1)
    )
    total = a + b
    assert (total.seen.numerator, total.seen.denominator, total.seen.percent) == (3, 4, 75.0)
    assert total.bedroom.percent == 100.0 and total.seen_alone.percent is None
    assert [name for name, _ in total.measures()] == [
        "seen",
        "seen_alone",
        "bedroom",
        "recorded_on_time",
    ]


@pytest.mark.parametrize(
    ("due", "done", "expected"),
    [
        (date(2027, 1, 6), date(2027, 1, 6), True),
        (date(2027, 1, 6), date(2027, 1, 5), True),
        (date(2027, 1, 6), date(2027, 1, 7), False),
        (date(2027, 1, 6), None, False),
    ],
)
def test_on_time(due: date, done: date | None, expected: bool) -> None:
    assert on_time(due, done) is expected


def test_working_days_late(profiles: dict[str, Profile]) -> None:
    calendar = profiles["england_cp"].calendar()
    assert working_days_late(date(2026, 12, 24), date(2026, 12, 29), calendar) == 1
    assert working_days_late(date(2026, 12, 24), date(2026, 12, 23), calendar) == 0
