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

Modules: ``measure`` (the arithmetic and the visit figures), ``visits``, ``timeliness`` (meetings and reports),
``whole_case`` (every measure of a case).
"""

from lpdesk.rules.compliance.measure import ComplianceFigures, Measure, on_time, working_days_late
from lpdesk.rules.compliance.timeliness import (
    core_group_timeliness,
    minutes_circulation_timeliness,
    report_timeliness,
    review_conference_timeliness,
)
from lpdesk.rules.compliance.visits import (
    VisitCompliance,
    VisitRow,
    visit_compliance,
    visit_figures,
    visit_rows,
)
from lpdesk.rules.compliance.whole_case import (
    MEASURES,
    CoreGroupRow,
    case_counts,
    case_measures,
    core_group_rows,
)

__all__ = [
    "MEASURES",
    "ComplianceFigures",
    "CoreGroupRow",
    "Measure",
    "VisitCompliance",
    "VisitRow",
    "case_counts",
    "case_measures",
    "core_group_rows",
    "core_group_timeliness",
    "minutes_circulation_timeliness",
    "on_time",
    "report_timeliness",
    "review_conference_timeliness",
    "visit_compliance",
    "visit_figures",
    "visit_rows",
    "working_days_late",
]
