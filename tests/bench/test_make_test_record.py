"""Figure 8 of make bench: the last passing make test, as make test recorded it."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from bench import make_test


@pytest.fixture
def record_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / ".cache" / "make-test.json"
    monkeypatch.setattr(make_test, "RECORD", path)
    monkeypatch.setattr(make_test, "REPO", tmp_path)
    return path


def test_no_run_recorded_is_said_and_not_met(record_file: Path) -> None:
    [row] = make_test.run()
    assert not row.met and "none recorded" in row.note and "make test" in row.note


def test_a_recorded_run_is_reported_with_its_date_commit_and_load(record_file: Path) -> None:
    make_test.main(["record", "test", "--started", str(time.time() - 250), "--load", "1.5 1 1"])
    make_test.main(["record", "pytest", "--started", str(time.time() - 200), "--workers", "2"])
    runs = json.loads(record_file.read_text())
    assert set(runs) == {"test", "pytest"} and 249 < runs["test"]["seconds"] < 260
    test_row, pytest_row = make_test.run()
    assert test_row.name == "the last run that passed" and not test_row.met  # over 4 minutes
    assert pytest_row.name.startswith("make pytest") and pytest_row.met
    assert runs["test"]["finished_at"] in test_row.note and "load 1.5 at start" in test_row.note
    assert {"commit", "uncommitted_changes", "load_at_end", "cpus"} <= runs["test"].keys()
