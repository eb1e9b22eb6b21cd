"""Small pieces the case's and the meeting's dialogs build their forms from: named inputs (an
accessible name on each), dates typed the British way (``date_fields``), a tab order in reading order,
and the message that says what was saved."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from lpdesk.gui.case.date_fields import DateField, DateTimeField
from lpdesk.gui.shell.record_dialog import to_qdate
from lpdesk.gui.shell.status_label import StatusLabel

__all__ = [
    "buddy",
    "combo",
    "date_edit",
    "datetime_edit",
    "error_label",
    "name_fields",
    "show_saved",
    "tab_chain",
    "text_edit",
]


def combo(parent: QWidget, name: str, accessible: str) -> QComboBox:
    box = QComboBox(parent)
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    return box


def date_edit(parent: QWidget, name: str, accessible: str, value: date) -> DateField:
    edit = DateField(accessible, parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setDate(to_qdate(value))
    return edit


def datetime_edit(parent: QWidget, name: str, accessible: str) -> DateTimeField:
    edit = DateTimeField(accessible, parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    return edit


def text_edit(parent: QWidget, name: str, accessible: str, height: int = 90) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(height)
    return edit


def buddy(parent: QWidget, text: str, widget: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setBuddy(widget)
    return label


def error_label(parent: QWidget) -> QLabel:
    label = StatusLabel(parent)
    label.setObjectName("error_label")
    label.setWordWrap(True)
    label.setProperty("role", "warning")
    return label


def tab_chain(parent: QWidget, widgets: Sequence[QWidget]) -> None:
    for first, second in itertools.pairwise(widgets):
        parent.setTabOrder(first, second)


def show_saved(parent: QWidget, title: str, text: str) -> QMessageBox:
    """Say what was saved, without blocking (the dialog that saved has closed by then)."""
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("saved_message")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.open()
    return box


def name_fields(text: str, labels: dict[str, str]) -> str:
    """The refusal's lines with each field called by the label on screen ("• out dir: ..." reads
    "• Folder: ..."): ``labels`` maps a service's field name to the label beside its input."""
    for field, label in labels.items():
        text = text.replace(f"• {field.replace('_', ' ')}:", f"• {label}:")
    return text
