"""Every compliance measure of one case over a period (``case_measures``), by the names in
``MEASURES``. Visits and core groups come as the narrow rows the measures read (``VisitRow``,
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
    core_group_timeliness,
    minutes_circulation_timeliness,
    report_timeliness,
    review_conference_timeliness,
)
from lpdesk.rules.compliance.visits import VisitRow, visit_tally
from lpdesk.rules.profile import Profile

__all__ = [
    "MEASURES",
    "CoreGroupRow",
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
    seen, seen_due, alone, alone_due, bedroom, cycles, recorded, recorded_due = totals
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
    held_days = [held_on for _, held_on, _ in core_groups]
    return {
        "visits_in_timescale": Measure(numerator=seen, denominator=seen_due),
        "seen_alone": Measure(numerator=alone, denominator=alone_due),
        "bedroom_seen": Measure(numerator=bedroom, denominator=cycles),
        "visits_recorded_on_time": Measure(numerator=recorded, denominator=recorded_due),
        "core_groups_on_time": core_group_timeliness(
            held_days, initial, profile, period_start, until
        ),
        "minutes_circulated_on_time": minutes_circulation_timeliness(
            [(held_on, circulated_on) for _, held_on, circulated_on in core_groups],
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
