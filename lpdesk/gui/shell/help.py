"""F1 opens the help for the screen in front of the person: local HTML shipped with the app
(``resources/help``), shown in lpdesk's own window, never a web page.

The topic is found from the focused widget upwards: a widget's ``help_topic`` property if it has
one, else the page its class serves (``TOPICS``), else the contents page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QTextBrowser, QVBoxLayout, QWidget

__all__ = ["TOPICS", "HelpShortcut", "HelpWindow", "topic_for"]

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
        self.resize(720, 620)
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


class HelpShortcut(QObject):
    """An application-wide F1: installed once on the QApplication, it opens the help window at the
    topic of whatever has the keyboard focus."""

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self.window: HelpWindow | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_F1
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            event.accept()
            return True
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_F1
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            target = watched if isinstance(watched, QWidget) else QApplication.focusWidget()
            self.open_help(target)
            return True
        return False

    def open_help(self, widget: QWidget | None) -> HelpWindow:
        if self.window is None:
            self.window = HelpWindow(self._folder)
        self.window.show_topic(topic_for(widget))
        return self.window
