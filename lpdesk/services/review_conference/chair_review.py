"""The conference chair's side of the report: the submitted reports awaiting them, comments,
changes asked for, acceptance. Only the chair of the report's conference acts on it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from lpdesk.domain import Conference, FieldProblem, Forbidden, ReportStatus, ReviewReport
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.meetings._common import raise_problems
from lpdesk.services.people import check_text
from lpdesk.services.permissions import Permission, require
from lpdesk.services.ports import UnitOfWork
from lpdesk.services.review_conference.lp_report import find_report
from lpdesk.services.revisions import as_read

__all__ = [
    "accept_report",
    "comment_on_report",
    "reports_awaiting_review",
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
    require(ctx, Permission.REVIEW_REPORTS)
    if ctx.actor.person_id is None:
        return []
    with ctx.uow() as uow:
        conferences = {
            c.id: c for c in uow.repo(Conference).find(chair_person_id=ctx.actor.person_id)
        }
        reports = (
            uow.repo(ReviewReport).find(
                conference_id=sorted(i for i in conferences if i is not None),
                status=ReportStatus.SUBMITTED,
            )
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
