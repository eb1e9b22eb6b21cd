"""One rule for when a child's visit rules start (the due list and the compliance figures)."""

from __future__ import annotations

from datetime import date

import pytest

from lpdesk.rules.children import is_unborn


@pytest.mark.parametrize(
    ("date_of_birth", "expected_birth_date", "unborn"),
    [
        (None, None, False),  # born, date not recorded
        (None, date(2027, 3, 1), True),  # expected: not yet born
        (None, date(2026, 3, 1), True),  # expected date passed, no birth recorded yet
        (date(2020, 1, 1), None, False),
        (date(2020, 1, 1), date(2019, 12, 1), False),  # the date of birth wins
    ],
)
def test_is_unborn(
    date_of_birth: date | None, expected_birth_date: date | None, unborn: bool
) -> None:
    assert is_unborn(date_of_birth, expected_birth_date) is unborn
