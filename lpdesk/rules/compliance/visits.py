"""Visit compliance for one child over a period: seen by the LP, seen alone, bedroom seen once a
conference cycle, and visits recorded on time; every miss is a gap naming the dates.

Only completed visits by the LP count as the child being seen (``lpdesk.rules.seen``, the rule the
due list's "last seen" dates follow too). The clock for the first due point starts
at the LP's last visit on or before the period start, or at the period start if there was none."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from lpdesk.domain.records import Visit
from lpdesk.rules.calendar import WorkingCalendar, fmt_date
from lpdesk.rules.compliance.measure import ComplianceFigures, Measure, on_time, working_days_late
from lpdesk.rules.profile import Profile
from lpdesk.rules.seen import seen_by_lp

__all__ = [
    "VisitCompliance",
    "visit_compliance",
]


@dataclass(frozen=True, kw_only=True, slots=True)
class VisitCompliance:
    child_id: int
    figures: ComplianceFigures
    gaps: tuple[str, ...]


def visit_compliance(
    visits: Sequence[Visit],
    child_id: int,
    lp_person_id: int | None,
    period_start: date,
    period_end: date,
    profile: Profile,
    conference_dates: Sequence[date],
) -> VisitCompliance:
    calendar = profile.calendar()
    mine = [v for v in visits if v.child_id == child_id]
    seen = [v for v in mine if seen_by_lp(v, lp_person_id)]
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
        lambda d: calendar.working_day_on_or_before(d + timedelta(weeks=weeks)),
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
