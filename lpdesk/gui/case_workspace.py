"""One case's workspace (placeholder while the full workspace is built)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from lpdesk.gui.page import Page
from lpdesk.gui.tasks import TaskRunner

__all__ = ["CaseWorkspace"]


class CaseWorkspace(Page):
    sig_close_requested = Signal()
    sig_changed = Signal()

    def __init__(self, runner: TaskRunner, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.case_id = case_id
        self.set_header(self.tr("Case"), "")

    def flush(self) -> None:
        """Save anything pending (autosave) now."""
