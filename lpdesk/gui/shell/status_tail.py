"""The foot of a dialog or of a page's detail pane: a status line and the buttons under it.

The status line is a ``StatusLabel`` (hidden while it has nothing to say, keeping its room), word
wrapped. Under it, either Close (a dialog that shows a list and acts on it: the administrator's
password list and distribution record, the team) or the page's own actions on the right (the
chair's pages: an error line above Accept, Request changes, Record resolution)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QWidget,
)

from lpdesk.gui.shell.status_label import StatusLabel

__all__ = ["action_tail", "close_tail", "status_line"]


def status_line(parent: QWidget, name: str = "status_label", role: str = "") -> StatusLabel:
    """A word-wrapped status line named ``name``, styled by ``role`` ("error", "warning")."""
    label = StatusLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    if role:
        label.setProperty("role", role)
    return label


def close_tail(
    dialog: QDialog, layout: QBoxLayout, name: str = "status_label", role: str = ""
) -> StatusLabel:
    """The status line, then a Close button that closes ``dialog``; returns the status line."""
    status = status_line(dialog, name, role)
    layout.addWidget(status)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.setObjectName("close_buttons")
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return status


def action_tail(parent: QWidget, layout: QBoxLayout, buttons: Sequence[QPushButton]) -> StatusLabel:
    """The error line (``error_label``), then ``buttons`` in a row on the right; returns the
    error line."""
    error = status_line(parent, "error_label", "error")
    layout.addWidget(error)
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    layout.addLayout(row)
    return error
