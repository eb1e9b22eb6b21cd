"""What every command needs: the opened app, the acting user's context, atomic file output."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lpdesk.app import App


def ask_passphrase(new: bool) -> str:
    """The database passphrase from the terminal (only when there is no keyring)."""
    import getpass

    from lpdesk.domain import LpdeskError

    if not sys.stdin.isatty():
        raise LpdeskError("the database needs its passphrase and there is no terminal to ask on")
    first = getpass.getpass("Database passphrase: " if not new else "New database passphrase: ")
    if new and getpass.getpass("Again: ") != first:
        raise LpdeskError("the two passphrases differ; nothing was changed")
    return first


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[App]:
    from lpdesk.app import open_app

    app = open_app(
        data_dir=args.data_dir,
        database_url=args.database_url,
        # a passphrase can only be asked for at a terminal; scripts rely on the keyring
        ask_passphrase=ask_passphrase if sys.stdin.isatty() else None,
    )
    try:
        yield app
    finally:
        app.close()


def write_atomically(path: Path, data: bytes) -> None:
    """Write beside the target then rename: a failure leaves any previous file intact."""
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
