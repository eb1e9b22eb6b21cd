"""The command line, for administrators and scripts. Each command is a thin call to a service.

Exit status: 0 done; 2 the input was refused (every problem printed, naming its field, and nothing
written); 1 any other error lpdesk could explain.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from lpdesk.domain import InvalidInput, LpdeskError

Handler = Callable[[argparse.Namespace], int]


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="lpdesk", description="The lead professional's desk.")
    p.add_argument("--data-dir", help="where the database and backups live (or LPDESK_HOME)")
    p.add_argument("--database-url", help="postgresql+psycopg://... for a team database")
    p.add_argument("--user", help="act as this user (or LPDESK_USER)")
    p.add_argument(
        "--self-test", action="store_true", help="check this installation with no display and exit"
    )
    sub = p.add_subparsers(dest="command")

    sub.add_parser("gui", help="open the desktop app (the default)")
    sub.add_parser("demo", help="load the fictional demo caseload into an empty database")

    due = sub.add_parser("due", help="what is due, due soon and overdue")
    due.add_argument("--as-of", type=date.fromisoformat, help="YYYY-MM-DD (default today)")
    due.add_argument("--json", action="store_true", help="a JSON list of objects")
    due.add_argument("--mine", action="store_true", help="only the acting user's caseload")

    imp = sub.add_parser("import", help="import a case from a JSON case file")
    imp.add_argument("file", type=Path)
    exp = sub.add_parser("export", help="export a case as a JSON case file")
    exp.add_argument("case", help="the case reference")
    exp.add_argument("-o", "--output", type=Path, help="file to write (default standard output)")

    db = sub.add_parser("db", help="database maintenance")
    db.add_argument("action", choices=["upgrade", "revision"])
    bk = sub.add_parser("backup", help="copy the database (SQLite backup API, verified)")
    bk.add_argument("file", nargs="?", type=Path)
    rs = sub.add_parser("restore", help="restore a backup (a safety copy is made first)")
    rs.add_argument("file", type=Path)

    forms = sub.add_parser("forms", help="pro-forma tools")
    forms.add_argument("action", choices=["check"])
    forms.add_argument("files", nargs="*", type=Path)
    return p


def main(argv: Sequence[str]) -> int:
    logging.basicConfig(
        level=os.environ.get("LPDESK_LOG_LEVEL", "INFO"),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    logging.getLogger("alembic").setLevel(logging.WARNING)
    args = _parser().parse_args(argv)
    if args.self_test:
        from lpdesk.selftest import run_self_test

        return run_self_test()
    handler = _HANDLERS.get(args.command or "gui")
    if handler is None:  # pragma: no cover - argparse refuses unknown commands first
        return 2
    try:
        return handler(args)
    except InvalidInput as err:
        print("lpdesk: refused; nothing was written:", file=sys.stderr)
        for problem in err.problems:
            print(f"  {problem.field}: {problem.message}", file=sys.stderr)
        return 2
    except LpdeskError as err:
        print(f"lpdesk: {err}", file=sys.stderr)
        return 1


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from lpdesk.app import open_app

    return open_app(data_dir=args.data_dir, database_url=args.database_url)


def _gui(args: argparse.Namespace) -> int:
    from lpdesk.gui.main import run_gui

    def open_session():  # type: ignore[no-untyped-def]
        # Runs on the GUI's database thread after the window is shown: the heavy imports
        # (SQLAlchemy, the store, the rules) never delay the first paint.
        from lpdesk.gui.session import GuiSession

        app = _open(args)
        return GuiSession(
            ctx=app.context(app.actor(args.user)),
            profiles=app.profiles,
            forms=app.forms,
            data_dir=app.data_dir,
            close=app.close,
        )

    return run_gui(open_session)


def _demo(args: argparse.Namespace) -> int:
    from lpdesk.domain import UserRole
    from lpdesk.services.context import Actor
    from lpdesk.services.demo import load_demo

    app = _open(args)
    try:
        summary = load_demo(app.context(Actor(username="demo.loader", role=UserRole.TEAM_MANAGER)))
    finally:
        app.close()
    print(f"demo caseload loaded: {summary}")
    return 0


def _due(args: argparse.Namespace) -> int:
    from lpdesk.services.due import due_list

    app = _open(args)
    try:
        actor = app.actor(args.user)
        items = due_list(
            app.context(actor),
            profiles=app.profiles,
            as_of=args.as_of,
            lp_person_id=actor.person_id if args.mine else None,
        )
    finally:
        app.close()
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
        json.dump(rows, sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        for i in items:
            print(
                f"{i.status.value:9} {i.due.isoformat()}  {i.case_reference:14} {i.child_label:13} {i.reason}"
            )
    return 0


def _import(args: argparse.Namespace) -> int:
    from lpdesk.services.case_file import import_case

    try:
        data = json.loads(args.file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise InvalidInput.one("$", f"not a readable JSON file: {err}") from err
    app = _open(args)
    try:
        case = import_case(app.context(app.actor(args.user)), data)
    finally:
        app.close()
    print(f"imported case {case.reference}")
    return 0


def _export(args: argparse.Namespace) -> int:
    from lpdesk.services.case_file import export_case_by_reference

    app = _open(args)
    try:
        data = export_case_by_reference(app.context(app.actor(args.user)), args.case)
    finally:
        app.close()
    text = json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    if args.output:
        tmp = args.output.with_name(args.output.name + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, args.output)
    else:
        sys.stdout.write(text)
    return 0


def _db(args: argparse.Namespace) -> int:
    app = _open(args)  # opening migrates to head after a verified backup
    try:
        from lpdesk.store.migrate import current_revision

        print(f"database at revision {current_revision(app.store.engine)}")
    finally:
        app.close()
    return 0


def _backup(args: argparse.Namespace) -> int:
    app = _open(args)
    try:
        dest = app.store.backup(args.file)
    finally:
        app.close()
    print(f"backup written and verified: {dest}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from lpdesk import paths
    from lpdesk.store.backup import restore_sqlite

    target = paths.database_path(paths.data_dir(args.data_dir))
    safety = restore_sqlite(args.file, target)
    print(f"restored {args.file.name}; the previous database was kept as {safety}")
    return 0


def _forms(args: argparse.Namespace) -> int:
    from lpdesk import paths
    from lpdesk.forms.check import check_paths

    files = args.files or sorted((paths.forms_dir() / "proformas").glob("*.toml"))
    messages = check_paths(files)
    for m in messages:
        print(m, file=sys.stderr)
    if not messages:
        print(f"{len(files)} form(s) valid")
    return 2 if messages else 0


_HANDLERS: dict[str, Handler] = {
    "gui": _gui,
    "demo": _demo,
    "due": _due,
    "import": _import,
    "export": _export,
    "db": _db,
    "backup": _backup,
    "restore": _restore,
    "forms": _forms,
}
