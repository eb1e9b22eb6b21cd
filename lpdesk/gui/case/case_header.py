"""The case workspace's header: the case's title and summary, and its action buttons.

Side by side when the title, a readable width of summary and every button fit in one row; below
that width (a 1366x768 panel at 150 % leaves a workspace of about 600 pixels) the buttons move to a
row of their own under the title, so no title is cut short, no button squeezed below its text and
the summary wraps across the whole width instead of a sliver of it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QWidget

from lpdesk.gui.forms.ui_case_workspace import Ui_CaseWorkspace

__all__ = ["CaseHeader"]

SUMMARY_CHARACTERS = 32  # side by side only when the summary gets about this many characters a line


class CaseHeader(QObject):
    """Lays out the workspace's ``header_layout`` in one row or two, by width."""

    def __init__(self, workspace: QWidget, ui: Ui_CaseWorkspace) -> None:
        super().__init__(workspace)
        self.workspace = workspace
        self.header_layout: QBoxLayout = ui.header_layout
        self.outer = ui.workspace_layout
        self.title_label = ui.title_label
        self.summary_label = ui.summary_label
        self.buttons = [
            ui.convene_button,
            ui.visit_button,
            ui.more_button,
            ui.refresh_button,
            ui.close_button,
        ]
        # the buttons in a row of their own, so the header can stack the title above them
        for index in reversed(range(self.header_layout.count())):
            item = self.header_layout.itemAt(index)
            if item is not None and item.spacerItem() is not None:
                self.header_layout.takeAt(index)
        self.button_row = QHBoxLayout()
        self.button_row.setObjectName("header_buttons_layout")
        for button in self.buttons:
            self.header_layout.removeWidget(button)
            self.button_row.addWidget(button)
        self.header_layout.addLayout(self.button_row)
        self.header_layout.setStretch(0, 1)
        self.stacked = False
        workspace.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.workspace and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
            QEvent.Type.LanguageChange,
        ):
            self.relayout()
        return False

    def width_for_one_row(self) -> int:
        """The narrowest header that holds the title, the summary and the buttons side by side."""
        metrics = self.summary_label.fontMetrics()
        summary = min(
            metrics.horizontalAdvance(self.summary_label.text()),
            SUMMARY_CHARACTERS * metrics.averageCharWidth(),
        )
        title = max(self.title_label.sizeHint().width(), summary)
        return title + self.header_layout.spacing() * 3 + self.button_row.sizeHint().width()

    def relayout(self) -> None:
        """One row or two for the workspace's current width (call after the texts change)."""
        margins = self.outer.contentsMargins()
        width = self.workspace.width() - margins.left() - margins.right()
        stacked = width < self.width_for_one_row()
        if stacked == self.stacked:
            return
        self.stacked = stacked
        if stacked:
            self.header_layout.setDirection(QBoxLayout.Direction.TopToBottom)
            self.header_layout.setAlignment(self.button_row, Qt.AlignmentFlag.AlignLeft)
        else:
            self.header_layout.setDirection(QBoxLayout.Direction.LeftToRight)
            self.header_layout.setAlignment(self.button_row, Qt.AlignmentFlag(0))
