"""Security commands: a case's audit trail, and setting a password for team sign-in."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from typing import Any

from lpdesk.cli.common import opened


def register(sub: Any) -> None:
    aud = sub.add_parser("audit", help="the audit trail of a case (QA and team managers)")
    aud.add_argument("case", nargs="?", help="the case reference")
    aud.add_argument(
        "--verify",
        action="store_true",
        help="check the whole trail's hash chain and append-only triggers (a desk's database)",
    )
    aud.add_argument("--json", action="store_true", help="a JSON list of objects")
    aud.set_defaults(handler=audit)
    pw = sub.add_parser("password", help="set a password for signing in to a team database")
    pw.add_argument("username", help="whose password (your own, or anyone's for a team manager)")
    pw.add_argument(
        "--first",
        action="store_true",
        help="a new team database: set the first team manager's password without signing in "
        "(refused once any user has a password)",
    )
    pw.set_defaults(handler=password)
    team = sub.add_parser(
        "team", help="a PostgreSQL team database's roles (IT, with the owner's --database-url)"
    )
    verbs = team.add_subparsers(dest="team_action", required=True)
    verbs.add_parser(
        "setup",
        help="migrate, then create the lpdesk_user group role, its grants and the row-level "
        "security that limits each person to their cases",
    ).set_defaults(handler=team_setup)
    add = verbs.add_parser("add-user", help="a person's own database role and lpdesk user")
    add.add_argument("username")
    add.add_argument("--name", required=True, help="the name shown in lpdesk")
    add.add_argument("--role", required=True, help="lead_professional, team_manager, ...")
    add.add_argument("--team", default="")
    add.add_argument(
        "--no-password",
        action="store_true",
        help="no database password: pg_hba authenticates (GSSAPI/LDAP)",
    )
    add.add_argument(
        "--account-admin",
        action="store_true",
        help="may create users, set roles and reset passwords of anyone but themselves",
    )
    add.set_defaults(handler=team_add_user)


def audit(args: argparse.Namespace) -> int:
    from lpdesk.domain import InvalidInput
    from lpdesk.services.audit_trail import history_for_reference

    if args.verify:
        return verify(args)
    if not args.case:
        raise InvalidInput.one("case", "give a case reference, or --verify")
    with opened(args) as app:
        events = history_for_reference(app.context(app.actor(args.user)), reference=args.case)
    if args.json:
        rows = [
            {
                "at": e.at.isoformat(),
                "user": e.user,
                "role": e.role,
                "action": e.action,
                "entity": e.entity,
                "entity_id": e.entity_id,
                "detail": e.detail,
            }
            for e in events
        ]
        json.dump(rows, sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    for e in events:
        print(
            f"{e.at:%Y-%m-%d %H:%M:%S}  {e.user:16} {e.role:18} {e.action:28} "
            f"{e.entity} {e.entity_id if e.entity_id is not None else ''} {e.detail}".rstrip()
        )
    return 0


def verify(args: argparse.Namespace) -> int:
    """Exit 0 when the trail is whole; 1 (each break printed, by event id) when it is not."""
    from lpdesk.services.audit_trail import record_access

    with opened(args) as app:
        ctx = app.context(app.actor(args.user))  # anyone: it shows event ids, not events
        if app.store.database_path is None:
            print("a team database's trail is guarded by its roles (see docs/security.md)")
            return 0
        problems = app.store.audit_chain_problems()
        record_access(ctx, "audit.verify", detail=f"problems={len(problems)}")
    for problem in problems:
        print(f"  {problem}", file=sys.stderr)
    if problems:
        print("lpdesk: the audit trail has been altered outside lpdesk", file=sys.stderr)
        return 1
    print("the audit trail is whole: every event chained, the append-only triggers in place")
    return 0


def _team_app(args: argparse.Namespace) -> Any:
    from lpdesk.domain import InvalidInput

    if not args.database_url:
        raise InvalidInput.one("database_url", "give the team database's owner URL")
    return opened(args, signed_in=False)  # the owner's credentials are IT's authority


def team_setup(args: argparse.Namespace) -> int:
    from lpdesk.store.team_roles import GROUP, setup

    with _team_app(args) as app, app.store.engine.begin() as conn:
        setup(conn)
    print(
        f"roles and row-level security set up: add each person with lpdesk team add-user "
        f"(members of {GROUP}; --account-admin for who may create users and set roles)"
    )
    return 0


def team_add_user(args: argparse.Namespace) -> int:
    from lpdesk.domain import AuditEvent, InvalidInput, User, UserRole
    from lpdesk.store.team_roles import add_user

    try:
        role = UserRole(args.role)
    except ValueError:
        raise InvalidInput.one("role", f"one of: {', '.join(r.value for r in UserRole)}") from None
    secret = None
    if not args.no_password:
        secret = getpass.getpass(f"Database password for {args.username}: ")
        if getpass.getpass("Again: ") != secret:
            raise InvalidInput.one("password", "the two entries differ")
    with _team_app(args) as app, app.store.unit_of_work() as uow:
        found = uow.repo(User).find(username=args.username)
        # a user created in lpdesk (lpdesk_create_user) gets their database role here
        if found and (found[0].role is not role or found[0].team != args.team):
            raise InvalidInput.one(
                "username", f'"{args.username}" is already a user with another role or team'
            )
        user = (
            found[0]
            if found
            else uow.repo(User).add(
                User(username=args.username, display_name=args.name, role=role, team=args.team)
            )
        )
        add_user(uow.connection, args.username, secret, account_admin=args.account_admin)
        uow.audit(
            AuditEvent(
                at=app.clock.now(),
                user="it.setup",
                role="owner",
                action="user.add_role",
                entity="user",
                entity_id=user.id,
                detail=f"role={role.value} account_admin={args.account_admin}",
            )
        )
    print(f"{args.username} can now connect as their own database role")
    return 0


def password(args: argparse.Namespace) -> int:
    from lpdesk.domain import InvalidInput
    from lpdesk.services.auth import set_first_password, set_password

    with opened(args, signed_in=not args.first) as app:
        if app.person_role is not None:
            raise InvalidInput.one(
                "password",
                "connected as your own database role, your password is the database's: change "
                "it with \\password in psql, or ask IT to reset it",
            )
        new = getpass.getpass(f"New password for {args.username}: ")
        if getpass.getpass("Again: ") != new:
            raise InvalidInput.one("password", "the two entries differ")
        if args.first:
            set_first_password(
                app.store.unit_of_work, username=args.username, password=new, clock=app.clock
            )
        else:
            set_password(app.context(app.actor(args.user)), username=args.username, password=new)
    print(f"password set for {args.username}")
    return 0
