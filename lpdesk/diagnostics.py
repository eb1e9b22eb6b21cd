"""Diagnostics that exist when something goes wrong: a rotating log file in the platform's log
folder, hooks that log uncaught errors (in any thread) and hard faults, and a report a user can copy
for IT.

What is logged is identifiers, error types and ``file:line in function`` frames, never an
exception's message: a message can hold a child's name or an address (a database error quotes the
values it was given). See docs/security.md, "Logs".
"""

from __future__ import annotations

import faulthandler
import logging
import os
import platform
import sys
import threading
import traceback
from collections.abc import Mapping
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from lpdesk import __version__

__all__ = [
    "LOG_FILE",
    "FramesOnlyFormatter",
    "configure_logging",
    "diagnostic_report",
    "install_hooks",
]

LOG_FILE = "lpdesk.log"
FAULT_FILE = "faults.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_MARK = "_lpdesk_handler"
log = logging.getLogger("lpdesk")
_fault_stream: IO[str] | None = None


def frames(exc: BaseException | None, tb: TracebackType | None = None) -> list[str]:
    """An exception as its type and frames, newest last, with the causes that led to it; never the
    exception's text."""
    lines: list[str] = []
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        lines.append(f"{type(exc).__module__}.{type(exc).__qualname__} (message not logged)")
        for frame in traceback.extract_tb(tb if tb is not None else exc.__traceback__):
            lines.append(f"  {Path(frame.filename).name}:{frame.lineno} in {frame.name}")
        exc, tb = exc.__cause__ or exc.__context__, None
        if exc is not None:
            lines.append("caused by:")
    return lines


class FramesOnlyFormatter(logging.Formatter):
    """Formats a logged exception as its type and frames only (see ``frames``)."""

    def formatException(self, ei: Any) -> str:
        _type, value, tb = ei
        return "\n".join(frames(value, tb))

    def format(self, record: logging.LogRecord) -> str:
        # Another handler may have cached the full traceback (with its text) on the record.
        cached, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached


def _owner_only(path: Path) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.close(fd)
    if os.name == "posix":
        os.chmod(path, 0o600)


def configure_logging(directory: Path | None, *, level: str = "INFO") -> Path | None:
    """Log to stderr and, when ``directory`` is given, to ``directory/lpdesk.log`` (owner-only,
    1 MB, five old files kept). Calling it again replaces lpdesk's handlers, never doubles them.
    Returns the log file's path."""
    root = logging.getLogger()
    root.setLevel(level)
    for handler in [h for h in root.handlers if getattr(h, _MARK, False)]:
        root.removeHandler(handler)
        handler.close()
    formatter = FramesOnlyFormatter(_FORMAT)
    handlers: list[logging.Handler] = [logging.StreamHandler(sys.stderr)]
    path: Path | None = None
    if directory is not None:
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = directory / LOG_FILE
        _owner_only(path)
        handlers.append(
            RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        )
    for handler in handlers:
        setattr(handler, _MARK, True)
        handler.setFormatter(formatter)
        root.addHandler(handler)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    return path


def _log_uncaught(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    log.critical("uncaught %s", kind.__name__, exc_info=(kind, value, tb))


def _log_thread_uncaught(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is None:
        return
    log.critical(
        "uncaught %s in thread %s",
        args.exc_type.__name__,
        args.thread.name if args.thread else "?",
        exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
    )


def install_hooks(directory: Path | None) -> None:
    """Uncaught errors in any thread go to the log (type and frames); a hard fault (a crash in Qt
    or another C library) writes every thread's stack to ``directory/faults.log``."""
    global _fault_stream
    sys.excepthook = _log_uncaught
    threading.excepthook = _log_thread_uncaught
    if directory is None:
        return
    if _fault_stream is not None:
        faulthandler.disable()
        _fault_stream.close()
    path = directory / FAULT_FILE
    _owner_only(path)
    _fault_stream = open(path, "a", encoding="utf-8")  # noqa: SIM115 (kept open for faulthandler)
    faulthandler.enable(file=_fault_stream, all_threads=True)


def diagnostic_report(log_file: Path | None, extra: Mapping[str, str] | None = None) -> str:
    """What IT needs to start: versions, platform and the last log lines. No paths (they hold the
    user's account name), no names, no narrative: the log never holds them."""
    lines = [
        "lpdesk diagnostic report",
        f"lpdesk {__version__}",
        f"Python {platform.python_version()} ({platform.python_implementation()})",
        f"Platform {platform.system()} {platform.release()} {platform.machine()}",
    ]
    lines += [f"{key} {value}" for key, value in (extra or {}).items()]
    if log_file is not None and log_file.exists():
        tail = log_file.read_text(encoding="utf-8", errors="replace").splitlines()[-60:]
        lines += ["", "Last log lines:", *tail]
    else:
        lines += ["", "No log file yet."]
    return "\n".join(lines) + "\n"
