"""lpdesk read over the AT-SPI bus, as Orca reads it: the real app runs as its own process on an
Xvfb display with Qt's AT-SPI bridge on, inside the test run's private D-Bus session
(scripts/run-tests.sh) with an AT-SPI bus of its own; the system's Python reads it with pyatspi.
The navigation lists exactly the items it shows, and choosing "Due and overdue" through the AT-SPI
Selection interface shows the due list. Every window class (each page, each case tab, each case
dialog, the new-case and settings dialogs, the meeting wizard's pages) is read in full: every
interactive node is named by its purpose (its label or name), not its value, and buttons, check
boxes and radio buttons offer an action, and the case's timeline describes itself from today.
Skipped, saying why, where the parts are missing
(scripts/system-deps.sh installs them)."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from contextlib import ExitStack
from datetime import date
from pathlib import Path

import pytest

from lpdesk.rules.dates import day_text
from tests.gui.atspi.session import (
    ROOT,
    SYSTEM_PYTHON,
    accessibility_bus,
    app_running,
    desktop_env,
    missing_bus_parts,
    xvfb_display,
)

pytestmark = [pytest.mark.slow, pytest.mark.slowest]  # minutes each: started first (make test)

WINDOW_CLASSES = [
    "page caseload_view",
    "page due_view",
    "case",
    "dialog open_visit_dialog",
    "dialog open_new_case",
    "dialog open_settings",
    "wizard new meeting",
    "wizard convene page",
    "wizard minute_page",
    "wizard review_page",
    "wizard circulate_page",
]


@pytest.fixture
def display() -> Iterator[str]:
    missing = missing_bus_parts()
    if missing:
        pytest.skip(missing)
    with ExitStack() as stack:
        shown = stack.enter_context(xvfb_display())
        stack.enter_context(accessibility_bus(shown))
        yield shown


def test_the_navigation_read_and_chosen_over_the_atspi_bus(
    tmp_path: Path, demo_database: Path, display: str
) -> None:
    with app_running(demo_database, tmp_path, display):
        reader = subprocess.run(
            [SYSTEM_PYTHON, str(ROOT / "tests" / "gui" / "atspi" / "read_navigation.py")],
            env=desktop_env(display, tmp_path),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    found = json.loads(reader.stdout.strip().splitlines()[-1])
    assert "error" not in found, found
    items = found["items"]
    assert items[:2] == ["My caseload", "Due and overdue"]
    assert not {"Reports to review", "Team oversight"} & set(items), items  # not this role's
    assert len(items) == len(set(items))
    assert not found["due_before"] and found["due_after"], found


def test_every_window_class_read_over_the_atspi_bus(
    tmp_path: Path, demo_database: Path, display: str
) -> None:
    env = desktop_env(display, tmp_path)
    reports: dict[str, dict] = {}
    failed: list[str] = []
    module = "tests.gui.atspi.window_classes_app"
    with app_running(demo_database, tmp_path, display, module=module) as app:
        reader = subprocess.Popen(
            [SYSTEM_PYTHON, str(ROOT / "tests" / "gui" / "atspi" / "read_windows.py")],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert app.stdin is not None and app.stdout is not None
            assert reader.stdin is not None and reader.stdout is not None
            app.stdin.write("next\n")  # the first window class
            app.stdin.flush()
            for line in app.stdout:
                said = line.strip()
                if said == "done":
                    break
                if said.startswith("failed "):
                    failed.append(said)
                elif said.startswith("shown "):
                    reader.stdin.write(f"read {said.removeprefix('shown ')}\n")
                    reader.stdin.flush()
                    report = json.loads(reader.stdout.readline())
                    reports[report["target"]] = report
                app.stdin.write("next\n")
                app.stdin.flush()
        finally:
            reader.kill()
            reader.wait(timeout=10)
    assert failed == []
    assert set(WINDOW_CLASSES) <= set(reports), sorted(reports)
    problems = [f"{t}: {p}" for t, r in reports.items() for p in r["problems"]]
    assert problems == [], "\n".join(problems)
    roles: dict[str, int] = {}
    for report in reports.values():
        for role, n in report["roles"].items():
            roles[role] = roles.get(role, 0) + n
    assert {"push button", "combo box", "text", "check box", "table", "list"} <= set(roles), roles
    # the timeline takes the focus and describes itself in words, starting from today
    timeline = dict(reports["case tab Overview"]["described"])
    summary = timeline["Timeline of contact against the required cadence"]
    assert summary.startswith(f"Today is {day_text(date.today())}."), summary
