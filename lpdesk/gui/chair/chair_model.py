"""What the conference chair reviews: the reports awaiting review and those already reviewed (a
table model), and what a report is read from (``ReportSummary``: the case, the report, its
history), shown as a document by ``report_document``.

``load_*`` are the Qt-free calls the views run on the database thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from lpdesk.domain import ReviewReport
from lpdesk.gui.admin.admin_model import Column, RowsModel
from lpdesk.gui.shell.labels import fmt_date
from lpdesk.services.audit_trail import HistoryLine
from lpdesk.services.cases import CaseOverview, case_overview
from lpdesk.services.context import ServiceContext
from lpdesk.services.review_conference import (
    ReviewReportData,
    report_assembly,
    reports_awaiting_review,
)
from lpdesk.services.review_conference.chair_review import (
    report_history,
    reports_of_lead,
    reports_reviewed,
)

__all__ = [
    "AwaitingReport",
    "AwaitingReviewModel",
    "ReportSummary",
    "load_awaiting",
    "load_lead_reports",
    "load_reviewed",
    "load_summary",
    "status_label",
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("chair_model", text)


@dataclass(frozen=True, kw_only=True, slots=True)
class AwaitingReport:
    report: ReviewReport
    case_reference: str
    conference_on: date | None
    lead_professional: str


@dataclass(frozen=True, kw_only=True, slots=True)
class ReportSummary:
    overview: CaseOverview
    data: ReviewReportData
    history: tuple[HistoryLine, ...] = ()  # what happened to the report, oldest first


def load_awaiting(ctx: ServiceContext) -> list[AwaitingReport]:
    """The signed-in chair's submitted reports, soonest conference first, with their case."""
    return _with_cases(ctx, reports_awaiting_review(ctx))


def _with_cases(ctx: ServiceContext, reports: list[ReviewReport]) -> list[AwaitingReport]:
    overviews = {r.case_id: case_overview(ctx, case_id=r.case_id) for r in reports}
    rows = []
    for r in reports:
        ov = overviews[r.case_id]
        conference = next((c for c in ov.conferences if c.id == r.conference_id), None)
        rows.append(
            AwaitingReport(
                report=r,
                case_reference=ov.case.reference,
                conference_on=(conference.held_on or conference.scheduled_for)
                if conference
                else None,
                lead_professional=ov.lead.name if ov.lead else "",
            )
        )
    return rows


def load_summary(ctx: ServiceContext, *, report_id: int, case_id: int) -> ReportSummary:
    return ReportSummary(
        overview=case_overview(ctx, case_id=case_id),
        data=report_assembly(ctx, report_id=report_id),
        history=tuple(report_history(ctx, report_id=report_id)),
    )


def load_reviewed(ctx: ServiceContext) -> list[AwaitingReport]:
    """The reports the chair has sent back or accepted, with their case."""
    return _with_cases(ctx, reports_reviewed(ctx))


def load_lead_reports(ctx: ServiceContext) -> list[AwaitingReport]:
    """The lead professional's own reports, with their case."""
    return _with_cases(ctx, reports_of_lead(ctx))


_STATUS = {
    "draft": "Draft",
    "submitted": "With the chair",
    "changes_requested": "Changes asked for",
    "accepted": "Accepted",
}


def status_label(status: str) -> str:
    return _tr(_STATUS.get(str(status), str(status)))


class AwaitingReviewModel(RowsModel):
    def define_columns(self) -> list[Column]:
        tr = self.tr
        return [
            Column(tr("Case"), lambda a: a.case_reference),
            Column(tr("Status"), lambda a: status_label(a.report.status)),
            Column(
                tr("Conference"),
                lambda a: fmt_date(a.conference_on, weekday=True),
                sort=lambda a: a.conference_on.toordinal() if a.conference_on else 0,
            ),
            Column(
                tr("Submitted"),
                lambda a: fmt_date(a.report.submitted_on),
                sort=lambda a: a.report.submitted_on.toordinal() if a.report.submitted_on else 0,
            ),
            Column(tr("Lead professional"), lambda a: a.lead_professional),
        ]
