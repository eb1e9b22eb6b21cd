"""The convene page's date and time: Qt's date and time edits, except that Tab and Shift+Tab
leave the field at once (Qt's own edits spend a Tab on each part: weekday, day, month, year;
hours, minutes). Within the field the arrow keys move between the parts (Left and Right, or
Ctrl+Left and Ctrl+Right a part at a time), Up and Down change the part, and a date is typed
from the day: "17 Dec 2026"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QTimeEdit

from lpdesk.gui.shell.tab_leaves import tab_leaves

__all__ = ["MeetingDateEdit", "MeetingTimeEdit"]


class MeetingDateEdit(QDateEdit):
    """The meeting's day, shown "Thu 17 Dec 2026"; Tab leaves it, typing starts at the day."""

    def event(self, event: QEvent) -> bool:
        return tab_leaves(self, event) or super().event(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.TabFocusReason:
            return
        day = QDateTimeEdit.Section.DaySection  # the weekday follows from the day
        for index in range(self.sectionCount()):
            if self.sectionAt(index) == day:
                self.setCurrentSectionIndex(index)
                self.setSelectedSection(day)


class MeetingTimeEdit(QTimeEdit):
    """The meeting's time, "13:30"; Tab leaves it."""

    def event(self, event: QEvent) -> bool:
        return tab_leaves(self, event) or super().event(event)
