"""One rule for when a child's visit rules start (the due list and the compliance figures)."""

from __future__ import annotations

from datetime import date

import pytest

from lpdesk.rules.children import is_unborn

DAY = date(2027, 1, 6)


@pytest.mark.parametrize(
    ("date_of_birth", "expected_birth_date", "on", "unborn"),
    [
        (None, None, None, False),  # born, date not recorded
        (None, None, DAY, False),
        (None, date(2027, 3, 1), None, True),  # expected: not yet born
        (None, date(2026, 3, 1), DAY, True),  # expected date passed, no birth recorded yet
        (date(2020, 1, 1), None, None, False),
        (date(2020, 1, 1), date(2019, 12, 1), DAY, False),  # the date of birth wins
        (DAY, None, DAY, False),  # born that very day
        (date(2027, 1, 7), None, DAY, True),  # born the day after
        (date(2027, 1, 7), None, None, False),  # on no particular day: born
    ],
)
def test_is_unborn(
    date_of_birth: date | None, expected_birth_date: date | None, on: date | None, unborn: bool
) -> None:
    assert is_unborn(date_of_birth, expected_birth_date, on) is unborn
