"""What the plan use cases share: finding a plan the actor may act on (only a current plan
changes), the longest text a plan field takes, and the language findings on saved text
(warnings, never a block)."""

from __future__ import annotations

from lpdesk.domain import InvalidInput, Plan
from lpdesk.services.context import ServiceContext
from lpdesk.services.meetings import _common as c
from lpdesk.services.meetings.language import TextFinding, check_texts
from lpdesk.services.permissions import Permission, require_case
from lpdesk.services.ports import UnitOfWork
from lpdesk.services.profiles import ProfileProvider

__all__ = [
    "LONG_TEXT",
    "find_plan",
    "language_findings",
]


LONG_TEXT = 5000


def find_plan(
    ctx: ServiceContext,
    uow: UnitOfWork,
    plan_id: int,
    permission: Permission = Permission.EDIT_NARRATIVE,
) -> Plan:
    """The plan, once the actor may do this on its case; only a current plan changes."""
    found = uow.repo(Plan).find(id=plan_id)
    if not found:
        raise InvalidInput.one("plan_id", f"no plan {plan_id}")
    require_case(ctx, uow, permission, found[0].case_id)
    if permission is not Permission.READ_CASE and found[0].ended_on is not None:
        raise InvalidInput.one("plan_id", f"plan {plan_id} has ended")
    return found[0]


def language_findings(
    uow: UnitOfWork, case_id: int, profiles: ProfileProvider | None, texts: list[tuple[str, str]]
) -> tuple[TextFinding, ...]:
    case = c.get_case(uow, case_id)
    labels = c.provider(profiles).profile(case.profile_id).non_specific_labels
    return check_texts(texts, labels)
