"""Maintenance: migrations, backups and restores, pro-forma checks, the kept due facts."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from lpdesk.cli.common import opened


def register(sub: Any) -> None:
    db = sub.add_parser("db", help="database maintenance")
    db.add_argument("action", choices=["upgrade"], help="apply migrations (after a backup)")
    db.set_defaults(handler=upgrade)
    bk = sub.add_parser("backup", help="copy the database (SQLite backup API, verified)")
    bk.add_argument(
        "file", nargs="?", type=Path, help="file or folder (default: a dated file in backups/)"
    )
    bk.set_defaults(handler=backup)
    rs = sub.add_parser("restore", help="restore a backup (a safety copy is made first)")
    rs.add_argument("file", type=Path)
    rs.add_argument(
        "--yes", action="store_true", help="replace the database without asking (scripts)"
    )
    rs.set_defaults(handler=restore)
    forms = sub.add_parser("forms", help="pro-forma tools")
    forms.add_argument("action", choices=["check"])
    forms.add_argument("files", nargs="*", type=Path)
    forms.set_defaults(handler=check_forms)
    facts = sub.add_parser("facts", help="the due facts kept for each case")
    facts.add_argument(
        "action", choices=["rebuild"], help="recompute every case's due facts from its records"
    )
    facts.add_argument("--json", action="store_true")
    facts.set_defaults(handler=rebuild_facts)


def upgrade(args: argparse.Namespace) -> int:
    from lpdesk.store.migrate import current_revision

    with opened(args) as app:  # opening migrates to head after a verified backup
        print(f"database at revision {current_revision(app.store.engine)}")
    return 0


def rebuild_facts(args: argparse.Namespace) -> int:
    """Recompute the due facts kept for every case (the store keeps them as records change, and
    after each upgrade; this is for a database written by other means), audited in the same
    transaction."""
    import json
    import time

    from lpdesk.services.context import record

    with opened(args) as app:
        ctx = app.context(app.actor(args.user))
        started = time.perf_counter()
        with app.store.unit_of_work() as uow:
            cases = uow.rebuild_due_facts()
            record(uow, ctx, "due_facts.rebuild", detail=f"cases={cases}")
        seconds = time.perf_counter() - started
    if args.json:
        print(json.dumps({"cases": cases, "seconds": round(seconds, 3)}))
    else:
        print(f"due facts rebuilt for {cases:,} case(s) in {seconds:.1f} s")
    return 0


def backup(args: argparse.Namespace) -> int:
    from lpdesk.services.audit_trail import record_access

    with opened(args) as app:
        target = args.file
        if target is None:  # a dated file beside the scheduled ones
            target = app.data_dir / "backups"
            target.mkdir(parents=True, exist_ok=True, mode=0o700)
        dest = app.store.backup(target)
        record_access(app.context(app.actor(args.user)), "database.backup")
    print(f"backup written and verified: {dest}")
    return 0


def restore(args: argparse.Namespace) -> int:
    """Restore the desk's own database from a backup, plain or encrypted (the key from the
    keyring, or the passphrase asked at the terminal). A team database is the server's: its
    backups are restored with PostgreSQL's own tools."""
    import os

    from lpdesk import paths
    from lpdesk.cli.common import ask_passphrase
    from lpdesk.domain import LpdeskError
    from lpdesk.store.backup import DatabaseSummary, restore_database

    if args.database_url or os.environ.get("LPDESK_DATABASE_URL"):
        raise LpdeskError(
            "lpdesk restore restores the desk's own database; a team database is restored on "
            "its server (pg_restore)"
        )
    target = paths.database_path(paths.data_dir(args.data_dir))

    def confirm(current: DatabaseSummary | None, incoming: DatabaseSummary) -> bool:
        print(f"The backup {args.file.name} holds {incoming}.")
        if current is not None:
            print(f"It replaces the database now holding {current}; that one is kept as a copy.")
        if args.yes:
            return True
        if not sys.stdin.isatty():
            raise LpdeskError("restore replaces the database: confirm with --yes (nothing changed)")
        return input("Replace it? Type yes: ").strip().lower() == "yes"

    safety = restore_database(
        args.file,
        target,
        ask_passphrase=ask_passphrase if sys.stdin.isatty() else None,
        confirm=confirm,
    )
    with opened(args) as app:  # the restored database records that it was restored
        from lpdesk.services.audit_trail import record_access

        kept = "safety copy kept" if safety is not None else "no previous database"
        record_access(app.context(app.actor(args.user)), "database.restore", detail=kept)
    print(f"restored {args.file.name}; the previous database was kept as {safety}")
    return 0


def check_forms(args: argparse.Namespace) -> int:
    from lpdesk.forms.check import check_paths

    messages = check_paths(args.files)
    for m in messages:
        print(m, file=sys.stderr)
    if not messages:
        print("forms valid")
    return 2 if messages else 0
