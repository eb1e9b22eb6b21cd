"""What every benchmark returns, and the few ways they measure: medians of repeated runs, and
timed subprocesses that print when they reach the moment being measured."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "REPO",
    "Row",
    "median_seconds",
    "run_script",
    "timed",
]

REPO = Path(__file__).resolve().parents[1]


@dataclass(frozen=True, kw_only=True)
class Row:
    """One figure. ``baseline`` and ``ratio`` only for figures measured against something run
    side by side; ``met`` says whether ``target`` holds."""

    name: str
    value: float
    unit: str
    target: str
    met: bool
    baseline: float | None = None
    ratio: float | None = None
    note: str = ""

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "name": self.name,
            "value": self.value,
            "unit": self.unit,
            "baseline": self.baseline,
            "ratio": self.ratio,
            "target": self.target,
            "met": self.met,
        }
        if self.note:
            data["note"] = self.note
        return data


def timed(call: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    value = call()
    return time.perf_counter() - started, value


def median_seconds(call: Callable[[], Any], *, runs: int, warmup: int = 1) -> float:
    """The median wall time of ``runs`` calls after ``warmup`` untimed ones."""
    for _ in range(warmup):
        call()
    return statistics.median(timed(call)[0] for _ in range(runs))


def run_script(
    code: str, *, env: Mapping[str, str] | None = None, timeout: float = 300
) -> tuple[float, dict[str, Any]]:
    """Run ``code`` in a fresh interpreter (from the repository root) and return (seconds from
    spawn until the child printed its JSON line, that JSON). The child prints exactly one line
    starting with ``BENCH `` followed by a JSON object; its ``at`` (time.time()) ends the span."""
    full_env = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
    started_wall = time.time()
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    for line in result.stdout.splitlines():
        if line.startswith("BENCH "):
            data: dict[str, Any] = json.loads(line[6:])
            return float(data.get("at", time.time())) - started_wall, data
    raise RuntimeError(
        f"benchmark subprocess failed ({result.returncode}): {result.stderr[-2000:]}"
    )
