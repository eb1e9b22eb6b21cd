"""``lpdesk --self-test`` from the virtualenv and from a freshly built PyInstaller bundle.

Each run is a real subprocess with no display, a private HOME, TMPDIR and LPDESK_HOME, and its
working directory outside the repository; afterwards those folders must be empty (the self-test
touches nothing outside its own temporary folder) and the output must name no one from the demo.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import re
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

import pytest

from lpdesk.domain import Person, UserRole
from lpdesk.selftest import STEPS
from lpdesk.services.context import Actor, FixedClock, ServiceContext
from lpdesk.services.demo import load_demo
from lpdesk.store import Store
from lpdesk.store.engine import sqlite_url
from lpdesk.store.migrate import head_revision
from tests.packaging.bundle_cache import bundle

REPO = Path(__file__).resolve().parents[2]


def _isolated(tmp: Path, **extra: str) -> tuple[dict[str, str], list[Path]]:
    """An environment with no display and private folders; the folders, to check afterwards."""
    folders = [tmp / "home", tmp / "tmp", tmp / "lpdesk-home"]
    for folder in folders:
        folder.mkdir(parents=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LPDESK_", "XDG_"))}
    for name in ("DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(folders[0]),
        TMPDIR=str(folders[1]),
        LPDESK_HOME=str(folders[2]),
        **extra,
    )
    return env, folders


def _run(
    command: list[str], tmp: Path, **extra: str
) -> tuple[subprocess.CompletedProcess[str], list[Path]]:
    env, folders = _isolated(tmp, **extra)
    result = subprocess.run(
        command, cwd=tmp, env=env, capture_output=True, text=True, timeout=300, check=False
    )
    return result, folders


def _assert_passed(result: subprocess.CompletedProcess[str], folders: list[Path]) -> None:
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    lines = result.stdout.splitlines()
    step_lines = [line for line in lines if line.startswith(("ok ", "FAIL "))]
    assert [line.split(":")[0] for line in step_lines] == [f"ok   {step}" for step in STEPS]
    assert lines[-1] == "self-test passed"
    detail = {step: line.split(": ", 1)[1] for step, line in zip(STEPS, step_lines, strict=True)}
    assert re.match(rf"schema {head_revision()}, [1-9]\d* profiles ", detail["open database"])
    assert re.fullmatch(r"pdf \d+ bytes, docx \d+ bytes \(\d+ ms\)", detail["render documents"])
    assert re.search(r"backends known: .*SecretService, Windows", detail["keyring"])
    assert detail["start interface"].startswith("offscreen platform, font DejaVu Sans")
    for folder in folders:
        assert list(folder.iterdir()) == [], f"the self-test wrote into {folder.name}"
    named = [name for name in _demo_names() if name in output]
    assert named == [], "the self-test output names people from the demo"


@functools.cache
def _demo_names() -> tuple[str, ...]:
    """Every name in the demo caseload (loaded here into a throwaway database), and each
    capitalised word after a first name (surnames) alone."""
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(sqlite_url(Path(tmp) / "demo.db"))
        try:
            ctx = ServiceContext(
                uow=store.unit_of_work,
                actor=Actor(username="demo.loader", role=UserRole.TEAM_MANAGER),
                clock=FixedClock(datetime(2026, 12, 18, 9, 30)),
            )
            load_demo(ctx)
            with store.unit_of_work() as uow:
                names = {p.name for p in uow.repo(Person).find()}
        finally:
            store.close()
    assert len(names) > 30
    words = {w.strip("()") for n in names for w in n.split()[1:]}
    surnames = {w for w in words if w[:1].isupper() and len(w) > 2}
    return tuple(sorted(names | surnames))


@pytest.mark.slow
def test_self_test_passes_from_the_virtualenv(tmp_path):
    result, folders = _run([sys.executable, "-m", "lpdesk", "--self-test"], tmp_path)
    _assert_passed(result, folders)


def test_self_test_names_the_failing_step_and_exits_1(tmp_path):
    empty = tmp_path / "no-forms"
    empty.mkdir()
    result, _ = _run(
        [sys.executable, "-m", "lpdesk", "--self-test"], tmp_path, LPDESK_FORMS_DIR=str(empty)
    )
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"FAIL open database: AssertionError: no shipped folder {empty / 'proformas'}"
    ]


@pytest.mark.slowest
@pytest.mark.slow
@pytest.mark.skipif(
    importlib.util.find_spec("PyInstaller") is None,
    reason="PyInstaller is not installed in this virtualenv (`make package` installs it)",
)
def test_bundle_builds_and_passes_its_self_test(tmp_path):
    """The bundle of these exact inputs (built now, or kept from a run with the same inputs:
    tests/packaging/bundle_cache.py) holds what the spec promises and passes its self-test."""
    dist, said = bundle()
    print(said)
    internal = dist / "lpdesk" / "_internal"
    migrations = "lpdesk/store/migrations/versions"
    shipped = sorted(p.name for p in (REPO / migrations).glob("*.py"))
    assert sorted(p.name for p in (internal / migrations).glob("*.py")) == shipped
    collected = [p.name for p in internal.rglob("*")]
    assert "libqoffscreen.so" in collected
    assert not [n for n in collected if "gtk" in n.lower() or n.startswith("libgdk-3")]
    assert not [n for n in collected if "tkinter" in n or n.startswith(("QtWebEngine", "QtQml"))]

    before = sorted(str(p.relative_to(dist)) for p in dist.rglob("*"))
    result, folders = _run([str(dist / "lpdesk" / "lpdesk"), "--self-test"], tmp_path / "run")
    _assert_passed(result, folders)
    assert sorted(str(p.relative_to(dist)) for p in dist.rglob("*")) == before, (
        "the self-test wrote into the bundle"
    )
