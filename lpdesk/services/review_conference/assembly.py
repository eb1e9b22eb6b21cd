"""What the report is written from: progress on the plan's outcomes and actions, visits and their
compliance since the last conference, the child's voice and the parents' views from the latest
approved minutes, and disagreements; gathered for the documents to render."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lpdesk.domain import (
    Action,
    Case,
    Child,
    Conference,
    Disagreement,
    Meeting,
    MeetingKind,
    Outcome,
    Person,
    ReviewReport,
    Visit,
)
from lpdesk.rules.compliance import VisitCompliance, visit_compliance
from lpdesk.services.context import ServiceContext
from lpdesk.services.meetings._common import APPROVED_STATES, current_lead, current_plan, provider
from lpdesk.services.permissions import Permission, require
from lpdesk.services.profiles import ProfileProvider
from lpdesk.services.review_conference.lp_report import find_report

__all__ = [
    "ActionProgress",
    "OutcomeProgress",
    "ReviewReportData",
    "report_assembly",
]


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
        report, conference = find_report(uow, report_id)
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
