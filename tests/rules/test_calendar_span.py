"""add_months into and out of every month (December included), and one calendar asked about
dates far apart in any order: the span of years it holds grows without changing an answer."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from lpdesk.domain import Nation
from lpdesk.rules.calendar import WorkingCalendar, add_months, join_words

E = Nation.ENGLAND


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 11, 30), 1, date(2026, 12, 30)),  # into December
        (date(2026, 9, 30), 3, date(2026, 12, 30)),
        (date(2026, 6, 30), 6, date(2026, 12, 30)),  # a later review due in December
        (date(2026, 12, 31), 0, date(2026, 12, 31)),
        (date(2026, 12, 31), 1, date(2027, 1, 31)),  # out of December
        (date(2026, 12, 31), 2, date(2027, 2, 28)),
        (date(2026, 12, 31), 12, date(2027, 12, 31)),  # December to December
        (date(2026, 12, 31), 14, date(2028, 2, 29)),
        (date(2027, 1, 31), -1, date(2026, 12, 31)),  # back into December
        (date(2027, 3, 31), -1, date(2027, 2, 28)),
        (date(2027, 5, 31), 1, date(2027, 6, 30)),
        (date(2027, 1, 15), 11, date(2027, 12, 15)),
        (date(2027, 1, 15), 23, date(2028, 12, 15)),
        (date(2027, 1, 15), 24, date(2029, 1, 15)),
    ],
)
def test_add_months_across_december(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


LAST_DAYS_2027 = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


@pytest.mark.parametrize("month", range(1, 13))
def test_add_months_lands_in_every_month(month: int) -> None:
    last = date(2027, month, LAST_DAYS_2027[month - 1])
    assert add_months(date(2027, 1, 31), month - 1) == last  # forwards from January
    assert add_months(date(2026, 12, 31), month) == last  # from December
    assert add_months(date(2027, 12, 31), month - 12) == last  # backwards from December


def test_join_words() -> None:
    assert [join_words(w) for w in ([], ["a"], ["a", "b"], ["a", "b", "c"])] == [
        "",
        "a",
        "a and b",
        "a, b and c",
    ]


# Dates far apart, asked of one calendar in this order: each answer must match a fresh
# calendar's, and the span must grow both ways (to the future, then the past, then both).
ORDER = [
    date(2027, 6, 1),
    date(2025, 12, 20),  # just before the span built: counting forwards reaches into it
    date(2040, 12, 31),
    date(2010, 1, 1),
    date(2028, 12, 29),  # the last Friday of the span built for 2027
    date(2026, 1, 2),  # the first working day of that span
    date(2045, 6, 30),
    date(2005, 3, 1),
]


@pytest.mark.parametrize("n", [-25, -1, 1, 25])
def test_one_calendar_answers_like_fresh_ones_in_any_order(n: int) -> None:
    shared = WorkingCalendar(E)
    for day in ORDER + ORDER[::-1]:
        fresh = WorkingCalendar(E)
        assert shared.add_working_days(day, n) == fresh.add_working_days(day, n), day
        assert shared.is_working_day(day) is WorkingCalendar(E).is_working_day(day), day
        assert shared.working_day_on_or_before(day) == fresh.working_day_on_or_before(day)


def test_the_last_days_of_the_span_are_working_days() -> None:
    calendar = WorkingCalendar(E)
    assert calendar.is_working_day(date(2027, 6, 1))  # holds 2026-2028
    assert calendar.is_working_day(date(2028, 12, 29))  # a Friday, the span's last week
    assert not calendar.is_working_day(date(2028, 12, 30))  # Saturday
    assert calendar.is_working_day(date(2026, 1, 2))  # the first working day held
    assert calendar.add_working_days(date(2028, 12, 20), 20) == date(2029, 1, 22)
    assert calendar.add_working_days(date(2026, 1, 15), -20) == date(2025, 12, 15)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (date(2010, 1, 1), date(2030, 1, 1)),
        (date(2030, 1, 1), date(2010, 1, 1)),
        (date(2026, 12, 18), date(2027, 1, 6)),
    ],
)
def test_counting_between_dates_far_apart_on_a_fresh_calendar(a: date, b: date) -> None:
    lo, hi = min(a, b), max(a, b)
    warmed = WorkingCalendar(E)
    every = [lo + timedelta(days=i + 1) for i in range((hi - lo).days)]
    working = sum(warmed.is_working_day(d) for d in every)
    assert WorkingCalendar(E).working_days_between(a, b) == (working if b >= a else -working)
    holidays = WorkingCalendar(E).holidays_between(lo, hi)
    expected = [d for d in every if d.weekday() < 5 and not warmed.is_working_day(d)]
    assert [d for d, _ in holidays] == expected
    phrase = WorkingCalendar(E).describe_days_off(lo, hi)
    assert phrase == warmed.describe_days_off(lo, hi) != ""


def test_no_days_off_backwards_or_on_one_day() -> None:
    calendar = WorkingCalendar(E)
    assert calendar.describe_days_off(date(2027, 1, 6), date(2026, 12, 18)) == ""
    assert calendar.describe_days_off(date(2026, 12, 25), date(2026, 12, 25)) == ""
    assert calendar.holidays_between(date(2027, 1, 6), date(2026, 12, 18)) == []
    assert calendar.holidays_between(date(2026, 12, 24), date(2026, 12, 25)) == [
        (date(2026, 12, 25), "Christmas Day")
    ]


@pytest.mark.parametrize(
    ("closures", "phrase"),
    [
        ({date(2027, 1, 4)}, "1 Jan is a bank holiday; 4 Jan is a closure day"),
        (
            {date(2027, 1, 4), date(2027, 1, 5)},
            "1 Jan is a bank holiday; 4 Jan and 5 Jan are closure days",
        ),
        ({date(2027, 1, 2)}, "1 Jan is a bank holiday"),  # a Saturday closure changes nothing
    ],
)
def test_closure_days_named_one_or_many(closures: set[date], phrase: str) -> None:
    calendar = WorkingCalendar(E, closures)
    assert calendar.describe_days_off(date(2026, 12, 31), date(2027, 1, 8)) == phrase


@pytest.mark.parametrize(
    ("asked_first", "closure"),
    [
        (date(2031, 6, 2), date(2030, 6, 3)),  # in the first year of the span built
        (date(2031, 6, 2), date(2032, 6, 1)),  # in the last year
        (date(2031, 6, 2), date(2029, 6, 4)),  # outside it: held once the span grows
    ],
)
def test_closure_days_at_the_edges_of_the_span(asked_first: date, closure: date) -> None:
    calendar = WorkingCalendar(E, {closure})
    assert calendar.is_working_day(asked_first)
    assert not calendar.is_working_day(closure)
    assert calendar.is_working_day(closure + timedelta(days=1))
