"""Visit compliance over a period, as figures a manager can reproduce by hand from the visit records.

For one child and one period, four measures, each a numerator over a denominator:

- seen: each time a visit by the LP fell due in the period (``visit_seen_working_days`` working
  days after the previous one), was the child seen by the LP by then?
- seen alone: the same with visits where the child was seen alone, every ``visit_alone_weeks``;
- bedroom: for each conference cycle ending in the period (one conference to the next), was the
  bedroom seen on a visit by the LP within it?
- recorded on time: of the visits to the child in the period (any visitor, any outcome), how many
  were recorded within ``visit_recording_working_days`` working days?

Only completed visits count as the child being seen. The clock for the first due point starts at
the LP's last visit on or before the period start, or at the period start if there was none.
Every miss is a gap: a sentence naming the dates.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from lpdesk.domain.enums import VisitOutcome
from lpdesk.domain.records import Visit
from lpdesk.rules.calendar import WorkingCalendar, fmt_date
from lpdesk.rules.profile import Profile

__all__ = [
    "ComplianceFigures",
    "Measure",
    "VisitCompliance",
    "on_time",
    "visit_compliance",
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


@dataclass(frozen=True, kw_only=True, slots=True)
class VisitCompliance:
    child_id: int
    figures: ComplianceFigures
    gaps: tuple[str, ...]


def on_time(due: date, done: date | None) -> bool:
    """Done on or before the day it was due."""
    return done is not None and done <= due


def working_days_late(due: date, done: date, calendar: WorkingCalendar) -> int:
    """0 if on time, else the working days from the due day to the day it was done."""
    return max(0, calendar.working_days_between(due, done))


def visit_compliance(
    visits: Sequence[Visit],
    child_id: int,
    lp_person_id: int,
    period_start: date,
    period_end: date,
    profile: Profile,
    conference_dates: Sequence[date],
) -> VisitCompliance:
    calendar = profile.calendar()
    mine = [v for v in visits if v.child_id == child_id]
    seen = [
        v
        for v in mine
        if v.visitor_person_id == lp_person_id and v.outcome is VisitOutcome.COMPLETED
    ]
    gaps: list[str] = []
    n, weeks = profile.visit_seen_working_days, profile.visit_alone_weeks

    seen_measure = _due_points(
        sorted({v.visited_at.date() for v in seen}),
        lambda d: calendar.add_working_days(d, n),
        f"{n} working days",
        "seen by the LP",
        period_start,
        period_end,
        gaps,
    )
    alone_measure = _due_points(
        sorted({v.visited_at.date() for v in seen if v.seen_alone}),
        lambda d: d + timedelta(weeks=weeks),
        f"{weeks} weeks",
        "seen alone",
        period_start,
        period_end,
        gaps,
    )
    bedroom_measure = Measure()
    if profile.bedroom_once_per_conference_cycle:
        bedroom_days = sorted({v.visited_at.date() for v in seen if v.bedroom_seen})
        bedroom_measure = _bedroom(bedroom_days, conference_dates, period_start, period_end, gaps)
    recorded = _recording(
        mine, calendar, profile.visit_recording_working_days, period_start, period_end, gaps
    )
    figures = ComplianceFigures(
        seen=seen_measure,
        seen_alone=alone_measure,
        bedroom=bedroom_measure,
        recorded_on_time=recorded,
    )
    return VisitCompliance(child_id=child_id, figures=figures, gaps=tuple(gaps))


def _due_points(
    days: list[date],
    deadline: Callable[[date], date],
    span: str,
    what: str,
    period_start: date,
    period_end: date,
    gaps: list[str],
) -> Measure:
    earlier = [d for d in days if d <= period_start]
    anchor = earlier[-1] if earlier else period_start
    anchor_text = (
        f"the visit on {fmt_date(anchor)}"
        if earlier
        else f"the start of the period on {fmt_date(anchor)}"
    )
    later = iter(d for d in days if d > anchor)
    met = due_count = 0
    while (due := deadline(anchor)) <= period_end:
        due_count += 1
        following = next(later, None)
        if following is not None and following <= due:
            met += 1
        elif following is not None and following <= period_end:
            gaps.append(
                f"not {what} between {anchor_text} and {fmt_date(following)}: due by "
                f"{fmt_date(due)}, {span} after it"
            )
        else:
            gaps.append(
                f"not {what} after {anchor_text}: due by {fmt_date(due)}, {span} after it; "
                f"no such visit by the end of the period on {fmt_date(period_end)}"
            )
            break
        anchor, anchor_text = following, f"the visit on {fmt_date(following)}"
    return Measure(numerator=met, denominator=due_count)


def _bedroom(
    bedroom_days: list[date],
    conference_dates: Sequence[date],
    period_start: date,
    period_end: date,
    gaps: list[str],
) -> Measure:
    conferences = sorted(set(conference_dates))
    met = cycles = 0
    for opened, closed in pairwise(conferences):
        if not period_start <= closed <= period_end:
            continue
        cycles += 1
        if any(opened <= d < closed for d in bedroom_days):
            met += 1
        else:
            gaps.append(
                f"bedroom not seen between the conferences on {fmt_date(opened)} and "
                f"{fmt_date(closed)}"
            )
    return Measure(numerator=met, denominator=cycles)


def _recording(
    visits: list[Visit],
    calendar: WorkingCalendar,
    n: int,
    period_start: date,
    period_end: date,
    gaps: list[str],
) -> Measure:
    met = total = 0
    for visit in sorted(visits, key=lambda v: v.visited_at):
        visited = visit.visited_at.date()
        if not period_start <= visited <= period_end:
            continue
        total += 1
        due = calendar.add_working_days(visited, n)
        recorded = visit.recorded_at.date()
        if on_time(due, recorded):
            met += 1
        else:
            gaps.append(
                f"visit on {fmt_date(visited)} recorded on {fmt_date(recorded)}: due by "
                f"{fmt_date(due)}, {n} working days after it "
                f"({working_days_late(due, recorded, calendar)} working days late)"
            )
    return Measure(numerator=met, denominator=total)
