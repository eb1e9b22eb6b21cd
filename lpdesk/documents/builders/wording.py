"""The words a document uses for the kind of plan it serves: a child protection core group, a
GIRFEC child's plan review (Scotland) or an Early Help team around the family review (England).
A GIRFEC or Early Help record has no child protection "plan category" and no review conference."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from lpdesk.documents.context import DocumentContext
from lpdesk.domain import PlanKind

__all__ = ["Wording", "plan_kind_of", "wording_for"]


@dataclass(frozen=True, slots=True)
class Wording:
    record_title: str  # the title of the meeting record
    meeting: str  # "Core group meeting", followed by the meeting's number
    group: str  # who meets, in a sentence: "the core group"
    next_meeting: str  # the row that gives the next meeting's date
    lead: str  # the row that names the lead professional
    why: str  # the row that says why the children have a plan
    child_protection: bool  # plan category, review conferences


_WORDING = {
    PlanKind.CHILD_PROTECTION: Wording(
        record_title="Core group meeting record",
        meeting="Core group meeting",
        group="the core group",
        next_meeting="Next core group",
        lead="Lead professional",
        why="Why the children are on a plan",
        child_protection=True,
    ),
    PlanKind.GIRFEC: Wording(
        record_title="Child's plan review",
        meeting="Child's plan review meeting",
        group="the team around the child",
        next_meeting="Next review of the child's plan",
        lead="Named lead professional",
        why="Why the child has a child's plan",
        child_protection=False,
    ),
    PlanKind.EARLY_HELP: Wording(
        record_title="Early Help review",
        meeting="Team around the family meeting",
        group="the team around the family",
        next_meeting="Next Early Help review",
        lead="Lead professional",
        why="Why the family has Early Help",
        child_protection=False,
    ),
}


def plan_kind_of(ctx: DocumentContext, form_kinds: Iterable[str] = ()) -> PlanKind:
    """The kind of plan a document serves: the pro-forma's own (a record keeps the form it was
    written on), else the case's current plan, else child protection."""
    kinds = [k for k in PlanKind if k.value in set(form_kinds)]
    if ctx.plan is not None and (not kinds or ctx.plan.kind in kinds):
        return ctx.plan.kind
    return kinds[0] if kinds else PlanKind.CHILD_PROTECTION


def wording_for(kind: PlanKind) -> Wording:
    return _WORDING[kind]
