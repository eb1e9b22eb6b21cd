"""Blocks built from records, shared by the minutes, the plan and the review report: attendance,
visits, the plan's outcomes and actions, disagreements, significant events."""

from __future__ import annotations

from lpdesk.documents.builders.common import (
    NOT_RECORDED,
    label,
    long_date,
    short_date,
    time_of,
    yes_no,
)
from lpdesk.documents.context import DocumentContext
from lpdesk.documents.tree import Block, FieldTable, Heading, Paragraph, Table
from lpdesk.domain import Attendance, Disagreement, Outcome, SignificantEvent, Visit, VisitOutcome

__all__ = [
    "attendance_table",
    "disagreement_blocks",
    "events_table",
    "outcome_blocks",
    "visits_table",
]


def attendance_table(ctx: DocumentContext, attendance: tuple[Attendance, ...]) -> tuple[Block, ...]:
    if not attendance:
        return (Paragraph.plain("No attendance recorded.", style="note"),)
    rows = []
    for a in attendance:
        notes = "; ".join(
            p
            for p in (
                a.reason,
                "written report received" if a.report_received else "",
                "invited for this meeting only" if a.additional else "",
            )
            if p
        )
        rows.append((ctx.name_and_role(a.person_id), label(a.status.value), notes))
    return (
        Table(
            header=("Name and role", "Attendance", "Reason or report"),
            rows=tuple(rows),
            widths=(5, 2, 4),
        ),
    )


def _child_name(ctx: DocumentContext, child_id: int) -> str:
    for view in ctx.children:
        if view.child.id == child_id:
            return view.name
    return f"child {child_id}"


def visits_table(ctx: DocumentContext, visits: tuple[Visit, ...]) -> tuple[Block, ...]:
    if not visits:
        return (Paragraph.plain("No visits recorded in this period.", style="note"),)
    rows = []
    for v in visits:
        seen = (
            label(v.outcome.value)
            if v.outcome is not VisitOutcome.COMPLETED
            else f"Seen alone: {yes_no(v.seen_alone)}"
            + (f" ({v.not_alone_reason})" if not v.seen_alone and v.not_alone_reason else "")
            + f"\nBedroom seen: {yes_no(v.bedroom_seen)}"
        )
        notes = "\n".join(p for p in (v.observations, v.new_concerns) if p.strip())
        rows.append(
            (
                f"{short_date(v.visited_at.date())} {time_of(v.visited_at)}",
                _child_name(ctx, v.child_id),
                ctx.name(v.visitor_person_id),
                seen,
                notes,
            )
        )
    return (
        Table(
            header=("Date", "Child", "Visitor", "Child seen", "Observations and concerns"),
            rows=tuple(rows),
            widths=(2.2, 2.2, 2.4, 2.8, 5),
        ),
    )


def outcome_blocks(
    ctx: DocumentContext, outcomes: tuple[Outcome, ...], *, with_progress: bool
) -> tuple[Block, ...]:
    """Each outcome, then its SMART actions (what, who, by when, how measured, status)."""
    blocks: list[Block] = []
    for outcome in sorted(outcomes, key=lambda o: o.number):
        blocks.append(Heading(level=2, text=f"Outcome {outcome.number}: {outcome.description}"))
        actions = ctx.actions_for(outcome.id)
        if not actions:
            blocks.append(Paragraph.plain("No actions recorded for this outcome.", style="note"))
            continue
        header: tuple[str, ...] = ("Action", "Who", "By when", "How measured", "Status")
        widths: tuple[float, ...] = (4.2, 3, 2.6, 2.8, 2.9)
        if with_progress:
            header, widths = (*header, "Progress and impact"), (*widths, 4)
        rows = []
        for a in actions:
            row: tuple[str, ...] = (
                a.what,
                ctx.name_and_role(a.who_person_id),
                short_date(a.by_when),
                a.measure,
                label(a.status.value),
            )
            if with_progress:
                progress = "\n".join(
                    p for p in (a.progress, f"Impact: {a.impact}" if a.impact else "") if p
                )
                row = (*row, progress)
            rows.append(row)
        blocks.append(Table(header=header, rows=tuple(rows), widths=widths))
    return tuple(blocks)


def disagreement_blocks(
    ctx: DocumentContext, disagreements: tuple[Disagreement, ...]
) -> tuple[Block, ...]:
    if not disagreements:
        return (Paragraph.plain("No disagreement was recorded.", style="note"),)
    blocks: list[Block] = []
    for d in disagreements:
        positions = "\n".join(
            f"{ctx.name_and_role(p.person_id)}: {p.position}" for p in d.positions
        )
        escalated = (
            NOT_RECORDED
            if d.escalated_to.value == "none"
            else (f"{label(d.escalated_to.value)} on {long_date(d.escalated_on)}")
        )
        rows = [
            ("Subject", d.subject),
            ("Raised", long_date(d.raised_on)),
            ("Positions", positions or NOT_RECORDED),
            ("Escalated to", escalated if d.escalated_to.value != "none" else "Not escalated"),
            ("Outcome", d.outcome or ("Resolved" if d.resolved_on else "Unresolved")),
        ]
        blocks.append(FieldTable(rows=tuple(rows)))
    return tuple(blocks)


def events_table(events: tuple[SignificantEvent, ...]) -> tuple[Block, ...]:
    if not events:
        return (Paragraph.plain("No significant events were recorded.", style="note"),)
    rows = tuple((short_date(e.occurred_on), e.description) for e in events)
    return (Table(header=("Date", "Event"), rows=rows, widths=(1, 5)),)
