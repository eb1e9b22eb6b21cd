"""A compliance measure (a numerator over a denominator, summable), the visit figures made of
four of them, the two tests every due point is judged by: done on time, and how many
working days late, and the working-day answers the measures ask again and again, remembered."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from lpdesk.rules.calendar import WorkingCalendar, add_months

__all__ = [
    "ComplianceFigures",
    "Days",
    "Deadlines",
    "Measure",
    "months_after",
    "on_time",
    "remembered",
    "working_days_late",
]

_REMEMBERED = 1 << 15  # pragma: no mutate (a cache's size: speed only)


class Deadlines(dict[date, date]):
    """One rule's due day for each day it was asked about (``deadlines[day]``), worked out on the
    first question and remembered: a plain dictionary look-up after that."""

    __slots__ = ("_rule",)

    def __init__(self, rule: Callable[[date], date]) -> None:
        super().__init__()
        self._rule = rule

    def __missing__(self, day: date) -> date:
        due = self._rule(day)
        if len(self) < _REMEMBERED:  # pragma: no mutate (a cache's size: speed only)
            self[day] = due
        return due


class Days:
    """A working-day calendar's answers, remembered: a report over thousands of cases asks the
    same few hundred days again and again, and each answer depends only on the calendar, the
    day and the count (``WorkingCalendar`` is fixed for a nation and its closure days)."""

    __slots__ = ("_tables", "add_working_days", "calendar", "working_day_on_or_before")

    def __init__(self, calendar: WorkingCalendar) -> None:
        self.calendar = calendar
        self.add_working_days = functools.lru_cache(maxsize=_REMEMBERED)(calendar.add_working_days)
        self.working_day_on_or_before = functools.lru_cache(maxsize=_REMEMBERED)(
            calendar.working_day_on_or_before
        )
        self._tables: dict[tuple[str, int], Deadlines] = {}

    def after_working_days(self, n: int) -> Deadlines:
        """Each day's ``n``-th working day after it (before it when ``n`` < 0)."""
        key = ("working", n)
        table = self._tables.get(key)
        if table is None:
            table = self._tables[key] = Deadlines(lambda d: self.calendar.add_working_days(d, n))
        return table

    def on_or_before_days_after(self, days: int) -> Deadlines:
        """Each day's ``days`` calendar days later, or the working day before that if it is not
        one (a meeting due on a weekend or holiday is due the working day before it)."""
        key = ("days", days)
        table = self._tables.get(key)
        if table is None:
            span = timedelta(days=days)
            table = self._tables[key] = Deadlines(
                lambda d: self.calendar.working_day_on_or_before(d + span)
            )
        return table

    def on_or_before_months_after(self, months: int) -> Deadlines:
        """The same for ``months`` months later (``months_after``)."""
        key = ("months", months)
        table = self._tables.get(key)
        if table is None:
            table = self._tables[key] = Deadlines(
                lambda d: self.calendar.working_day_on_or_before(months_after(d, months))
            )
        return table


@functools.lru_cache(maxsize=64)  # pragma: no mutate (a cache's size: speed only)
def remembered(calendar: WorkingCalendar) -> Days:
    """The remembering ``Days`` of ``calendar`` (one per calendar)."""
    return Days(calendar)


months_after = functools.lru_cache(maxsize=_REMEMBERED)(add_months)
"""``rules.calendar.add_months``, remembered (dateutil's ``relativedelta`` is slow)."""


@dataclass(frozen=True, kw_only=True, slots=True)
class Measure:
    numerator: int = 0
    denominator: int = 0

    @property
    def percent(self) -> float | None:
        """Rounded to one decimal place; None when nothing fell due."""
        if self.denominator == 0:
            return None
        return round(100 * self.numerator / self.denominator, 1)

    def __add__(self, other: Measure) -> Measure:
        return Measure(
            numerator=self.numerator + other.numerator,
            denominator=self.denominator + other.denominator,
        )

    def __str__(self) -> str:
        pct = "n/a" if self.percent is None else f"{self.percent:g}%"
        return f"{self.numerator}/{self.denominator} ({pct})"


@dataclass(frozen=True, kw_only=True, slots=True)
class ComplianceFigures:
    """Summable: a team's figures are the sum of its children's."""

    seen: Measure = Measure()
    seen_alone: Measure = Measure()
    bedroom: Measure = Measure()
    recorded_on_time: Measure = Measure()

    def __add__(self, other: ComplianceFigures) -> ComplianceFigures:
        return ComplianceFigures(
            seen=self.seen + other.seen,
            seen_alone=self.seen_alone + other.seen_alone,
            bedroom=self.bedroom + other.bedroom,
            recorded_on_time=self.recorded_on_time + other.recorded_on_time,
        )

    def measures(self) -> tuple[tuple[str, Measure], ...]:
        return (
            ("seen", self.seen),
            ("seen_alone", self.seen_alone),
            ("bedroom", self.bedroom),
            ("recorded_on_time", self.recorded_on_time),
        )


def on_time(due: date, done: date | None) -> bool:
    """Done on or before the day it was due."""
    return done is not None and done <= due


def working_days_late(due: date, done: date, calendar: WorkingCalendar) -> int:
    """0 if on time, else the working days from the due day to the day it was done."""
    return max(0, calendar.working_days_between(due, done))
