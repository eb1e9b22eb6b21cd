"""What each pytest-xdist worker has to itself (docs/testing.md, "Running in parallel").

``make test`` runs the suite on two worker processes. Anything two tests could share by accident
is made private to each worker when it starts (``tests/conftest.py`` calls ``private_worker``):

- a folder of its own holding its temporary folder (``TMPDIR``), its ``HOME`` and its
  ``XDG_RUNTIME_DIR``: previews, packs saved to Documents, Qt's settings, the sweep of leftovers
  at start and the checks that nothing was written outside a test's folders see this worker only;
- its own D-Bus session bus with its own unlocked gnome-keyring (keyrings kept in its own
  ``HOME``) when the run has a real Secret Service (``LPDESK_TEST_KEYRING=secret-service``, set
  by scripts/run-tests.sh): one worker's keyring entries, and the AT-SPI bus the screen-reader
  test starts, are never seen by the other;
- TCP ports for its servers (PostgreSQL, SMTP) from a block of its own below the kernel's
  ephemeral range (``free_port``), so a port cannot be taken by another worker or by an outgoing
  connection between being found free and being bound.

Each worker's PostgreSQL clusters, LibreOffice profiles and ``tmp_path`` folders are already its
own (pytest-xdist gives each worker its own ``basetemp``; see the fixtures). The caches that are
safe to share (fontconfig, PyInstaller's) stay in the user's ``~/.cache``.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

__all__ = ["free_port", "private_worker", "worker_index"]

KEYRING_PASSWORD = "lpdesk-test"
# Below Linux's ephemeral range (32768-60999 by default) and above the well-known services'.
_FIRST_PORT, _BLOCK = 20000, 1200


def worker_index() -> int:
    """0 for gw0, 1 for gw1, ...; 9 for a run without workers."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    return int(worker[2:]) if worker.startswith("gw") and worker[2:].isdigit() else 9


def _bindable(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def free_port() -> int:
    """A port free now on 127.0.0.1 in this worker's own block. Another run of the suite on the
    same machine may use the same block, so a server that then fails to bind asks again."""
    start = _FIRST_PORT + (worker_index() % 10) * _BLOCK
    candidates = list(range(start, start + _BLOCK))
    random.SystemRandom().shuffle(candidates)
    for port in candidates:
        if _bindable(port):
            return port
    raise RuntimeError(f"no free port in {start}-{start + _BLOCK - 1}")


def _die_with_this_process() -> None:
    """In the bus's process before it starts: SIGTERM when the worker that started it ends, however
    it ends (Linux's PR_SET_PDEATHSIG), so no bus outlives its worker."""
    import ctypes

    ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)


def _session_bus(env: dict[str, str]) -> tuple[subprocess.Popen[str], str]:
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
        start_new_session=True,
        preexec_fn=_die_with_this_process,
    )
    assert bus.stdout is not None
    address = bus.stdout.readline().strip()
    bus.stdout.close()
    if not address:
        bus.kill()
        bus.wait()
        raise RuntimeError("dbus-daemon gave no address")
    return bus, address


@contextlib.contextmanager
def private_worker() -> Iterator[Path]:
    """Give this process (a pytest-xdist worker) its own folders, bus and keyring; undo it all
    afterwards. Yields the worker's folder."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    root = Path(tempfile.mkdtemp(prefix=f"lpdesk-{worker}-"))
    # PostgreSQL runs as the postgres user when the tests run as root: it must pass through.
    root.chmod(0o711)
    tmp, home, runtime = root / "tmp", root / "home", root / "run"
    tmp.mkdir(mode=0o711)
    home.mkdir(mode=0o700)
    runtime.mkdir(mode=0o700)
    saved = dict(os.environ)
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    os.environ.update(
        TMPDIR=str(tmp),
        HOME=str(home),
        XDG_RUNTIME_DIR=str(runtime),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_CACHE_HOME=cache,
    )
    tempfile.tempdir = None  # gettempdir() reads TMPDIR again
    bus: subprocess.Popen[str] | None = None
    try:
        if os.environ.get("LPDESK_TEST_KEYRING") == "secret-service":
            bus, address = _session_bus(dict(os.environ))
            os.environ["DBUS_SESSION_BUS_ADDRESS"] = address
            # Daemonises once the keyring is unlocked and its Secret Service is on the bus; it
            # leaves when the bus does.
            subprocess.run(
                ["gnome-keyring-daemon", "--unlock", "--components=secrets"],
                input=KEYRING_PASSWORD,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                text=True,
                timeout=60,
                check=True,
            )
        yield root
    finally:
        if bus is not None:
            bus.terminate()
            try:
                bus.wait(timeout=10)
            except subprocess.TimeoutExpired:
                bus.kill()
                bus.wait()
        os.environ.clear()
        os.environ.update(saved)
        tempfile.tempdir = None
        shutil.rmtree(root, ignore_errors=True)
