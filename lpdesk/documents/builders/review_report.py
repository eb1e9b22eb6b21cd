"""The core group's assessment report for a review conference: progress against each outcome,
visits and their compliance, the child's voice, the parents' views, disagreements, the
recommendation, and a page for the conference chair's review."""

from __future__ import annotations

from lpdesk.documents.builders.common import (
    NOT_RECORDED,
    case_rows,
    long_date,
    long_text_section,
    meta,
    short_date,
)
from lpdesk.documents.builders.records import disagreement_blocks, outcome_blocks, visits_table
from lpdesk.documents.context import ReviewReportContext
from lpdesk.documents.tree import (
    Block,
    Document,
    FieldTable,
    Heading,
    PageBreak,
    Paragraph,
    SignatureBlock,
)
from lpdesk.domain import DocumentKind, VisitOutcome

__all__ = ["build_review_report"]


def _visit_summary(ctx: ReviewReportContext) -> tuple[Block, ...]:
    completed = [v for v in ctx.visits if v.outcome is VisitOutcome.COMPLETED]
    refused = [v for v in ctx.visits if v.outcome is not VisitOutcome.COMPLETED]
    rows = (
        ("Visits in the period", str(len(ctx.visits))),
        ("Child seen", str(len(completed))),
        ("Child seen alone", str(sum(1 for v in completed if v.seen_alone))),
        ("Bedroom seen", str(sum(1 for v in completed if v.bedroom_seen))),
        ("Refused or no access", str(len(refused))),
    )
    blocks: list[Block] = [FieldTable(rows=rows)]
    if ctx.compliance_findings:
        blocks.append(Heading(level=3, text="Compliance with the visiting standards"))
        blocks += [Paragraph.plain(f) for f in ctx.compliance_findings]
    return tuple(blocks)


def build_review_report(ctx: ReviewReportContext) -> Document:
    base, report = ctx.base, ctx.report
    conference_on = ctx.conference.held_on or ctx.conference.scheduled_for
    rows = (
        *case_rows(base),
        ("Review conference", long_date(conference_on)),
        ("Period covered", f"{long_date(ctx.period_start)} to {long_date(base.created)}"),
        (
            "Core group meetings held",
            ", ".join(short_date(m.held_on) for m in ctx.meetings_held if m.held_on) or "None",
        ),
    )
    blocks: list[Block] = [FieldTable(rows=rows)]
    blocks.append(Heading(level=1, text="Progress against each outcome"))
    blocks += outcome_blocks(base, base.outcomes, with_progress=True)
    blocks.append(Heading(level=1, text="Visits and their compliance"))
    blocks += _visit_summary(ctx)
    blocks += visits_table(base, ctx.visits)
    blocks += long_text_section(
        "The child's voice: wishes, feelings and lived experience", ctx.child_voice, level=1
    )
    blocks += long_text_section("Parents' and carers' views", ctx.parents_views, level=1)
    blocks.append(Heading(level=1, text="Disagreements"))
    blocks += disagreement_blocks(base, ctx.disagreements)
    blocks += long_text_section("Recommendation of the core group", report.recommendation, level=1)
    blocks.append(PageBreak())
    blocks.append(Heading(level=1, text="Conference chair's review"))
    blocks.append(
        FieldTable(
            rows=(("Reviewed on", long_date(report.reviewed_on) if report.reviewed_on else ""),)
        )
    )
    blocks.append(Paragraph.plain(report.chair_comments.strip() or "Comments:\n\n\n\n\n"))
    blocks.append(SignatureBlock(labels=("Conference chair",)))
    if not report.recommendation:
        blocks.insert(
            0,
            Paragraph.plain(f"Draft: the recommendation is {NOT_RECORDED.lower()}.", style="note"),
        )
    return Document(
        meta=meta(
            base,
            DocumentKind.REVIEW_REPORT,
            "Core group report to the review conference",
            f"rcpc-{short_date(conference_on).replace('/', '-')}" if conference_on else "rcpc",
        ),
        blocks=tuple(blocks),
    )
