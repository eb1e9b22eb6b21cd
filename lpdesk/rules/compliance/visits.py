"""Visit compliance for one child over a period: seen by the LP, seen alone, bedroom seen once a
conference cycle, and visits recorded on time; every miss is a gap naming the dates.

Only completed visits by the LP count as the child being seen (``lpdesk.rules.seen``, the rule the
due list's "last seen" dates follow too). The clock for the first due point starts
at the LP's last visit on or before the period start, or at the period start if there was none.

The measures read a visit as a ``VisitRow``, a plain tuple of the few columns they look at, so a
report over thousands of cases need not build a ``Visit`` per row (``visit_rows`` narrows
``Visit`` records the same way). ``visit_compliance`` gives the figures and the gaps;
``visit_figures`` the same figures without writing the gaps (the compliance report's)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from lpdesk.domain.enums import VisitOutcome
from lpdesk.domain.records import Visit
from lpdesk.rules.calendar import fmt_date
from lpdesk.rules.compliance.measure import (
    ComplianceFigures,
    Days,
    Measure,
    on_time,
    remembered,
    working_days_late,
)
from lpdesk.rules.profile import Profile

__all__ = [
    "Tally",
    "VisitCompliance",
    "VisitRow",
    "visit_compliance",
    "visit_figures",
    "visit_rows",
    "visit_tally",
]

VisitRow = tuple[int, int, int, date, date, bool, bool, bool]
"""(case id, child id, visitor's person id, day visited, day recorded, completed, seen alone,
bedroom seen): what the visit measures read of a visit."""


def visit_rows(visits: Iterable[Visit]) -> list[VisitRow]:
    """The measures' view of ``visits``, in the order given."""
    return [
        (
            v.case_id,
            v.child_id,
            v.visitor_person_id,
            v.visited_at.date(),
            v.recorded_at.date(),
            v.outcome is VisitOutcome.COMPLETED,
            v.seen_alone,
            v.bedroom_seen,
        )
        for v in visits
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
    mine = sorted((v for v in visits if v.child_id == child_id), key=lambda v: v.visited_at)
    gaps: list[str] = []  # in the order of the visits' times
    figures = _figures(
        visit_rows(mine),
        child_id,
        lp_person_id,
        period_start,
        period_end,
        profile,
        conference_dates,
        gaps,
    )
    return VisitCompliance(child_id=child_id, figures=figures, gaps=tuple(gaps))


def visit_figures(
    rows: Sequence[VisitRow],
    child_id: int,
    lp_person_id: int | None,
    period_start: date,
    period_end: date,
    profile: Profile,
    conference_dates: Sequence[date],
) -> ComplianceFigures:
    """``visit_compliance(...).figures`` from the rows, without the gaps."""
    seen, seen_due, alone, alone_due, bedroom, cycles, recorded, visits = visit_tally(
        rows, child_id, lp_person_id, period_start, period_end, profile, conference_dates
    )
    return ComplianceFigures(
        seen=Measure(numerator=seen, denominator=seen_due),
        seen_alone=Measure(numerator=alone, denominator=alone_due),
        bedroom=Measure(numerator=bedroom, denominator=cycles),
        recorded_on_time=Measure(numerator=recorded, denominator=visits),
    )


Tally = tuple[int, int, int, int, int, int, int, int]
"""The visit figures as counts: (seen, due to be seen, seen alone, due to be seen alone,
cycles with the bedroom seen, cycles, visits recorded on time, visits)."""


def visit_tally(
    rows: Sequence[VisitRow],
    child_id: int,
    lp_person_id: int | None,
    period_start: date,
    period_end: date,
    profile: Profile,
    conference_dates: Sequence[date],
) -> Tally:
    """``visit_figures`` as counts, in one pass over the rows: what a report over thousands of
    children sums (the same due points as ``visit_compliance``, which also writes the gaps; a
    test compares the two)."""
    days = remembered(profile.calendar())
    recorded_by = days.after_working_days(profile.visit_recording_working_days)
    seen: set[date] = set()
    alone: set[date] = set()
    bedroom: set[date] = set()
    recorded = visits = 0
    for _, child, visitor, visited, on, done, seen_alone, bedroom_seen in rows:
        if child != child_id:
            continue
        if period_start <= visited <= period_end:
            visits += 1
            if on <= recorded_by[visited]:
                recorded += 1
        # a completed visit by the lead professional: ``lpdesk.rules.seen.seen_by_lp`` on a row
        if done and visitor == lp_person_id and lp_person_id is not None:
            seen.add(visited)
            if seen_alone:
                alone.add(visited)
            if bedroom_seen:
                bedroom.add(visited)
    seen_met, seen_due = _count(
        sorted(seen),
        days.after_working_days(profile.visit_seen_working_days),
        period_start,
        period_end,
    )
    alone_met, alone_due = _count(
        sorted(alone),
        days.on_or_before_days_after(7 * profile.visit_alone_weeks),
        period_start,
        period_end,
    )
    bedroom_met = cycles = 0
    if profile.bedroom_once_per_conference_cycle:  # ``_bedroom`` without the gaps
        seen_in = sorted(bedroom)
        for opened, closed in pairwise(sorted(set(conference_dates))):
            if period_start <= closed <= period_end:
                cycles += 1
                first = bisect_left(seen_in, opened)  # the first day seen on or after it opened
                if first < len(seen_in) and seen_in[first] < closed:
                    bedroom_met += 1
    return (seen_met, seen_due, alone_met, alone_due, bedroom_met, cycles, recorded, visits)


def _count(
    days: list[date], deadline: Mapping[date, date], period_start: date, period_end: date
) -> tuple[int, int]:
    """(met, due) of ``_due_points`` without the gaps: the clock starts at the last day on or
    before the period's start (or at the start), each due point is ``deadline[anchor]`` and is
    met by the next day if that comes by it; every day after the anchor starts the next clock."""
    i = bisect_right(days, period_start)
    anchor = days[i - 1] if i else period_start
    n = len(days)
    met = due_count = 0
    while (due := deadline[anchor]) <= period_end:
        due_count += 1
        if i == n:
            break
        following = days[i]
        i += 1
        if following <= due:
            met += 1
        elif following > period_end:
            break
        anchor = following
    return met, due_count


def _figures(
    rows: Sequence[VisitRow],
    child_id: int,
    lp_person_id: int | None,
    period_start: date,
    period_end: date,
    profile: Profile,
    conference_dates: Sequence[date],
    gaps: list[str] | None,
) -> ComplianceFigures:
    calendar = remembered(profile.calendar())
    mine = [r for r in rows if r[1] == child_id]
    # a completed visit by the lead professional: ``lpdesk.rules.seen.seen_by_lp`` on a row
    seen = [r for r in mine if r[5] and lp_person_id is not None and r[2] == lp_person_id]
    n, weeks = profile.visit_seen_working_days, profile.visit_alone_weeks

    seen_measure = _due_points(
        sorted({r[3] for r in seen}),
        lambda d: calendar.add_working_days(d, n),
        f"{n} working days",
        "seen by the LP",
        period_start,
        period_end,
        gaps,
    )
    alone_measure = _due_points(
        sorted({r[3] for r in seen if r[6]}),
        lambda d: calendar.working_day_on_or_before(d + timedelta(weeks=weeks)),
        f"{weeks} weeks",
        "seen alone",
        period_start,
        period_end,
        gaps,
    )
    bedroom_measure = Measure()
    if profile.bedroom_once_per_conference_cycle:
        bedroom_days = sorted({r[3] for r in seen if r[7]})
        bedroom_measure = _bedroom(bedroom_days, conference_dates, period_start, period_end, gaps)
    recorded = _recording(
        mine, calendar, profile.visit_recording_working_days, period_start, period_end, gaps
    )
    return ComplianceFigures(
        seen=seen_measure,
        seen_alone=alone_measure,
        bedroom=bedroom_measure,
        recorded_on_time=recorded,
    )


def _due_points(
    days: list[date],
    deadline: Callable[[date], date],
    span: str,
    what: str,
    period_start: date,
    period_end: date,
    gaps: list[str] | None,
) -> Measure:
    earlier = [d for d in days if d <= period_start]
    anchor = earlier[-1] if earlier else period_start
    from_visit = bool(earlier)  # the clock started at a visit, not at the period's start
    later = iter(d for d in days if d > anchor)
    met = due_count = 0
    while (due := deadline(anchor)) <= period_end:
        due_count += 1
        following = next(later, None)
        if following is not None and following <= due:
            met += 1
        elif gaps is None:
            if following is None or following > period_end:
                break
        else:
            anchor_text = (
                f"the visit on {fmt_date(anchor)}"
                if from_visit
                else f"the start of the period on {fmt_date(anchor)}"
            )
            if following is not None and following <= period_end:
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
        assert following is not None
        anchor, from_visit = following, True
    return Measure(numerator=met, denominator=due_count)


def _bedroom(
    bedroom_days: list[date],
    conference_dates: Sequence[date],
    period_start: date,
    period_end: date,
    gaps: list[str] | None,
) -> Measure:
    conferences = sorted(set(conference_dates))
    met = cycles = 0
    for opened, closed in pairwise(conferences):
        if not period_start <= closed <= period_end:
            continue
        cycles += 1
        if any(opened <= d < closed for d in bedroom_days):
            met += 1
        elif gaps is not None:
            gaps.append(
                f"bedroom not seen between the conferences on {fmt_date(opened)} and "
                f"{fmt_date(closed)}"
            )
    return Measure(numerator=met, denominator=cycles)


def _recording(
    rows: list[VisitRow],
    calendar: Days,
    n: int,
    period_start: date,
    period_end: date,
    gaps: list[str] | None,
) -> Measure:
    met = total = 0
    for row in sorted(rows, key=lambda r: r[3]) if gaps is not None else rows:
        visited, recorded = row[3], row[4]
        if not period_start <= visited <= period_end:
            continue
        total += 1
        due = calendar.add_working_days(visited, n)
        if on_time(due, recorded):
            met += 1
        elif gaps is not None:
            gaps.append(
                f"visit on {fmt_date(visited)} recorded on {fmt_date(recorded)}: due by "
                f"{fmt_date(due)}, {n} working days after it "
                f"({working_days_late(due, recorded, calendar.calendar)} working days late)"
            )
    return Measure(numerator=met, denominator=total)
