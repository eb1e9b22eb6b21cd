"""The Help menu: help for the screen in front of you (F1), the language of the screens, and a
diagnostic report to copy for IT (versions and the last log lines: nothing personal)."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

import PySide6
from PySide6.QtCore import QSettings, qVersion
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

from lpdesk.diagnostics import diagnostic_report
from lpdesk.gui.shell.help import help_desk
from lpdesk.gui.shell.language import LANGUAGES, SETTING

__all__ = ["build_help_menu", "current_log_file"]


def current_log_file() -> Path | None:
    """The file lpdesk is logging to now (``diagnostics.configure_logging``), if any."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, RotatingFileHandler):
            return Path(handler.baseFilename)
    return None


def build_help_menu(window: QMainWindow, settings: QSettings) -> QMenu:
    menu = window.menuBar().addMenu(window.tr("&Help"))
    # F1 itself belongs to every window (help.give_every_window_f1); the menu names it
    help_action = menu.addAction(window.tr("Help for this screen") + "\tF1")
    help_action.triggered.connect(
        lambda: help_desk().open_help(QApplication.focusWidget() or window)
    )
    report_action = menu.addAction(window.tr("Copy a diagnostic report"))
    report_action.triggered.connect(lambda: _copy_report(window))
    languages = menu.addMenu(window.tr("Language"))
    group = QActionGroup(languages)
    chosen = str(settings.value(SETTING, "system"))
    for code, name in (("system", window.tr("As the computer")), *LANGUAGES.items()):
        action = QAction(name, languages, checkable=True)
        action.setChecked(code == chosen)
        action.setData(code)
        group.addAction(action)
        languages.addAction(action)
    group.triggered.connect(lambda action: _choose_language(window, settings, action))
    return menu


def _copy_report(window: QMainWindow) -> None:
    extra = {"Qt": qVersion(), "PySide6": PySide6.__version__}
    QGuiApplication.clipboard().setText(diagnostic_report(current_log_file(), extra))
    _say(
        window,
        window.tr("A diagnostic report is on the clipboard: paste it into your message to IT."),
    )


def _choose_language(window: QMainWindow, settings: QSettings, action: QAction) -> None:
    settings.setValue(SETTING, action.data())
    settings.sync()
    _say(window, window.tr("The new language is used the next time lpdesk starts."))


def _say(window: QMainWindow, message: str) -> None:
    window.statusBar().showMessage(message, 10000)
