"""The review conference: schedule it with its timeline, and the core group's report to it.

Timeline (PRACTICE.md, from the profile): the final core group by ``final_core_group_working_days
_before_review``, the LP's report by ``lp_report_working_days_before`` and shared with the parents
and child by ``report_to_parents_working_days_before`` working days before the conference.

The report goes DRAFT -> SUBMITTED (to the conference chair) -> CHANGES_REQUESTED (back to the LP,
with the chair's comments) -> SUBMITTED ... -> ACCEPTED. Only the chair of the report's conference
comments, asks for changes or accepts (``Permission.REVIEW_REPORTS`` and being that chair).
``report_assembly`` gathers what the report is written from, for the documents to render.

Longer than 400 lines because the report's lifecycle, its deadlines and its assembly are one
subject that a reader follows from top to bottom.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from lpdesk.domain import (
    Action,
    Case,
    Child,
    Conference,
    ConferenceKind,
    Disagreement,
    FieldProblem,
    Forbidden,
    InvalidInput,
    Meeting,
    MeetingKind,
    Outcome,
    Person,
    ReportStatus,
    ReviewReport,
    Visit,
)
from lpdesk.rules.calendar import fmt_date
from lpdesk.rules.compliance import VisitCompliance, visit_compliance
from lpdesk.rules.profile import Profile
from lpdesk.services.cases import record_conference
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.meetings._common import (
    APPROVED_STATES,
    current_lead,
    current_plan,
    get_case,
    provider,
    raise_problems,
)
from lpdesk.services.people import check_text
from lpdesk.services.permissions import Permission, require, require_case
from lpdesk.services.ports import UnitOfWork
from lpdesk.services.profiles import ProfileProvider

__all__ = [
    "ActionProgress",
    "OutcomeProgress",
    "ReportStep",
    "ReviewReportData",
    "ReviewTimeline",
    "ScheduledReview",
    "accept_report",
    "comment_on_report",
    "report_assembly",
    "report_for",
    "reports_awaiting_review",
    "request_changes",
    "review_timeline",
    "revise_report",
    "schedule_review",
    "share_with_parents",
    "start_report",
    "submit_report",
]


@dataclass(frozen=True, kw_only=True, slots=True)
class ReviewTimeline:
    conference_on: date
    final_core_group_by: date
    lp_report_by: date
    share_with_parents_by: date
    reasons: tuple[str, ...]  # one sentence per date above, in that order


@dataclass(frozen=True, kw_only=True, slots=True)
class ScheduledReview:
    conference: Conference
    timeline: ReviewTimeline


@dataclass(frozen=True, kw_only=True, slots=True)
class ReportStep:
    """A report after submission or sharing: ``late`` when done after its deadline, with why."""

    report: ReviewReport
    late: bool
    reason: str = ""


def review_timeline(profile: Profile, conference_on: date) -> ReviewTimeline:
    """The three deadlines before a review conference, each with its reason."""
    calendar = profile.calendar()
    reasons: list[str] = []
    dates: list[date] = []
    for what, n in (
        ("final core group", profile.final_core_group_working_days_before_review),
        ("LP's report to the chair", profile.lp_report_working_days_before),
        ("report shared with the parents and child", profile.report_to_parents_working_days_before),
    ):
        due = calendar.add_working_days(conference_on, -n)
        days_off = calendar.describe_days_off(due, conference_on)
        reasons.append(
            f"{what} by {fmt_date(due)}: {n} working days before the review conference on "
            f"{fmt_date(conference_on)}" + (f"; {days_off}" if days_off else "")
        )
        dates.append(due)
    return ReviewTimeline(
        conference_on=conference_on,
        final_core_group_by=dates[0],
        lp_report_by=dates[1],
        share_with_parents_by=dates[2],
        reasons=tuple(reasons),
    )


def schedule_review(
    ctx: ServiceContext,
    *,
    case_id: int,
    scheduled_for: date,
    chair_person_id: int,
    profiles: ProfileProvider | None = None,
) -> ScheduledReview:
    """Schedule a review conference (``cases.record_conference``) and give its timeline."""
    if scheduled_for < ctx.clock.today():
        raise InvalidInput.one("scheduled_for", "must not be in the past")
    conference = record_conference(
        ctx,
        case_id=case_id,
        kind=ConferenceKind.REVIEW,
        scheduled_for=scheduled_for,
        chair_person_id=chair_person_id,
    )
    with ctx.uow() as uow:
        case = get_case(uow, case_id)
    profile = provider(profiles).profile(case.profile_id, "case_id")
    return ScheduledReview(conference=conference, timeline=review_timeline(profile, scheduled_for))


# ---------------------------------------------------------------- the lead professional's side


def _report(uow: UnitOfWork, report_id: int) -> tuple[ReviewReport, Conference]:
    found = uow.repo(ReviewReport).find(id=report_id)
    if not found:
        raise InvalidInput.one("report_id", f"no review report {report_id}")
    return found[0], uow.repo(Conference).get(found[0].conference_id)


def report_for(ctx: ServiceContext, *, report_id: int) -> ReviewReport:
    require(ctx, Permission.READ_CASE)
    with ctx.uow() as uow:
        return _report(uow, report_id)[0]


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


def _lp_report(
    ctx: ServiceContext, uow: UnitOfWork, report_id: int
) -> tuple[ReviewReport, Conference]:
    report, conference = _report(uow, report_id)
    get_case(uow, report.case_id, "report_id")
    require_case(ctx, uow, Permission.EDIT_NARRATIVE, report.case_id)
    return report, conference


def revise_report(ctx: ServiceContext, *, report_id: int, recommendation: str) -> ReviewReport:
    """Change the recommendation while the report is a draft or back for changes."""
    problems: list[FieldProblem] = []
    check_text(problems, "recommendation", recommendation, multiline=True, max_length=8000)
    with ctx.uow() as uow:
        report, _ = _lp_report(ctx, uow, report_id)
        if report.status not in (ReportStatus.DRAFT, ReportStatus.CHANGES_REQUESTED):
            problems.append(FieldProblem("report_id", f"the report is {report.status}"))
        raise_problems(problems)
        stored = uow.repo(ReviewReport).update(
            replace(report, recommendation=recommendation.strip())
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
    if day > ctx.clock.today():
        problems.append(FieldProblem("submitted_on", "must not be in the future"))
    with ctx.uow() as uow:
        report, conference = _lp_report(ctx, uow, report_id)
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
    if day > ctx.clock.today():
        problems.append(FieldProblem("shared_on", "must not be in the future"))
    with ctx.uow() as uow:
        report, conference = _lp_report(ctx, uow, report_id)
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


# ---------------------------------------------------------------- the conference chair's side


def _chaired_report(
    ctx: ServiceContext, uow: UnitOfWork, report_id: int, action: str
) -> ReviewReport:
    require(ctx, Permission.REVIEW_REPORTS)
    report, conference = _report(uow, report_id)
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
        stored = uow.repo(ReviewReport).update(replace(report, **changes))  # type: ignore[arg-type]
        record(uow, ctx, audit, "review_report", report_id)
    return stored


def comment_on_report(ctx: ServiceContext, *, report_id: int, comments: str) -> ReviewReport:
    """The chair's comments on a submitted report; the status stays SUBMITTED."""
    return _chair_update(
        ctx,
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


# ---------------------------------------------------------------- what the report is written from


@dataclass(frozen=True, kw_only=True, slots=True)
class ActionProgress:
    what: str
    who: str  # the responsible person's name ("" if nobody is named)
    by_when: date | None
    status: str
    progress: str
    impact: str
    completed_on: date | None


@dataclass(frozen=True, kw_only=True, slots=True)
class OutcomeProgress:
    number: int  # 0 for actions linked to no outcome
    description: str
    actions: tuple[ActionProgress, ...]


@dataclass(frozen=True, kw_only=True, slots=True)
class ReviewReportData:
    """Everything the core group's report to the review conference is written from.

    ``since`` is the last conference held before this one; visits and their compliance run from
    it to the conference (or today, if sooner). The child's voice and the parents' views come
    from the latest approved core group minutes (sections ``voice`` and ``parents_views``)."""

    report: ReviewReport
    case_reference: str
    conference_on: date | None
    since: date | None
    outcomes: tuple[OutcomeProgress, ...]
    visits: tuple[Visit, ...]
    visit_compliance: tuple[VisitCompliance, ...]
    child_voice: tuple[tuple[str, str], ...]  # (field key, text), e.g. ("wishes", "...")
    parents_views: str
    minutes_meeting_id: int | None
    disagreements: tuple[Disagreement, ...]
    recommendation: str


def report_assembly(
    ctx: ServiceContext, *, report_id: int, profiles: ProfileProvider | None = None
) -> ReviewReportData:
    require(ctx, Permission.READ_CASE)
    today = ctx.clock.today()
    with ctx.uow() as uow:
        report, conference = _report(uow, report_id)
        case = uow.repo(Case).get(report.case_id)
        conferences = uow.repo(Conference).find(case_id=case.id)
        plan = current_plan(uow, report.case_id)
        outcomes = uow.repo(Outcome).find(plan_id=plan.id) if plan else []
        actions = uow.repo(Action).find(plan_id=plan.id) if plan else []
        who_ids = sorted({a.who_person_id for a in actions if a.who_person_id is not None})
        names = {p.id: p.name for p in uow.repo(Person).find(id=who_ids)} if who_ids else {}
        visits = uow.repo(Visit).find(case_id=case.id)
        children = uow.repo(Child).find(case_id=case.id)
        minutes = uow.repo(Meeting).find(case_id=case.id, kind=MeetingKind.CORE_GROUP)
        disagreements = uow.repo(Disagreement).find(case_id=case.id)
        lead = current_lead(uow, report.case_id)
    conference_on = conference.held_on or conference.scheduled_for
    until = min(conference_on or today, today)
    held = sorted(c.held_on for c in conferences if c.held_on and c.id != conference.id)
    earlier = [d for d in held if d <= until]
    since = earlier[-1] if earlier else None
    start = since or case.opened_on
    in_period = tuple(
        v
        for v in sorted(visits, key=lambda v: v.visited_at)
        if start <= v.visited_at.date() <= until
    )
    compliance: tuple[VisitCompliance, ...] = ()
    if lead is not None:
        profile = provider(profiles).profile(case.profile_id, "report_id")
        compliance = tuple(
            visit_compliance(visits, c.id, lead.person_id, start, until, profile, held)
            for c in children
            if c.id is not None
        )
    approved = [m for m in minutes if m.status in APPROVED_STATES and m.held_on is not None]
    latest = max(approved, key=lambda m: (m.held_on or date.min, m.id or 0), default=None)
    answers = latest.answers if latest is not None else {}
    voice = answers.get("voice") if isinstance(answers.get("voice"), dict) else {}
    parents = answers.get("parents_views")
    return ReviewReportData(
        report=report,
        case_reference=case.reference,
        conference_on=conference_on,
        since=since,
        outcomes=_progress(outcomes, actions, names),
        visits=in_period,
        visit_compliance=compliance,
        child_voice=tuple(
            (str(k), str(v)) for k, v in (voice or {}).items() if isinstance(v, str) and v.strip()
        ),
        parents_views=str(parents.get("views", "")) if isinstance(parents, dict) else "",
        minutes_meeting_id=latest.id if latest is not None else None,
        disagreements=tuple(
            d for d in disagreements if d.resolved_on is None or d.resolved_on >= start
        ),
        recommendation=report.recommendation,
    )


def _progress(
    outcomes: list[Outcome], actions: list[Action], names: dict[int | None, str]
) -> tuple[OutcomeProgress, ...]:
    def lines(outcome_id: int | None) -> tuple[ActionProgress, ...]:
        return tuple(
            ActionProgress(
                what=a.what,
                who=names.get(a.who_person_id, ""),
                by_when=a.by_when,
                status=a.status.value,
                progress=a.progress,
                impact=a.impact,
                completed_on=a.completed_on,
            )
            for a in actions
            if a.outcome_id == outcome_id
        )

    rows = [
        OutcomeProgress(number=o.number, description=o.description, actions=lines(o.id))
        for o in sorted(outcomes, key=lambda o: o.number)
    ]
    loose = lines(None)
    if loose:
        rows.append(
            OutcomeProgress(number=0, description="Actions linked to no outcome", actions=loose)
        )
    return tuple(rows)
