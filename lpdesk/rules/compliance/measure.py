"""A compliance measure (a numerator over a denominator, summable), the visit figures made of
four of them, and the two tests every due point is judged by: done on time, and how many
working days late."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lpdesk.rules.calendar import WorkingCalendar

__all__ = [
    "ComplianceFigures",
    "Measure",
    "on_time",
    "working_days_late",
]


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
