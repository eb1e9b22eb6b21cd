"""Working days across the UK's bank holidays and an authority's closure days."""

from __future__ import annotations

from datetime import date

import pytest

from lpdesk.domain import Nation
from lpdesk.rules.calendar import WorkingCalendar, add_months, fmt_date, fmt_short

E, W, S, NI = Nation.ENGLAND, Nation.WALES, Nation.SCOTLAND, Nation.NORTHERN_IRELAND


@pytest.mark.parametrize(
    ("nation", "start", "n", "expected"),
    [
        # the worked example in docs/practice.md: 25, 28 Dec and 1 Jan are bank holidays in England
        (E, date(2026, 12, 18), 10, date(2027, 1, 6)),
        (W, date(2026, 12, 18), 10, date(2027, 1, 6)),
        # Scotland also has 2 January (a Saturday in 2027, observed Mon 4 Jan)
        (S, date(2026, 12, 18), 10, date(2027, 1, 7)),
        (E, date(2027, 1, 6), -10, date(2026, 12, 18)),
        # Easter 2027: Good Friday 26 Mar everywhere, Easter Monday 29 Mar not in Scotland
        (E, date(2027, 3, 25), 1, date(2027, 3, 30)),
        (S, date(2027, 3, 25), 1, date(2027, 3, 29)),
        (NI, date(2027, 3, 25), 1, date(2027, 3, 30)),
        # Scottish 2 January (Fri 2 Jan 2026) and St Andrew's Day (Mon 30 Nov 2026)
        (E, date(2025, 12, 31), 1, date(2026, 1, 2)),
        (S, date(2025, 12, 31), 1, date(2026, 1, 5)),
        (E, date(2026, 11, 27), 1, date(2026, 11, 30)),
        (S, date(2026, 11, 27), 1, date(2026, 12, 1)),
        # Northern Ireland: St Patrick's Day (Wed 17 Mar 2027) and 12 July (Mon 12 Jul 2027)
        (E, date(2027, 3, 16), 1, date(2027, 3, 17)),
        (NI, date(2027, 3, 16), 1, date(2027, 3, 18)),
        (E, date(2027, 7, 9), 1, date(2027, 7, 12)),
        (NI, date(2027, 7, 9), 1, date(2027, 7, 13)),
        # counting from a weekend starts the next working day; n = 0 is the day itself
        (E, date(2026, 12, 19), 1, date(2026, 12, 21)),
        (E, date(2026, 12, 19), -1, date(2026, 12, 18)),
        (E, date(2026, 12, 19), 0, date(2026, 12, 19)),
        # far from the first span built: the calendar grows by whole years
        (E, date(2031, 12, 30), 2, date(2032, 1, 2)),
        (E, date(2019, 1, 2), -1, date(2018, 12, 31)),
    ],
)
def test_add_working_days(nation: Nation, start: date, n: int, expected: date) -> None:
    assert WorkingCalendar(nation).add_working_days(start, n) == expected


def test_closure_days_are_not_working_days() -> None:
    closures = frozenset({date(2026, 12, 24), date(2026, 12, 31)})
    calendar = WorkingCalendar(E, closures)
    due = calendar.add_working_days(date(2026, 12, 18), 10)
    assert due == date(2027, 1, 8)
    assert not calendar.is_working_day(date(2026, 12, 24))
    assert calendar.describe_days_off(date(2026, 12, 18), due) == (
        "25 Dec, 28 Dec and 1 Jan are bank holidays; 24 Dec and 31 Dec are closure days"
    )


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (date(2026, 12, 24), True),
        (date(2026, 12, 25), False),
        (date(2026, 12, 26), False),  # Saturday
        (date(2026, 12, 28), False),  # Boxing Day observed
        (date(2027, 1, 4), True),
    ],
)
def test_is_working_day(day: date, working: bool) -> None:
    assert WorkingCalendar(E).is_working_day(day) is working


def test_working_days_between_and_next_working_day() -> None:
    calendar = WorkingCalendar(E)
    assert calendar.working_days_between(date(2026, 12, 18), date(2027, 1, 6)) == 10
    assert calendar.working_days_between(date(2027, 1, 6), date(2026, 12, 18)) == -10
    assert calendar.working_days_between(date(2027, 1, 6), date(2027, 1, 6)) == 0
    assert calendar.next_working_day(date(2026, 12, 25)) == date(2026, 12, 29)
    assert calendar.next_working_day(date(2026, 12, 29)) == date(2026, 12, 29)


def test_holidays_between_names_weekday_holidays_only() -> None:
    found = WorkingCalendar(E).holidays_between(date(2026, 12, 18), date(2027, 1, 6))
    assert found == [
        (date(2026, 12, 25), "Christmas Day"),
        (date(2026, 12, 28), "Boxing Day (observed)"),
        (date(2027, 1, 1), "New Year's Day"),
    ]
    assert WorkingCalendar(E).holidays_between(date(2027, 1, 6), date(2026, 12, 18)) == []


@pytest.mark.parametrize(
    ("a", "b", "phrase"),
    [
        (date(2026, 12, 18), date(2027, 1, 6), "25 Dec, 28 Dec and 1 Jan are bank holidays"),
        (date(2027, 3, 24), date(2027, 3, 26), "26 Mar is a bank holiday"),
        (date(2027, 2, 1), date(2027, 2, 26), ""),
    ],
)
def test_describe_days_off(a: date, b: date, phrase: str) -> None:
    assert WorkingCalendar(E).describe_days_off(a, b) == phrase


def test_formats_do_not_depend_on_the_locale() -> None:
    assert fmt_date(date(2027, 1, 6)) == "Wed 6 Jan 2027"
    assert fmt_short(date(2027, 1, 6)) == "6 Jan"


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 12, 18), 3, date(2027, 3, 18)),
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
        (date(2027, 8, 31), 6, date(2028, 2, 29)),
        (date(2027, 1, 31), 1, date(2027, 2, 28)),
    ],
)
def test_add_months_clamps_to_the_month_end(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


@pytest.mark.parametrize(
    ("nation", "day", "expected"),
    [
        (E, date(2027, 1, 6), date(2027, 1, 6)),  # a Wednesday: itself
        (E, date(2027, 1, 2), date(2026, 12, 31)),  # a Saturday after New Year's Day
        (E, date(2026, 12, 28), date(2026, 12, 24)),  # Boxing Day substitute, then Christmas
        (
            S,
            date(2027, 1, 4),
            date(2026, 12, 31),
        ),  # Scotland: 2 Jan (a Saturday) moves to Mon 4 Jan
        (E, date(2027, 1, 4), date(2027, 1, 4)),  # England works on 4 Jan
        (E, date(2027, 3, 29), date(2027, 3, 25)),  # Easter Monday, then Good Friday
    ],
)
def test_working_day_on_or_before(nation: Nation, day: date, expected: date) -> None:
    assert WorkingCalendar(nation).working_day_on_or_before(day) == expected
