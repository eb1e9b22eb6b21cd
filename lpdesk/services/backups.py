"""Scheduled backups: one verified copy of the database every so often, the newest few kept.

``backup_if_due`` is called on the desktop app's database thread once the session is open. It
writes through the store's own backup (``Store.backup``: the online backup API, ``PRAGMA
integrity_check`` before the copy is put in place, encrypted with the database's key when the
database is encrypted), names the copy by its time only (nothing personal in a file name), and
prunes older *scheduled* copies. Backups made before a migration or before encryption are named
differently (``...-before-...``) and are never touched here.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

__all__ = ["SCHEDULED_PREFIX", "backup_if_due", "scheduled_backups"]

log = logging.getLogger("lpdesk.backups")

SCHEDULED_PREFIX = "lpdesk-scheduled-"
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(rf"^{re.escape(SCHEDULED_PREFIX)}(\d{{8}}-\d{{6}})\.db$")


def scheduled_backups(backup_dir: Path) -> list[tuple[datetime, Path]]:
    """The scheduled backups in ``backup_dir`` with the time each was made, oldest first."""
    if not backup_dir.is_dir():
        return []
    found: list[tuple[datetime, Path]] = []
    for path in backup_dir.iterdir():
        match = _NAME.match(path.name)
        if match is None or not path.is_file():
            continue
        try:
            found.append((datetime.strptime(match.group(1), _STAMP), path))
        except ValueError:
            continue  # not a real date: not one of ours
    return sorted(found)


def backup_if_due(
    store_backup: Callable[[Path], Path],
    backup_dir: Path,
    *,
    now: datetime,
    every_hours: float = 24,
    keep: int = 14,
) -> Path | None:
    """Make a scheduled backup when the newest one is ``every_hours`` old or more (or there is
    none, or it is dated in the future: the clock was wrong); returns its path, else None.

    ``store_backup(dest)`` writes a verified copy at ``dest`` and returns it (``Store.backup``).
    Afterwards only the newest ``keep`` scheduled backups are kept.
    """
    if every_hours <= 0:
        raise ValueError("every_hours must be positive")
    if keep < 1:
        raise ValueError("keep must be at least 1")
    existing = scheduled_backups(backup_dir)
    if existing:
        newest = existing[-1][0]
        if newest <= now < newest + timedelta(hours=every_hours):
            return None
    backup_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = backup_dir / f"{SCHEDULED_PREFIX}{now.strftime(_STAMP)}.db"
    made = store_backup(target)
    log.info("scheduled backup written (%s)", made.name)
    _prune(backup_dir, keep)
    return made


def _prune(backup_dir: Path, keep: int) -> None:
    existing = scheduled_backups(backup_dir)
    for _when, path in existing[: max(0, len(existing) - keep)]:
        path.unlink(missing_ok=True)
        log.info("old scheduled backup removed (%s)", path.name)
