"""Working days: weekends, the nation's bank holidays (``holidays.UK``, through the table written
from it, ``bank_holiday_table``) and an authority's closure days are not working days. Dates are
formatted in English without the locale ("Wed 6 Jan 2027").

Counting starts the day after (or before) the given day: 10 working days after Fri 18 Dec 2026 in
England is Wed 6 Jan 2027. See docs/decisions/0005-working-days.md.

The calendar keeps, for a contiguous span of whole years, a running count of working days per
calendar day, so every question is a list lookup. Holiday tables are built once per nation and year
for the whole process; the span grows by whole years when a date falls outside it.
"""

from __future__ import annotations

import functools
from bisect import bisect_right
from collections.abc import Iterable
from datetime import date

from dateutil.relativedelta import relativedelta

from lpdesk.domain.enums import Nation
from lpdesk.rules.dates import day_month, day_text

__all__ = ["WorkingCalendar", "add_months", "fmt_date", "fmt_short", "join_words"]

_SUBDIVISION = {
    Nation.ENGLAND: "ENG",
    Nation.WALES: "WLS",
    Nation.SCOTLAND: "SCT",
    Nation.NORTHERN_IRELAND: "NIR",
}
CLOSURE_DAY = "closure day"


@functools.cache
def fmt_date(d: date) -> str:
    """ "Wed 6 Jan 2027": the form every reason uses, independent of the machine's locale."""
    return day_text(d, weekday=True)


@functools.cache
def fmt_short(d: date) -> str:
    """ "6 Jan": for lists of days inside a reason."""
    return day_month(d)


