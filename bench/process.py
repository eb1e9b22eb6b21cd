"""Figures 1, 4 and 5: start-up to the caseload, event-loop stalls, and peak memory, each measured
in fresh processes (``bench.apps``) with Qt offscreen and a private data and settings folder."""

from __future__ import annotations

import statistics
import tempfile
from pathlib import Path

from bench.generate import GeneratedTeam, cached_team, copy_of
from bench.measure import Row, run_script

__all__ = ["run_memory", "run_stalls", "run_startup"]

RUNS = 5
STARTUP_TARGET = 2.0
STALL_TARGET_MS = 50.0
MEMORY_TARGET_MB = 300.0
_STALLS_BEFORE = {"fonts": "before (issue 15): 49-143 ms"}


def _env(team: GeneratedTeam, home: Path) -> dict[str, str]:
    return {
        "QT_QPA_PLATFORM": "offscreen",
        "LPDESK_HOME": str(home / "data"),
        "LPDESK_DATABASE_URL": team.url,
        "LPDESK_USER": team.lp_username,
        "LPDESK_LOG_LEVEL": "WARNING",
        "XDG_CONFIG_HOME": str(home / "config"),  # QSettings: never the user's own
        "HOME": str(home),
    }


def run_startup() -> list[Row]:
    """Spawn to the caseload shown (1,000-child team, one LP's caseload), against spawn to the
    first paint of a bare PySide6 window; runs alternate so both see the same machine load."""
    team = cached_team(1_000)
    bare: list[float] = []
    app: list[float] = []
    painted: list[float] = []
    with tempfile.TemporaryDirectory(prefix="lpdesk-bench-start-") as tmp:
        # Bytecode as an installed app has it (the bundle ships it; pip compiles it): the warm-up
        # writes lpdesk's __pycache__ even where PYTHONDONTWRITEBYTECODE is set, so no run
        # compiles lpdesk's sources again (the baseline's PySide6 is compiled in site-packages).
        env = {**_env(team, Path(tmp)), "PYTHONDONTWRITEBYTECODE": ""}
        run_script("from bench.apps import main_window; main_window()", env=env)  # warm caches
        for _ in range(RUNS):
            bare.append(run_script("from bench.apps import bare_window; bare_window()", env=env)[0])
            seconds, data = run_script("from bench.apps import main_window; main_window()", env=env)
            app.append(seconds)
            painted.append(seconds - (data["caseload"] - data["painted"]))
    base, value = statistics.median(bare), statistics.median(app)
    ratio = value / base
    return [
        Row(
            name="start to the main window (1,000-child team) vs a bare PySide6 window",
            value=round(value, 2),
            unit="s",
            baseline=round(base, 2),
            ratio=round(ratio, 2),
            target=f"<= {STARTUP_TARGET:.0f}x",
            met=ratio <= STARTUP_TARGET,
            note=(
                f"main window painted at {statistics.median(painted):.2f} s; "
                "before (issue 15): 6.8-8.2x"
            ),
        )
    ]


def run_memory() -> list[Row]:
    team = cached_team(20_000)
    with tempfile.TemporaryDirectory(prefix="lpdesk-bench-mem-") as tmp:
        env = {**_env(team, Path(tmp)), "LPDESK_BENCH_TEAM": "1"}
        _, data = run_script(
            "from bench.apps import main_window; main_window()", env=env, timeout=900
        )
    mb = float(data["max_rss_mb"])
    return [
        Row(
            name="peak memory, 20,000-child team open (caseloads and due list loaded)",
            value=mb,
            unit="MB",
            target=f"< {MEMORY_TARGET_MB:.0f} MB",
            met=mb < MEMORY_TARGET_MB,
            note=(
                f"{data['team_rows']:,} open cases, the due list's first {data['due_items']:,} "
                f"of {data.get('due_total', data['due_items']):,} items; "
                f"{data['rss_caseload_mb']:.0f} MB with one LP's caseload shown"
            ),
        )
    ]


def run_stalls() -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="lpdesk-bench-stall-") as tmp:
        team = copy_of(cached_team(1_000), Path(tmp))
        _, data = run_script(
            "from bench.apps import stalls; stalls()", env=_env(team, Path(tmp)), timeout=600
        )
    if "error" in data:
        raise RuntimeError(f"stall benchmark failed: {data['error']}")
    rows = []
    for key, label in (
        ("fonts", "the PDF fonts are registered on the work lane after the first screen"),
        ("pack_first", "the session's first pack is produced"),
        ("pack", "a pack is produced"),
        ("autosave", "minutes autosave every 250 ms"),
    ):
        ms = float(data[key])
        rows.append(
            Row(
                name=f"longest UI event-loop stall while {label}",
                value=ms,
                unit="ms",
                baseline=float(data["idle"]),
                target=f"< {STALL_TARGET_MS:.0f} ms",
                met=ms < STALL_TARGET_MS,
                note=_STALLS_BEFORE.get(key, ""),
            )
        )
    return rows
