"""Figure 8: how long ``make test`` took, as recorded by the last successful run.

The suite is far too long to run inside ``make bench``, so ``make test`` (and ``make pytest``)
record their own wall time when they finish green: ``python -m bench.make_test record`` writes
``.cache/make-test.json`` (not tracked by git) with the seconds, when, the commit (and whether the
tree had changes beyond it), the load average at start and at the end, and the cores. ``make
bench`` reports the last recorded run beside the target, or says that none is recorded. A failed
run records nothing: only a run that passed is a ``make test`` figure.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime
from typing import Any

from bench.measure import REPO, Row

__all__ = ["RECORD", "TARGET_SECONDS", "record", "run"]

RECORD = REPO / ".cache" / "make-test.json"
TARGET_SECONDS = 240.0
WHAT = {"test": "make test", "pytest": "make pytest"}
# The rows' names under the table's "8. make test" title.
ROW_NAME = {"test": "the last run that passed", "pytest": "make pytest: the last run that passed"}


def _git(*args: str) -> str:
    try:
        done = subprocess.run(
            ["git", *args], cwd=REPO, capture_output=True, text=True, timeout=30, check=True
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout.strip()


def _load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def record(
    what: str, started: float, load_at_start: list[float], workers: str = ""
) -> dict[str, Any]:
    """Write the run that just passed into RECORD (keeping the other target's entry); the entry."""
    entry: dict[str, Any] = {
        "seconds": round(time.time() - started, 1),
        "finished_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "commit": _git("rev-parse", "HEAD"),
        "uncommitted_changes": bool(_git("status", "--porcelain", "--untracked-files=no")),
        "load_at_start": load_at_start,
        "load_at_end": _load(),
        "cpus": os.cpu_count(),
        "pytest_workers": workers,
    }
    runs = _read()
    runs[what] = entry
    RECORD.parent.mkdir(exist_ok=True)
    tmp = RECORD.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(runs, indent=2, sort_keys=True) + "\n")
    tmp.replace(RECORD)
    return entry


def _read() -> dict[str, Any]:
    try:
        data = json.loads(RECORD.read_text())
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _minutes(seconds: float) -> str:
    return f"{int(seconds // 60)} min {seconds % 60:.0f} s"


def run() -> list[Row]:
    """The last recorded ``make test`` (and ``make pytest``, if recorded): no measuring here."""
    runs = _read()
    rows: list[Row] = []
    for what in ("test", "pytest"):
        entry = runs.get(what)
        if not isinstance(entry, dict) or "seconds" not in entry:
            if what == "test":
                rows.append(
                    Row(
                        name=ROW_NAME[what],
                        value=0.0,
                        unit="s",
                        target="< 240 s (4 min)",
                        met=False,
                        note=f"none recorded in {RECORD.relative_to(REPO)}: run `make test`",
                    )
                )
            continue
        seconds = float(entry["seconds"])
        commit = str(entry.get("commit", ""))[:10] + (
            "+changes" if entry.get("uncommitted_changes") else ""
        )
        load = entry.get("load_at_start") or ["?"]
        note = (
            f"{_minutes(seconds)}, passed {entry.get('finished_at', '?')} at {commit or '?'}, "
            f"load {load[0]} at start, {entry.get('cpus', '?')} cores, "
            f"{entry.get('pytest_workers') or '?'} pytest workers"
        )
        rows.append(
            Row(
                name=ROW_NAME[what],
                value=seconds,
                unit="s",
                target="< 240 s (4 min)",
                met=seconds < TARGET_SECONDS,
                note=note,
            )
        )
    return rows


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.make_test", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    rec = sub.add_parser("record", help="record a run that just passed (the Makefile calls this)")
    rec.add_argument("what", choices=sorted(WHAT))
    rec.add_argument("--started", type=float, required=True, help="epoch seconds at make's start")
    rec.add_argument("--load", default="", help="load averages at the start, space-separated")
    rec.add_argument("--workers", default="", help="pytest-xdist workers")
    sub.add_parser("show", help="print the rows make bench would report")
    args = parser.parse_args(argv)
    if args.command == "show":
        for row in run():
            print(f"{row.name}: {row.value:.1f} {row.unit} ({row.note}); target {row.target}")
        return 0
    load = [float(x) for x in args.load.split()[:3] if x.replace(".", "", 1).isdigit()]
    entry = record(args.what, args.started, load, args.workers)
    print(
        f"{WHAT[args.what]} passed in {_minutes(entry['seconds'])} "
        f"(load {load[0] if load else '?'} at start, {entry['load_at_end'][0]} at the end); "
        f"recorded in {RECORD.relative_to(REPO)} for make bench",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
