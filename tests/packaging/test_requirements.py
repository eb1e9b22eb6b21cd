"""The pins: runtime and development requirements apart, every package pinned exactly, the
Windows build and ``make install`` reading the right file."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
REQS = ROOT / "requirements"
DEV_TOOLS = {
    "pytest", "pytest-qt", "pytest-xdist", "pytest-randomly", "hypothesis", "aiosmtpd", "ruff",
    "mypy", "import-linter", "pyinstaller", "mutmut", "coverage",
}  # fmt: skip


def _pins(name: str) -> dict[str, Requirement]:
    lines = (REQS / name).read_text(encoding="utf-8").splitlines()
    found = [Requirement(line) for line in lines if line and not line.startswith(("#", "-r"))]
    return {canonicalize_name(r.name): r for r in found}


def test_every_package_is_pinned_exactly_once() -> None:
    runtime, dev = _pins("runtime.txt"), _pins("dev.txt")
    for req in [*runtime.values(), *dev.values()]:
        assert re.fullmatch(r"==[^,*]+", str(req.specifier)), req
    assert not runtime.keys() & dev.keys()  # dev.txt takes the runtime pins by -r
    assert (REQS / "dev.txt").read_text().splitlines()[2:3] == ["-r runtime.txt"]
    assert not (REQS / "lock.txt").exists()


def test_runtime_holds_every_dependency_and_no_development_tool() -> None:
    runtime, dev = _pins("runtime.txt"), _pins("dev.txt")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    for line in project["dependencies"]:
        assert canonicalize_name(Requirement(line).name) in runtime, line
    for line in project["optional-dependencies"]["test"]:
        assert canonicalize_name(Requirement(line).name) in dev, line
    assert not {canonicalize_name(t) for t in DEV_TOOLS} & runtime.keys()
    assert runtime["email-validator"].specifier == Requirement("x==2.4.0").specifier
    marker = runtime["pywin32-ctypes"].marker
    assert marker is not None and not marker.evaluate({"sys_platform": "linux"})


def test_make_install_and_the_windows_build_read_the_split_files() -> None:
    makefile = (ROOT / "Makefile").read_text()
    assert "$(STAMP): requirements/runtime.txt requirements/dev.txt" in makefile
    assert "pip install --quiet -r requirements/dev.txt" in makefile
    build = (ROOT / "packaging" / "windows" / "build.ps1").read_text()
    assert "-r requirements\\runtime.txt" in build and "-r requirements\\dev.txt" not in build
    pyinstaller = _pins("dev.txt")["pyinstaller"].specifier
    assert f"pyinstaller{pyinstaller}" in build
