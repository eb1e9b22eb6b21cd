"""add_months through dateutil gives exactly what the hand-written month arithmetic gave: the same
day, clamped to the end of a shorter month, forwards and backwards, across years."""

from __future__ import annotations

from calendar import monthrange
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lpdesk.rules.calendar import add_months


def by_hand(d: date, months: int) -> date:
    """The definition the rules were written against (and the body add_months had)."""
    year, month0 = divmod(d.year * 12 + d.month - 1 + months, 12)
    return date(year, month0 + 1, min(d.day, monthrange(year, month0 + 1)[1]))


def test_every_day_of_a_leap_cycle_and_every_review_interval() -> None:
    day = date(2024, 1, 1)
    while day < date(2029, 1, 1):
        for months in (-13, -12, -6, -3, -1, 0, 1, 3, 6, 12, 13, 25):
            got = add_months(day, months)
            assert got == by_hand(day, months) and type(got) is date, (day, months)
        day += timedelta(days=1)


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)),
    st.integers(min_value=-600, max_value=600),
)
def test_same_as_by_hand(day: date, months: int) -> None:
    assert add_months(day, months) == by_hand(day, months)


@pytest.mark.parametrize(("day", "months"), [(date(1, 1, 31), -1), (date(9999, 12, 31), 1)])
def test_out_of_the_calendar_is_an_error_as_before(day: date, months: int) -> None:
    with pytest.raises(ValueError):
        by_hand(day, months)
    with pytest.raises(ValueError):
        add_months(day, months)
