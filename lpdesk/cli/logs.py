"""Logging that never writes a child's details: a traceback is logged as its frames and the
exception's type, never its message (a database error's message may quote names, addresses or
narrative; a ``ValueError`` may quote what was typed)."""

from __future__ import annotations

import logging
import os
import traceback
from types import TracebackType

__all__ = ["FramesOnlyFormatter", "configure"]

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class FramesOnlyFormatter(logging.Formatter):
    def formatException(
        self,
        ei: tuple[type[BaseException], BaseException, TracebackType | None]
        | tuple[None, None, None],
    ) -> str:
        kind, exc, tb = ei
        lines = ["Traceback (frames only; messages are not logged):"]
        for frame in traceback.extract_tb(tb):
            lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
        chained = exc.__cause__ or exc.__context__ if exc is not None else None
        while chained is not None:
            lines.append(f"  (raised while handling {type(chained).__name__})")
            chained = chained.__cause__ or chained.__context__
        lines.append(kind.__name__ if kind is not None else "unknown error")
        return "\n".join(lines)


def configure() -> None:
    """The root logger for the command line and the desktop app."""
    logging.basicConfig(level=os.environ.get("LPDESK_LOG_LEVEL", "INFO"), format=FORMAT)
    for handler in logging.getLogger().handlers:
        handler.setFormatter(FramesOnlyFormatter(FORMAT))
    logging.getLogger("alembic").setLevel(logging.WARNING)
