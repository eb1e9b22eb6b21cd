"""Visit figures at their boundaries: more than one visit met, the bedroom when the first
conference cycle closed before the period, visits on the first and last day, seen alone due on a
working day, and figures that add up field by field (England, LP 7)."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest

from lpdesk.domain import Visit, VisitOutcome
from lpdesk.rules.compliance import (
    ComplianceFigures,
    Measure,
    VisitCompliance,
    visit_compliance,
    visit_figures,
    visit_rows,
)
from lpdesk.rules.profile import Profile
from lpdesk.rules.seen import seen_by_lp

LP = 7
JAN_4, FEB_28 = date(2027, 1, 4), date(2027, 2, 28)


def visit(day: date, *, recorded: date | None = None, **kw: object) -> Visit:
    return Visit(
        case_id=1,
        child_id=1,
        visitor_person_id=LP,
        visited_at=datetime(day.year, day.month, day.day, 10),
        recorded_at=datetime.combine(recorded or day, datetime.min.time().replace(hour=16)),
        **kw,  # type: ignore[arg-type]
    )


def run(
    profiles: dict[str, Profile],
    visits: list[Visit],
    start: date = JAN_4,
    end: date = FEB_28,
    conferences: tuple[date, ...] = (),
    profile: str = "england_cp",
) -> VisitCompliance:
    return visit_compliance(visits, 1, LP, start, end, profiles[profile], conferences)


def pair(measure: Measure) -> tuple[int, int]:
    return measure.numerator, measure.denominator


WEEKLY = [date(2027, 1, 4) + (date(2027, 1, 11) - date(2027, 1, 4)) * i for i in range(8)]


@pytest.mark.parametrize(
    ("days", "seen"),
    [
        # every Monday 4 Jan - 22 Feb: due 18, 25 Jan, 1, 8, 15, 22 Feb, each met
        (WEEKLY, (6, 6)),
        (WEEKLY[::2], (3, 3)),  # every other Monday: due 18 Jan, 1 and 15 Feb, met on the day
        ([date(2027, 1, 4), date(2027, 1, 25), date(2027, 2, 15)], (0, 2)),  # every 3 weeks
        ([], (0, 1)),
    ],
)
def test_seen_counts_every_visit_met(
    profiles: dict[str, Profile], days: list[date], seen: tuple[int, int]
) -> None:
    result = run(profiles, [visit(d) for d in days])
    assert pair(result.figures.seen) == seen


@pytest.mark.parametrize(
    ("days", "alone"),
    [
        # from 4 Jan: due 1 Feb (met on the day), 1 Mar (missed)
        ([date(2027, 1, 4), date(2027, 2, 1)], (1, 2)),
        # every 2 weeks: due 1 Feb, 15 Feb, 1 Mar (each met), 15 Mar (missed)
        ([date(2027, 1, 4), date(2027, 1, 18), date(2027, 2, 1), date(2027, 2, 15)], (3, 4)),
    ],
)
def test_seen_alone_counts_every_visit_met(
    profiles: dict[str, Profile], days: list[date], alone: tuple[int, int]
) -> None:
    result = run(profiles, [visit(d, seen_alone=True) for d in days], end=date(2027, 3, 31))
    assert pair(result.figures.seen_alone) == alone


def test_seen_alone_is_due_on_a_working_day(profiles: dict[str, Profile]) -> None:
    # alone on Sat 16 Jan: 4 weeks on is Sat 13 Feb, so due Fri 12 Feb; Sat 13 Feb is late
    days = [date(2027, 1, 16), date(2027, 2, 13)]
    result = run(profiles, [visit(d, seen_alone=True) for d in days], start=date(2027, 1, 16))
    assert pair(result.figures.seen_alone) == (0, 1)
    assert (
        "not seen alone between the visit on Sat 16 Jan 2027 and Sat 13 Feb 2027: due by "
        "Fri 12 Feb 2027, 4 weeks after it"
    ) in result.gaps


def test_a_visit_on_the_first_day_starts_the_clock(profiles: dict[str, Profile]) -> None:
    result = run(profiles, [visit(JAN_4)])
    assert result.gaps[0] == (
        "not seen by the LP after the visit on Mon 4 Jan 2027: due by Mon 18 Jan 2027, 10 "
        "working days after it; no such visit by the end of the period on Sun 28 Feb 2027"
    )


@pytest.mark.parametrize(
    ("days", "end", "seen", "gap"),
    [
        # the next visit on the due day meets it; the next due day is the last day counted
        (
            [JAN_4, date(2027, 1, 18)],
            date(2027, 2, 1),
            (1, 2),
            "not seen by the LP after the visit on Mon 18 Jan 2027: due by Mon 1 Feb 2027, 10 "
            "working days after it; no such visit by the end of the period on Mon 1 Feb 2027",
        ),
        # a late visit on the last day counted is still named
        (
            [JAN_4, date(2027, 1, 29)],
            date(2027, 1, 29),
            (0, 1),
            "not seen by the LP between the visit on Mon 4 Jan 2027 and Fri 29 Jan 2027: due by "
            "Mon 18 Jan 2027, 10 working days after it",
        ),
    ],
)
def test_the_last_day_counted(
    profiles: dict[str, Profile],
    days: list[date],
    end: date,
    seen: tuple[int, int],
    gap: str,
) -> None:
    result = run(profiles, [visit(d) for d in days], end=end)
    assert pair(result.figures.seen) == seen
    assert result.gaps[0] == gap


def test_visits_on_the_first_and_last_day_are_counted_for_recording(
    profiles: dict[str, Profile],
) -> None:
    visits = [
        visit(date(2027, 1, 3), recorded=date(2027, 3, 1)),  # the day before: not counted
        visit(JAN_4, recorded=date(2027, 1, 6)),
        visit(FEB_28, recorded=date(2027, 3, 9)),
        visit(date(2027, 3, 1), recorded=date(2027, 3, 9)),  # the day after: not counted
    ]
    result = run(profiles, visits)
    assert pair(result.figures.recorded_on_time) == (1, 2)
    assert result.child_id == 1


@pytest.mark.parametrize(
    ("conferences", "bedroom", "expected"),
    [
        # the first cycle closed before the period: only 1 Dec - 1 Mar counts
        ((date(2026, 9, 1), date(2026, 12, 1), date(2027, 3, 1)), [date(2027, 1, 15)], (1, 1)),
        ((date(2026, 9, 1), date(2026, 12, 1), date(2027, 3, 1)), [date(2026, 10, 15)], (0, 1)),
        ((date(2026, 12, 1), date(2027, 3, 1)), [date(2026, 12, 1)], (1, 1)),  # opening day
        ((date(2026, 12, 1), date(2027, 3, 1)), [date(2027, 3, 1)], (0, 1)),  # closing day
        # cycles closing on the first and the last day of the period count
        (
            (date(2026, 12, 1), JAN_4, date(2027, 2, 15), date(2027, 3, 31)),
            [date(2026, 12, 5), date(2027, 2, 20)],
            (2, 3),
        ),
        (
            (date(2027, 3, 1), date(2026, 9, 1), date(2026, 12, 1), date(2026, 12, 1)),
            [date(2027, 1, 15)],
            (1, 1),
        ),
        ((date(2026, 12, 1), date(2027, 4, 1)), [], (0, 0)),  # closes after the period
    ],
)
def test_bedroom_once_per_conference_cycle(
    profiles: dict[str, Profile],
    conferences: tuple[date, ...],
    bedroom: list[date],
    expected: tuple[int, int],
) -> None:
    visits = [visit(d, bedroom_seen=True) for d in bedroom]
    result = run(profiles, visits, end=date(2027, 3, 31), conferences=conferences)
    assert pair(result.figures.bedroom) == expected


def test_no_bedroom_figure_where_the_profile_has_none(profiles: dict[str, Profile]) -> None:
    result = run(
        profiles,
        [],
        conferences=(date(2026, 12, 1), date(2027, 2, 1)),
        profile="early_help",
    )
    assert result.figures.bedroom == Measure()
    assert not any("bedroom" in gap for gap in result.gaps)


def test_figures_add_up_field_by_field() -> None:
    a = ComplianceFigures(
        seen=Measure(numerator=1, denominator=2),
        seen_alone=Measure(numerator=0, denominator=1),
        bedroom=Measure(numerator=1, denominator=1),
        recorded_on_time=Measure(numerator=3, denominator=4),
    )
    b = ComplianceFigures(
        seen=Measure(numerator=2, denominator=3),
        seen_alone=Measure(numerator=1, denominator=1),
        bedroom=Measure(numerator=0, denominator=1),
        recorded_on_time=Measure(numerator=1, denominator=1),
    )
    total = a + b
    assert [(name, pair(m)) for name, m in total.measures()] == [
        ("seen", (3, 5)),
        ("seen_alone", (1, 2)),
        ("bedroom", (1, 2)),
        ("recorded_on_time", (4, 5)),
    ]


@pytest.mark.parametrize("seed", range(120))
def test_the_reports_figures_from_rows_are_the_figures_with_gaps(
    profiles: dict[str, Profile], seed: int
) -> None:
    """``visit_figures`` (the compliance report's, from narrow rows, no gaps written) gives
    exactly ``visit_compliance(...).figures``, and a row's "seen" is ``seen_by_lp``: random
    visits by the LP and others, every outcome, two children, late records, periods of any length."""
    rng = random.Random(seed)
    first = date(2026, 1, 1)
    visits = [
        Visit(
            case_id=1,
            visited_at=datetime.combine(first, time(rng.randrange(8, 18)))
            + timedelta(days=rng.randrange(400)),
            recorded_at=datetime.combine(first, time(20)) + timedelta(days=rng.randrange(420)),
            child_id=rng.choice((1, 1, 2)),
            visitor_person_id=rng.choice((LP, LP, LP, 8)),
            outcome=rng.choice(list(VisitOutcome)),
            seen_alone=rng.random() < 0.5,
            bedroom_seen=rng.random() < 0.3,
        )
        for _ in range(rng.randrange(rng.choice((60, 250))))  # sparse, or most clocks met
    ]
    visits = [replace(v, recorded_at=v.visited_at) if rng.random() < 0.7 else v for v in visits]
    start = first + timedelta(days=rng.randrange(300))
    end = start + timedelta(days=rng.choice((0, 6, 30, 91, 200)))
    conferences = sorted({first + timedelta(days=rng.randrange(400)) for _ in range(4)})
    lp = rng.choice((LP, None))
    rows = visit_rows(rng.sample(visits, len(visits)))  # the read's order is not relied on
    for v, row in zip(visits, visit_rows(visits), strict=True):
        assert seen_by_lp(v, lp) == (row[5] and lp is not None and row[2] == lp)
    for profile in ("england_cp", "early_help"):
        for child in (1, 2):
            args = (child, lp, start, end, profiles[profile], conferences)
            assert visit_figures(rows, *args) == visit_compliance(visits, *args).figures
