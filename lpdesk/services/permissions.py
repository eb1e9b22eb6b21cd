"""Who may do what: enforced in the services, not only hidden in the GUI.

The policy is a table from role to permissions, plus one ownership rule: a lead professional edits
their own cases (where they are the current LP), a team manager their team's cases. Every refusal
raises ``Forbidden`` before anything is written.
"""

from __future__ import annotations

from enum import StrEnum

from lpdesk.domain import Case, Forbidden, LeadAssignment, UserRole
from lpdesk.services.context import ServiceContext
from lpdesk.services.ports import UnitOfWork

__all__ = ["Permission", "allowed", "require", "require_case"]


class Permission(StrEnum):
    READ_CASE = "read cases"
    EDIT_NARRATIVE = "edit narrative records (minutes, visits, plan, disagreements)"
    MANAGE_MEETINGS = "arrange meetings (convene, reschedule, attendance)"
    APPROVE_MINUTES = "approve minutes"
    ADMINISTER_CASES = "create cases and manage core group membership"
    ALLOCATE = "allocate lead professionals and record cover"
    CIRCULATE = "produce and send circulation packs"
    REVIEW_REPORTS = "review conference reports"
    EXPORT = "export case files"
    IMPORT = "import case files"
    READ_AUDIT = "read the audit trail"
    OVERSEE = "see the team's oversight views (actions, caseloads, unallocated cases)"
    MANAGE_SETTINGS = "change organisational settings"
    MANAGE_ACCOUNTS = "set another person's password"


_R = UserRole
_P = Permission

POLICY: dict[UserRole, frozenset[Permission]] = {
    _R.LEAD_PROFESSIONAL: frozenset(
        {
            _P.READ_CASE,
            _P.EDIT_NARRATIVE,
            _P.MANAGE_MEETINGS,
            _P.APPROVE_MINUTES,
            _P.ADMINISTER_CASES,
            _P.CIRCULATE,
            _P.EXPORT,
        }
    ),
    _R.TEAM_MANAGER: frozenset(
        {
            _P.READ_CASE,
            _P.EDIT_NARRATIVE,
            _P.MANAGE_MEETINGS,
            _P.APPROVE_MINUTES,
            _P.ADMINISTER_CASES,
            _P.ALLOCATE,
            _P.CIRCULATE,
            _P.EXPORT,
            _P.IMPORT,
            _P.READ_AUDIT,
            _P.OVERSEE,
            _P.MANAGE_SETTINGS,
            _P.MANAGE_ACCOUNTS,
        }
    ),
    _R.ADMINISTRATOR: frozenset({_P.READ_CASE, _P.MANAGE_MEETINGS, _P.CIRCULATE, _P.IMPORT}),
    _R.CONFERENCE_CHAIR: frozenset({_P.READ_CASE, _P.REVIEW_REPORTS, _P.APPROVE_MINUTES}),
    _R.QA_MANAGER: frozenset({_P.READ_CASE, _P.READ_AUDIT, _P.OVERSEE}),
}

# Permissions a lead professional holds only on cases where they are the current LP.
_OWN_CASE_ONLY = frozenset(
    {_P.EDIT_NARRATIVE, _P.MANAGE_MEETINGS, _P.ADMINISTER_CASES, _P.CIRCULATE, _P.EXPORT}
)


def allowed(role: UserRole, permission: Permission) -> bool:
    return permission in POLICY.get(role, frozenset())


def require(ctx: ServiceContext, permission: Permission) -> None:
    if not allowed(ctx.actor.role, permission):
        raise Forbidden(ctx.actor.role.value, permission.value)


def require_case(
    ctx: ServiceContext, uow: UnitOfWork, permission: Permission, case_id: int
) -> None:
    """The role check plus ownership: an LP only on their own cases, a team manager only on their
    team's (an empty team on either side means a single-desk database: no team boundary)."""
    require(ctx, permission)
    actor = ctx.actor
    if actor.role is UserRole.LEAD_PROFESSIONAL and permission in _OWN_CASE_ONLY:
        current = [a for a in uow.repo(LeadAssignment).find(case_id=case_id) if a.ended_on is None]
        if not current or current[0].person_id != actor.person_id:
            raise Forbidden(actor.role.value, f"{permission.value} on a case they do not lead")
    if actor.role is UserRole.TEAM_MANAGER and actor.team:
        case = uow.repo(Case).get(case_id)
        if case.team and case.team != actor.team:
            raise Forbidden(actor.role.value, f"{permission.value} on another team's case")
