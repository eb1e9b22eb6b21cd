"""Meetings and reports on time: core groups, review conferences, minutes circulated, and the LP's
report before a review (to the chair and to the parents).

Definitions, with worked examples, in docs/compliance.md. A due point counts once its due day is
inside the period and not after ``until`` (a deadline still to come has not been missed yet)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from lpdesk.domain.enums import DueKind
from lpdesk.rules.compliance.measure import Measure, months_after, on_time, remembered
from lpdesk.rules.profile import Profile

__all__ = [
    "Count",
    "core_group_counts",
    "core_group_timeliness",
    "minutes_circulation_counts",
    "minutes_circulation_timeliness",
    "report_counts",
    "report_timeliness",
    "review_conference_counts",
    "review_conference_timeliness",
]

Count = tuple[int, int]
"""A measure as (numerator, denominator): what a report over thousands of cases adds up (each
``..._timeliness`` function gives the same as a ``Measure``)."""


def _measure(count: Count) -> Measure:
    return Measure(numerator=count[0], denominator=count[1])


def _chain(
    first: tuple[date, date | None] | None,
    held: Sequence[date],
    due_after: Mapping[date, date],
    period_start: date,
    until: date,
) -> Count:
    """Due points (due day, the meeting that answered it): ``first`` (if any), then one after each
    held meeting (``due_after[held on]``) answered by the next held meeting. Met when that
    meeting was held by the due day."""
    met = total = 0
    if first is not None:
        due, done = first
        if period_start <= due <= until:
            total += 1
            met += on_time(due, done)
    last = len(held) - 1
    for i, day in enumerate(held):
        due = due_after[day]
        if period_start <= due <= until:
            total += 1
            if i < last and held[i + 1] <= due:
                met += 1
    return met, total


def core_group_counts(
    held: Sequence[date],
    initial_conference_on: date | None,
    profile: Profile,
    period_start: date,
    until: date,
) -> Count:
    """``core_group_timeliness`` as a count."""
    calendar = remembered(profile.calendar())
    days = sorted({d for d in held if initial_conference_on is None or d >= initial_conference_on})
    first: tuple[date, date | None] | None = None
    if initial_conference_on is not None and profile.applies(DueKind.FIRST_CORE_GROUP):
        if profile.first_core_group_calendar_days is not None:
            due = calendar.working_day_on_or_before(
                initial_conference_on + timedelta(days=profile.first_core_group_calendar_days),
            )
        else:
            due = calendar.add_working_days(
                initial_conference_on, profile.first_core_group_working_days
            )
        first = (due, days[0] if days else None)
    if not profile.applies(DueKind.NEXT_CORE_GROUP):
        days = []
    return _chain(
        first,
        days,
        calendar.on_or_before_days_after(7 * profile.core_group_interval_weeks),
        period_start,
        until,
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
    return _measure(core_group_counts(held, initial_conference_on, profile, period_start, until))


def review_conference_counts(
    reviews_held: Sequence[date],
    initial_conference_on: date | None,
    profile: Profile,
    period_start: date,
    until: date,
) -> Count:
    """``review_conference_timeliness`` as a count."""
    if initial_conference_on is None or not profile.applies(DueKind.REVIEW_CONFERENCE):
        return 0, 0
    calendar = remembered(profile.calendar())
    days = sorted({d for d in reviews_held if d >= initial_conference_on})
    first_due = calendar.working_day_on_or_before(
        months_after(initial_conference_on, profile.first_review_months)
    )
    return _chain(
        (first_due, days[0] if days else None),
        days,
        calendar.on_or_before_months_after(profile.later_review_months),
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
    return _measure(
        review_conference_counts(reviews_held, initial_conference_on, profile, period_start, until)
    )


def minutes_circulation_counts(
    meetings: Sequence[tuple[date, date | None]],
    profile: Profile,
    period_start: date,
    until: date,
) -> Count:
    """``minutes_circulation_timeliness`` as a count."""
    if not profile.applies(DueKind.MINUTES_CIRCULATION):
        return 0, 0
    due_after = remembered(profile.calendar()).after_working_days(
        profile.minutes_circulation_working_days
    )
    met = total = 0
    for held_on, circulated_on in meetings:
        if not period_start <= held_on <= until:
            continue
        due = due_after[held_on]
        if circulated_on is None:
            if due <= until:
                total += 1
        else:
            total += 1
            met += circulated_on <= due
    return met, total


def minutes_circulation_timeliness(
    meetings: Sequence[tuple[date, date | None]],
    profile: Profile,
    period_start: date,
    until: date,
) -> Measure:
    """Of the (held on, circulated on) meetings held in the period whose minutes were circulated
    or are past due, those circulated within ``minutes_circulation_working_days``."""
    return _measure(minutes_circulation_counts(meetings, profile, period_start, until))


def report_counts(
    reviews: Sequence[tuple[date, date | None, date | None]],
    profile: Profile,
    period_start: date,
    until: date,
) -> tuple[Count, Count]:
    """``report_timeliness`` as counts."""
    calendar = remembered(profile.calendar())
    lp_met = lp_total = parents_met = parents_total = 0
    for held_on, submitted_on, shared_on in reviews:
        if not period_start <= held_on <= until:
            continue
        if profile.applies(DueKind.LP_REPORT):
            due = calendar.add_working_days(held_on, -profile.lp_report_working_days_before)
            lp_total += 1
            lp_met += on_time(due, submitted_on)
        if profile.applies(DueKind.REPORT_TO_PARENTS):
            n = profile.report_to_parents_working_days_before
            due = calendar.add_working_days(held_on, -n)
            parents_total += 1
            parents_met += on_time(due, shared_on)
    return (lp_met, lp_total), (parents_met, parents_total)


def report_timeliness(
    reviews: Sequence[tuple[date, date | None, date | None]],
    profile: Profile,
    period_start: date,
    until: date,
) -> tuple[Measure, Measure]:
    """For each (held on, report submitted on, shared with parents on) review conference held in
    the period: (submitted by ``lp_report_working_days_before``, shared by
    ``report_to_parents_working_days_before`` working days before it)."""
    lp, parents = report_counts(reviews, profile, period_start, until)
    return _measure(lp), _measure(parents)
