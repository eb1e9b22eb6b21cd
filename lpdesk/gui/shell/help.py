"""F1 opens the help for the screen in front of the person: local HTML shipped with the app
(``resources/help``), shown in lpdesk's own window, never a web page. ``give_every_window_f1``
gives each window F1 the first time the focus enters it (a modal dialog blocks the main window's
shortcuts, so each window needs its own).

The topic is found from the focused widget upwards: a widget's ``help_topic`` property if it has
one, else the page its class serves (``TOPICS``), else the contents page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QTextBrowser, QVBoxLayout, QWidget

from lpdesk.gui.shell.screen_fit import fit_to_screen

__all__ = ["TOPICS", "HelpDesk", "HelpWindow", "give_every_window_f1", "help_desk", "topic_for"]

# a screen's class -> its help page (resources/help/<topic>.html)
TOPICS = {
    "CaseloadView": "caseload",
    "DueView": "due",
    "CaseWorkspace": "case",
    "MeetingWizard": "meeting",
    "VisitDialog": "visit",
    "PlanDialog": "plan",
    "CirculatePage": "circulation",
    "AdminView": "admin",
    "CirculationCheckDialog": "admin",
    "ChairView": "chair",
    "ManagerView": "manager",
    "ReportsView": "manager",
    "SettingsDialog": "settings",
}


def topic_for(widget: QWidget | None) -> str:
    while widget is not None:
        topic = widget.property("help_topic")
        if isinstance(topic, str) and topic:
            return topic
        for cls in type(widget).__mro__:
            if cls.__name__ in TOPICS:
                return TOPICS[cls.__name__]
        widget = widget.parentWidget()
    return "index"


class HelpWindow(QDialog):
    """The help pages, with their links, in a window of their own (not modal: the screen the help
    is about stays usable)."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help_window")
        self.setWindowTitle(self.tr("lpdesk help"))
        fit_to_screen(self, 720, 620)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("help_browser")
        self.browser.setAccessibleName(self.tr("Help text"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setSearchPaths([str(folder)])
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        self._folder = folder

    def show_topic(self, topic: str) -> None:
        page = self._folder / f"{topic}.html"
        if not page.exists():
            page = self._folder / "index.html"
        self.browser.setSource(QUrl.fromLocalFile(str(page)))
        self.setWindowTitle(self.browser.documentTitle() or self.tr("lpdesk help"))
        self.show()
        self.raise_()
        self.activateWindow()


class HelpDesk:
    """Opens the help window at the topic of a widget; one per application (``help_desk``)."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self.window: HelpWindow | None = None

    def open_help(self, widget: QWidget | None) -> HelpWindow:
        if self.window is None:
            self.window = HelpWindow(self._folder)
        self.window.show_topic(topic_for(widget))
        return self.window


_desk: list[HelpDesk] = []


def help_desk(folder: Path | None = None) -> HelpDesk:
    """The application's help (made on first use from ``folder``, the shipped help pages)."""
    if not _desk:
        from lpdesk import paths

        _desk.append(HelpDesk(folder or paths.resources_dir() / "help"))
    return _desk[0]


_F1 = "lpdesk_help_f1"  # a window's property: it has its F1 already


def _give_f1(_old: QWidget | None, now: QWidget | None) -> None:
    window = now.window() if now is not None else None
    if window is None or window.property(_F1) or isinstance(window, HelpWindow):
        return
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), window)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(lambda: help_desk().open_help(QApplication.focusWidget() or window))
    window.setProperty(_F1, True)


def give_every_window_f1(app: QApplication) -> None:
    """F1 in every window of ``app`` opens the help at the screen in focus (call once)."""
    app.focusChanged.connect(_give_f1)
