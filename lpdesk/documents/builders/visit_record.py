"""The record of one visit, with every field the practice guidance asks for."""

from __future__ import annotations

from lpdesk.documents.builders.common import (
    label,
    lead_row,
    long_text_section,
    meta,
    on_date,
    time_of,
    yes_no,
)
from lpdesk.documents.builders.wording import plan_kind_of, wording_for
from lpdesk.documents.context import DocumentContext
from lpdesk.documents.tree import Block, Document, FieldTable, Paragraph, SignatureBlock
from lpdesk.domain import DocumentKind, Visit, VisitOutcome

__all__ = ["build_visit_record"]


def build_visit_record(ctx: DocumentContext, visit: Visit) -> Document:
    child = next(
        (c.name for c in ctx.children if c.child.id == visit.child_id), f"child {visit.child_id}"
    )
    seen_alone = yes_no(visit.seen_alone)
    if not visit.seen_alone and visit.not_alone_reason:
        seen_alone += f": {visit.not_alone_reason}"
    rows = (
        ("Case reference", ctx.case.reference),
        ("Child", child),
        ("Date and time", f"{on_date(visit.visited_at)}, {time_of(visit.visited_at)}"),
        ("Visitor", ctx.name_and_role(visit.visitor_person_id)),
        lead_row(ctx, wording_for(plan_kind_of(ctx)).lead),
        ("Outcome", label(visit.outcome.value)),
        ("Who was present", visit.present or "Not recorded"),
        ("Spoke with the child", yes_no(visit.spoke_with_child)),
        ("Child seen alone", seen_alone),
        ("Bedroom seen", yes_no(visit.bedroom_seen)),
        ("Recorded", f"{on_date(visit.recorded_at)}, {time_of(visit.recorded_at)}"),
    )
    blocks: list[Block] = [FieldTable(rows=rows)]
    if visit.outcome is not VisitOutcome.COMPLETED:
        blocks.append(
            Paragraph.plain(
                "Contact was refused or not possible. This is a serious breach of the plan: discuss with "
                "the line manager, the core group and the conference chair.",
                style="note",
            )
        )
    blocks += long_text_section("Observations against the identified risks", visit.observations)
    blocks += long_text_section("Key subjects of the plan discussed", visit.key_subjects)
    blocks += long_text_section("The child's presentation and behaviour", visit.presentation)
    blocks += long_text_section("New incidents, injuries or concerns", visit.new_concerns)
    blocks.append(SignatureBlock(labels=("Visitor",)))
    return Document(
        meta=meta(
            ctx,
            DocumentKind.VISIT_RECORD,
            "Record of a visit",
            f"visit-{visit.visited_at:%Y-%m-%d}-{visit.id or 0}",
        ),
        blocks=tuple(blocks),
    )
