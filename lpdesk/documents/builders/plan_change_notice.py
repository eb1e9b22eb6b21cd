"""The notice of a change to the plan, for the lead professional's manager and the conference chair:
which version, when, by whom, what changed and who was consulted, then the plan as it now stands."""

from __future__ import annotations

from lpdesk.documents.builders.common import (
    NOT_RECORDED,
    case_rows,
    long_date,
    long_text_section,
    meta,
)
from lpdesk.documents.builders.records import outcome_blocks
from lpdesk.documents.context import DocumentContext
from lpdesk.documents.tree import Block, Document, FieldTable, Heading, Paragraph
from lpdesk.domain import DocumentKind, PlanVersion

__all__ = ["build_plan_change_notice"]


def build_plan_change_notice(ctx: DocumentContext, version: PlanVersion) -> Document:
    """``ctx`` carries the plan as it now stands; ``version`` is the saved change being notified."""
    consulted = "\n".join(ctx.name_and_role(pid) for pid in version.consulted_person_ids)
    rows = [
        *case_rows(ctx),
        ("Plan version", str(version.number)),
        (
            "Saved",
            f"{long_date(version.created_at.date())} by {version.created_by or NOT_RECORDED}",
        ),
        ("Core group members consulted", consulted or NOT_RECORDED),
    ]
    blocks: list[Block] = [
        Paragraph.plain(
            "The plan has changed. You are told of every change to the plan so that you can check "
            "it still keeps the children safe and, for the chair, prepare the review conference."
        ),
        FieldTable(rows=tuple(rows)),
    ]
    blocks += long_text_section("What changed", version.summary, level=1)
    blocks.append(Heading(level=1, text="The plan as it now stands"))
    if ctx.outcomes:
        blocks += outcome_blocks(ctx, ctx.outcomes, with_progress=False)
    else:
        blocks.append(Paragraph.plain("No outcomes are recorded on the plan.", style="note"))
    if ctx.plan is not None:
        blocks += long_text_section("Contingency plan", ctx.plan.contingency, level=1)
    return Document(
        meta=meta(
            ctx,
            DocumentKind.PLAN_CHANGE_NOTICE,
            "Notice of a change to the plan",
            f"v{version.number}",
        ),
        blocks=tuple(blocks),
    )
