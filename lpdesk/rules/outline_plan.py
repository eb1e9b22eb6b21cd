"""The outline plan agreed at the initial conference is turned into the detailed multi-agency plan by
the core group (at its first meeting). A plan still "outline" the profile's ``outline_plan_weeks``
after the conference is a finding on the due list. Part of the due engine (``lpdesk.rules.due``)."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from lpdesk.domain.enums import DueKind
from lpdesk.domain.facts import CaseFacts
from lpdesk.domain.outputs import DueItem
from lpdesk.rules.calendar import fmt_date

if TYPE_CHECKING:
    from lpdesk.rules.due import CaseRules

__all__ = ["add_outline_plan_item"]


def add_outline_plan_item(rules: CaseRules, case: CaseFacts, out: list[DueItem]) -> None:
    """Adds the "make the outline plan detailed" item while the case's plan is still the outline."""
    icpc = case.initial_conference_on
    if not case.outline_plan or icpc is None or DueKind.OUTLINE_PLAN in rules.off:
        return
    weeks = rules.profile.outline_plan_weeks
    due, moved = rules.on_working_day(icpc + timedelta(weeks=weeks))
    if rules.beyond(due):
        return
    reason = (
        f"the plan is still the outline plan from the {rules.conference_name(case)} on "
        f"{fmt_date(icpc)}: the core group makes it the detailed plan by {fmt_date(due)}, "
        f"{weeks} weeks after the conference{moved}"
    )
    out.append(rules.item(case, DueKind.OUTLINE_PLAN, due, reason))
