"""``python -m bench``: a figure whose benchmark fails is reported as not measured, the others
are kept, and the run exits with an error (nothing timed here)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import bench.__main__ as bench_main
from bench.measure import Row


def test_a_failing_figure_is_reported_and_the_others_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def fine() -> tuple[list[Row], list[object]]:
        return [Row(name="fine figure", value=1.0, unit="s", target="< 2 s", met=True)], []

    def broken() -> tuple[list[Row], list[object]]:
        raise TimeoutError("the app did not show its caseload in 900 seconds")

    monkeypatch.setattr(
        bench_main, "BENCHMARKS", {"fine": ("1. fine", fine), "broken": ("2. broken", broken)}
    )
    out = tmp_path / "results.json"

    assert bench_main.main(["--output", str(out)]) == 1

    printed = capsys.readouterr()
    assert "| 1. fine: fine figure | 1.00 s |" in printed.out
    assert "2. broken: not measured (the app did not show its caseload in 900 seconds)" in (
        printed.out
    )
    assert "not measured: broken" in printed.err
    results = json.loads(out.read_text())
    assert results["figures"]["fine"][0]["met"] is True
    assert results["figures"]["broken"][0]["met"] is False
    assert set(results["load"]) == {"fine", "broken"}
