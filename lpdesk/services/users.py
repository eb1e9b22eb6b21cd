"""Accounts: who signs in to lpdesk. A new account is linked to a person in the directory (a new
one unless ``person_id`` is given), so that a lead professional's cases are theirs."""

from __future__ import annotations

import re

from lpdesk.domain import FieldProblem, InvalidInput, Person, User, UserRole
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.people import _add_person, check_text
from lpdesk.services.permissions import Permission, require

__all__ = ["add_user"]

_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,62}$")


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
) -> User:
    """An account (no password yet: ``auth.set_password`` or the first sign-in sets one)."""
    require(ctx, Permission.MANAGE_ACCOUNTS)
    problems: list[FieldProblem] = []
    username = username.strip().lower()
    if not _USERNAME.match(username):
        problems.append(
            FieldProblem("username", "2 to 63 lower-case letters, digits, dots, hyphens")
        )
    check_text(problems, "display_name", display_name, required=True)
    check_text(problems, "team", team, max_length=80)
    with ctx.uow() as uow:
        if _USERNAME.match(username) and uow.repo(User).find(username=username):
            problems.append(FieldProblem("username", f'"{username}" is taken'))
        if person_id is not None and not uow.repo(Person).find(id=person_id):
            problems.append(FieldProblem("person_id", f"no person {person_id}"))
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
                ),
            )
            person_id = person.id
        user = uow.repo(User).add(
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
