"""The review conference: schedule it with its timeline, and the core group's report to it.

Timeline (docs/practice.md, from the profile): the final core group by ``final_core_group_working_days
_before_review``, the LP's report by ``lp_report_working_days_before`` and shared with the parents
and child by ``report_to_parents_working_days_before`` working days before the conference.

The report goes DRAFT -> SUBMITTED (to the conference chair) -> CHANGES_REQUESTED (back to the LP,
with the chair's comments) -> SUBMITTED ... -> ACCEPTED. Only the chair of the report's conference
comments, asks for changes or accepts (``Permission.REVIEW_REPORTS`` and being that chair).
``report_assembly`` gathers what the report is written from, for the documents to render.

One module per side: ``timeline`` (deadlines, scheduling), ``lp_report`` (the LP writes, submits
and shares), ``chair_review`` (the chair comments, asks for changes, accepts), ``assembly`` (what
the report is written from).
"""

from lpdesk.services.review_conference.assembly import (
    ActionProgress,
    OutcomeProgress,
    ReviewReportData,
    report_assembly,
)
from lpdesk.services.review_conference.chair_review import (
    accept_report,
    comment_on_report,
    report_history,
    reports_awaiting_review,
    reports_of_lead,
    reports_reviewed,
    request_changes,
)
from lpdesk.services.review_conference.lp_report import (
    ReportState,
    ReportStep,
    report_for,
    report_state,
    revise_report,
    share_with_parents,
    start_report,
    submit_report,
)
from lpdesk.services.review_conference.timeline import (
    ReviewTimeline,
    ScheduledReview,
    review_timeline,
    schedule_review,
)

__all__ = [
    "ActionProgress",
    "OutcomeProgress",
    "ReportState",
    "ReportStep",
    "ReviewReportData",
    "ReviewTimeline",
    "ScheduledReview",
    "accept_report",
    "comment_on_report",
    "report_assembly",
    "report_for",
    "report_history",
    "report_state",
    "reports_awaiting_review",
    "reports_of_lead",
    "reports_reviewed",
    "request_changes",
    "review_timeline",
    "revise_report",
    "schedule_review",
    "share_with_parents",
    "start_report",
    "submit_report",
]
