""" "My plan": the plan for one child, written for the child and in large type: what the grown-ups
want and will do, each in the child's own words where the plan holds them, what the child said
they wish for, who to talk to and how, and when the grown-ups meet next."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date

from lpdesk.documents.builders.common import long_date, meta
from lpdesk.documents.builders.wording import plan_kind_of
from lpdesk.documents.context import DocumentContext
from lpdesk.documents.tree import Block, Document, Heading, Paragraph, Picture, Run
from lpdesk.domain import Action, DocumentKind, PlanKind

__all__ = ["build_child_plan"]


def _large(text: str) -> Paragraph:
    return Paragraph.plain(text, style="large")


def _action_line(ctx: DocumentContext, action: Action) -> str:
    if action.child_words.strip():
        return action.child_words.strip()
    # the whole name: which part is the given name differs between cultures
    helper = ctx.name(action.who_person_id) if action.who_person_id else "Someone"
    when = f" by {long_date(action.by_when)}" if action.by_when else ""
    return f"{helper} will help: {action.what}{when}."


def _talk_to(ctx: DocumentContext, photo: bytes | None) -> tuple[Block, ...]:
    lp = ctx.people.get(ctx.lead_professional_id) if ctx.lead_professional_id else None
    blocks: list[Block] = [Heading(level=1, text="Who you can talk to")]
    if lp is None:
        blocks.append(
            _large("You can talk to any grown-up you trust, like a teacher or a family member.")
        )
        return tuple(blocks)
    if photo:  # the child sees who they can talk to, if the lead professional added a photo
        blocks.append(Picture(data=photo, width_mm=30, description=f"A photo of {lp.name}"))
    blocks.append(_large(f"{lp.name} is the person who makes sure this plan happens."))
    if lp.phone:
        blocks.append(_large(f"You can phone {lp.name} on {lp.phone}."))
    if lp.email:
        blocks.append(_large(f"You can email {lp.name} at {lp.email}."))
    blocks.append(
        _large(
            "You can also talk to any grown-up you trust, like a teacher or a family member, "
            "and ask them to tell us what you think."
        )
    )
    return tuple(blocks)


def build_child_plan(
    ctx: DocumentContext,
    child_id: int,
    *,
    plain_words: Mapping[int, str] | None = None,
    next_meeting_on: date | None = None,
    wishes: str = "",
    lp_photo: bytes | None = None,
) -> Document:
    """Each outcome and action is shown in the child's words where the plan holds them
    (``child_words``; ``plain_words`` maps an outcome id to words given here instead), else as
    written in the plan. ``wishes`` is what the child said they want, from the latest approved
    minutes. ``lp_photo`` is the lead professional's photo (a JPEG), shown under "Who you can
    talk to"."""
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
    if wishes.strip():
        blocks.append(Heading(level=1, text="What you told us"))
        blocks += [_large(part.strip()) for part in wishes.split("\n\n") if part.strip()]
    girfec = plan_kind_of(ctx) is PlanKind.GIRFEC
    for outcome in sorted(ctx.outcomes, key=lambda o: o.number):
        heading = f"What we want: number {outcome.number}"
        if girfec and outcome.indicator:
            heading = f"{outcome.indicator.capitalize()}: what we want, number {outcome.number}"
        blocks.append(Heading(level=1, text=heading))
        said = words.get(outcome.id or -1) or outcome.child_words.strip()
        blocks.append(_large(said or outcome.description))
        blocks += [_large(_action_line(ctx, a)) for a in ctx.actions_for(outcome.id)]
    blocks += _talk_to(ctx, lp_photo)
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
