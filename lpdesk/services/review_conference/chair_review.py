"""The conference chair's side of the report: the submitted reports awaiting them, comments,
changes asked for, acceptance. Only the chair of the report's conference acts on it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from lpdesk.domain import (
    AuditEvent,
    Conference,
    FieldProblem,
    Forbidden,
    LeadAssignment,
    ReportStatus,
    ReviewReport,
)
from lpdesk.services.audit_trail import HistoryLine, in_words
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.meetings._common import raise_problems
from lpdesk.services.people import check_text
from lpdesk.services.permissions import Permission, require, require_case
from lpdesk.services.ports import UnitOfWork
from lpdesk.services.review_conference.lp_report import find_report
from lpdesk.services.revisions import as_read

__all__ = [
    "accept_report",
    "comment_on_report",
    "report_history",
    "reports_awaiting_review",
    "reports_of_lead",
    "reports_reviewed",
    "request_changes",
]


def _chaired_report(
    ctx: ServiceContext, uow: UnitOfWork, report_id: int, action: str
) -> ReviewReport:
    require(ctx, Permission.REVIEW_REPORTS)
    report, conference = find_report(uow, report_id)
    if ctx.actor.person_id is None or conference.chair_person_id != ctx.actor.person_id:
        raise Forbidden(
            ctx.actor.role.value, f"{action} a report for a conference they do not chair"
        )
    return report


def reports_awaiting_review(ctx: ServiceContext) -> list[ReviewReport]:
    """The submitted reports for the conferences the signed-in chair chairs, soonest first."""
    return _chairs_reports(ctx, (ReportStatus.SUBMITTED,))


def reports_reviewed(ctx: ServiceContext) -> list[ReviewReport]:
    """The reports the signed-in chair has sent back for changes or accepted, soonest first."""
    return _chairs_reports(ctx, (ReportStatus.CHANGES_REQUESTED, ReportStatus.ACCEPTED))


def reports_of_lead(ctx: ServiceContext) -> list[ReviewReport]:
    """The review reports on the cases the signed-in lead professional leads (what the chair
    said, and whether it was accepted), soonest conference first."""
    require(ctx, Permission.READ_CASE)
    if ctx.actor.person_id is None:
        return []
    with ctx.uow() as uow:
        led = sorted(
            {
                a.case_id
                for a in uow.repo(LeadAssignment).find(person_id=ctx.actor.person_id)
                if a.ended_on is None
            }
        )
        reports = uow.repo(ReviewReport).find(case_id=led) if led else []
        conferences = {
            c.id: c
            for c in (
                uow.repo(Conference).find(id=sorted({r.conference_id for r in reports}))
                if reports
                else []
            )
        }
    return sorted(reports, key=lambda r: (_when(conferences[r.conference_id]), r.id or 0))


def report_history(ctx: ServiceContext, *, report_id: int) -> list[HistoryLine]:
    """What happened to one report, in words, oldest first: for the chair of its conference and
    for those who may read its case (the lead professional, their manager)."""
    with ctx.uow() as uow:
        report, conference = find_report(uow, report_id)
        chairs = ctx.actor.person_id is not None and conference.chair_person_id == (
            ctx.actor.person_id
        )
        if not chairs:
            require_case(ctx, uow, Permission.READ_CASE, report.case_id)
        events = uow.repo(AuditEvent).find(entity="review_report", entity_id=report_id)
    return in_words(ctx, sorted(events, key=lambda e: (e.at, e.id or 0)))


def _when(c: Conference) -> date:
    return c.scheduled_for or c.held_on or date.max


def _chairs_reports(ctx: ServiceContext, statuses: tuple[ReportStatus, ...]) -> list[ReviewReport]:
    require(ctx, Permission.REVIEW_REPORTS)
    if ctx.actor.person_id is None:
        return []
    with ctx.uow() as uow:
        conferences = {
            c.id: c for c in uow.repo(Conference).find(chair_person_id=ctx.actor.person_id)
        }
        reports = (
            [
                r
                for r in uow.repo(ReviewReport).find(
                    conference_id=sorted(i for i in conferences if i is not None)
                )
                if r.status in statuses
            ]
            if conferences
            else []
        )

    def when(r: ReviewReport) -> date:
        c = conferences[r.conference_id]
        return c.scheduled_for or c.held_on or date.max

    return sorted(reports, key=lambda r: (when(r), r.id or 0))


def _chair_update(
    ctx: ServiceContext,
    *,
    report_id: int,
    comments: str,
    action: str,
    audit: str,
    status: ReportStatus | None,
    required: bool,
    expected_revision: int | None = None,
) -> ReviewReport:
    problems: list[FieldProblem] = []
    check_text(problems, "comments", comments, required=required, multiline=True, max_length=8000)
    with ctx.uow() as uow:
        report = _chaired_report(ctx, uow, report_id, action)
        if report.status is not ReportStatus.SUBMITTED:
            problems.append(FieldProblem("report_id", f"the report is {report.status}"))
        raise_problems(problems)
        changes: dict[str, object] = {"chair_comments": comments.strip() or report.chair_comments}
        if status is not None:
            changes["status"] = status
        if status is ReportStatus.ACCEPTED:
            changes["reviewed_on"] = ctx.clock.today()
        report = as_read(report, expected_revision)
        stored = uow.repo(ReviewReport).update(replace(report, **changes))  # type: ignore[arg-type]
        record(uow, ctx, audit, "review_report", report_id)
    return stored


def comment_on_report(
    ctx: ServiceContext, *, report_id: int, comments: str, expected_revision: int | None = None
) -> ReviewReport:
    """The chair's comments on a submitted report; the status stays SUBMITTED."""
    return _chair_update(
        ctx,
        expected_revision=expected_revision,
        report_id=report_id,
        comments=comments,
        action="comment on",
        audit="report.comment",
        status=None,
        required=True,
    )


def request_changes(ctx: ServiceContext, *, report_id: int, comments: str) -> ReviewReport:
    """Send the report back to the LP (CHANGES_REQUESTED) with comments they see."""
    return _chair_update(
        ctx,
        report_id=report_id,
        comments=comments,
        action="request changes to",
        audit="report.request_changes",
        status=ReportStatus.CHANGES_REQUESTED,
        required=True,
    )


def accept_report(ctx: ServiceContext, *, report_id: int, comments: str = "") -> ReviewReport:
    """Accept the report (ACCEPTED, reviewed today)."""
    return _chair_update(
        ctx,
        report_id=report_id,
        comments=comments,
        action="accept",
        audit="report.accept",
        status=ReportStatus.ACCEPTED,
        required=False,
    )
