"""Cases: the demo caseload, the due list, import and export of case files."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lpdesk.cli.common import opened, write_new

if TYPE_CHECKING:
    from lpdesk.app import App


def register(sub: Any) -> None:
    sub.add_parser(
        "demo", help="load the fictional demo caseload into an empty database"
    ).set_defaults(handler=demo)
    due_p = sub.add_parser(
        "due",
        help="what is due, due soon and overdue (for the whole team, ok items due more than "
        "28 days ahead are left out unless --all)",
    )
    due_p.add_argument("--as-of", type=date.fromisoformat, help="YYYY-MM-DD (default today)")
    due_p.add_argument("--json", action="store_true", help="a JSON list of objects")
    due_p.add_argument("--mine", action="store_true", help="only the acting user's caseload")
    due_p.add_argument(
        "--all",
        action="store_true",
        help="every ok item however far ahead (overdue and due-soon items are always listed)",
    )
    due_p.set_defaults(handler=due)
    imp = sub.add_parser("import", help="import a case from a JSON case file")
    imp.add_argument("file", type=Path)
    imp.set_defaults(handler=import_file)
    exp = sub.add_parser("export", help="export a case as a JSON case file")
    exp.add_argument("case", help="the case reference")
    exp.add_argument("-o", "--output", type=Path, help="file to write (default standard output)")
    exp.set_defaults(handler=export)


def _system_actor() -> Any:
    from lpdesk.domain import UserRole
    from lpdesk.services.context import Actor

    return Actor(username="demo.loader", role=UserRole.TEAM_MANAGER)


def load_demo_if_empty(app: App) -> bool:
    from lpdesk.services.cases import list_cases
    from lpdesk.services.demo import load_demo

    ctx = app.context(_system_actor())
    if list_cases(ctx, include_closed=True):
        return False
    load_demo(ctx)
    return True


def demo(args: argparse.Namespace) -> int:
    from lpdesk.services.demo import load_demo

    with opened(args) as app:
        summary = load_demo(app.context(_system_actor()))
    print(f"demo caseload loaded: {summary}")
    return 0


def due(args: argparse.Namespace) -> int:
    from lpdesk.services.due import TEAM_DEFAULT, due_list

    with opened(args) as app:
        actor = app.actor(args.user)
        items = due_list(
            app.context(actor),
            profiles=app.profiles,
            as_of=args.as_of,
            lp_person_id=actor.person_id if args.mine else None,
            horizon_days=None if args.all else TEAM_DEFAULT,
        )
    if args.json:
        rows = [
            {
                "case": i.case_reference,
                "child": i.child_label,
                "kind": i.kind.value,
                "due": i.due.isoformat(),
                "status": i.status.value,
                "reason": i.reason,
            }
            for i in items
        ]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    for i in items:
        print(
            f"{i.status.value:9} {i.due.isoformat()}  {i.case_reference:14} "
            f"{i.child_label:13} {i.reason}"
        )
    return 0


def import_file(args: argparse.Namespace) -> int:
    from lpdesk.services.case_file import import_case_file
    from lpdesk.services.case_file_checks import read_case_file

    data = read_case_file(args.file)
    with opened(args) as app:
        result = import_case_file(app.context(app.actor(args.user)), data)
    print(f"imported case {result.case.reference}")
    for line in result.matched:
        print(f"  {line}")
    if result.minutes_to_approve:
        print(
            f"  {result.minutes_to_approve} set of minutes arrived held:"
            " approve them here before they are circulated"
            if result.minutes_to_approve == 1
            else f"  {result.minutes_to_approve} sets of minutes arrived held:"
            " approve them here before they are circulated"
        )
    return 0


def export(args: argparse.Namespace) -> int:
    from lpdesk.services.case_file import export_case_by_reference

    with opened(args) as app:
        data = export_case_by_reference(app.context(app.actor(args.user)), args.case)
    text = json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    if args.output:
        write_new(args.output, text.encode("utf-8"))
    else:
        sys.stdout.write(text)
    return 0
