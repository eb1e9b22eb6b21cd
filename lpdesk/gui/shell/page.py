"""What every page of the main window shares: the runner, the session once it is open, a title
and a hint line, a way to say something in the status bar, and reloading itself when a change
notice touches the kinds of record it shows (``watches``)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from lpdesk.gui.shell.changes import Kind, subscribe
from lpdesk.gui.shell.errors import show_error
from lpdesk.gui.shell.session import GuiSession
from lpdesk.gui.shell.tasks import TaskRunner

__all__ = ["Page", "page_header"]


def page_header(title: str, hint: str, parent: QWidget) -> tuple[QLabel, QLabel]:
    title_label = QLabel(title, parent)
    title_label.setProperty("role", "page_title")
    hint_label = QLabel(hint, parent)
    hint_label.setProperty("role", "page_hint")
    hint_label.setWordWrap(True)
    return title_label, hint_label


class Page(QWidget):
    """A page of the main window. ``bind`` hands it the session when the database is open."""

    sig_status = Signal(str)  # a short message for the status bar
    watches: frozenset[Kind] = frozenset()  # the kinds of record shown: a change reloads the page

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.session: GuiSession | None = None
        if self.watches:
            subscribe(runner.changes, self, self.watches, self._changed)
        self.page_layout = QVBoxLayout(self)
        self.page_layout.setContentsMargins(20, 16, 20, 12)
        self.page_layout.setSpacing(10)
        self.header_layout = QHBoxLayout()
        self.page_layout.addLayout(self.header_layout)

    def set_header(self, title: str, hint: str) -> None:
        self.title_label, self.hint_label = page_header(title, hint, self)
        self.title_label.setObjectName("title_label")
        self.hint_label.setObjectName("hint_label")
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(self.title_label)
        column.addWidget(self.hint_label)
        self.header_layout.addLayout(column, 1)

    def bind(self, session: GuiSession) -> None:
        self.session = session
        self.refresh()

    def refresh(self) -> None:
        """Reload from the services (on the database thread). Pages override."""

    def _changed(self) -> None:
        if self.session is not None:
            self.refresh()

    def report_error(self, err: BaseException) -> None:
        show_error(self, err)
