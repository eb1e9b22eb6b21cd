"""The plan: the outline plan from the conference becomes the detailed multi-agency plan at the first
core group; outcomes, SMART actions and their progress, the contingency plan and how the child is
seen; saved versions, each flagged so the LP's manager and the conference chair are told.

Changes to the plan's own text take ``expected_revision`` (optimistic locking on ``Plan.revision``).
Text fields come back with language findings: warnings, never a block.

Modules: ``detailed_plan`` (stage, contingency, seen arrangements), ``outcomes_and_actions``,
``versions`` (saved versions and their notices), ``view`` (reading), ``checks`` (what they share).
"""

from lpdesk.services.meetings.language import Saved
from lpdesk.services.plans.detailed_plan import (
    make_detailed,
    set_contingency,
    set_seen_arrangements,
)
from lpdesk.services.plans.outcomes_and_actions import (
    SHANARRI,
    add_action,
    add_outcome,
    update_action_progress,
)
from lpdesk.services.plans.versions import (
    PlanChangeNotice,
    mark_notified,
    plan_change_notices,
    save_plan_version,
)
from lpdesk.services.plans.view import PlanView, plan_view

__all__ = [
    "SHANARRI",
    "PlanChangeNotice",
    "PlanView",
    "Saved",
    "add_action",
    "add_outcome",
    "make_detailed",
    "mark_notified",
    "plan_change_notices",
    "plan_view",
    "save_plan_version",
    "set_contingency",
    "set_seen_arrangements",
    "update_action_progress",
]
