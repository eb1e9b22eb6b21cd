"""The parts of a desktop that a screen reader test needs, each started as a process group of
this test's own and stopped by its id: an Xvfb display, an AT-SPI bus (with its registry, which
reads the display's keyboard), lpdesk's real main window on a copy of a database, and Orca with
its speech going nowhere audible but every utterance written to its debug log. All of it lives
inside the test run's private D-Bus session (scripts/run-tests.sh)."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SYSTEM_PYTHON = "/usr/bin/python3"
LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
RUN_ORCA = ROOT / "tests" / "gui" / "atspi" / "run_orca.py"

__all__ = [
    "LAUNCHER",
    "ROOT",
    "SYSTEM_PYTHON",
    "OrcaLog",
    "accessibility_bus",
    "app_running",
    "missing_bus_parts",
    "missing_orca_parts",
    "orca_running",
    "stop",
    "xvfb_display",
]


def missing_bus_parts() -> str | None:
    """Why the AT-SPI bus cannot be read here, or None."""
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


def missing_orca_parts() -> str | None:
    """Why Orca cannot be run here, or None."""
    missing = missing_bus_parts()
    if missing:
        return missing
    if not Path("/usr/bin/orca").exists():
        return "Orca is not installed (apt-get install orca; make system-deps)"
    if shutil.which("xdotool") is None:
        return "xdotool is not installed (make system-deps)"
    return None


def stop(process: subprocess.Popen[bytes] | subprocess.Popen[str]) -> None:
    """Stop a process group this test started, by its id."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


@contextmanager
def xvfb_display() -> Iterator[str]:
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
        stop(xvfb)


