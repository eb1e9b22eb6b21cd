"""Figure 7: the compliance report over a year, for every team, on the generated SQLite databases.

Through the service the CLI and the app use (``lpdesk.services.compliance_report``): the period's
rows only (``lpdesk.store.compliance_reads``), then the pure ``rules.compliance`` measures. Acting
as a quality assurance manager (every team, so the work grows with the team), for the year up to
the generated databases' "today", on the same cached 2,000 and 20,000-child teams (5 years held)
as figure 3, and on 2,000-child teams holding 1 and 10 years: the report should grow with what it
covers, not with the years held. Median of 3 runs after a warm-up.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, time, timedelta
from pathlib import Path

from bench.generate import GeneratedTeam, cached_team
from bench.measure import Row, median_seconds
from lpdesk.app import App, open_app
from lpdesk.domain import UserRole
from lpdesk.services.compliance_report import ComplianceReport, compliance_report
from lpdesk.services.context import Actor, FixedClock

__all__ = ["SIZES", "run"]

SIZES = (2_000, 20_000)
HISTORY = (1, 10)  # years held by the 2,000-child teams of the history row
RUNS = 3
TARGET_S = 3.0
BEFORE = "36-43 s before issue 15, 9.7 s before the narrow rows, 4.7-9.6 s before 0016"


@contextmanager
def _app(team: GeneratedTeam) -> Iterator[App]:
    with tempfile.TemporaryDirectory(prefix="lpdesk-bench-") as data:
        app = open_app(data_dir=Path(data), database_url=team.url)
        app.clock = FixedClock(datetime.combine(team.as_of, time(9, 0)))
        try:
            yield app
        finally:
            app.close()


def _measure(team: GeneratedTeam) -> tuple[float, ComplianceReport]:
    """(seconds for the year's report across every team, the report)."""
    with _app(team) as app:
        ctx = app.context(Actor(username="bench.qa", role=UserRole.QA_MANAGER))
        start, end = team.as_of - timedelta(days=364), team.as_of

        def report() -> ComplianceReport:
            return compliance_report(ctx, period_start=start, period_end=end, profiles=app.profiles)

        made = report()  # the warm-up
        return median_seconds(report, runs=RUNS, warmup=0), made


def run() -> list[Row]:
    results = {size: _measure(cached_team(size)) for size in SIZES}
    rows: list[Row] = []
    for size in SIZES:
        seconds, report = results[size]
        lps = len({r.scope for r in report.rows}) - 1
        big = size == SIZES[-1]
        rows.append(
            Row(
                name=f"compliance report, a year, every team, {size:,} children (SQLite)",
                value=round(seconds * 1000, 1),
                unit="ms",
                target=f"< {TARGET_S:.0f} s" if big else "",
                met=seconds < TARGET_S if big else True,
                note=f"{report.cases:,} cases, {lps} LPs" + (f"; {BEFORE}" if big else ""),
            )
        )
    small, big_s = (results[size][0] for size in SIZES)
    ratio = big_s / small
    rows.append(
        Row(
            name="compliance report: 10x the team, time ratio (SQLite)",
            value=round(ratio, 2),
            unit="x",
            baseline=round(small * 1000, 1),
            ratio=round(ratio, 2),
            target="",
            met=True,
            note="10x the cases in the report, each with its own figures: ~10x is linear",
        )
    )
    held = {years: _measure(cached_team(SIZES[0], years=years))[0] for years in HISTORY}
    few, many = (held[y] for y in HISTORY)
    rows.append(
        Row(
            name=(
                f"compliance report: {HISTORY[1]}x the years held ({HISTORY[0]} and "
                f"{HISTORY[1]} years, {SIZES[0]:,} children), time ratio (SQLite)"
            ),
            value=round(many / few, 2),
            unit="x",
            baseline=round(few * 1000, 1),
            ratio=round(many / few, 2),
            target="<= 3x",
            met=many / few <= 3,
            note=f"{many * 1000:,.0f} ms with {HISTORY[1]} years",
        )
    )
    return rows
