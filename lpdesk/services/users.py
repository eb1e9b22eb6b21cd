"""Accounts: who signs in to lpdesk. A new account is linked to a person in the directory (a new
one unless ``person_id`` is given), so that a lead professional's cases are theirs.

The team manager keeps the team here too: who the workers are (``list_staff``) and each worker's
line manager (``set_line_manager``), whom the first core group of a child protection plan needs as
its chair."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from lpdesk.domain import (
    FieldProblem,
    Forbidden,
    InvalidInput,
    Person,
    RuleViolation,
    User,
    UserRole,
)
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.people import _add_person, check_email, check_text
from lpdesk.services.permissions import Permission, require, require_staff_of_team
from lpdesk.services.ports import UnitOfWork

__all__ = [
    "StaffMember",
    "add_user",
    "check_account",
    "list_staff",
    "needs_database_role",
    "set_line_manager",
    "set_role",
]

_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,62}$")


@dataclass(frozen=True, kw_only=True, slots=True)
class StaffMember:
    """A worker with an account, as the team manager sees them."""

    user_id: int
    person_id: int | None
    username: str
    name: str
    role: UserRole
    team: str
    qualified_social_worker: bool
    line_manager_id: int | None
    line_manager_name: str  # "" when none is recorded
    active: bool


def add_user(
    ctx: ServiceContext,
    *,
    username: str,
    display_name: str,
    role: UserRole,
    person_id: int | None = None,
    team: str = "",
    email: str = "",
    qualified_social_worker: bool = False,
    line_manager_id: int | None = None,
) -> User:
    """An account (no password yet: ``auth.set_password`` or the first sign-in sets one), with
    the worker's line manager if given (a person who has an account). A team manager whose
    account has a team adds accounts to that team only.

    On a team database where each person connects as their own PostgreSQL role, the user row is
    created through ``lpdesk_create_user`` (which checks the caller's role again and audits the
    act); it creates no database role: IT still creates it (``lpdesk team add-user``) before the
    worker can sign in, and ``needs_database_role`` tells the caller to say so."""
    require(ctx, Permission.MANAGE_ACCOUNTS)
    if ctx.actor.team and team.strip() and team.strip() != ctx.actor.team:
        raise Forbidden(ctx.actor.role.value, f"{Permission.MANAGE_ACCOUNTS.value} in another team")
    username = username.strip().lower()
    with ctx.uow() as uow:
        problems = _account_problems(
            ctx, uow, username, display_name, team, email, person_id, line_manager_id
        )
        if problems:
            raise InvalidInput(problems)
        if person_id is None:
            person = _add_person(
                uow,
                ctx,
                Person(
                    name=display_name.strip(),
                    email=email.strip(),
                    qualified_social_worker=qualified_social_worker,
                    manager_id=line_manager_id,
                ),
            )
            person_id = person.id
        elif line_manager_id is not None:
            _store_manager(uow, ctx, person_id, line_manager_id)
        user = uow.accounts().create_user(
            User(
                username=username,
                display_name=display_name.strip(),
                role=role,
                person_id=person_id,
                team=team.strip(),
            )
        )
        record(uow, ctx, "user.add", "user", user.id)
    return user


def needs_database_role(ctx: ServiceContext) -> bool:
    """True on a team database where each person connects as their own PostgreSQL role: a user
    added in lpdesk cannot sign in until IT creates their database role (``lpdesk team
    add-user``, with the owner's URL), and passwords are the database's."""
    with ctx.uow() as uow:
        return uow.accounts().database_roles


def set_role(ctx: ServiceContext, *, username: str, role: UserRole) -> User:
    """Change an account's role: a team manager, for an account of their own team, never their
    own, and never the last active team manager of a team (no one could keep it then). On a team
    database the database checks it again (``lpdesk_set_role``: a team manager moves their team's
    workers between lead professional and administrator only)."""
    require(ctx, Permission.MANAGE_ACCOUNTS)
    with ctx.uow() as uow:
        found = uow.repo(User).find(username=username.strip().lower())
        if not found:
            raise InvalidInput.one("username", f'no user "{username.strip()}" in this database')
        user = found[0]
        if user.username == ctx.actor.username:
            raise Forbidden(ctx.actor.role.value, "change your own role")
        if ctx.actor.team and user.team not in ("", ctx.actor.team):
            raise Forbidden(ctx.actor.role.value, "change the role of someone in another team")
        if user.role is role:
            return user
        if user.role is UserRole.TEAM_MANAGER and not any(
            u.active and u.role is UserRole.TEAM_MANAGER and u.team == user.team and u.id != user.id
            for u in uow.repo(User).find()
        ):
            raise RuleViolation(
                f"{user.display_name} is the only team manager of "
                + (f"the {user.team} team" if user.team else "this database")
                + ": make someone else team manager first, so that the team keeps one."
            )
        updated = uow.accounts().set_role(user, role)
        record(uow, ctx, "user.set_role", "user", user.id, f"role={role.value}")
    return updated


def check_account(
    ctx: ServiceContext,
    *,
    username: str,
    display_name: str,
    team: str = "",
    email: str = "",
    person_id: int | None = None,
    line_manager_id: int | None = None,
) -> list[FieldProblem]:
    """What ``add_user`` would refuse, writing nothing (a script names every problem at once)."""
    require(ctx, Permission.MANAGE_ACCOUNTS)
    with ctx.uow() as uow:
        return _account_problems(
            ctx,
            uow,
            username.strip().lower(),
            display_name,
            team,
            email,
            person_id,
            line_manager_id,
        )


def _account_problems(
    ctx: ServiceContext,
    uow: UnitOfWork,
    username: str,
    display_name: str,
    team: str,
    email: str,
    person_id: int | None,
    line_manager_id: int | None,
) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if not _USERNAME.match(username):
        problems.append(
            FieldProblem("username", "2 to 63 lower-case letters, digits, dots, hyphens")
        )
    elif uow.repo(User).find(username=username):
        problems.append(FieldProblem("username", f'"{username}" is taken'))
    check_text(problems, "display_name", display_name, required=True)
    check_text(problems, "team", team, max_length=80)
    if email.strip():
        check_email(problems, "email", email.strip())
    if person_id is not None and not uow.repo(Person).find(id=person_id):
        problems.append(FieldProblem("person_id", f"no person {person_id}"))
    if line_manager_id is not None:
        _check_manager(ctx, uow, problems, person_id, line_manager_id)
    return problems


def list_staff(ctx: ServiceContext) -> list[StaffMember]:
    """The workers with an account, by name: the manager's team (and those of no team), or
    everyone when the manager's account has no team (a single-desk database)."""
    require(ctx, Permission.MANAGE_ACCOUNTS)
    team = ctx.actor.team
    with ctx.uow() as uow:
        users = [u for u in uow.repo(User).find() if not team or u.team in ("", team)]
        people = {p.id: p for p in uow.repo(Person).find()}
    staff = []
    for u in users:
        person = people.get(u.person_id) if u.person_id is not None else None
        manager = people.get(person.manager_id) if person and person.manager_id else None
        staff.append(
            StaffMember(
                user_id=u.id or 0,
                person_id=u.person_id,
                username=u.username,
                name=person.name if person else u.display_name,
                role=u.role,
                team=u.team,
                qualified_social_worker=bool(person and person.qualified_social_worker),
                line_manager_id=manager.id if manager else None,
                line_manager_name=manager.name if manager else "",
                active=u.active,
            )
        )
    staff.sort(key=lambda s: (s.name.casefold(), s.username))
    return staff


def set_line_manager(ctx: ServiceContext, *, person_id: int, manager_id: int | None) -> StaffMember:
    """Record (or, with ``None``, clear) a worker's line manager: both of the manager's own team,
    the line manager someone with an account, and no one their own manager at any remove."""
    require(ctx, Permission.MANAGE_ACCOUNTS)
    problems: list[FieldProblem] = []
    with ctx.uow() as uow:
        found = uow.repo(Person).find(id=person_id)
        accounts = uow.repo(User).find(person_id=person_id)
        if not found or not accounts:
            raise InvalidInput.one("person_id", "choose a worker who has an account")
        require_staff_of_team(ctx, uow, Permission.MANAGE_ACCOUNTS, person_id)
        if manager_id is not None:
            _check_manager(ctx, uow, problems, person_id, manager_id)
        if problems:
            raise InvalidInput(problems)
        _store_manager(uow, ctx, person_id, manager_id)
    (member,) = [s for s in list_staff(ctx) if s.user_id == accounts[0].id]
    return member


def _check_manager(
    ctx: ServiceContext,
    uow: UnitOfWork,
    problems: list[FieldProblem],
    person_id: int | None,
    manager_id: int,
) -> None:
    people = {p.id: p for p in uow.repo(Person).find()}
    if manager_id not in people or not uow.repo(User).find(person_id=manager_id):
        problems.append(FieldProblem("line_manager_id", "choose a worker who has an account"))
        return
    if manager_id == person_id:
        problems.append(FieldProblem("line_manager_id", "a worker cannot be their own manager"))
        return
    require_staff_of_team(ctx, uow, Permission.MANAGE_ACCOUNTS, manager_id)
    seen: set[int] = set()
    above: int | None = manager_id
    while above is not None and above not in seen:  # the chain above the new manager
        if above == person_id:
            problems.append(
                FieldProblem(
                    "line_manager_id",
                    f"{people[manager_id].name} is managed by {people[person_id].name}",
                )
            )
            return
        seen.add(above)
        above = people[above].manager_id if above in people else None


def _store_manager(
    uow: UnitOfWork, ctx: ServiceContext, person_id: int, manager_id: int | None
) -> None:
    current = uow.repo(Person).get(person_id)
    uow.repo(Person).update(replace(current, manager_id=manager_id))
    record(uow, ctx, "person.line_manager", "person", person_id, f"manager={manager_id}")
