"""The lead professional's side of the report: start it, revise it, submit it to the chair and
share it with the parents; a submission or sharing after its deadline is ``late``, with why.
Also finding a report by id, for every side."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from lpdesk.domain import (
    Conference,
    ConferenceKind,
    FieldProblem,
    InvalidInput,
    ReportStatus,
    ReviewReport,
)
from lpdesk.rules.calendar import fmt_date
from lpdesk.services.cases.checks import check_not_future
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.meetings._common import get_case, provider, raise_problems
from lpdesk.services.people import check_text
from lpdesk.services.permissions import Permission, require, require_case
from lpdesk.services.ports import UnitOfWork
from lpdesk.services.profiles import ProfileProvider
from lpdesk.services.review_conference.timeline import ReviewTimeline, review_timeline
from lpdesk.services.revisions import as_read

__all__ = [
    "ReportState",
    "ReportStep",
    "find_report",
    "report_for",
    "report_state",
    "revise_report",
    "share_with_parents",
    "start_report",
    "submit_report",
]


@dataclass(frozen=True, kw_only=True, slots=True)
class ReportStep:
    """A report after submission or sharing: ``late`` when done after its deadline, with why."""

    report: ReviewReport
    late: bool
    reason: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class ReportState:
    """The next review conference still to come, its report (None before it is started) and its
    deadlines."""

    conference: Conference
    report: ReviewReport | None
    timeline: ReviewTimeline


def report_state(
    ctx: ServiceContext, *, case_id: int, profiles: ProfileProvider | None = None
) -> ReportState | None:
    """Where the lead professional's report to the next review conference stands (None when no
    review conference is scheduled)."""
    require(ctx, Permission.READ_CASE)
    with ctx.uow() as uow:
        require_case(ctx, uow, Permission.READ_CASE, case_id)
        case = get_case(uow, case_id)
        coming = sorted(
            (
                c
                for c in uow.repo(Conference).find(case_id=case_id, kind=ConferenceKind.REVIEW)
                if c.held_on is None and c.scheduled_for is not None
            ),
            key=lambda c: (c.scheduled_for or date.max, c.id or 0),
        )
        if not coming:
            return None
        conference = coming[0]
        reports = uow.repo(ReviewReport).find(conference_id=conference.id)
    assert conference.scheduled_for is not None
    profile = provider(profiles).profile(case.profile_id, "case_id")
    return ReportState(
        conference=conference,
        report=reports[0] if reports else None,
        timeline=review_timeline(profile, conference.scheduled_for),
    )


def find_report(uow: UnitOfWork, report_id: int) -> tuple[ReviewReport, Conference]:
    found = uow.repo(ReviewReport).find(id=report_id)
    if not found:
        raise InvalidInput.one("report_id", f"no review report {report_id}")
    return found[0], uow.repo(Conference).get(found[0].conference_id)


def report_for(ctx: ServiceContext, *, report_id: int) -> ReviewReport:
    require(ctx, Permission.READ_CASE)
    with ctx.uow() as uow:
        return find_report(uow, report_id)[0]


def start_report(
    ctx: ServiceContext, *, conference_id: int, recommendation: str = ""
) -> ReviewReport:
    """Start the report (DRAFT) for a review conference not yet held: one per conference."""
    problems: list[FieldProblem] = []
    check_text(problems, "recommendation", recommendation, multiline=True, max_length=8000)
    with ctx.uow() as uow:
        found = uow.repo(Conference).find(id=conference_id)
        if not found:
            raise InvalidInput.one("conference_id", f"no conference {conference_id}")
        conference = found[0]
        get_case(uow, conference.case_id, "conference_id")
        require_case(ctx, uow, Permission.EDIT_NARRATIVE, conference.case_id)
        if conference.kind is not ConferenceKind.REVIEW or conference.held_on is not None:
            problems.append(FieldProblem("conference_id", "not a review conference still to come"))
        if uow.repo(ReviewReport).find(conference_id=conference_id):
            problems.append(FieldProblem("conference_id", "already has a report"))
        raise_problems(problems)
        report = uow.repo(ReviewReport).add(
            ReviewReport(
                case_id=conference.case_id,
                conference_id=conference_id,
                recommendation=recommendation.strip(),
            )
        )
        record(uow, ctx, "report.start", "review_report", report.id, f"case={report.case_id}")
    return report


def _report_for_editing(
    ctx: ServiceContext, uow: UnitOfWork, report_id: int
) -> tuple[ReviewReport, Conference]:
    report, conference = find_report(uow, report_id)
    get_case(uow, report.case_id, "report_id")
    require_case(ctx, uow, Permission.EDIT_NARRATIVE, report.case_id)
    return report, conference


def revise_report(
    ctx: ServiceContext,
    *,
    report_id: int,
    recommendation: str,
    expected_revision: int | None = None,
) -> ReviewReport:
    """Change the recommendation while the report is a draft or back for changes (refused with
    ``Conflict`` if saved by someone else since ``expected_revision``)."""
    problems: list[FieldProblem] = []
    check_text(problems, "recommendation", recommendation, multiline=True, max_length=8000)
    with ctx.uow() as uow:
        report, _ = _report_for_editing(ctx, uow, report_id)
        if report.status not in (ReportStatus.DRAFT, ReportStatus.CHANGES_REQUESTED):
            problems.append(FieldProblem("report_id", f"the report is {report.status}"))
        raise_problems(problems)
        stored = uow.repo(ReviewReport).update(
            replace(as_read(report, expected_revision), recommendation=recommendation.strip())
        )
        record(uow, ctx, "report.revise", "review_report", report_id)
    return stored


def _deadline_step(
    report: ReviewReport, done: date, due: date, what: str, conference_on: date, n: int
) -> ReportStep:
    late = done > due
    reason = (
        f"{what} on {fmt_date(done)}: due by {fmt_date(due)}, {n} working days before the review "
        f"conference on {fmt_date(conference_on)}"
        if late
        else ""
    )
    return ReportStep(report=report, late=late, reason=reason)


def submit_report(
    ctx: ServiceContext,
    *,
    report_id: int,
    submitted_on: date | None = None,
    profiles: ProfileProvider | None = None,
) -> ReportStep:
    """Send the report to the conference chair (SUBMITTED); late if after the LP report deadline."""
    day = submitted_on or ctx.clock.today()
    problems: list[FieldProblem] = []
    check_not_future(ctx, "submitted_on", day, problems)
    with ctx.uow() as uow:
        report, conference = _report_for_editing(ctx, uow, report_id)
        case = get_case(uow, report.case_id, "report_id")
        if report.status not in (ReportStatus.DRAFT, ReportStatus.CHANGES_REQUESTED):
            problems.append(FieldProblem("report_id", f"the report is {report.status}"))
        if not report.recommendation.strip():
            problems.append(FieldProblem("recommendation", "required before submitting"))
        raise_problems(problems)
        stored = uow.repo(ReviewReport).update(
            replace(report, status=ReportStatus.SUBMITTED, submitted_on=day)
        )
        record(uow, ctx, "report.submit", "review_report", report_id)
    profile = provider(profiles).profile(case.profile_id, "report_id")
    on = conference.scheduled_for or conference.held_on or day
    timeline = review_timeline(profile, on)
    return _deadline_step(
        stored, day, timeline.lp_report_by, "submitted", on, profile.lp_report_working_days_before
    )


def share_with_parents(
    ctx: ServiceContext,
    *,
    report_id: int,
    shared_on: date | None = None,
    profiles: ProfileProvider | None = None,
) -> ReportStep:
    """Record that the submitted report was shared with the parents (and the child)."""
    day = shared_on or ctx.clock.today()
    problems: list[FieldProblem] = []
    check_not_future(ctx, "shared_on", day, problems)
    with ctx.uow() as uow:
        report, conference = _report_for_editing(ctx, uow, report_id)
        case = get_case(uow, report.case_id, "report_id")
        if report.submitted_on is None:
            problems.append(FieldProblem("report_id", "submit the report before sharing it"))
        elif day < report.submitted_on:
            problems.append(FieldProblem("shared_on", "before the report was submitted"))
        if report.shared_with_parents_on is not None:
            problems.append(FieldProblem("report_id", "already shared with the parents"))
        raise_problems(problems)
        stored = uow.repo(ReviewReport).update(replace(report, shared_with_parents_on=day))
        record(uow, ctx, "report.share_with_parents", "review_report", report_id)
    profile = provider(profiles).profile(case.profile_id, "report_id")
    on = conference.scheduled_for or conference.held_on or day
    timeline = review_timeline(profile, on)
    n = profile.report_to_parents_working_days_before
    return _deadline_step(stored, day, timeline.share_with_parents_by, "shared", on, n)
