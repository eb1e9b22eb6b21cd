"""Compliance over a period, as figures a manager can reproduce by hand from the records.

Visits, for one child and one period, four measures, each a numerator over a denominator:

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

Meetings and reports (``case_measures`` gathers every measure of a case, ``MEASURES`` names them):
core groups, review conferences, minutes circulated and reports before a review, on time. The
exact definitions, with worked examples, are in docs/compliance.md.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from lpdesk.domain.case import Child
from lpdesk.domain.enums import ConferenceKind, DueKind, MeetingStatus, VisitOutcome
from lpdesk.domain.meetings import Conference, Meeting, ReviewReport
from lpdesk.domain.records import Visit
from lpdesk.rules.calendar import WorkingCalendar, add_months, fmt_date
from lpdesk.rules.profile import Profile

__all__ = [
    "MEASURES",
    "ComplianceFigures",
    "Measure",
    "VisitCompliance",
    "case_measures",
    "core_group_timeliness",
    "minutes_circulation_timeliness",
    "on_time",
    "report_timeliness",
    "review_conference_timeliness",
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


# ---------------------------------------------------------------- meetings, reports, whole cases
# Definitions, with worked examples, in docs/compliance.md. A due point counts once its due day is
# inside the period and not after ``as_of`` (a deadline still to come has not been missed yet).

MEASURES: tuple[str, ...] = (
    "visits_in_timescale",
    "seen_alone",
    "bedroom_seen",
    "visits_recorded_on_time",
    "core_groups_on_time",
    "minutes_circulated_on_time",
    "review_conferences_on_time",
    "lp_reports_on_time",
    "reports_to_parents_on_time",
)


def _on_or_before_working_day(calendar: WorkingCalendar, day: date) -> date:
    """A meeting due on a weekend or holiday is due the working day before (as in the due list)."""
    return day if calendar.is_working_day(day) else calendar.add_working_days(day, -1)


def _chain(
    first: tuple[date, date | None] | None,
    held: Sequence[date],
    next_due: Callable[[date], date],
    period_start: date,
    until: date,
) -> Measure:
    """Due points (due day, the meeting that answered it): ``first`` (if any), then one after each
    held meeting answered by the next held meeting. Met when that meeting was held by the due day."""
    points: list[tuple[date, date | None]] = [first] if first is not None else []
    for i, day in enumerate(held):
        points.append((next_due(day), held[i + 1] if i + 1 < len(held) else None))
    counted = [(due, done) for due, done in points if period_start <= due <= until]
    return Measure(
        numerator=sum(on_time(due, done) for due, done in counted), denominator=len(counted)
    )


def core_group_timeliness(
    held: Sequence[date],
    initial_conference_on: date | None,
    profile: Profile,
    period_start: date,
    until: date,
) -> Measure:
    """Core groups held by their due day: the first within the profile's (working) days of the
    initial conference, each later one within ``core_group_interval_weeks`` of the one before."""
    calendar = profile.calendar()
    days = sorted({d for d in held if initial_conference_on is None or d >= initial_conference_on})
    first: tuple[date, date | None] | None = None
    if initial_conference_on is not None and profile.applies(DueKind.FIRST_CORE_GROUP):
        if profile.first_core_group_calendar_days is not None:
            due = _on_or_before_working_day(
                calendar,
                initial_conference_on + timedelta(days=profile.first_core_group_calendar_days),
            )
        else:
            due = calendar.add_working_days(
                initial_conference_on, profile.first_core_group_working_days
            )
        first = (due, days[0] if days else None)
    if not profile.applies(DueKind.NEXT_CORE_GROUP):
        days = []
    interval = timedelta(weeks=profile.core_group_interval_weeks)
    return _chain(
        first,
        days,
        lambda d: _on_or_before_working_day(calendar, d + interval),
        period_start,
        until,
    )


def review_conference_timeliness(
    reviews_held: Sequence[date],
    initial_conference_on: date | None,
    profile: Profile,
    period_start: date,
    until: date,
) -> Measure:
    """Review conferences held by their due day: the first within ``first_review_months`` of the
    initial conference, each later one within ``later_review_months`` of the one before."""
    if initial_conference_on is None or not profile.applies(DueKind.REVIEW_CONFERENCE):
        return Measure()
    calendar = profile.calendar()
    days = sorted({d for d in reviews_held if d >= initial_conference_on})
    first_due = _on_or_before_working_day(
        calendar, add_months(initial_conference_on, profile.first_review_months)
    )
    return _chain(
        (first_due, days[0] if days else None),
        days,
        lambda d: _on_or_before_working_day(calendar, add_months(d, profile.later_review_months)),
        period_start,
        until,
    )


def minutes_circulation_timeliness(
    meetings: Sequence[tuple[date, date | None]],
    profile: Profile,
    period_start: date,
    until: date,
) -> Measure:
    """Of the (held on, circulated on) meetings held in the period whose minutes were circulated
    or are past due, those circulated within ``minutes_circulation_working_days``."""
    if not profile.applies(DueKind.MINUTES_CIRCULATION):
        return Measure()
    calendar, n = profile.calendar(), profile.minutes_circulation_working_days
    met = total = 0
    for held_on, circulated_on in meetings:
        due = calendar.add_working_days(held_on, n)
        if not period_start <= held_on <= until or (circulated_on is None and due > until):
            continue
        total += 1
        met += on_time(due, circulated_on)
    return Measure(numerator=met, denominator=total)


def report_timeliness(
    reviews: Sequence[tuple[date, date | None, date | None]],
    profile: Profile,
    period_start: date,
    until: date,
) -> tuple[Measure, Measure]:
    """For each (held on, report submitted on, shared with parents on) review conference held in
    the period: (submitted by ``lp_report_working_days_before``, shared by
    ``report_to_parents_working_days_before`` working days before it)."""
    calendar = profile.calendar()
    lp = parents = Measure()
    for held_on, submitted_on, shared_on in reviews:
        if not period_start <= held_on <= until:
            continue
        if profile.applies(DueKind.LP_REPORT):
            due = calendar.add_working_days(held_on, -profile.lp_report_working_days_before)
            lp += Measure(numerator=int(on_time(due, submitted_on)), denominator=1)
        if profile.applies(DueKind.REPORT_TO_PARENTS):
            n = profile.report_to_parents_working_days_before
            due = calendar.add_working_days(held_on, -n)
            parents += Measure(numerator=int(on_time(due, shared_on)), denominator=1)
    return lp, parents


def case_measures(
    *,
    visits: Sequence[Visit],
    children: Sequence[Child],
    lp_person_id: int | None,
    conferences: Sequence[Conference],
    core_groups: Sequence[Meeting],
    reports: Sequence[ReviewReport],
    profile: Profile,
    opened_on: date,
    period_start: date,
    until: date,
) -> dict[str, Measure]:
    """Every measure of ``MEASURES`` for one case over [period_start, until] (``until``: the end of
    the period, today or the day the case closed, whichever is first)."""
    initial = max(
        (
            c.held_on
            for c in conferences
            if c.kind is not ConferenceKind.REVIEW and c.held_on is not None and c.held_on <= until
        ),
        default=None,
    )
    held_conferences = sorted(c.held_on for c in conferences if c.held_on is not None)
    figures = ComplianceFigures()
    case_start = max(period_start, initial or opened_on)
    for child in children:
        if child.id is None or child.date_of_birth is None or child.date_of_birth > until:
            continue  # not yet born: the visit rules start at birth
        start = max(case_start, child.date_of_birth)
        if start > until:
            continue
        lp = lp_person_id if lp_person_id is not None else -1
        done = visit_compliance(visits, child.id, lp, start, until, profile, held_conferences)
        figures += done.figures
    held = [
        m for m in core_groups if m.held_on is not None and m.status is not MeetingStatus.CANCELLED
    ]
    reviews = [c for c in conferences if c.kind is ConferenceKind.REVIEW and c.held_on is not None]
    report_of = {r.conference_id: r for r in reports}
    lp_reports, to_parents = report_timeliness(
        [
            (
                c.held_on,
                report_of[c.id].submitted_on if c.id in report_of else None,
                report_of[c.id].shared_with_parents_on if c.id in report_of else None,
            )
            for c in reviews
            if c.held_on is not None
        ],
        profile,
        period_start,
        until,
    )
    held_days = [m.held_on for m in held if m.held_on is not None]
    return {
        "visits_in_timescale": figures.seen,
        "seen_alone": figures.seen_alone,
        "bedroom_seen": figures.bedroom,
        "visits_recorded_on_time": figures.recorded_on_time,
        "core_groups_on_time": core_group_timeliness(
            held_days, initial, profile, period_start, until
        ),
        "minutes_circulated_on_time": minutes_circulation_timeliness(
            [(m.held_on, m.circulated_on) for m in held if m.held_on is not None],
            profile,
            period_start,
            until,
        ),
        "review_conferences_on_time": review_conference_timeliness(
            [c.held_on for c in reviews if c.held_on is not None],
            initial,
            profile,
            period_start,
            until,
        ),
        "lp_reports_on_time": lp_reports,
        "reports_to_parents_on_time": to_parents,
    }
