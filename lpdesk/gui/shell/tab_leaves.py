"""Tab and Shift+Tab leave a date or time edit at once. Qt's own date and time edits spend a Tab
on each of their parts (weekday, day, month, year; hours, minutes), so a keyboard user has to
press Tab five times to get past one field (docs/accessibility.md). Within the field the arrow
keys still move between the parts (Left and Right, or Ctrl+Left and Ctrl+Right) and Up and Down
change the part."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QWidget

__all__ = ["leave_on_tab", "tab_leaves"]

_MOVES = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def tab_leaves(widget: QWidget, event: QEvent) -> bool:
    """Move the focus out of ``widget`` for Tab or Shift+Tab; whether the event was one."""
    if event.type() != QEvent.Type.KeyPress:
        return False
    assert isinstance(event, QKeyEvent)
    if event.modifiers() & _MOVES or event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
        return False
    backwards = event.key() == Qt.Key.Key_Backtab or bool(
        event.modifiers() & Qt.KeyboardModifier.ShiftModifier
    )
    event.accept()
    QWidget.focusNextPrevChild(widget, not backwards)
    return True


class _TabLeaves(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return isinstance(watched, QWidget) and tab_leaves(watched, event)


def leave_on_tab(*edits: QAbstractSpinBox) -> None:
    """Make Tab and Shift+Tab leave each of ``edits`` (date, time or date-and-time edits made
    elsewhere, e.g. by a Designer form) in one step."""
    for edit in edits:
        keeper = _TabLeaves(edit)  # owned by the edit, so it lives exactly as long
        edit.installEventFilter(keeper)
