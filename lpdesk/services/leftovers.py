"""No plain copies left behind: previews in a private folder removed at exit, and what a killed
run leaves (half-written ``.tmp`` files, pack staging folders, old previews) swept at start.

Previews go in one folder per process, ``lpdesk-preview-<pid>-<random>`` in the system temporary
folder, created 0700 with files 0600 written exclusively; it is removed when lpdesk exits (the
viewer has the file open by then; on Windows a file still open is removed at the next start).
``sweep_previews`` at start removes such folders of processes no longer running.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import re
import shutil
import tempfile
import threading
import time
from pathlib import Path

__all__ = [
    "PREVIEW_PREFIX",
    "STAGING_PREFIXES",
    "preview_folder",
    "sweep_folder",
    "sweep_previews",
    "write_preview",
]

log = logging.getLogger("lpdesk.leftovers")

PREVIEW_PREFIX = "lpdesk-preview-"
STAGING_PREFIXES = (".lpdesk-pack-", ".lpdesk-invites-")
STALE_STAGING_SECONDS = 3600  # a staging folder this old belongs to no running pack
_PREVIEW = re.compile(rf"^{re.escape(PREVIEW_PREFIX)}(\d+)-")
_PID_TMP = re.compile(r"\.(\d+)\.tmp$")  # ".name.<pid>.tmp": a backup still being written
_LOCK = threading.Lock()
_FOLDER: Path | None = None


def preview_folder() -> Path:
    """This process's private preview folder (created on first use, removed at exit)."""
    global _FOLDER
    with _LOCK:
        if _FOLDER is None or not _FOLDER.is_dir():
            _FOLDER = Path(tempfile.mkdtemp(prefix=f"{PREVIEW_PREFIX}{os.getpid()}-"))
            atexit.register(remove_previews)
        return _FOLDER


def write_preview(name: str, data: bytes) -> Path:
    """``data`` as ``name`` in the preview folder: owner-only, never over an existing file (a
    second preview of the same document gets a numbered name)."""
    folder = preview_folder()
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    for n in range(1000):
        candidate = folder / (name if n == 0 else f"{stem}-{n}{dot}{suffix}")
        try:
            fd = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        return candidate
    raise FileExistsError(f"too many previews of {name}")


def remove_previews() -> None:
    """Remove this process's preview folder (at exit, or when the window closes)."""
    global _FOLDER
    with _LOCK:
        folder, _FOLDER = _FOLDER, None
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone's process: leave its folder alone
    return True


def sweep_previews(temp_dir: Path | None = None, *, now: float | None = None) -> int:
    """Remove preview folders (ours, by owner) of processes no longer running, and those of
    earlier versions (no process id in the name) an hour old; returns how many."""
    root = Path(temp_dir or tempfile.gettempdir())
    now = time.time() if now is None else now
    removed = 0
    with contextlib.suppress(OSError):
        for entry in root.iterdir():
            if not entry.name.startswith(PREVIEW_PREFIX) or not entry.is_dir():
                continue
            if not _owned(entry):
                continue
            match = _PREVIEW.match(entry.name)
            if match is not None:
                stale = not _alive(int(match.group(1)))
            else:
                stale = now - entry.stat().st_mtime >= STALE_STAGING_SECONDS
            if stale:
                shutil.rmtree(entry, ignore_errors=True)
                removed += 1
    if removed:
        log.info("old preview folders removed at start: %d", removed)
    return removed


def sweep_folder(folder: Path, *, now: float | None = None) -> int:
    """Remove what a killed run left in ``folder``: hidden ``.*.tmp`` and ``*.part`` files and
    pack or invitation staging folders an hour old; returns how many."""
    now = time.time() if now is None else now
    removed = 0
    with contextlib.suppress(OSError):
        for entry in Path(folder).iterdir():
            name = entry.name
            pid = _PID_TMP.search(name)
            if pid is not None and _alive(int(pid.group(1))):
                continue
            if entry.is_file() and (
                (name.startswith(".") and name.endswith(".tmp")) or name.endswith(".eml.part")
            ):
                entry.unlink(missing_ok=True)
                removed += 1
            elif _stale_staging(entry, now):
                shutil.rmtree(entry, ignore_errors=True)
                removed += 1
    if removed:
        log.info("unfinished files or folders removed: %d", removed)
    return removed


def _stale_staging(entry: Path, now: float) -> bool:
    if not (entry.is_dir() and entry.name.startswith(STAGING_PREFIXES) and _owned(entry)):
        return False
    return now - entry.stat().st_mtime >= STALE_STAGING_SECONDS


def _owned(path: Path) -> bool:
    if os.name != "posix":
        return True
    try:
        return path.stat().st_uid == os.geteuid()
    except OSError:
        return False
