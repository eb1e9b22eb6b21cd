"""The core group meeting record: the header, then every section of the pro-forma the minutes were
written on, with the sections the records fill (attendance, visits, plan review, disagreements,
significant events, next dates) drawn from the records themselves, never retyped."""

from __future__ import annotations

from dataclasses import replace

from lpdesk.documents.builders.answers import section_answer_blocks
from lpdesk.documents.builders.common import (
    NOT_RECORDED,
    case_rows,
    long_date,
    meta,
    on_date,
    time_of,
)
from lpdesk.documents.builders.records import (
    attendance_table,
    disagreement_blocks,
    events_table,
    outcome_blocks,
    visits_table,
)
from lpdesk.documents.builders.wording import Wording, plan_kind_of, wording_for
from lpdesk.documents.context import ApprovalNote, MinutesContext
from lpdesk.documents.tree import (
    Block,
    Document,
    FieldTable,
    Heading,
    Paragraph,
    Run,
    SignatureBlock,
    Table,
)
from lpdesk.domain import DocumentKind
from lpdesk.forms.spec import FieldKind, SectionSpec

__all__ = ["DRAFT", "approval_line", "build_minutes"]

DRAFT = "DRAFT"


def _prefilled(ctx: MinutesContext, section: SectionSpec, words: Wording) -> tuple[Block, ...]:
    base = ctx.base
    match section.prefill:
        case "attendance":
            return attendance_table(base, ctx.attendance)
        case "visits":
            return visits_table(base, ctx.visits)
        case "plan_review":
            return outcome_blocks(base, base.outcomes, with_progress=True)
        case "disagreements":
            return disagreement_blocks(base, ctx.disagreements)
        case "events":
            return events_table(ctx.events)
        case "next_dates":
            rows = [(words.next_meeting, long_date(ctx.meeting.next_meeting_on))]
            if words.child_protection:
                conference = ctx.review_conference_on or ctx.meeting.review_conference_on
                rows.append(("Review conference", long_date(conference)))
            return (FieldTable(rows=tuple(rows)),)
    return ()


def _restrict(blocks: tuple[Block, ...], restriction: str | None) -> tuple[Block, ...]:
    if restriction is None:
        return blocks
    return tuple(b if b.restriction else replace(b, restriction=restriction) for b in blocks)


def build_minutes(ctx: MinutesContext) -> Document:
    base, meeting = ctx.base, ctx.meeting
    words = wording_for(plan_kind_of(base, ctx.form.plan_kinds))
    # facts from the records, unless the pro-forma asks the minute taker for them itself
    asked = {f.key for s in ctx.form.sections_for(ctx.profile_flags) for f in s.fields}
    reason = base.plan.reason if base.plan and base.plan.reason else NOT_RECORDED
    rows = [
        row
        for row in case_rows(base, ctx.form.plan_kinds)
        if not (row[0] == "Plan category" and "plan_category" in asked)
    ]
    if "why_on_plan" not in asked:
        rows.append((words.why, reason))
    rows += [
        ("Meeting", f"{words.meeting} {meeting.number}"),
        ("Date and time", f"{on_date(meeting.scheduled_at)}, {time_of(meeting.scheduled_at)}"),
    ]
    if "venue" not in asked:
        rows.append(("Venue", meeting.venue or NOT_RECORDED))
    rows += [
        ("Chair", base.name_and_role(meeting.chair_person_id) or NOT_RECORDED),
        ("Minute taker", base.name_and_role(meeting.minute_taker_person_id) or NOT_RECORDED),
    ]
    header = tuple(rows)
    blocks: list[Block] = [FieldTable(rows=header), *_approval_blocks(ctx.approval, ctx.amending)]
    for section in ctx.form.sections_for(ctx.profile_flags):
        section_blocks: list[Block] = [Heading(level=1, text=section.title)]
        if section.prefill:
            section_blocks.extend(_prefilled(ctx, section, words))
        if section.prefill == "next_dates":  # its dates are the table just printed: not twice
            section = replace(
                section, fields=tuple(f for f in section.fields if f.kind is not FieldKind.DATE)
            )
        answers = meeting.answers.get(section.key, {})
        if isinstance(answers, dict) and any(f.key in answers for f in section.fields):
            section_blocks.extend(section_answer_blocks(base, section, answers))
        elif not section.prefill:
            section_blocks.append(Paragraph.plain(NOT_RECORDED, style="note"))
        blocks.extend(_restrict(tuple(section_blocks), section.restricted))
    blocks.extend(_amendment_blocks(ctx.approval))
    blocks.append(SignatureBlock(labels=("Chair", "Minute taker")))
    title = words.record_title
    marked = meta(base, DocumentKind.MINUTES, title, f"cg{meeting.number}")
    if ctx.approval is None:
        marked = replace(marked, watermark=DRAFT)
    return Document(meta=marked, blocks=tuple(blocks))


def approval_line(approval: ApprovalNote) -> str:
    """ "Approved by Morgan Teamlead on 6 January 2027 at 14:00. Version 1 of this record." """
    moment = approval.approved_at
    line = (
        f"Approved by {approval.approver} on {long_date(moment.date())} at {time_of(moment)}."
        f" Version {approval.version} of this record."
    )
    if approval.amends:
        line += f" It amends {approval.amends}: the amendments are listed at the end."
    return line


def _approval_blocks(approval: ApprovalNote | None, amending: str) -> tuple[Block, ...]:
    if approval is None:
        what = f"a draft amendment of {amending}" if amending else "this record"
        return (
            Paragraph.plain(
                f"DRAFT: {what} has not been approved by the chair. It may still change.",
                style="note",
            ),
        )
    return (Paragraph(runs=(Run(text=approval_line(approval), bold=True),)),)


def _amendment_blocks(approval: ApprovalNote | None) -> tuple[Block, ...]:
    if approval is None or not approval.amends:
        return ()
    rows = approval.changes or (("The record", "as approved before", "approved again"),)
    return (
        Heading(level=1, text="Amendments"),
        Paragraph.plain(f"Changes since {approval.amends}."),
        Table(header=("What changed", "Before", "After"), rows=rows, widths=(1.0, 1.5, 1.5)),
    )
