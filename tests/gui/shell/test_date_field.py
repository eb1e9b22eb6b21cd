"""Dates typed the British way."""

from __future__ import annotations

from datetime import date

import pytest

from lpdesk.gui.shell.date_field import DateField, parse_british_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("17/12/2026", date(2026, 12, 17)),
        ("7/1/27", date(2027, 1, 7)),
        ("17 Dec 2026", date(2026, 12, 17)),
        ("17 December 2026", date(2026, 12, 17)),
        ("Thu 17 Dec 2026", date(2026, 12, 17)),
        ("2026-12-17", date(2026, 12, 17)),
        ("  ", None),
    ],
)
def test_british_dates_are_read(text: str, expected: date | None) -> None:
    assert parse_british_date(text) == expected


@pytest.mark.parametrize("text", ["12/17/2026", "31/02/2027", "soon", "17.12"])
def test_anything_else_is_not_a_date(text: str) -> None:
    with pytest.raises(ValueError):
        parse_british_date(text)


def test_the_field_names_itself_in_its_complaint(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = DateField(None, date(2026, 12, 18))
    qtbot.addWidget(field)
    assert field.text() == "18 Dec 2026"
    field.setAccessibleName("Held on")
    field.setText("31/02/2027")
    with pytest.raises(ValueError, match="Held on: not a date"):
        field.date()
    field.setText("1/3/2027")
    field.editingFinished.emit()
    assert (field.text(), field.date()) == ("1 Mar 2027", date(2027, 3, 1))
