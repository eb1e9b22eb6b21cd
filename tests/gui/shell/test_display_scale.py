"""The app at 150 % and 200 % display scale (Qt reads the scale when the application starts, so
each scale runs ``scripts/screenshots_scaled.py`` in a process of its own): the main window, a
case, the meeting wizard and the case's dialogs on the demo, each within the screen, every button
on it, and no label or button shown smaller than its text."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
WIZARD = ("meeting-wizard-convene", "meeting-wizard-minute")


def scaled(tmp_path: Path, scale: float, screen: str) -> dict[str, dict[str, object]]:
    report = tmp_path / "report.json"
    env = dict(os.environ, PYTHONPATH=str(ROOT), LPDESK_ENCRYPTION="off")
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "screenshots_scaled.py"),
            f"--scale={scale}",
            f"--screen={screen}",
            f"--report={report}",
        ],
        env=env,
        check=False,
        timeout=300,
        capture_output=True,
    )
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["scale"] == scale
    windows: dict[str, dict[str, object]] = data["windows"]
    return windows


@pytest.mark.parametrize("scale", [1.5, 2.0])
def test_nothing_is_cut_off_on_a_1366x768_desktop(tmp_path: Path, scale: float) -> None:
    windows = scaled(tmp_path, scale, "1366x768")
    assert {"caseload", "case-workspace", *WIZARD, "new-case-dialog", "review-report"} <= set(
        windows
    )
    for name, window in windows.items():
        assert window["screen"] == [0, 0, 1366, 768], name  # the scale took effect
        assert window["on_screen"], (name, window["frame"])
        assert window["buttons_off_screen"] == [], name
        assert window["clipped"] == [], name
        assert window["overlapping"] == [], name


def test_the_wizard_and_dialogs_fit_a_1366x768_panel_at_150_percent(tmp_path: Path) -> None:
    """A 1366x768 panel at 150 % leaves a desktop of 911x512: the wizard and every dialog shrink
    to it with all their buttons on the screen, and the case's header stacks its buttons under its
    title rather than squeezing them, and its overview scrolls."""
    windows = scaled(tmp_path, 1.5, "911x512")
    for name, window in windows.items():
        assert window["screen"] == [0, 0, 911, 512], name
        assert window["on_screen"], (name, window["frame"])
        assert window["buttons_off_screen"] == [], name
        assert window["overlapping"] == [], name
    for name in WIZARD:
        assert windows[name]["clipped"] == [], name
    # the case's header takes two rows here (its title, summary and buttons each shown whole) and
    # its overview scrolls rather than cutting the timeline and the cards short
    assert windows["case-workspace"]["clipped"] == []
