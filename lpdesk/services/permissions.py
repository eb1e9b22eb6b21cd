"""Who may do what: enforced in the services, not only hidden in the GUI.

The policy is a table from role to permissions, plus one ownership rule: a lead professional edits
their own cases (where they are the current LP), a team manager their team's cases. Every refusal
raises ``Forbidden`` before anything is written.
"""

from __future__ import annotations

from dataclasses import fields
from enum import StrEnum
from typing import Any

from lpdesk.domain import Case, Child, Forbidden, LeadAssignment, Membership, User, UserRole
from lpdesk.domain.registry import ENTITIES, entity_name
from lpdesk.services.context import ServiceContext
from lpdesk.services.ports import UnitOfWork

__all__ = [
    "Permission",
    "allowed",
    "require",
    "require_account",
    "require_case",
    "require_organisation",
    "require_person",
    "require_record",
    "require_staff_of_team",
]


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


def _case_ids_of_person(uow: UnitOfWork, person_id: int) -> set[int]:
    """The cases a person is named in: as a core group member, a child, or a lead professional."""
    ids = {m.case_id for m in uow.repo(Membership).find(person_id=person_id)}
    ids |= {c.case_id for c in uow.repo(Child).find(person_id=person_id)}
    ids |= {a.case_id for a in uow.repo(LeadAssignment).find(person_id=person_id)}
    return ids


def _led_by(uow: UnitOfWork, case_id: int, person_id: int | None) -> bool:
    current = [a for a in uow.repo(LeadAssignment).find(case_id=case_id) if a.ended_on is None]
    return bool(current) and current[0].person_id == person_id


def _other_team(actor_team: str, team: str) -> bool:
    return bool(actor_team) and bool(team) and team != actor_team


def require_person(
    ctx: ServiceContext, uow: UnitOfWork, permission: Permission, person_id: int
) -> None:
    """The role check plus the person's cases: an LP changes the details of someone named only
    in cases they lead (never a colleague's account holder), a team manager someone named only in
    their own team's cases (never another team's staff)."""
    require(ctx, permission)
    actor = ctx.actor
    if actor.role not in (UserRole.LEAD_PROFESSIONAL, UserRole.TEAM_MANAGER):
        return
    accounts = uow.repo(User).find(person_id=person_id)
    case_ids = _case_ids_of_person(uow, person_id)
    if actor.role is UserRole.LEAD_PROFESSIONAL:
        if person_id != actor.person_id and accounts:
            raise Forbidden(actor.role.value, f"{permission.value} for a colleague")
        if not all(_led_by(uow, cid, actor.person_id) for cid in case_ids):
            raise Forbidden(
                actor.role.value, f"{permission.value} for someone in a case they do not lead"
            )
        return
    if any(_other_team(actor.team, u.team) for u in accounts):
        raise Forbidden(actor.role.value, f"{permission.value} for another team's staff")
    cases = uow.repo(Case).find(id=sorted(case_ids)) if case_ids else []
    if any(_other_team(actor.team, c.team) for c in cases):
        raise Forbidden(actor.role.value, f"{permission.value} for someone in another team's case")


def require_staff_of_team(
    ctx: ServiceContext, uow: UnitOfWork, permission: Permission, person_id: int
) -> None:
    """The role check plus the team: a team manager records absences and cover only for their
    own team's people (their account's team, or the cases they lead)."""
    require(ctx, permission)
    actor = ctx.actor
    if not actor.team:
        return
    if any(_other_team(actor.team, u.team) for u in uow.repo(User).find(person_id=person_id)):
        raise Forbidden(actor.role.value, f"{permission.value} for another team's staff")
    led = {a.case_id for a in uow.repo(LeadAssignment).find(person_id=person_id)}
    cases = uow.repo(Case).find(id=sorted(led)) if led else []
    if any(_other_team(actor.team, c.team) for c in cases):
        raise Forbidden(actor.role.value, f"{permission.value} for another team's staff")


def require_account(ctx: ServiceContext, uow: UnitOfWork, target: User) -> None:
    """Setting someone else's password: ``MANAGE_ACCOUNTS``, only for an account of the
    manager's own team, and never over a manager's or the QA manager's existing password (that
    would be taking over the account: they change their own)."""
    actor = ctx.actor
    if target.username == actor.username:
        return
    require(ctx, Permission.MANAGE_ACCOUNTS)
    what = Permission.MANAGE_ACCOUNTS.value
    if _other_team(actor.team, target.team):
        raise Forbidden(actor.role.value, f"{what} in another team")
    if target.role in _PRIVILEGED and target.password_hash:
        raise Forbidden(actor.role.value, f"{what} for a {target.role.value}: they change it")
    if target.role is UserRole.QA_MANAGER and actor.team and target.team != actor.team:
        raise Forbidden(actor.role.value, f"{what} for the QA manager")


_PRIVILEGED = frozenset({UserRole.TEAM_MANAGER, UserRole.QA_MANAGER})


def require_organisation(ctx: ServiceContext, uow: UnitOfWork, permission: Permission) -> None:
    """The role check for something the whole organisation shares (its settings): a manager
    whose account belongs to one team may do it only while the database holds no other team."""
    require(ctx, permission)
    team = ctx.actor.team
    if not team:
        return
    teams = {u.team for u in uow.repo(User).find()} | {c.team for c in uow.repo(Case).find()}
    if teams - {"", team}:
        raise Forbidden(ctx.actor.role.value, f"{permission.value} for every team")


def require_record(
    ctx: ServiceContext, uow: UnitOfWork, permission: Permission, entity: str, entity_id: int
) -> None:
    """The role check plus the record's team, for readers of one record by name and id (the
    audit trail): a team manager reads only records of their team's cases, or of no case."""
    require(ctx, permission)
    if not ctx.actor.team:
        return
    for case_id in _cases_of_record(uow, entity, entity_id):
        case = uow.repo(Case).find(id=case_id)
        if case and _other_team(ctx.actor.team, case[0].team):
            raise Forbidden(ctx.actor.role.value, f"{permission.value} of another team's case")
    if entity == "user":
        for u in uow.repo(User).find(id=entity_id):
            if _other_team(ctx.actor.team, u.team):
                raise Forbidden(ctx.actor.role.value, f"{permission.value} of another team")


_NO_CASE = frozenset({"person", "user", "agency"})


def _cases_of_record(uow: UnitOfWork, entity: str, entity_id: int) -> set[int]:
    """The case(s) a stored record belongs to, following its ``*_id`` fields up to a case."""
    by_name = {entity_name(cls): cls for cls in ENTITIES}
    if entity == "case":
        return {entity_id}
    if entity == "person":
        return _case_ids_of_person(uow, entity_id)
    cls = by_name.get(entity)
    if cls is None or entity == "audit_event":
        return set()
    found: list[Any] = uow.repo(cls).find(id=entity_id)
    if not found:
        return set()
    row = found[0]
    names = [f.name for f in fields(cls)]
    if "case_id" in names:
        return {int(row.case_id)}
    for name in names:
        parent = name[:-3]
        value = getattr(row, name)
        if (
            name.endswith("_id")
            and parent in by_name
            and value is not None
            and parent not in _NO_CASE
        ):
            return _cases_of_record(uow, parent, int(value))
    return set()
