"""What the case timeline shows, computed without Qt: lanes of dated events (conferences, core
groups, visits, seen alone, bedroom seen) and the gaps longer than the required cadence."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["Gap", "Lane", "Timeline", "find_gaps"]


@dataclass(frozen=True, slots=True)
class Gap:
    start: date
    end: date
    open: bool  # runs to today: nothing has happened since

    @property
    def days(self) -> int:
        return (self.end - self.start).days


@dataclass(frozen=True, slots=True)
class Lane:
    label: str
    events: tuple[date, ...]
    cadence_days: int | None = None  # the longest allowed gap; None: no cadence checked
    cadence_label: str = ""  # "every 4 weeks"
    gaps: tuple[Gap, ...] = ()
    marker: str = "circle"  # "circle" or "diamond"


@dataclass(frozen=True, slots=True)
class Timeline:
    start: date
    end: date
    today: date
    lanes: tuple[Lane, ...]


def find_gaps(
    events: Iterable[date], *, anchor: date | None, today: date, cadence_days: int
) -> tuple[Gap, ...]:
    """Intervals longer than ``cadence_days`` between the anchor (the plan's start), each event,
    and today."""
    points = sorted({d for d in events if d <= today})
    if anchor is not None:
        points = sorted({anchor, *(d for d in points if d >= anchor)})
    gaps: list[Gap] = []
    for a, b in itertools.pairwise(points):
        if (b - a).days > cadence_days:
            gaps.append(Gap(a, b, open=False))
    if points and (today - points[-1]).days > cadence_days:
        gaps.append(Gap(points[-1], today, open=True))
    return tuple(gaps)


def lane(
    label: str,
    events: Sequence[date],
    *,
    anchor: date | None,
    today: date,
    cadence_days: int | None = None,
    cadence_label: str = "",
    marker: str = "circle",
) -> Lane:
    gaps = (
        find_gaps(events, anchor=anchor, today=today, cadence_days=cadence_days)
        if cadence_days
        else ()
    )
    return Lane(label, tuple(sorted(events)), cadence_days, cadence_label, gaps, marker)


def window(today: date, earliest: date | None, *, months: int = 7) -> tuple[date, date]:
    """From the plan's start (at most ``months`` back) to two weeks ahead."""
    start = today - timedelta(days=30 * months)
    if earliest is not None and earliest > start:
        start = earliest - timedelta(days=7)
    return start, today + timedelta(days=14)
