"""Start the desktop app: font, style, the window on screen at once, then the database behind it."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from lpdesk import paths
from lpdesk.gui.shell.help import give_every_window_f1
from lpdesk.gui.shell.language import chosen_language, install_translator
from lpdesk.gui.shell.main_window import MainWindow
from lpdesk.gui.shell.session import SessionFactory
from lpdesk.gui.shell.style import apply_style, register_fonts
from lpdesk.gui.shell.tasks import TaskRunner

__all__ = ["create_application", "run_gui", "start_main_window"]


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (or the existing one), with the organisation name that QSettings uses,
    and once per process: the bundled font registered, the house style, the icon, the language
    chosen (``language.py``) and F1 for help in every window (``help.py``). A style change on a
    running app re-polishes every widget, so it is never repeated."""
    QCoreApplication.setOrganizationName("lpdesk")
    QCoreApplication.setApplicationName("lpdesk")
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    if app.windowIcon().isNull():  # once per process (tests build it again and again)
        apply_style(app, register_fonts(paths.resources_dir() / "fonts"))
        app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "lpdesk.png")))
        language = chosen_language(QSettings())
        install_translator(app, language, paths.resources_dir() / "translations")
        give_every_window_f1(app)
    return app


def start_main_window(
    open_session: SessionFactory, *, settings: QSettings | None = None
) -> MainWindow:
    """Show the main window now and open the session on the database thread."""
    runner = TaskRunner()
    window = MainWindow(runner, settings)
    runner.setParent(window)
    window.show()
    window.open_session(open_session)
    return window


def run_gui(open_session: SessionFactory) -> int:
    app = create_application()
    window = start_main_window(open_session)
    code = app.exec()
    del window
    return int(code)
