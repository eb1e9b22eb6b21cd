"""Excel workbooks through XlsxWriter: one sheet per table of text and numbers, the first row as
headings (bold, frozen, filtered), columns wide enough to read. Text loses the control characters
XML forbids; the bytes depend only on the tables (the workbook's dates are fixed)."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from datetime import datetime

import xlsxwriter
from xlsxwriter.utility import xl_col_to_name

__all__ = ["Cell", "Sheet", "column_letter", "write_workbook", "write_xlsx"]

Cell = str | int | float | None
Sheet = tuple[str, Sequence[Sequence[Cell]]]  # (name, rows: headings first)

# Characters XML 1.0 forbids (tab, line feed and carriage return are allowed).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SHEET_NAME = re.compile(r"[\[\]:*?/\\]")
_FIXED = datetime(2000, 1, 1)  # no clock time in the file: the same tables, the same bytes
_WIDEST = 60


def column_letter(index: int) -> str:
    """0 -> "A", 25 -> "Z", 26 -> "AA"."""
    return str(xl_col_to_name(index))


def _sheet_name(name: str, taken: set[str]) -> str:
    base = _SHEET_NAME.sub("", name).strip("'")[:31] or "Sheet"
    chosen, n = base, 2
    while chosen.casefold() in taken:
        suffix = f" ({n})"
        chosen, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(chosen.casefold())
    return chosen


def write_workbook(sheets: Sequence[Sheet]) -> bytes:
    """The workbook's bytes: each sheet's rows top to bottom, cells left to right (None leaves a
    cell empty); sheet names lose the characters Excel forbids and are cut to 31 characters."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_numbers": False})
    book.set_properties({"created": _FIXED, "author": "", "title": ""})
    bold = book.add_format({"bold": True, "bg_color": "#E8EEF4", "border": 1})
    taken: set[str] = set()
    for name, rows in sheets:
        sheet = book.add_worksheet(_sheet_name(name, taken))
        widths: dict[int, int] = {}
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                fmt = bold if r == 0 else None
                if value is None:
                    continue
                if isinstance(value, bool):
                    sheet.write_boolean(r, c, value, fmt)
                    shown = 5
                elif isinstance(value, int | float):
                    sheet.write_number(r, c, value, fmt)
                    shown = len(f"{value:g}")
                else:
                    text = _NOT_XML.sub("", value)
                    sheet.write_string(r, c, text, fmt)
                    shown = max((len(line) for line in text.splitlines()), default=0)
                widths[c] = max(widths.get(c, 0), shown)
        for c, width in widths.items():
            sheet.set_column(c, c, min(width + 2, _WIDEST))
        if rows:
            sheet.freeze_panes(1, 0)
            sheet.autofilter(0, 0, max(len(rows) - 1, 0), max(len(rows[0]) - 1, 0))
    book.close()
    return buffer.getvalue()


def write_xlsx(rows: Sequence[Sequence[Cell]], sheet_name: str = "Sheet1") -> bytes:
    """A workbook of one sheet (``write_workbook``)."""
    return write_workbook([(sheet_name, rows)])
