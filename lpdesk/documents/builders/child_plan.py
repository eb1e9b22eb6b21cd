""" "My plan": the plan for one child in plain words and large type."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date

from lpdesk.documents.builders.common import long_date, meta
from lpdesk.documents.context import DocumentContext
from lpdesk.documents.tree import Block, Document, Heading, Paragraph, Run
from lpdesk.domain import DocumentKind

__all__ = ["build_child_plan"]


def _large(text: str) -> Paragraph:
    return Paragraph.plain(text, style="large")


def build_child_plan(
    ctx: DocumentContext,
    child_id: int,
    *,
    plain_words: Mapping[int, str] | None = None,
    next_meeting_on: date | None = None,
) -> Document:
    """``plain_words`` maps an outcome id to the way the lead professional put it for this child;
    an outcome without one is shown as written in the plan."""
    words = plain_words or {}
    view = next((c for c in ctx.children if c.child.id == child_id), None)
    name = view.name if view else "you"
    blocks: list[Block] = [
        Paragraph(
            runs=(Run(text="This plan is for "), Run(text=name, bold=True), Run(text=".")),
            style="large",
        ),
        _large(
            "The grown-ups who help you are working together so that you are safe and happy. "
            "This is what we are going to do."
        ),
    ]
    for outcome in sorted(ctx.outcomes, key=lambda o: o.number):
        blocks.append(Heading(level=1, text=f"What we want: number {outcome.number}"))
        blocks.append(_large(words.get(outcome.id or -1, outcome.description)))
        for action in ctx.actions_for(outcome.id):
            # the whole name: which part is the given name differs between cultures
            helper = ctx.name(action.who_person_id) if action.who_person_id else "Someone"
            when = f" by {long_date(action.by_when)}" if action.by_when else ""
            blocks.append(_large(f"{helper} will help: {action.what}{when}."))
    lp = ctx.people.get(ctx.lead_professional_id) if ctx.lead_professional_id else None
    if lp is not None:
        blocks.append(Heading(level=1, text="Who you can talk to"))
        blocks.append(
            _large(
                f"{lp.name} is the person who makes sure this plan happens."
                + (f" You can phone {lp.phone}." if lp.phone else "")
            )
        )
    if next_meeting_on:
        blocks.append(Heading(level=1, text="What happens next"))
        blocks.append(
            _large(
                f"The grown-ups will meet again on {long_date(next_meeting_on)} to "
                "check how things are going. You can tell us what you think."
            )
        )
    return Document(
        meta=replace(
            meta(ctx, DocumentKind.CHILD_PLAN, "My plan", f"child{child_id}"), large_print=True
        ),
        blocks=tuple(blocks),
    )
