"""Where lpdesk keeps things. The one module that knows the user's data directory, the shipped
resources, and the PyInstaller bundle.

Data directory: ``--data-dir DIR`` beats ``LPDESK_HOME`` beats the platform's user data directory
(``~/.local/share/lpdesk`` on Linux, ``%LOCALAPPDATA%\\lpdesk`` on Windows).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_path, user_documents_path, user_log_path

__all__ = [
    "bundle_root",
    "data_dir",
    "database_path",
    "forms_dir",
    "log_dir",
    "packs_dir",
    "resources_dir",
]

APP_NAME = "lpdesk"


def bundle_root() -> Path:
    """The folder holding ``forms/`` and ``resources/``: the PyInstaller bundle when frozen,
    otherwise the source tree."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[1]


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    chosen = override or os.environ.get("LPDESK_HOME")
    path = Path(chosen) if chosen else user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def log_dir(data_override: str | os.PathLike[str] | None = None) -> Path:
    """Where the log file lives: ``LPDESK_LOG_DIR``; else ``logs/`` inside a data directory that was
    chosen (``--data-dir`` or ``LPDESK_HOME``), so a test or a second desk keeps its own log; else
    the platform's user log folder (``~/.local/state/lpdesk/log`` on Linux,
    ``%LOCALAPPDATA%\\lpdesk\\Logs`` on Windows)."""
    env = os.environ.get("LPDESK_LOG_DIR")
    if env:
        return Path(env)
    chosen = data_override or os.environ.get("LPDESK_HOME")
    if chosen:
        return Path(chosen) / "logs"
    return user_log_path(APP_NAME, appauthor=False)


def packs_dir() -> Path:
    """Where circulation packs go unless the person chooses another folder: their own Documents
    folder, never the shared temporary folder (a pack is kept until every item is reached)."""
    return user_documents_path() / "lpdesk packs"


def database_path(data: Path) -> Path:
    return data / "lpdesk.db"


def forms_dir() -> Path:
    """Shipped forms (``profiles/`` and ``proformas/``); ``LPDESK_FORMS_DIR`` overrides."""
    env = os.environ.get("LPDESK_FORMS_DIR")
    return Path(env) if env else bundle_root() / "forms"


def resources_dir() -> Path:
    return bundle_root() / "resources"