def join_words(words: list[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    if len(words) <= 1:
        return words[0] if words else ""
    return ", ".join(words[:-1]) + " and " + words[-1]


@functools.cache
def _bank_holidays(subdivision: str, year: int) -> dict[date, str]:
    """The nation's bank holidays in the year: from the table written from the pinned package
    (``bank_holiday_table``, tested equal to it) for 2000-2050, else from the package itself,
    imported only then (it loads every country's tables, ~0.1 s: not at start-up). The table is
    read on the first question, on the database thread, not while the window is being shown."""
    from lpdesk.rules.bank_holiday_table import FIRST_YEAR, LAST_YEAR, TABLE

    if FIRST_YEAR <= year <= LAST_YEAR:
        return {date(year, month, day): name for month, day, name in TABLE[subdivision][year]}
    import holidays

    table = holidays.country_holidays("GB", subdiv=subdivision, years=year)
    return {day: str(name) for day, name in sorted(table.items())}


class WorkingCalendar:
    """The working days of one nation plus an authority's closure days."""

    __slots__ = (
        "_cum",
        "_end",
        "_is_work",
        "_names",
        "_off",
        "_phrase_cache",
        "_start",
        "_workdays",
        "closure_days",
        "nation",
    )

    def __init__(self, nation: Nation, closure_days: Iterable[date] = frozenset()) -> None:
        self.nation = Nation(nation)
        self.closure_days: frozenset[date] = frozenset(closure_days)
        # Sentinels until the first question builds a span (mutating them changes nothing).
        self._start = 0  # pragma: no mutate (ordinal of 1 January of the first year held)
        self._end = -1  # pragma: no mutate (ordinal of 31 December of the last year held)
        self._is_work = bytearray()  # pragma: no mutate (per day from _start: 1 if working)
        self._cum: list[int] = []  # pragma: no mutate (working days in [_start, _start + i])
        self._workdays: list[int] = []  # pragma: no mutate (the working days' ordinals)
        self._off: list[int] = []  # pragma: no mutate (weekday bank holidays, closure days)
        self._names: dict[int, str] = {}  # pragma: no mutate
        self._phrase_cache: dict[tuple[int, int], str] = {}

    def __repr__(self) -> str:
        return f"WorkingCalendar({self.nation.value!r}, {len(self.closure_days)} closure days)"

    # -- the span of years held -------------------------------------------------------------------

    def _cover(self, *ordinals: int) -> None:
        low, high = min(ordinals), max(ordinals)
        if self._start <= low and high <= self._end:
            return
        first = date.fromordinal(low).year - 1
        last = date.fromordinal(high).year + 1
        if self._end >= self._start:
            first = min(first, date.fromordinal(self._start).year)
            last = max(last, date.fromordinal(self._end).year)
        self._build(first, last)

    def _build(self, first_year: int, last_year: int) -> None:
        subdivision = _SUBDIVISION[self.nation]
        names: dict[int, str] = {}
        for year in range(first_year, last_year + 1):
            for day, name in _bank_holidays(subdivision, year).items():
                names[day.toordinal()] = name
        for day in self.closure_days:
            if first_year <= day.year <= last_year:
                names.setdefault(day.toordinal(), CLOSURE_DAY)
        start = date(first_year, 1, 1).toordinal()
        end = date(last_year, 12, 31).toordinal()
        is_work = bytearray(end - start + 1)
        cum: list[int] = []
        workdays: list[int] = []
        count = 0
        weekday = date.fromordinal(start).weekday()
        for ordinal in range(start, end + 1):
            if weekday < 5 and ordinal not in names:
                is_work[ordinal - start] = 1
                workdays.append(ordinal)
                count += 1
            cum.append(count)
            weekday = (weekday + 1) % 7
        self._start, self._end = start, end
        self._is_work, self._cum, self._workdays = is_work, cum, workdays
        self._off = sorted(o for o in names if date.fromordinal(o).weekday() < 5)
        self._names = names

    # -- questions --------------------------------------------------------------------------------

    def is_working_day(self, d: date) -> bool:
        o = d.toordinal()
        self._cover(o)
        return bool(self._is_work[o - self._start])

    def add_working_days(self, d: date, n: int) -> date:
        """The n-th working day after d (n > 0) or before d (n < 0); d itself when n == 0.
        d need not be a working day: counting starts the day after (or before) it."""
        if n == 0:
            return d
        o = d.toordinal()
        reach = o + 2 * n + (30 if n > 0 else -30)
        if not (self._start <= o <= self._end and self._start <= reach <= self._end):
            self._cover(o, reach)
        through_d = self._cum[o - self._start]  # working days up to and including d
        if n > 0:
            return date.fromordinal(self._workdays[through_d + n - 1])
        before_d = through_d - self._is_work[o - self._start]
        return date.fromordinal(self._workdays[before_d + n])

    def working_days_between(self, a: date, b: date) -> int:
        """Working days in (a, b]; negative when b is before a."""
        oa, ob = a.toordinal(), b.toordinal()
        self._cover(oa, ob)
        return self._cum[ob - self._start] - self._cum[oa - self._start]

    def next_working_day(self, d: date) -> date:
        """d itself if it is a working day, otherwise the next one."""
        return d if self.is_working_day(d) else self.add_working_days(d, 1)

    def working_day_on_or_before(self, d: date) -> date:
        """d itself if it is a working day, otherwise the one before: a meeting due on a weekend
        or holiday is due the working day before it (decision 0005)."""
        return d if self.is_working_day(d) else self.add_working_days(d, -1)

    def holidays_between(self, a: date, b: date) -> list[tuple[date, str]]:
        """Bank holidays and closure days in (a, b] that fall on a weekday, i.e. the days that
        changed a count of working days, with their names."""
        oa, ob = a.toordinal(), b.toordinal()
        if ob <= oa:
            return []
        self._cover(oa, ob)
        lo, hi = bisect_right(self._off, oa), bisect_right(self._off, ob)
        return [(date.fromordinal(o), self._names[o]) for o in self._off[lo:hi]]

    def describe_days_off(self, a: date, b: date) -> str:
        """ "25 Dec, 28 Dec and 1 Jan are bank holidays" for the days off in (a, b]; "" if none."""
        key = (a.toordinal(), b.toordinal())
        phrase = self._phrase_cache.get(key)  # pragma: no mutate (a cache: speed only)
        if phrase is None:
            phrase = self._phrase(*key)
            self._phrase_cache[key] = phrase  # pragma: no mutate (a cache: speed only)
        return phrase

    def _phrase(self, oa: int, ob: int) -> str:
        if ob <= oa:
            return ""
        self._cover(oa, ob)
        lo, hi = bisect_right(self._off, oa), bisect_right(self._off, ob)
        if lo == hi:
            return ""
        bank = [
            fmt_short(date.fromordinal(o))
            for o in self._off[lo:hi]
            if self._names[o] != CLOSURE_DAY
        ]
        closed = [
            fmt_short(date.fromordinal(o))
            for o in self._off[lo:hi]
            if self._names[o] == CLOSURE_DAY
        ]
        parts = []
        if bank:
            parts.append(
                join_words(bank)
                + (" is a bank holiday" if len(bank) == 1 else " are bank holidays")
            )
        if closed:
            parts.append(
                join_words(closed)
                + (" is a closure day" if len(closed) == 1 else " are closure days")
            )
        return "; ".join(parts)


def add_months(d: date, months: int) -> date:
    """Same day of the month, clamped to the month's end (31 Jan + 1 month = 28 or 29 Feb), by
    dateutil's ``relativedelta``."""
    moved: date = d + relativedelta(months=months)
    return moved
