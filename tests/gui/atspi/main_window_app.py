"""The real main window on a copy of the demo database, run as a program of its own on an X
display so that Qt's AT-SPI bridge puts it on the accessibility bus for the AT-SPI test to read.
Prints "ready" once the session is open. Usage: python -m tests.gui.atspi.main_window_app DIR"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def main(data_dir: Path) -> int:
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
    window = start_main_window(open_session, settings=settings)
    window.caseload_view.sig_loaded.connect(lambda _n: print("ready", flush=True))
    code = qapp.exec()
    app.close()
    return code


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
