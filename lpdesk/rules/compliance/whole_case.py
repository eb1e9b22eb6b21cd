"""Every compliance measure of one case over a period (``case_measures``), by the names in
``MEASURES`` (``case_counts``: the same as numbers, for a report over thousands of cases). Visits and core groups come as the narrow rows the measures read (``VisitRow``,
``CoreGroupRow``; ``visit_rows`` and ``core_group_rows`` make them from the records)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from lpdesk.domain.case import Child
from lpdesk.domain.enums import ConferenceKind, MeetingStatus
from lpdesk.domain.meetings import Conference, Meeting, ReviewReport
from lpdesk.rules.children import is_unborn
from lpdesk.rules.compliance.measure import Measure
from lpdesk.rules.compliance.timeliness import (
    core_group_counts,
    minutes_circulation_counts,
    report_counts,
    review_conference_counts,
)
from lpdesk.rules.compliance.visits import VisitRow, visit_tally
from lpdesk.rules.profile import Profile

__all__ = [
    "MEASURES",
    "CoreGroupRow",
    "case_counts",
    "case_measures",
    "core_group_rows",
]

CoreGroupRow = tuple[int, date, date | None]
"""(case id, held on, circulated on) of a core group held (not cancelled)."""


def core_group_rows(meetings: Iterable[Meeting]) -> list[CoreGroupRow]:
    """The measures' view of core group meetings: those held and not cancelled."""
    return [
        (m.case_id, m.held_on, m.circulated_on)
        for m in meetings
        if m.held_on is not None and m.status is not MeetingStatus.CANCELLED
    ]


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


def case_measures(
    *,
    visits: Sequence[VisitRow],
    children: Sequence[Child],
    lp_person_id: int | None,
    conferences: Sequence[Conference],
    core_groups: Sequence[CoreGroupRow],
    reports: Sequence[ReviewReport],
    profile: Profile,
    opened_on: date,
    period_start: date,
    until: date,
) -> dict[str, Measure]:
    """Every measure of ``MEASURES`` for one case over [period_start, until] (``until``: the end of
    the period, today or the day the case closed, whichever is first)."""
    counts = case_counts(
        visits=visits,
        children=children,
        lp_person_id=lp_person_id,
        conferences=conferences,
        core_groups=core_groups,
        reports=reports,
        profile=profile,
        opened_on=opened_on,
        period_start=period_start,
        until=until,
    )
    return {
        name: Measure(numerator=counts[2 * i], denominator=counts[2 * i + 1])
        for i, name in enumerate(MEASURES)
    }


def case_counts(
    *,
    visits: Sequence[VisitRow],
    children: Sequence[Child],
    lp_person_id: int | None,
    conferences: Sequence[Conference],
    core_groups: Sequence[CoreGroupRow],
    reports: Sequence[ReviewReport],
    profile: Profile,
    opened_on: date,
    period_start: date,
    until: date,
) -> tuple[int, ...]:
    """``case_measures`` as counts: each measure's numerator then denominator, in the order of
    ``MEASURES`` (what a report over thousands of cases adds up)."""
    initial: date | None = None  # the last initial (or pre-birth) conference held by then
    held_conferences: list[date] = []
    reviews: list[Conference] = []
    for c in conferences:
        held = c.held_on
        if held is None:
            continue
        held_conferences.append(held)
        if c.kind is ConferenceKind.REVIEW:
            reviews.append(c)
        elif held <= until and (initial is None or held > initial):
            initial = held
    held_conferences.sort()
    totals = [0] * 8  # the children's visit tallies, summed
    case_start = max(period_start, initial or opened_on)
    for child in children:
        if child.id is None or is_unborn(child.date_of_birth, child.expected_birth_date):
            continue  # not yet born: the visit rules start at birth
        start = max(case_start, child.date_of_birth or case_start)
        if start > until:
            continue  # born after the period (or the case started after it)
        tally = visit_tally(visits, child.id, lp_person_id, start, until, profile, held_conferences)
        totals = [a + b for a, b in zip(totals, tally, strict=True)]
    report_of = {r.conference_id: r for r in reports}
    lp_reports, to_parents = report_counts(
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
    return (
        *totals,  # seen, seen alone, bedroom, recorded on time: see ``visits.Tally``
        *core_group_counts(
            [held_on for _, held_on, _ in core_groups], initial, profile, period_start, until
        ),
        *minutes_circulation_counts(
            [(held_on, circulated_on) for _, held_on, circulated_on in core_groups],
            profile,
            period_start,
            until,
        ),
        *review_conference_counts(
            [c.held_on for c in reviews if c.held_on is not None],
            initial,
            profile,
            period_start,
            until,
        ),
        *lp_reports,
        *to_parents,
    )
