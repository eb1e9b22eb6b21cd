"""Accounts for administrators and scripts: ``user add`` (with ``--line-manager``), ``user
set-manager`` and ``user list``. Workers are named by username, never by id. Each prints what was
stored (``--json``: one object, or a list); refused input exits 2 naming every problem by its
option, and nothing is written."""

from __future__ import annotations

import argparse
import dataclasses
import enum
import json
from typing import Any

from lpdesk.cli.common import opened
from lpdesk.domain import FieldProblem, InvalidInput

_OPTION = {"line_manager_id": "line-manager", "person_id": "username"}


def register(sub: Any) -> None:
    user = sub.add_parser("user", help="accounts and line managers (the team manager)")
    user_sub = user.add_subparsers(dest="user_command", required=True)
    uadd = user_sub.add_parser("add", help="an account, linked to a new person in the directory")
    uadd.add_argument("username")
    uadd.add_argument("--name", default="", help="as shown on screen and on paper")
    uadd.add_argument(
        "--role",
        default="lead_professional",
        help="lead_professional, team_manager, administrator, conference_chair, qa_manager",
    )
    uadd.add_argument("--email", default="")
    uadd.add_argument("--team", default="")
    uadd.add_argument("--qualified-social-worker", action="store_true")
    uadd.add_argument("--line-manager", default="", help="the line manager's username")
    uadd.add_argument("--json", action="store_true")
    uadd.set_defaults(handler=user_add)

    manager = user_sub.add_parser(
        "set-manager", help="record a worker's line manager (who chairs their first core group)"
    )
    manager.add_argument("username", help="the worker")
    manager.add_argument("--line-manager", default="", help="the line manager's username")
    manager.add_argument("--none", action="store_true", help="no line manager recorded")
    manager.add_argument("--json", action="store_true")
    manager.set_defaults(handler=user_set_manager)

    listing = user_sub.add_parser("list", help="the team's workers and their line managers")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=user_list)


def _json(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple | list):
        return [_json(v) for v in value]
    return value


def _print(args: argparse.Namespace, result: Any, sentence: str) -> int:
    print(json.dumps(_json(result), indent=2, ensure_ascii=False) if args.json else sentence)
    return 0


def _person(app: Any, username: str, option: str, problems: list[FieldProblem]) -> int | None:
    """The person id of the account ``username`` (a problem named ``option`` if none)."""
    from lpdesk.domain import User

    with app.store.unit_of_work() as uow:
        found = uow.repo(User).find(username=username.strip().lower())
    if not found or found[0].person_id is None:
        problems.append(FieldProblem(option, f'no user "{username.strip()}"'))
        return None
    return int(found[0].person_id)


def _refused(problems: list[FieldProblem], err: InvalidInput) -> InvalidInput:
    return InvalidInput(
        [*problems, *(FieldProblem(_OPTION.get(p.field, p.field), p.message) for p in err.problems)]
    )


def _staff(ctx: Any, username: str) -> Any:
    from lpdesk.services.users import list_staff

    return next(s for s in list_staff(ctx) if s.username == username)


def _sentence(member: Any) -> str:
    manager = member.line_manager_name or "none recorded"
    return f"{member.username}: {member.name}, line manager {manager}"


# -- the commands ---------------------------------------------------------------------------


def user_add(args: argparse.Namespace) -> int:
    from lpdesk.domain import UserRole
    from lpdesk.services.users import add_user, check_account, needs_database_role

    problems: list[FieldProblem] = []
    roles = {r.value: r for r in UserRole}
    if args.role not in roles:
        problems.append(FieldProblem("role", f"one of {', '.join(roles)}"))
    with opened(args) as app:
        ctx = app.context(app.actor(args.user))
        manager_id = None
        if args.line_manager.strip():
            manager_id = _person(app, args.line_manager, "line-manager", problems)
        values = {
            "username": args.username,
            "display_name": args.name,
            "email": args.email,
            "team": args.team,
            "line_manager_id": manager_id,
        }
        problems += [  # every problem at once, before anything is written
            FieldProblem(_OPTION.get(p.field, p.field), p.message)
            for p in check_account(ctx, **values)
        ]
        if problems:
            raise InvalidInput(problems)
        try:
            user = add_user(
                ctx,
                role=roles[args.role],
                qualified_social_worker=args.qualified_social_worker,
                **values,
            )
        except InvalidInput as err:
            raise _refused([], err) from None
        member = _staff(ctx, user.username)
        sentence = f"account {user.username} added; {_sentence(member)}"
        if needs_database_role(ctx):
            sentence += (
                f"; they can sign in once IT has created their database role "
                f"(lpdesk team add-user {user.username}, with the owner's URL)"
            )
    return _print(args, member, sentence)


def user_set_manager(args: argparse.Namespace) -> int:
    from lpdesk.services.users import set_line_manager

    problems: list[FieldProblem] = []
    if bool(args.line_manager.strip()) == bool(args.none):
        problems.append(FieldProblem("line-manager", "give a username, or --none to clear it"))
    with opened(args) as app:
        ctx = app.context(app.actor(args.user))
        person_id = _person(app, args.username, "username", problems)
        manager_id = None
        if args.line_manager.strip():
            manager_id = _person(app, args.line_manager, "line-manager", problems)
        if problems or person_id is None:
            raise InvalidInput(problems)
        try:
            member = set_line_manager(ctx, person_id=person_id, manager_id=manager_id)
        except InvalidInput as err:
            raise _refused(problems, err) from None
    return _print(args, member, _sentence(member))


def user_list(args: argparse.Namespace) -> int:
    from lpdesk.services.users import list_staff

    with opened(args) as app:
        staff = list_staff(app.context(app.actor(args.user)))
    if args.json:
        return _print(args, staff, "")
    for member in staff:
        role = member.role.value.replace("_", " ")
        qualified = ", qualified social worker" if member.qualified_social_worker else ""
        print(f"{_sentence(member)} ({role}{qualified})")
    return 0
