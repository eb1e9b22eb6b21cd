"""What the conference chair reviews: the reports awaiting review (a table model) and a read-only
summary of the case and the report, as plain text (never HTML: narrative is shown, not interpreted).

``load_awaiting`` and ``load_summary`` are the Qt-free calls the chair view runs on the database
thread; ``summary_text`` is pure.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from lpdesk.domain import ReviewReport
from lpdesk.gui.admin.admin_model import Column, RowsModel
from lpdesk.gui.shell.labels import fmt_date, member_role_label
from lpdesk.services.cases import CaseOverview, case_overview
from lpdesk.services.context import ServiceContext
from lpdesk.services.review_conference import (
    ReviewReportData,
    report_assembly,
    reports_awaiting_review,
)

__all__ = [
    "AwaitingReport",
    "AwaitingReviewModel",
    "ReportSummary",
    "load_awaiting",
    "load_summary",
    "summary_text",
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


def load_awaiting(ctx: ServiceContext) -> list[AwaitingReport]:
    """The signed-in chair's submitted reports, soonest conference first, with their case."""
    reports = reports_awaiting_review(ctx)
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
    )


class AwaitingReviewModel(RowsModel):
    def define_columns(self) -> list[Column]:
        tr = self.tr
        return [
            Column(tr("Case"), lambda a: a.case_reference),
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


# -- the read-only summary ------------------------------------------------------------------------


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value:g}%"


def summary_text(summary: ReportSummary, *, tr: Callable[[str], str] = _tr) -> str:
    """The case and the report as plain text, in the order a chair reads them."""
    ov, data = summary.overview, summary.data
    report = data.report
    names = {c.child.id: c.name for c in ov.children}
    out: list[str] = []
    add = out.append

    add(tr("Case {reference}").format(reference=ov.case.reference))
    add(tr("Opened {date}").format(date=fmt_date(ov.case.opened_on)))
    if ov.lead is not None:
        add(tr("Lead professional: {name}").format(name=ov.lead.name))
    add("")
    add(tr("Children"))
    for c in ov.children:
        age = tr("unborn") if c.age is None else str(c.age)
        add(f"  • {c.name} ({tr('age')} {age})")
    add("")
    add(tr("Core group"))
    for m in ov.members:
        parts = [member_role_label(m.role), m.job_title, m.agency]
        add(f"  • {m.name}: " + ", ".join(p for p in parts if p))
    if ov.plan is not None:
        add("")
        add(tr("Plan since {date}").format(date=fmt_date(ov.plan.started_on)))
        if ov.plan.categories:
            add("  " + ", ".join(str(c).replace("_", " ") for c in ov.plan.categories))
        if ov.plan.reason:
            add("  " + ov.plan.reason)
    add("")
    add("─" * 40)
    add(tr("Report to the review conference on {date}").format(date=fmt_date(data.conference_on)))
    add(tr("Status: {status}").format(status=str(report.status).replace("_", " ")))
    add(tr("Submitted: {date}").format(date=fmt_date(report.submitted_on) or "–"))
    add(
        tr("Shared with the parents: {date}").format(
            date=fmt_date(report.shared_with_parents_on) or "–"
        )
    )
    add(
        tr("Period: {start} to {end}").format(
            start=fmt_date(data.since) or tr("the case opening"), end=fmt_date(data.conference_on)
        )
    )
    add("")
    add(tr("Recommendation"))
    add("  " + (data.recommendation or "–"))
    add("")
    add(tr("Progress against the plan"))
    for outcome in data.outcomes:
        label = tr("Outcome {n}").format(n=outcome.number) if outcome.number else tr("Other")
        add(f"  {label}: {outcome.description}")
        for a in outcome.actions:
            when = fmt_date(a.completed_on) if a.completed_on else fmt_date(a.by_when)
            who = a.who or tr("nobody named")
            add(f"    – {a.what} ({who}; {a.status.replace('_', ' ')}; {when})")
            if a.progress:
                add(f"      {tr('Progress')}: {a.progress}")
            if a.impact:
                add(f"      {tr('Impact')}: {a.impact}")
    if not data.outcomes:
        add("  –")
    add("")
    add(tr("Visits in the period: {n}").format(n=len(data.visits)))
    for vc in data.visit_compliance:
        f = vc.figures
        add(
            "  "
            + tr("{child}: seen {seen}, seen alone {alone}, bedroom {bedroom}").format(
                child=names.get(vc.child_id, str(vc.child_id)),
                seen=_percent(f.seen.percent),
                alone=_percent(f.seen_alone.percent),
                bedroom=_percent(f.bedroom.percent),
            )
        )
        for gap in vc.gaps:
            add(f"    ! {gap}")
    add("")
    add(tr("The child's voice"))
    for key, text in data.child_voice:
        add(f"  {key.replace('_', ' ')}: {text}")
    if not data.child_voice:
        add("  –")
    add("")
    add(tr("The parents' views"))
    add("  " + (data.parents_views or "–"))
    if data.disagreements:
        add("")
        add(tr("Disagreements"))
        for d in data.disagreements:
            state = tr("resolved") if d.resolved_on else tr("open")
            add(f"  • {d.subject} ({state})")
    if report.chair_comments:
        add("")
        add(tr("Your comments so far"))
        add("  " + report.chair_comments)
    return "\n".join(out)
