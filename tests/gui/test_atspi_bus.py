"""The main window read over the AT-SPI bus, as Orca reads it: the real app runs as its own
process on an Xvfb display with Qt's AT-SPI bridge on, inside the test run's private D-Bus
session (scripts/run-tests.sh) with an AT-SPI bus of its own; the system's Python reads it with
pyatspi. The navigation lists exactly the items it shows, and choosing "Due and overdue" through
the AT-SPI Selection interface shows the due list. Skipped, saying why, where the parts are
missing (scripts/system-deps.sh installs them)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
SYSTEM_PYTHON = "/usr/bin/python3"
LAUNCHER = "/usr/libexec/at-spi-bus-launcher"


def _missing() -> str | None:
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return "no private D-Bus session (run through scripts/run-tests.sh)"
    if shutil.which("Xvfb") is None:
        return "Xvfb is not installed"
    if not Path(LAUNCHER).exists():
        return "at-spi2-core (the AT-SPI bus launcher) is not installed"
    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False
    )
    if probe.returncode != 0:
        return "the system's Python has no pyatspi (python3-pyatspi)"
    return None


def _stop(process: subprocess.Popen[bytes] | subprocess.Popen[str]) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)  # the group this test started, by its id
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


@pytest.fixture
def atspi_parts() -> None:
    missing = _missing()
    if missing:
        pytest.skip(missing)


@pytest.fixture
def display(atspi_parts: None) -> Iterator[str]:
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    os.close(write)
    with os.fdopen(read) as numbers:
        number = numbers.readline().strip()
    try:
        assert number, "Xvfb gave no display"
        yield f":{number}"
    finally:
        _stop(xvfb)


@pytest.fixture
def accessibility_bus(atspi_parts: None) -> Iterator[None]:
    launcher = subprocess.Popen(
        [LAUNCHER, "--launch-immediately"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        yield
    finally:
        _stop(launcher)


def test_the_navigation_read_and_chosen_over_the_atspi_bus(
    tmp_path: Path, demo_database: Path, display: str, accessibility_bus: None
) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    shutil.copy2(demo_database, data / "lpdesk.db")
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "PYTHONPATH": str(ROOT),
        "HOME": str(tmp_path),
    }
    app = subprocess.Popen(
        [sys.executable, "-m", "tests.gui.atspi.main_window_app", str(data)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        start_new_session=True,
    )
    try:
        assert app.stdout is not None
        assert app.stdout.readline().strip() == "ready", "the app did not start"
        reader = subprocess.run(
            [SYSTEM_PYTHON, str(ROOT / "tests" / "gui" / "atspi" / "read_navigation.py")],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    finally:
        _stop(app)
    found = json.loads(reader.stdout.strip().splitlines()[-1])
    assert "error" not in found, found
    items = found["items"]
    assert items[:2] == ["My caseload", "Due and overdue"]
    assert not {"Reports to review", "Team oversight"} & set(items), items  # not this role's
    assert len(items) == len(set(items))
    assert not found["due_before"] and found["due_after"], found
