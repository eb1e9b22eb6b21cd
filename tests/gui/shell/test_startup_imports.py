"""What start-up imports: guards the cuts of docs/performance.md (start-up) without timing anything.

Each check runs a fresh interpreter: the test process has imported everything long ago.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

# Not on the first screen: documents, packs, spreadsheets, e-mail checks and the other pages.
NEVER_AT_START = (
    "docx",
    "reportlab",
    "msoffcrypto",
    "pikepdf",
    "xlsxwriter",
    "email_validator",
    "alembic",
    "holidays",  # bank holidays come from lpdesk.rules.bank_holiday_table
    "lpdesk.documents",
    "lpdesk.circulation",
    "lpdesk.gui.admin",
    "lpdesk.gui.chair",
    "lpdesk.gui.manager",
    "lpdesk.gui.case",
    "lpdesk.gui.caseload.due_view",
    "lpdesk.gui.caseload.overview_views",
    "lpdesk.gui.settings",
    "lpdesk.services.compliance_report",
)
# Imported on the database thread while the window is shown, never before the window.
NOT_BEFORE_THE_WINDOW = (
    "sqlalchemy",
    "lpdesk.store",
    "lpdesk.app",
    "lpdesk.rules.bank_holiday_table",
)

_REPO = Path(__file__).resolve().parents[3]


def _modules(code: str, env: dict[str, str] | None = None) -> list[str]:
    modules: list[str] = _printed(code, env)
    return modules


def _printed(code: str, env: dict[str, str] | None = None) -> Any:
    """What the fresh interpreter running ``code`` printed last as ``MODULES <json>``."""
    inherited = {
        k: v for k, v in os.environ.items() if k not in ("LPDESK_DATABASE_URL", "LPDESK_USER")
    }
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=_REPO,
        env={**inherited, "PYTHONPATH": str(_REPO), "QT_QPA_PLATFORM": "offscreen", **(env or {})},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("MODULES ")]
    assert lines, result.stderr[-3000:]
    return json.loads(lines[-1][len("MODULES ") :])


def _loaded(modules: list[str], names: tuple[str, ...]) -> list[str]:
    return sorted(
        name for name in names if any(m == name or m.startswith(name + ".") for m in modules)
    )


def test_the_window_imports_nothing_the_first_screen_does_not_show() -> None:
    modules = _modules(
        "import json, sys\n"
        "import lpdesk.gui.shell.main\n"
        "print('MODULES ' + json.dumps(sorted(sys.modules)))\n"
    )
    assert "lpdesk.gui.caseload.caseload_view" in modules  # the check sees what is imported
    assert _loaded(modules, NEVER_AT_START + NOT_BEFORE_THE_WINDOW) == []


_START = """
import json, os, sys
from lpdesk.gui.shell.main import create_application, start_main_window

def open_session():
    from lpdesk.app import open_app
    from lpdesk.gui.shell.session import GuiSession
    app = open_app()
    return GuiSession(ctx=app.context(app.actor()), profiles=app.profiles, forms=app.forms,
                      data_dir=app.data_dir, close=app.close)

qt_app = create_application()
window = start_main_window(open_session)

def loaded(rows):
    print('ROWS', rows)
    print('MODULES ' + json.dumps(sorted(sys.modules)))
    sys.stdout.flush()
    os._exit(0)

window.caseload_view.sig_loaded.connect(loaded)
window.sig_session_failed.connect(lambda err: (print('FAILED', repr(err)), os._exit(1)))
qt_app.exec()
"""


def test_starting_to_the_caseload_imports_nothing_the_first_screen_does_not_show(
    tmp_path: Path, demo_database: Path
) -> None:
    """The real start (the session factory on the database thread, as ``lpdesk gui`` does) on the
    demo database, acting as its first lead professional, until their caseload is shown."""
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    shutil.copy2(demo_database, data / "lpdesk.db")
    env = {
        "LPDESK_HOME": str(data),
        "LPDESK_ENCRYPTION": "off",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "LPDESK_LOG_LEVEL": "WARNING",
    }
    modules = _modules(_START, env)
    assert "sqlalchemy" in modules and "lpdesk.services.due" in modules
    assert _loaded(modules, NEVER_AT_START) == []


def test_pyside_does_not_read_the_source_of_modules_imported_after_the_gui() -> None:
    """lpdesk.gui turns off shiboken's per-import source scan (~60 ms at start-up)."""
    modules = _modules(
        "import inspect, json, sys\n"
        "import lpdesk.gui\n"
        "read = []\n"
        "inspect.getsource = lambda obj, _real=inspect.getsource: read.append(obj) or _real(obj)\n"
        "import lpdesk.services.due, sqlalchemy\n"
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "app = QApplication([])\n"
        "label = QLabel('x')\n"
        "label.setText('still camelCase')\n"
        "assert label.text() == 'still camelCase'\n"
        "print('MODULES ' + json.dumps([getattr(m, '__name__', '') for m in read]))\n"
    )
    assert modules == []


_PAUSED_START = """
import gc, json, os, sys
from lpdesk import gc_hold
gc_hold.hold(gc_hold.START_UP)  # as lpdesk.cli.gui_command.run does first
from PySide6.QtCore import QTimer
from lpdesk.gui.shell.main import create_application, start_main_window

def open_session():
    from lpdesk.app import open_app
    from lpdesk.gui.shell.session import GuiSession
    app = open_app()
    return GuiSession(ctx=app.context(app.actor()), profiles=app.profiles, forms=app.forms,
                      data_dir=app.data_dir, close=app.close)

qt_app = create_application()
window = start_main_window(open_session)
seen = {}

def loaded(rows):
    seen['collecting_when_shown'] = gc.isenabled()

def check():
    if 'collecting_when_shown' in seen and gc.isenabled():
        seen['collecting_after'] = True
        print('MODULES ' + json.dumps(seen))
        sys.stdout.flush()
        os._exit(0)

window.caseload_view.sig_loaded.connect(loaded)
window.sig_session_failed.connect(lambda err: (print('FAILED', repr(err)), os._exit(1)))
timer = QTimer()
timer.timeout.connect(check)
timer.start(20)
QTimer.singleShot(20000, lambda: (print('MODULES ' + json.dumps(seen)), os._exit(0)))
qt_app.exec()
"""


def test_the_collector_held_off_at_start_collects_again_once_the_caseload_is_shown(
    tmp_path: Path, demo_database: Path
) -> None:
    """``gc_hold``: off from the start until the first screen's data is shown, then on."""
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    shutil.copy2(demo_database, data / "lpdesk.db")
    env = {
        "LPDESK_HOME": str(data),
        "LPDESK_ENCRYPTION": "off",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "LPDESK_LOG_LEVEL": "WARNING",
    }
    seen = _printed(_PAUSED_START, env)
    assert seen == {"collecting_when_shown": False, "collecting_after": True}
