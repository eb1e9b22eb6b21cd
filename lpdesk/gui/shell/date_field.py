"""A date typed the British way: "17/12/2026", "17 Dec 2026", "17 December 2026" (or
"2026-12-17"), shown back as "17 Dec 2026". An empty field is no date."""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtWidgets import QLineEdit, QWidget

from lpdesk.gui.shell.labels import fmt_date

__all__ = ["DateField", "parse_british_date"]

_NUMERIC = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})$")
_FORMATS = ("%d %b %Y", "%d %B %Y", "%a %d %b %Y", "%Y-%m-%d")


def parse_british_date(text: str) -> date | None:
    """The date in ``text`` (None when empty); ``ValueError`` when it is not one."""
    text = " ".join(text.split())
    if not text:
        return None
    found = _NUMERIC.match(text)
    if found:
        day, month, year = (int(g) for g in found.groups())
        return date(year + 2000 if year < 100 else year, month, day)
    for fmt in _FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


class DateField(QLineEdit):
    def __init__(self, parent: QWidget | None = None, value: date | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.setMaxLength(40)
        self.set_date(value)
        self.editingFinished.connect(self._tidy)

    def set_date(self, value: date | None) -> None:
        self.setText(fmt_date(value))

    def date(self) -> date | None:
        """The date typed; ``ValueError`` with a sentence naming the field when it is not one."""
        try:
            return parse_british_date(self.text())
        except ValueError:
            raise ValueError(
                self.tr("{field}: not a date; type it as 17/12/2026 or 17 Dec 2026").format(
                    field=self.accessibleName() or self.tr("Date")
                )
            ) from None

    def _tidy(self) -> None:
        try:
            value = parse_british_date(self.text())
        except ValueError:
            return
        if value is not None:
            self.set_date(value)
