"""The command line, for administrators and scripts. Each command is a thin call to a service;
each area registers its commands from its own module.

Exit status: 0 done; 2 the input was refused (every problem printed, naming its field, and nothing
written); 1 any other error lpdesk could explain.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
from collections.abc import Sequence

from lpdesk.cli import (
    case_admin_commands,
    case_commands,
    document_commands,
    maintenance_commands,
    meeting_commands,
    report_commands,
    security_commands,
    user_commands,
)
from lpdesk.diagnostics import configure_logging, install_hooks
from lpdesk.domain import InvalidInput, LpdeskError
from lpdesk.paths import log_dir

AREAS = (
    case_commands,
    case_admin_commands,
    document_commands,
    maintenance_commands,
    meeting_commands,
    report_commands,
    security_commands,
    user_commands,
)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="lpdesk", description="The lead professional's desk.")
    p.add_argument("--data-dir", help="where the database and backups live (or LPDESK_HOME)")
    p.add_argument("--database-url", help="postgresql+psycopg://... for a team database")
    p.add_argument("--user", help="act as this user (or LPDESK_USER)")
    p.add_argument(
        "--self-test", action="store_true", help="check this installation with no display and exit"
    )
    p.add_argument(
        "--demo-if-empty",
        action="store_true",
        help="load the fictional demo caseload first if the database has no cases (make run)",
    )
    sub = p.add_subparsers(dest="command")
    for area in AREAS:
        area.register(sub)
    return p


@functools.cache
def _parser() -> argparse.ArgumentParser:
    """The parser, built once per process: building it (every area's sub-commands) cost more than
    parsing, and a process that runs many commands in-process (the tests) paid it for each. Parsing
    leaves it unchanged: each call gets a new namespace, and list defaults are copied."""
    return build_parser()


def main(argv: Sequence[str], *, hooks: bool = False) -> int:
    """Run one command. ``hooks`` (the ``lpdesk`` program itself, not a caller in-process) also
    sends uncaught errors and hard faults to the log."""
    args = _parser().parse_args(argv)
    logs = None if args.self_test else log_dir(args.data_dir)  # the self-test writes nothing
    configure_logging(logs, level=os.environ.get("LPDESK_LOG_LEVEL", "INFO"))
    if hooks:
        install_hooks(logs)
    if args.self_test:
        from lpdesk.selftest import run_self_test

        return run_self_test()
    if args.command is None:
        from lpdesk.cli.gui_command import run

        return run(args)
    try:
        code = int(args.handler(args))
        sys.stdout.flush()  # a closed pipe shows here, not as a traceback at exit
        return code
    except BrokenPipeError:  # "lpdesk due | head": the reader stopped reading; not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except InvalidInput as err:
        print("lpdesk: refused; nothing was written:", file=sys.stderr)
        for problem in err.problems:
            print(f"  {problem.field}: {problem.message}", file=sys.stderr)
        return 2
    except LpdeskError as err:
        print(f"lpdesk: {err}", file=sys.stderr)
        return 1
