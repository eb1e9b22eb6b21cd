"""The span of years a calendar holds (its running count of working days): whole years, from 1
January of the year before the first date asked to 31 December of the year after the last, one
flag per day of it, holiday names only from those years, grown by whole years when a date falls
outside it and never rebuilt for a date inside it, its first and last days included.

These read the calendar's private span on purpose: a span that is too wide, starts on the wrong
day or is rebuilt for every question gives the same answers, only slower, so no answer could
catch it (docs/testing.md, the calendar's survivors)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from lpdesk.domain import Nation
from lpdesk.rules.calendar import WorkingCalendar

CLOSURES = (date(2020, 7, 1), date(2026, 7, 1), date(2035, 7, 2))


def held(cal: WorkingCalendar) -> tuple[date, date]:
    return date.fromordinal(cal._start), date.fromordinal(cal._end)


def check_whole(cal: WorkingCalendar) -> None:
    assert len(cal._is_work) == len(cal._cum) == cal._end - cal._start + 1
    assert cal._start <= min(cal._names) and max(cal._names) <= cal._end
    assert cal._workdays[0] >= cal._start and cal._workdays[-1] <= cal._end


@pytest.mark.parametrize(
    ("asked", "span"),
    [
        ([date(2027, 1, 1)], (date(2026, 1, 1), date(2028, 12, 31))),
        ([date(2026, 12, 31)], (date(2025, 1, 1), date(2027, 12, 31))),
        ([date(2026, 6, 15), date(2029, 2, 1)], (date(2025, 1, 1), date(2030, 12, 31))),
        # inside the span held: nothing changes; outside it: grown by whole years, kept whole
        (
            [date(2026, 6, 15), date(2025, 1, 1), date(2027, 12, 31)],
            (date(2025, 1, 1), date(2027, 12, 31)),
        ),
        ([date(2026, 6, 15), date(2028, 1, 1)], (date(2025, 1, 1), date(2029, 12, 31))),
        ([date(2026, 6, 15), date(2024, 12, 31)], (date(2023, 1, 1), date(2027, 12, 31))),
    ],
)
@pytest.mark.parametrize("nation", list(Nation))
def test_the_span_held_is_whole_years_around_the_dates_asked(
    nation: Nation, asked: list[date], span: tuple[date, date]
) -> None:
    cal = WorkingCalendar(
        nation, closure_days={date(2020, 7, 1), date(2026, 7, 1), date(2035, 7, 2)}
    )
    for day in asked:
        cal.is_working_day(day)
    assert held(cal) == span
    check_whole(cal)
    for closure in CLOSURES:  # only the span's closure days are held
        assert (closure.toordinal() in cal._names) is (span[0] <= closure <= span[1])


@pytest.mark.parametrize(
    "ask",
    [
        lambda cal: cal.is_working_day(date(2025, 1, 1)),  # the span's first day
        lambda cal: cal.is_working_day(date(2027, 12, 31)),  # its last day
        lambda cal: cal.working_days_between(date(2025, 1, 1), date(2027, 12, 31)),
        lambda cal: cal.holidays_between(date(2025, 1, 1), date(2027, 12, 31)),
        lambda cal: cal.describe_days_off(date(2025, 1, 1), date(2027, 12, 31)),
        lambda cal: cal.add_working_days(date(2026, 6, 15), 10),
        lambda cal: cal.add_working_days(date(2026, 6, 15), -10),
        # counting from the span's first or last day, or reaching exactly to it (its margin:
        # two days a working day and thirty more)
        lambda cal: cal.add_working_days(date(2025, 1, 1), 10),
        lambda cal: cal.add_working_days(date(2027, 12, 31), -10),
        lambda cal: cal.add_working_days(date(2027, 12, 31) - timedelta(days=50), 10),
        lambda cal: cal.add_working_days(date(2025, 1, 1) + timedelta(days=50), -10),
        lambda cal: cal.add_working_days(date(2025, 1, 28), 1),
        lambda cal: cal.add_working_days(date(2027, 12, 4), -1),
    ],
)
def test_a_question_inside_the_span_builds_nothing(ask) -> None:  # type: ignore[no-untyped-def]
    cal = WorkingCalendar(Nation.ENGLAND)
    cal.is_working_day(date(2026, 6, 15))
    before = cal._cum
    ask(cal)
    assert cal._cum is before
    assert held(cal) == (date(2025, 1, 1), date(2027, 12, 31))
