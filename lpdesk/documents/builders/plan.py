"""The plan: a child protection plan (outcomes, SMART actions, contingency, how the children will
be seen) or a GIRFEC child's plan (wellbeing needs under the eight SHANARRI indicators)."""

from __future__ import annotations

from datetime import date

from lpdesk.documents.builders.common import (
    NOT_RECORDED,
    case_rows,
    label,
    long_date,
    long_text_section,
    meta,
    role_label,
)
from lpdesk.documents.builders.records import outcome_blocks
from lpdesk.documents.context import DocumentContext
from lpdesk.documents.tree import Block, Document, FieldTable, Heading, Paragraph, Table
from lpdesk.domain import DocumentKind, PlanKind

__all__ = ["SHANARRI", "build_plan"]

SHANARRI = (
    "Safe",
    "Healthy",
    "Achieving",
    "Nurtured",
    "Active",
    "Respected",
    "Responsible",
    "Included",
)


def _members_table(ctx: DocumentContext) -> tuple[Block, ...]:
    rows = tuple(
        (ctx.name_and_role(m.person_id), role_label(m.role))
        for m in ctx.memberships
        if m.left_on is None and not m.excluded
    )
    if not rows:
        return ()
    return (
        Heading(level=1, text="Core group members"),
        Table(header=("Name", "Role in the core group"), rows=rows, widths=(3, 2)),
    )


def _girfec_blocks(ctx: DocumentContext) -> tuple[Block, ...]:
    blocks: list[Block] = [Heading(level=1, text="Wellbeing needs (SHANARRI)")]
    by_indicator = {
        name: [o for o in ctx.outcomes if o.indicator.lower() == name.lower()] for name in SHANARRI
    }
    others = [o for o in ctx.outcomes if o.indicator.capitalize() not in SHANARRI]
    for indicator in SHANARRI:
        outcomes = tuple(by_indicator[indicator])
        blocks.append(Heading(level=2, text=indicator))
        if not outcomes:
            blocks.append(Paragraph.plain("No need identified under this indicator.", style="note"))
            continue
        for outcome in outcomes:
            actions = ctx.actions_for(outcome.id)
            blocks.append(FieldTable(rows=(("Outcome sought", outcome.description),)))
            rows = tuple(
                (
                    a.what,
                    ctx.name_and_role(a.who_person_id),
                    a.measure,
                    long_date(a.by_when) if a.by_when else "",
                    label(a.status.value),
                )
                for a in actions
            )
            blocks.append(
                Table(
                    header=(
                        "Action",
                        "Who and which service",
                        "How progress is measured",
                        "By when",
                        "Status",
                    ),
                    rows=rows,
                    widths=(4, 3, 4, 2, 1.6),
                )
            )
    if others:
        blocks.append(Heading(level=2, text="Other outcomes"))
        blocks.extend(outcome_blocks(ctx, tuple(others), with_progress=False))
    return tuple(blocks)


def build_plan(
    ctx: DocumentContext,
    *,
    version: int | None = None,
    review_on: date | None = None,
    child_views: str = "",
    parents_views: str = "",
) -> Document:
    """The current plan. A GIRFEC plan also carries the child's and parents' views and the
    review date; a child protection plan its outcomes, actions and contingency."""
    plan = ctx.plan
    girfec = plan is not None and plan.kind is PlanKind.GIRFEC
    titles = {PlanKind.GIRFEC: "Child's plan", PlanKind.EARLY_HELP: "Early Help plan"}
    title = titles.get(plan.kind, "Child protection plan") if plan else "Child protection plan"
    rows = list(case_rows(ctx))
    if plan is not None:
        rows += [("Stage", label(plan.stage.value)), ("Plan started", long_date(plan.started_on))]
        if not girfec:
            rows.append(("Why the children are on a plan", plan.reason or NOT_RECORDED))
    if version is not None:
        rows.append(("Plan version", str(version)))
    if girfec:
        rows.append(("Review date", long_date(review_on)))
    blocks: list[Block] = [FieldTable(rows=tuple(rows))]
    if girfec:
        blocks += long_text_section("The child's views", child_views, level=1)
        blocks += long_text_section("Parents' and carers' views", parents_views, level=1)
        blocks += _girfec_blocks(ctx)
    else:
        blocks.append(Heading(level=1, text="Outcomes and actions"))
        blocks += outcome_blocks(ctx, ctx.outcomes, with_progress=False)
    blocks += long_text_section("Contingency plan", plan.contingency if plan else "", level=1)
    blocks += long_text_section(
        "How and when the children will be seen, alone and with their family",
        plan.seen_arrangements if plan else "",
        level=1,
    )
    blocks += _members_table(ctx)
    suffix = f"v{version}" if version is not None else ""
    return Document(meta=meta(ctx, DocumentKind.PLAN, title, suffix), blocks=tuple(blocks))
