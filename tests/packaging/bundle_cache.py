"""The PyInstaller bundle of exactly these inputs, built once and kept (docs/testing.md).

Building the bundle costs ~45 s of CPU (the import analysis and PyInstaller's hooks). What the
test proves, that the bundle built from these inputs starts and passes its self-test, holds for
every run with the same inputs, so the bundle is kept in the user's cache under a key made of
every input the build reads: the spec; every file of ``lpdesk/``, ``forms/`` and ``resources/``
that the spec collects (path and bytes); the interpreter; every installed distribution and its
version; and the system's package database (the shared libraries it collects). Any change to any
of them is a new key and a new build; the test then runs the self-test on that bundle as before.
The three most recently used bundles are kept (~270 MB each); older ones are removed.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

__all__ = ["CACHE", "bundle", "inputs_key"]

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "lpdesk.spec"
PYINSTALLER = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "lpdesk-tests" / "bundle"
KEEP = 3
_SYSTEM_PACKAGES = Path("/var/lib/dpkg/status")


def _files(folder: Path) -> list[Path]:
    """What the spec's ``tree()`` takes from ``folder`` (no caches), and the Python sources."""
    return sorted(
        p
        for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    )


def inputs_key() -> str:
    digest = hashlib.sha256()

    def add(label: str, data: bytes) -> None:
        digest.update(label.encode() + b"\0" + hashlib.sha256(data).digest())

    add("spec", SPEC.read_bytes())
    for top in ("lpdesk", "forms", "resources"):
        for path in _files(REPO / top):
            add(str(path.relative_to(REPO)), path.read_bytes())
    add("python", sys.version.encode())
    installed = sorted(
        f"{d.metadata['Name']}=={d.version}" for d in importlib.metadata.distributions()
    )
    add("distributions", "\n".join(installed).encode())
    if _SYSTEM_PACKAGES.exists():
        add("system packages", _SYSTEM_PACKAGES.read_bytes())
    return digest.hexdigest()[:32]


def _prune(keep: Path) -> None:
    """Keep the KEEP most recently used bundles (this one among them)."""
    done = sorted(
        (p for p in CACHE.iterdir() if p.is_dir() and (p / "complete").exists()),
        key=lambda p: (p / "complete").stat().st_mtime,
        reverse=True,
    )
    for old in [p for p in done if p != keep][KEEP - 1 :]:
        shutil.rmtree(old, ignore_errors=True)
    for partial in CACHE.glob(".building-*"):  # a build that died; an hour is far past any build
        if time.time() - partial.stat().st_mtime > 3600:
            shutil.rmtree(partial, ignore_errors=True)


def bundle() -> tuple[Path, str]:
    """The folder holding ``lpdesk/lpdesk`` for these inputs (built now if not kept yet), and a
    sentence saying which it was. Raises AssertionError with PyInstaller's output if it fails."""
    key = inputs_key()
    kept = CACHE / key
    if (kept / "complete").exists():
        (kept / "complete").touch()  # most recently used
        return kept / "dist", f"bundle of these exact inputs reused (key {key[:12]})"
    CACHE.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=".building-", dir=CACHE))
    try:
        started = time.perf_counter()
        build = subprocess.run(
            [
                *PYINSTALLER,
                "--distpath",
                str(building / "dist"),
                "--workpath",
                str(building / "work"),
                str(SPEC),
            ],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )
        assert build.returncode == 0, build.stderr[-4000:]
        shutil.rmtree(building / "work", ignore_errors=True)
        (building / "complete").write_text(key + "\n")
        try:
            building.rename(kept)
        except OSError:  # another run built the same inputs meanwhile: theirs is as good
            if not (kept / "complete").exists():
                raise
        said = f"bundle built in {time.perf_counter() - started:.0f} s (key {key[:12]})"
    finally:
        shutil.rmtree(building, ignore_errors=True)
    _prune(kept)
    return kept / "dist", said
