"""What every command needs: the opened app, the acting user's context, atomic file output."""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lpdesk.app import App


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[App]:
    from lpdesk.app import open_app

    app = open_app(data_dir=args.data_dir, database_url=args.database_url)
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