@contextmanager
def accessibility_bus(display: str) -> Iterator[None]:
    """The AT-SPI bus and its registry, on ``display`` (the registry reads its keyboard)."""
    launcher = subprocess.Popen(
        [LAUNCHER, "--launch-immediately"],
        env={**os.environ, "DISPLAY": display},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        yield
    finally:
        stop(launcher)


def desktop_env(display: str, home: Path) -> dict[str, str]:
    return {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "PYTHONPATH": str(ROOT),
        "HOME": str(home),
    }


@contextmanager
def app_running(
    database: Path, work: Path, display: str, module: str = "tests.gui.atspi.main_window_app"
) -> Iterator[subprocess.Popen[str]]:
    """lpdesk's main window on a copy of ``database``, shown and active on ``display``; yields
    once its caseload has loaded. The process reads commands on its standard input (see
    ``main_window_app``)."""
    data = work / "data"
    data.mkdir(mode=0o700)
    shutil.copy2(database, data / "lpdesk.db")
    app = subprocess.Popen(
        [sys.executable, "-m", module, str(data)],
        cwd=ROOT,
        env=desktop_env(display, work),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        start_new_session=True,
    )
    try:
        assert app.stdout is not None
        assert app.stdout.readline().strip() == "ready", "the app did not start"
        yield app
    finally:
        stop(app)


_ORCA_SETTINGS = {
    "enablePositionSpeaking": True,  # "2 of 8", as many users have it
    "enableKeyEcho": False,  # the keys pressed are not spoken: only what the app says
    "enableEchoByCharacter": False,
    "enableEchoByWord": False,
    "enableTutorialMessages": False,
    "speechServerFactory": "speechdispatcherfactory",
}


@contextmanager
def orca_running(work: Path, display: str) -> Iterator[OrcaLog]:
    """Orca on the same bus and display, its speech going nowhere: the Speech Dispatcher client
    is pointed at a socket nobody listens on and may not start a server, so Orca runs with
    speech "not available", which still writes every utterance to its debug log as
    ``SPEECH OUTPUT: '...'``."""
    prefs = work / "orca"
    prefs.mkdir()
    (prefs / "user-settings.conf").write_text(
        json.dumps(
            {
                "general": {**_ORCA_SETTINGS, "startingProfile": ["Default", "default"]},
                "profiles": {"default": {"profile": ["Default", "default"], **_ORCA_SETTINGS}},
                "pronunciations": {},
                "keybindings": {},
            }
        )
    )
    # Orca opens its debug file with a block buffer: every line is written as it is said
    (prefs / "orca-customizations.py").write_text(
        "import orca.debug\n"
        "if orca.debug.debugFile is not None:\n"
        "    orca.debug.debugFile.reconfigure(line_buffering=True)\n"
    )
    log = work / "orca-debug.log"
    env = {
        **desktop_env(display, work),
        "SPEECHD_ADDRESS": f"unix_socket:{work / 'no-speech-dispatcher'}",
        "SPEECHD_CMD": "/bin/false",
    }
    orca = subprocess.Popen(
        [SYSTEM_PYTHON, str(RUN_ORCA), "-u", str(prefs), "--debug-file", str(log)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=(work / "orca-errors.log").open("wb"),
        start_new_session=True,
    )
    try:
        spoken = OrcaLog(log)
        spoken.wait_for(r"Screen reader on", timeout=60)
        yield spoken
    finally:
        stop(orca)


_START = "SPEECH OUTPUT: '"
# an utterance ends with its closing quote, maybe the voice's name, and the voice's settings
_END = re.compile(r"'(?: voice=\w+)?\s?(?:\{.*\})?$")
_INDENT = re.compile(r"^ {18}")  # how Orca's log continues a line of several


class OrcaLog:
    """What Orca has spoken, read from its debug log as it grows (an utterance of several lines,
    such as a description, is one utterance)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.read_to = 0
        self.heard: list[str] = []
        self.pending: list[str] | None = None  # an utterance whose end is not yet written

    def spoken(self) -> list[str]:
        """Every utterance so far (and remembered in ``heard``)."""
        if not self.path.exists():
            return self.heard
        with self.path.open("rb") as f:
            f.seek(self.read_to)
            chunk = f.read()
        end = chunk.rfind(b"\n") + 1  # only whole lines
        self.read_to += end
        for line in chunk[:end].decode("utf-8", "replace").splitlines():
            if self.pending is None:
                start = line.find(_START)
                if start < 0:
                    continue
                self.pending, line = [], line[start + len(_START) :]
            else:
                line = _INDENT.sub("", line)
            finished = _END.search(line)
            if finished:
                self.pending.append(line[: finished.start()])
                self.heard.append("\n".join(self.pending))
                self.pending = None
            else:
                self.pending.append(line)
        return self.heard

    def mark(self) -> int:
        return len(self.spoken())

    def since(self, mark: int) -> list[str]:
        return self.spoken()[mark:]

    def wait_for(self, pattern: str, *, since: int = 0, timeout: float = 15) -> str:
        """The first utterance after ``since`` matching ``pattern``; fails after ``timeout``."""
        wanted = re.compile(pattern)
        deadline = time.monotonic() + timeout
        while True:
            for line in self.spoken()[since:]:
                if wanted.search(line):
                    return line
            if time.monotonic() > deadline:
                heard = "\n".join(self.spoken()[since:][-30:])
                raise AssertionError(f"Orca never said /{pattern}/; it said:\n{heard}")
            time.sleep(0.05)

    def settle(self, *, since: int, quiet: float = 0.6, timeout: float = 10) -> list[str]:
        """What was said after ``since`` once Orca has something and then falls quiet."""
        deadline = time.monotonic() + timeout
        count, still = len(self.spoken()), time.monotonic()
        while time.monotonic() < deadline:
            time.sleep(0.05)
            now = len(self.spoken())
            if now != count:
                count, still = now, time.monotonic()
            elif now > since and time.monotonic() - still >= quiet:
                break
        return self.since(since)


def key(display: str, *keys: str) -> None:
    """Real key events on the X display (XTEST), to whatever has the focus."""
    subprocess.run(
        ["xdotool", "key", "--delay", "60", *keys],
        env={**os.environ, "DISPLAY": display},
        check=True,
        timeout=30,
    )


def focus_window(display: str, name: str) -> None:
    """Give the keyboard focus to the visible window named ``name`` (there is no window manager
    on the test's display to do it)."""
    env = {**os.environ, "DISPLAY": display}
    found = subprocess.run(
        ["xdotool", "search", "--sync", "--onlyvisible", "--name", name],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    )
    window = found.stdout.split()[0]
    subprocess.run(["xdotool", "windowfocus", "--sync", window], env=env, check=True, timeout=30)
