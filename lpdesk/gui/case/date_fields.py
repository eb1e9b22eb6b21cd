"""Date and date-and-time fields typed the British way: 17/12/2026, 17-12-26, 17 Dec 2026 or
Thu 17 December 2026, and times as 13:30. Shown back as "17 Dec 2026" (and "13:30"), the one date
format on screen. A field that cannot be read says so, naming itself, and nothing is saved.

They keep the ``date()``/``setDate()`` and ``dateTime()``/``setDateTime()`` of Qt's date edits,
whose section-by-section typing turns a typed "17/12/2026" into 17 Jan (the day's two digits
move on to the month, and the "/" then skips it)."""

from __future__ import annotations

import re
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QLineEdit, QWidget

from lpdesk.gui.shell.labels import fmt_date
from lpdesk.rules.dates import month_number

__all__ = ["DateField", "DateTimeField", "parse_day", "parse_moment"]

_NUMERIC = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4}|\d{2})")
_WORDS = re.compile(r"(?:[a-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})")
_TIME = re.compile(r"(\d{1,2})[:.](\d{2})")


def parse_day(text: str) -> date | None:
    """The day typed, or None when it cannot be read as a real date."""
    t = " ".join(text.strip().lower().split())
    found = _NUMERIC.fullmatch(t)
    try:
        if found:
            day, month, year = (int(g) for g in found.groups())
            return date(year + 2000 if year < 100 else year, month, day)
        found = _WORDS.fullmatch(t)
        named = month_number(found[2]) if found else None
        if found and named is not None:
            return date(int(found[3]), named, int(found[1]))
    except ValueError:
        return None
    return None


def parse_moment(text: str) -> datetime | None:
    """A day and a time ("17/12/2026 13:30"), or None."""
    t = text.strip()
    found = _TIME.search(t)
    if found is None or found.end() != len(t):
        return None
    day = parse_day(t[: found.start()].rstrip(" ,at"))
    hour, minute = int(found[1]), int(found[2])
    if day is None or hour > 23 or minute > 59:
        return None
    return datetime.combine(day, time(hour, minute))


class DateField(QLineEdit):
    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.setPlaceholderText(self.tr("e.g. 17/12/2026"))
        self.editingFinished.connect(self._tidy)

    def _tidy(self) -> None:
        day = parse_day(self.text())
        if day is not None:
            self.setText(fmt_date(day))

    def date(self) -> QDate:
        day = parse_day(self.text())
        if day is None:
            raise ValueError(
                self.tr("{label}: type a date like 17/12/2026.").format(label=self.label)
            )
        return QDate(day.year, day.month, day.day)

    def setDate(self, value: QDate) -> None:
        self.setText(fmt_date(date(value.year(), value.month(), value.day())))


class DateTimeField(QLineEdit):
    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.setPlaceholderText(self.tr("e.g. 17/12/2026 13:30"))
        self.editingFinished.connect(self._tidy)

    def _tidy(self) -> None:
        moment = parse_moment(self.text())
        if moment is not None:
            self.setText(f"{fmt_date(moment.date())} {moment:%H:%M}")

    def dateTime(self) -> QDateTime:
        moment = parse_moment(self.text())
        if moment is None:
            raise ValueError(
                self.tr("{label}: type a date and time like 17/12/2026 13:30.").format(
                    label=self.label
                )
            )
        return QDateTime(
            QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
        )

    def setDateTime(self, value: QDateTime) -> None:
        d, t = value.date(), value.time()
        self.setText(
            f"{fmt_date(date(d.year(), d.month(), d.day()))} {t.hour():02d}:{t.minute():02d}"
        )
