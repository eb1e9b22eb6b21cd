"""``make bench``: run every benchmark, print one table, write bench/results.json.

``python -m bench --only due,pack`` runs some of them (the JSON then holds only those). Figures are
medians and ratios measured side by side in this run; see docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.generate import GeneratedTeam
from bench.measure import Row

RESULTS = Path(__file__).resolve().parent / "results.json"


def _due() -> tuple[list[Row], list[GeneratedTeam]]:
    from bench import due_list

    return due_list.run()


def _make_test() -> tuple[list[Row], list[GeneratedTeam]]:
    from bench import make_test

    return make_test.run(), []


def _simple(name: str) -> Callable[[], tuple[list[Row], list[GeneratedTeam]]]:
    def run() -> tuple[list[Row], list[GeneratedTeam]]:
        if name == "documents":
            from bench import documents

            return documents.run(), []
        if name == "compliance":
            from bench import compliance

            return compliance.run(), []
        if name == "pack":
            from bench import pack

            return pack.run(), []
        from bench import process

        return getattr(process, f"run_{name}")(), []

    return run


BENCHMARKS: dict[str, tuple[str, Callable[[], tuple[list[Row], list[GeneratedTeam]]]]] = {
    "startup": ("1. start-up", _simple("startup")),
    "pack": ("2. circulation pack", _simple("pack")),
    "due": ("3. due list", _due),
    "stalls": ("4. event-loop stalls", _simple("stalls")),
    "memory": ("5. peak memory", _simple("memory")),
    "documents": ("6. documents", _simple("documents")),
    "compliance": ("7. compliance report", _simple("compliance")),
    "make_test": ("8. make test", _make_test),
}


def _not_measured(error: Exception) -> Row:
    """The row a figure gets when its benchmark raised: the table says so, and the run fails."""
    reason = " ".join(str(error).split())[:300] or type(error).__name__
    return Row(name="not measured", value=0.0, unit="", target="", met=False, note=reason)


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.2f}" if abs(value) < 100 else f"{value:,.0f}"


def table(groups: list[tuple[str, list[Row]]]) -> str:
    """A Markdown table (it is also what docs/performance.md holds)."""
    lines = [
        "| figure | value | baseline | ratio | target | met |",
        "|---|---:|---:|---:|---|---|",
    ]
    for title, rows in groups:
        for row in rows:
            note = f" ({row.note})" if row.note else ""
            lines.append(
                f"| {title}: {row.name}{note} | {_number(row.value)} {row.unit} | "
                f"{_number(row.baseline)} | {_number(row.ratio)} | {row.target} | "
                f"{'yes' if row.met else '**no**'} |"
            )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--only", help=f"comma-separated, of: {', '.join(BENCHMARKS)}")
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    chosen = args.only.split(",") if args.only else list(BENCHMARKS)
    unknown = [c for c in chosen if c not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    groups: list[tuple[str, list[Row]]] = []
    teams: list[GeneratedTeam] = []
    failed: list[str] = []
    loads: dict[str, list[float]] = {}
    for key in chosen:
        title, run = BENCHMARKS[key]
        print(f"running {title} ...", file=sys.stderr, flush=True)
        before = os.getloadavg()[0]
        try:
            rows, generated = run()
        except Exception as error:  # one figure's failure must not lose the others
            failed.append(key)
            rows, generated = [_not_measured(error)], []
        loads[key] = [round(before, 2), round(os.getloadavg()[0], 2)]
        groups.append((title, rows))
        teams += generated
    print(table(groups))
    results: dict[str, Any] = {
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(terse=True),
        },
        # the 1-minute load average before and after each figure: absolute times move with it
        "load": loads,
        "run_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "seconds": round(time.perf_counter() - started, 1),
        "figures": {
            key: [r.to_json() for r in rows] for key, (_, rows) in zip(chosen, groups, strict=True)
        },
        "generated_teams": [
            {
                "backend": "postgresql" if t.url.startswith("postgresql") else "sqlite",
                "children": t.children,
                "open_cases": t.open_cases,
                "closed_cases": t.closed_cases,
                "lead_professionals": t.lead_professionals,
                "seconds": t.seconds,
                "rows": t.rows,
            }
            for t in teams
        ],
    }
    args.output.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")
    print(f"\nwritten {args.output}", file=sys.stderr)
    if failed:
        print(f"not measured: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
