"""``lpdesk --self-test``: proves an installation (the source tree or a PyInstaller bundle) works
with no display and no network.

Opens a temporary database (every migration applied from the installed scripts), loads the
fictional demo caseload, computes the due list, renders a document as PDF and as Word and checks
both files, reports the keyring in use, then starts the interface off screen (Qt platform plugin, a font that resolves, the bundled
one registered, style, main window). Prints one line per step and exits 0, or names the step that failed and exits 1.

Everything printed is a count, a revision, a format or a technical name: never a person's name or
any text of a record. Touches nothing outside its temporary folder (Qt settings included).
"""

from __future__ import annotations

import io
import os
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["STEPS", "run_self_test"]

STEPS = (
    "open database",
    "load demo caseload",
    "due list",
    "render documents",
    "keyring",
    "start interface",
)


@dataclass
class _State:
    tmp: Path
    app: Any = None  # lpdesk.app.App once opened
    notes: dict[str, str] = field(default_factory=dict)


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="lpdesk-selftest-") as tmp:
        state = _State(tmp=Path(tmp))
        steps: dict[str, Callable[[_State], str]] = {
            "open database": _open,
            "load demo caseload": _demo,
            "due list": _due,
            "render documents": _render,
            "keyring": _keyring,
            "start interface": _interface,
        }
        try:
            for name in STEPS:
                started = time.perf_counter()
                try:
                    detail = steps[name](state)
                except Exception as err:  # the point of a self-test is to name any failure
                    print(f"FAIL {name}: {type(err).__name__}: {err}", flush=True)
                    return 1
                elapsed = (time.perf_counter() - started) * 1000
                print(f"ok   {name}: {detail} ({elapsed:.0f} ms)", flush=True)
        finally:
            if state.app is not None:
                state.app.close()
    print("self-test passed", flush=True)
    return 0


def _open(state: _State) -> str:
    from lpdesk.app import open_app
    from lpdesk.store.migrate import current_revision

    _check_shipped_folders()
    state.app = app = open_app(data_dir=state.tmp / "data")
    revision = current_revision(app.store.engine)
    return (
        f"schema {revision}, {len(app.profiles)} profiles ({', '.join(sorted(app.profiles))}), "
        f"{len(app.forms.all())} forms"
    )


def _check_shipped_folders() -> None:
    """Every package finds the shipped forms and profiles in this installation (in a bundle, the
    bundle's own copy), not in some source tree that happens to exist."""
    from lpdesk import paths
    from lpdesk.forms.registry import shipped_forms_dir
    from lpdesk.rules.profile_loader import default_profiles_dir

    forms = paths.forms_dir()
    for found, wanted in (
        (shipped_forms_dir(), forms / "proformas"),
        (default_profiles_dir(), forms / "profiles"),
    ):
        if found.resolve() != wanted.resolve():
            raise AssertionError(f"shipped folder {found} is not {wanted}")
        if not found.is_dir():
            raise AssertionError(f"no shipped folder {found}")


def _demo(state: _State) -> str:
    from lpdesk.domain import UserRole
    from lpdesk.services.context import Actor
    from lpdesk.services.demo import load_demo

    actor = Actor(username="self.test", role=UserRole.TEAM_MANAGER)
    return str(load_demo(state.app.context(actor)))  # counts only


def _due(state: _State) -> str:
    from lpdesk.services.due import due_list

    app = state.app
    items = due_list(app.context(app.actor()), profiles=app.profiles)
    if not items:
        raise AssertionError("the demo caseload has nothing due: the due rules found nothing")
    statuses: dict[str, int] = {}
    for item in items:
        statuses[item.status.value] = statuses.get(item.status.value, 0) + 1
    by_status = ", ".join(f"{n} {s}" for s, n in sorted(statuses.items()))
    return f"{len(items)} items ({by_status})"


def _render(state: _State) -> str:
    from lpdesk.services.rendering import render_sample

    app = state.app
    files = render_sample(app.context(app.actor()), profiles=app.profiles, forms=app.forms)
    formats = [_check_rendered(f.filename, f.data) for f in files]
    if sorted(formats) != ["docx", "pdf"]:
        raise AssertionError(f"expected a PDF and a Word file, got {formats}")
    return ", ".join(f"{fmt} {len(f.data)} bytes" for fmt, f in zip(formats, files, strict=True))


def _check_rendered(filename: str, data: bytes) -> str:
    """The file's format, after checking its bytes are what the name says."""
    fmt = filename.rsplit(".", 1)[-1].lower()
    if fmt == "pdf":
        if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
            raise AssertionError("the PDF is not a complete PDF file")
    elif fmt == "docx":
        with zipfile.ZipFile(io.BytesIO(data)) as docx:
            if "word/document.xml" not in docx.namelist():
                raise AssertionError("the Word file has no word/document.xml")
    else:
        raise AssertionError(f"unexpected file type .{fmt}")
    return fmt


def _keyring(state: _State) -> str:
    """Which keyring this machine offers (none is a finding, not a failure: secrets are then asked
    for and kept in memory). Failing means keyring's backends are missing from this build."""
    from importlib.metadata import entry_points

    import keyring

    known = sorted(ep.name for ep in entry_points(group="keyring.backends"))
    if not known:
        raise AssertionError("keyring knows no backends: its package metadata is missing")
    backend = keyring.get_keyring()
    usable = "none usable" if backend.priority <= 0 else type(backend).__module__.split(".")[-1]
    return f"{usable} ({len(known)} backends known: {', '.join(known)})"


def _interface(state: _State) -> str:
    from PySide6.QtCore import QSettings

    from lpdesk.gui.shell.main import create_application
    from lpdesk.gui.shell.main_window import MainWindow
    from lpdesk.gui.shell.tasks import TaskRunner

    qt_app = create_application(["lpdesk"])
    settings = QSettings(str(state.tmp / "settings.ini"), QSettings.Format.IniFormat)
    runner = TaskRunner()
    window = MainWindow(runner, settings)
    runner.setParent(window)
    window.show()
    qt_app.processEvents()
    shown = window.isVisible()
    window.close()
    qt_app.processEvents()
    if not shown:
        raise AssertionError("the main window did not show")
    from PySide6.QtGui import QFontDatabase, QFontInfo

    families = set(QFontDatabase.families())
    if not any("DejaVu" in f for f in families):
        raise AssertionError("the bundled font could not be registered")
    family = QFontInfo(qt_app.font()).family()  # the system's own font, or the bundled one
    if family not in families:
        raise AssertionError(f"the interface's font does not resolve (font {family})")
    return f"{qt_app.platformName()} platform, font {family}"
