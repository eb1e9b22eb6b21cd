"""The bank holiday table the calendar reads is exactly the pinned ``holidays`` package's tables
(scripts/bank_holidays.py writes it; run it after upgrading the package)."""

from __future__ import annotations

from datetime import date
from importlib.metadata import version

import holidays
import pytest

from lpdesk.rules import calendar
from lpdesk.rules.bank_holiday_table import FIRST_YEAR, HOLIDAYS_VERSION, LAST_YEAR, TABLE

SUBDIVISIONS = ("ENG", "WLS", "SCT", "NIR")


def _package(subdivision: str, year: int) -> dict[date, str]:
    table = holidays.country_holidays("GB", subdiv=subdivision, years=year)
    return {day: str(name) for day, name in sorted(table.items())}


def test_the_table_was_written_from_the_installed_package() -> None:
    assert version("holidays") == HOLIDAYS_VERSION, "run scripts/bank_holidays.py"
    assert sorted(TABLE) == sorted(SUBDIVISIONS)
    assert set(calendar._SUBDIVISION.values()) <= set(TABLE)


@pytest.mark.parametrize("subdivision", SUBDIVISIONS)
def test_every_year_of_the_table_is_the_package_s(subdivision: str) -> None:
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        assert calendar._bank_holidays(subdivision, year) == _package(subdivision, year), year


@pytest.mark.parametrize("year", [FIRST_YEAR - 1, LAST_YEAR + 1, 1990, 2080])
def test_years_outside_the_table_come_from_the_package(year: int) -> None:
    assert year not in TABLE["ENG"]
    assert calendar._bank_holidays("ENG", year) == _package("ENG", year)
    assert date(year, 12, 25) in calendar._bank_holidays("SCT", year)
