"""The due list and the caseload: what is due, due soon and overdue, for a team or one LP.

Facts come from the store (kept per case as records change, read in one query); the pure rules
turn them into items with reasons. Names are added here, for the people entitled to see them,
never logged.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Final, Literal

from lpdesk.domain import (
    Absence,
    CaseFacts,
    DueItem,
    DueStatus,
    LeadAssignment,
)
from lpdesk.rules.due import due_items
from lpdesk.rules.profile import Profile
from lpdesk.services.context import ServiceContext
from lpdesk.services.ports import UnitOfWork

__all__ = [
    "TEAM_DEFAULT",
    "TEAM_HORIZON_DAYS",
    "CaseloadRow",
    "caseload",
    "due_list",
    "name_children",
    "team_facts",
    "with_child_names",
]


TEAM_HORIZON_DAYS = 28
"""The team-wide due list leaves out ok items due further ahead than this (4 weeks)."""

TEAM_DEFAULT: Final = "team default"


def due_list(
    ctx: ServiceContext,
    *,
    profiles: Mapping[str, Profile],
    as_of: date | None = None,
    lp_person_id: int | None = None,
    case_ids: Sequence[int] | None = None,
    horizon_days: int | Literal["team default"] | None = TEAM_DEFAULT,
) -> list[DueItem]:
    """What is due, overdue first. ``horizon_days`` leaves out the ok items due more than that
    many days after ``as_of`` (overdue and due-soon items are always listed); None lists every
    item. By default the team-wide list (no LP, no cases) stops at ``TEAM_HORIZON_DAYS``, and one
    LP's caseload or chosen cases list every item."""
    day = as_of or ctx.clock.today()
    if horizon_days == TEAM_DEFAULT:
        team_wide = lp_person_id is None and case_ids is None
        horizon_days = TEAM_HORIZON_DAYS if team_wide else None
    with ctx.uow() as uow:
        facts = uow.case_facts(as_of=day, case_ids=case_ids, lp_person_id=lp_person_id)
        if lp_person_id is not None and case_ids is None:
            facts += _covered_facts(uow, lp_person_id, day, {f.case_id for f in facts})
        items = due_items(facts, profiles, day, horizon_days=horizon_days)
        return with_child_names(uow, items)


def with_child_names(uow: UnitOfWork, items: Sequence[DueItem]) -> list[DueItem]:
    """The items with each child's name where the rules say "child 2" (label and reason)."""
    return name_children(uow, items)


def name_children(uow: UnitOfWork, items: Sequence[DueItem]) -> list[DueItem]:
    """The items with each child's name where the rules say "child 2" (label and reason): the
    names read through the names-only port, only for the children the items are about."""
    child_ids = sorted({i.child_id for i in items if i.child_id is not None})
    if not child_ids:
        return list(items)
    names = uow.child_names(child_ids)
    named = []
    patterns: dict[str, re.Pattern[str]] = {}  # "child 1", "unborn child": a handful
    for item in items:
        name = names.get(item.child_id) if item.child_id is not None else None
        if name and item.child_label:
            label = patterns.get(item.child_label)
            if label is None:
                label = patterns[item.child_label] = re.compile(
                    rf"\b{re.escape(item.child_label)}\b"
                )
            reason = label.sub(lambda _m, name=name: name, item.reason)  # type: ignore[misc]
            item = replace(item, child_label=name, reason=reason)
        named.append(item)
    return named


def team_facts(uow: UnitOfWork, day: date, lp_person_id: int | None) -> list[CaseFacts]:
    """The facts of every open case (the team's, or one LP's with the cases they cover)."""
    facts = uow.case_facts(as_of=day, lp_person_id=lp_person_id)
    if lp_person_id is not None:
        facts += _covered_facts(uow, lp_person_id, day, {f.case_id for f in facts})
    return facts


def _covered_facts(uow: UnitOfWork, person_id: int, day: date, known: set[int]) -> list[CaseFacts]:
    """The facts of the cases whose LP is absent on ``day`` with ``person_id`` covering: the
    covering worker sees their due items as their own."""
    absent = {
        a.person_id
        for a in uow.repo(Absence).find(cover_person_id=person_id)
        if a.starts_on <= day and (a.ends_on is None or day <= a.ends_on)
    }
    if not absent:
        return []
    covered = sorted(
        {
            a.case_id
            for a in uow.repo(LeadAssignment).find(person_id=sorted(absent))
            if a.ended_on is None and a.case_id not in known
        }
    )
    return uow.case_facts(as_of=day, case_ids=covered) if covered else []


@dataclass(frozen=True, kw_only=True, slots=True)
class CaseloadRow:
    case_id: int
    reference: str
    profile_id: str
    children: tuple[str, ...]  # names, for the screen of someone entitled to see them
    lead_professional: str
    overdue: int
    due_soon: int
    next_due: DueItem | None


def caseload(
    ctx: ServiceContext,
    *,
    profiles: Mapping[str, Profile],
    as_of: date | None = None,
    lp_person_id: int | None = None,
) -> list[CaseloadRow]:
    """One row per open case (one LP's, or the whole team's), most overdue first."""
    day = as_of or ctx.clock.today()
    with ctx.uow() as uow:
        facts = uow.case_facts(as_of=day, lp_person_id=lp_person_id)
        if lp_person_id is not None:
            facts += _covered_facts(uow, lp_person_id, day, {f.case_id for f in facts})
        labels = uow.caseload_labels([f.case_id for f in facts])
        by_case: dict[int, list[DueItem]] = {}
        for item in due_items(facts, profiles, day):
            by_case.setdefault(item.case_id, []).append(item)
        counts: dict[int, tuple[int, int]] = {}  # each case's (overdue, due soon)
        next_of: dict[int, DueItem] = {}  # each case's next item, named below
        for case_id, case_items in by_case.items():
            overdue = due_soon = 0
            pending = []
            for i in case_items:
                if i.status is not DueStatus.OK:
                    pending.append(i)
                    overdue += i.status is DueStatus.OVERDUE
                    due_soon += i.status is DueStatus.DUE_SOON
            counts[case_id] = overdue, due_soon
            next_of[case_id] = min(pending or case_items, key=lambda i: i.due)
        # names only in the items shown (one a case), not in every item of the team's cases
        next_of = dict(zip(next_of, with_child_names(uow, list(next_of.values())), strict=True))
    rows = []
    for f in facts:
        reference, children, lead = labels[f.case_id]
        overdue, due_soon = counts.get(f.case_id, (0, 0))
        rows.append(
            CaseloadRow(
                case_id=f.case_id,
                reference=reference,
                profile_id=f.profile_id,
                children=children,
                lead_professional=lead,
                overdue=overdue,
                due_soon=due_soon,
                next_due=next_of.get(f.case_id),
            )
        )
    rows.sort(key=lambda r: (-r.overdue, -r.due_soon, r.reference))
    return rows
