"""Compile every Qt Designer file in ``ui/`` to ``lpdesk/gui/forms/ui_<name>.py``.

    python scripts/compile_ui.py          # (re)write the compiled modules
    python scripts/compile_ui.py --check  # exit 1 naming any committed module that is stale or missing

The output is deterministic: the line naming the uic version is dropped, so a Qt upgrade alone does
not make every compiled module stale.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI_DIR = ROOT / "ui"
OUT_DIR = ROOT / "lpdesk" / "gui" / "forms"
VERSION_LINE = "## Created by: Qt User Interface Compiler version"
_SIGNATURE = re.compile(r"def (setupUi|retranslateUi)\(self, (\w+)\):")


def _uic() -> str:
    local = Path(sys.executable).parent / "pyside6-uic"
    if local.exists():
        return str(local)
    venv = ROOT / ".venv" / "bin" / "pyside6-uic"
    if venv.exists():
        return str(venv)
    found = shutil.which("pyside6-uic")
    if found is None:
        raise SystemExit("compile_ui: pyside6-uic not found (is the virtualenv installed?)")
    return found


def compile_one(uic: str, source: Path, target: Path) -> None:
    # -a: no connectSlotsByName; widgets connect their signals explicitly.
    result = subprocess.run(
        [uic, "-a", str(source)], check=True, capture_output=True, text=True, cwd=source.parent
    )
    lines = [line for line in result.stdout.splitlines() if not line.startswith(VERSION_LINE)]
    text = "\n".join(lines).rstrip() + "\n"
    # Typed entry points, so typed callers may call them (mypy disallows untyped calls).
    text = _SIGNATURE.sub(r"def \1(self, \2: Any) -> None:", text)
    text = text.replace(
        "from PySide6.QtCore import", "from typing import Any\n\nfrom PySide6.QtCore import", 1
    )
    target.write_text(text, encoding="utf-8")


def compile_all(out_dir: Path) -> list[Path]:
    uic = _uic()
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for source in sorted(UI_DIR.glob("*.ui")):
        target = out_dir / f"ui_{source.stem}.py"
        compile_one(uic, source, target)
        written.append(target)
    return written


def check() -> int:
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = compile_all(Path(tmp))
        for new in fresh:
            committed = OUT_DIR / new.name
            rel = committed.relative_to(ROOT)
            if not committed.exists():
                problems.append(f"{rel}: missing (run scripts/compile_ui.py)")
            elif committed.read_text(encoding="utf-8") != new.read_text(encoding="utf-8"):
                problems.append(f"{rel}: stale (run scripts/compile_ui.py)")
        expected = {f.name for f in fresh}
        for orphan in sorted(OUT_DIR.glob("ui_*.py")):
            if orphan.name not in expected:
                problems.append(f"{orphan.relative_to(ROOT)}: no ui/ source (delete it)")
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args()
    if args.check:
        return check()
    for path in compile_all(OUT_DIR):
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
