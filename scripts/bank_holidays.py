"""Write ``lpdesk/rules/bank_holiday_table.py``: the UK nations' bank holidays for 2000-2050, read
once from the pinned ``holidays`` package, so that working days need not import it (with every
country's tables, ~0.1-0.15 s) at start-up.

    .venv/bin/python scripts/bank_holidays.py

Run it after upgrading ``holidays``: tests/rules/test_bank_holiday_table.py fails until the table
equals the installed package's tables again.
"""

from __future__ import annotations

import sys
from importlib.metadata import version
from pathlib import Path

import holidays

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "lpdesk" / "rules" / "bank_holiday_table.py"
FIRST_YEAR, LAST_YEAR = 2000, 2050
SUBDIVISIONS = ("ENG", "WLS", "SCT", "NIR")
VERSION = version("holidays")


def read(subdivision: str, year: int) -> list[tuple[int, int, str]]:
    table = holidays.country_holidays("GB", subdiv=subdivision, years=year)
    return [(day.month, day.day, str(name)) for day, name in sorted(table.items())]


def source() -> str:
    lines = [
        '"""The UK nations\' bank holidays (written by scripts/bank_holidays.py from the `holidays`',
        f"package {VERSION}; do not edit by hand): subdivision -> year -> (month, day,",
        "name), for the years FIRST_YEAR to LAST_YEAR. ``rules.calendar`` reads other years from",
        'the package itself."""',
        "",
        "# fmt: off",
        f"HOLIDAYS_VERSION = {VERSION!r}",
        f"FIRST_YEAR, LAST_YEAR = {FIRST_YEAR}, {LAST_YEAR}",
        "TABLE: dict[str, dict[int, tuple[tuple[int, int, str], ...]]] = {",
    ]
    for subdivision in SUBDIVISIONS:
        lines.append(f"    {subdivision!r}: {{")
        for year in range(FIRST_YEAR, LAST_YEAR + 1):
            days = ", ".join(repr(day) for day in read(subdivision, year))
            lines.append(f"        {year}: ({days},),")
        lines.append("    },")
    lines += ["}", "# fmt: on", ""]
    return "\n".join(lines)


def main() -> int:
    TARGET.write_text(source(), encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)} (holidays {VERSION})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
