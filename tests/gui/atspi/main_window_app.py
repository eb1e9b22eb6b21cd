"""The real main window on a copy of the demo database, run as a program of its own on an X
display so that Qt's AT-SPI bridge puts it on the accessibility bus for the AT-SPI test to read.
Prints "ready" once the session is open. Usage: python -m tests.gui.atspi.main_window_app DIR"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any


def start_window(data_dir: Path) -> tuple[Any, Any, Any]:
    """(the app, the Qt application, the main window) as ``lpdesk`` starts them, on the demo copy
    in ``data_dir``, with the settings kept in that folder."""
    os.environ["LPDESK_ENCRYPTION"] = "off"
    from PySide6.QtCore import QSettings

    from lpdesk.app import open_app
    from lpdesk.gui.shell.main import create_application, start_main_window
    from lpdesk.gui.shell.session import GuiSession

    app = open_app(data_dir=data_dir)

    def open_session() -> GuiSession:
        return GuiSession(
            ctx=app.context(app.actor()),
            profiles=app.profiles,
            forms=app.forms,
            data_dir=app.data_dir,
            close=lambda: None,
        )

    qapp = create_application()
    settings = QSettings(str(data_dir / "lpdesk.ini"), QSettings.Format.IniFormat)
    return app, qapp, start_main_window(open_session, settings=settings)


def main(data_dir: Path) -> int:
    app, qapp, window = start_window(data_dir)
    window.caseload_view.sig_loaded.connect(lambda _n: print("ready", flush=True))
    code = qapp.exec()
    app.close()
    return code


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
