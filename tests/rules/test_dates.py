"""Dates through Babel's locale data: the English is exactly the house style the month tables gave
("6 Jan 2027", "Wed 6 Jan 2027", "6 January 2027"), every month and weekday; Welsh is Welsh; a
month typed in English or Welsh is read."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from lpdesk.rules.dates import day_month, day_text, month_name, month_number

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
FULL_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
FULL_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def test_english_is_the_house_style_for_every_day_of_a_year() -> None:
    day = date(2027, 1, 1)
    while day.year == 2027:
        short = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
        assert day_text(day) == short
        assert day_text(day, weekday=True) == f"{DAYS[day.weekday()]} {short}"
        long = f"{day.day} {FULL_MONTHS[day.month - 1]} {day.year}"
        assert day_text(day, long=True) == long
        assert day_text(day, weekday=True, long=True) == f"{FULL_DAYS[day.weekday()]} {long}"
        assert day_month(day) == f"{day.day} {MONTHS[day.month - 1]}"
        day += timedelta(days=1)
    assert [month_name(m) for m in range(1, 13)] == list(MONTHS)


def test_welsh() -> None:
    assert day_text(date(2027, 1, 6), language="cy") == "6 Ion 2027"
    assert day_text(date(2027, 1, 6), long=True, language="cy") == "6 Ionawr 2027"
    assert (
        day_text(date(2027, 1, 6), weekday=True, long=True, language="cy")
        == "Dydd Mercher 6 Ionawr 2027"
    )
    assert day_text(date(2026, 12, 25), long=True, language="cy") == "25 Rhagfyr 2026"
    with pytest.raises(ValueError, match="fr"):
        day_text(date(2027, 1, 6), language="fr")


@pytest.mark.parametrize(
    ("word", "month"),
    [
        ("dec", 12),
        ("December", 12),
        ("Decem", 12),
        ("sept", 9),
        ("Rhagfyr", 12),
        ("rhag", 12),
        ("Ionawr", 1),
        ("Mai", 5),
        ("may", 5),
        ("Mawrth", 3),
        ("de", None),
        ("foo", None),
    ],
)
def test_month_typed(word: str, month: int | None) -> None:
    assert month_number(word) == month


def test_the_stamps_of_packs_are_what_strftime_wrote_for_every_day_and_minute() -> None:
    """The pack's and the invitations' stamps moved from strftime to Babel: byte for byte the
    same English over two centuries of days (every month, weekday and leap day) and the hours."""
    from datetime import datetime

    from lpdesk.rules.dates import moment_text, time_text

    day = date(1900, 1, 1)
    while day.year < 2101:
        moment = datetime(day.year, day.month, day.day, day.day % 24, (day.month * 7) % 60)
        assert day_text(day, long=True, padded=True) == moment.strftime("%d %B %Y")
        assert day_text(day, padded=True) == f"{moment:%d %b %Y}"
        assert day_text(day, weekday=True, padded=True) == f"{moment:%a %d %b %Y}"
        assert moment_text(moment, long=True) == f"{moment:%d %B %Y %H:%M}"
        assert moment_text(moment) == f"{moment:%d %b %Y %H:%M}"
        assert day_text(moment) == day_text(day)  # a datetime is written as its day
        day += timedelta(days=3)
    for hour in range(24):
        for minute in range(60):
            moment = datetime(2026, 12, 6, hour, minute)
            assert time_text(moment) == f"{moment:%H:%M}"


def test_the_stamps_in_welsh() -> None:
    from datetime import datetime

    from lpdesk.rules.dates import moment_text

    moment = datetime(2026, 12, 6, 9, 5)
    assert moment_text(moment, long=True, language="cy") == "06 Rhagfyr 2026 09:05"
    assert moment_text(moment, language="cy") == "06 Rhag 2026 09:05"
    assert day_text(date(2027, 6, 1), long=True, padded=True, language="cy") == "01 Mehefin 2027"
    assert (
        day_text(date(2027, 7, 3), weekday=True, padded=True, language="cy") == "Sad 03 Gorff 2027"
    )
