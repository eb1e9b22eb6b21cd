"""Diagnostics: a log file that exists (owner-only, rotating, never doubled), uncaught errors and hard
faults written to it as types and frames, never an exception's text, and a report with no paths."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
from pathlib import Path

from lpdesk.diagnostics import configure_logging, diagnostic_report, frames
from lpdesk.paths import log_dir

NAME = "Zoë Fictional-Example"  # stands for a child's name in an error message


def _restore_root(saved: list[logging.Handler]) -> None:
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler not in saved:
            root.removeHandler(handler)
            handler.close()


def test_log_file_is_owner_only_and_holds_frames_not_messages(tmp_path: Path) -> None:
    saved = list(logging.getLogger().handlers)
    try:
        path = configure_logging(tmp_path / "logs", level="INFO")
        again = configure_logging(tmp_path / "logs", level="INFO")
        assert path == again == tmp_path / "logs" / "lpdesk.log"
        ours = [h for h in logging.getLogger().handlers if getattr(h, "_lpdesk_handler", False)]
        assert len(ours) == 2  # stderr and the file, not doubled by the second call
        try:
            raise ValueError(f"could not save the visit for {NAME}")
        except ValueError as err:
            logging.getLogger("lpdesk.test").error("visit %d not saved", 42, exc_info=err)
        for handler in ours:
            handler.flush()
        text = path.read_text(encoding="utf-8")
        assert "visit 42 not saved" in text
        assert "builtins.ValueError (message not logged)" in text
        assert "test_diagnostics.py:" in text and "in test_log_file_is_owner_only" in text
        assert NAME not in text and "could not save" not in text
        if os.name == "posix":
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
    finally:
        _restore_root(saved)


def test_frames_follow_the_cause_without_its_text() -> None:
    try:
        try:
            raise KeyError(NAME)
        except KeyError as inner:
            raise RuntimeError(NAME) from inner
    except RuntimeError as err:
        lines = frames(err)
    assert lines[0] == "builtins.RuntimeError (message not logged)"
    assert "caused by:" in lines
    assert "builtins.KeyError (message not logged)" in lines
    assert not any(NAME in line for line in lines)


def test_log_dir_follows_a_chosen_data_directory(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("LPDESK_LOG_DIR", raising=False)
    monkeypatch.delenv("LPDESK_HOME", raising=False)
    assert log_dir(tmp_path) == tmp_path / "logs"
    monkeypatch.setenv("LPDESK_LOG_DIR", str(tmp_path / "elsewhere"))
    assert log_dir(tmp_path) == tmp_path / "elsewhere"


def test_uncaught_errors_and_hard_faults_reach_the_log(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    program = (
        "import sys, faulthandler\n"
        "from pathlib import Path\n"
        "from lpdesk.diagnostics import configure_logging, install_hooks\n"
        f"logs = Path({str(logs)!r})\n"
        "configure_logging(logs)\n"
        "install_hooks(logs)\n"
        "import threading\n"
        f"t = threading.Thread(target=lambda: (_ for _ in ()).throw(LookupError({NAME!r})))\n"
        "t.start(); t.join()\n"
        "if sys.argv[1] == 'fault':\n"
        "    faulthandler._sigsegv()\n"
        f"raise ValueError({NAME!r})\n"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    run = subprocess.run(
        [sys.executable, "-c", program, "error"], env=env, capture_output=True, text=True
    )
    assert run.returncode == 1
    text = (logs / "lpdesk.log").read_text(encoding="utf-8")
    assert "uncaught ValueError" in text and "uncaught LookupError in thread" in text
    assert NAME not in text and NAME not in run.stderr
    crash = subprocess.run([sys.executable, "-c", program, "fault"], env=env, capture_output=True)
    assert crash.returncode != 0
    assert "Fatal Python error" in (logs / "faults.log").read_text(encoding="utf-8")


def test_the_report_has_versions_and_log_lines_but_no_paths(tmp_path: Path) -> None:
    log_file = tmp_path / "lpdesk.log"
    log_file.write_text("2026-12-06 INFO lpdesk.app: case 12 opened\n", encoding="utf-8")
    report = diagnostic_report(log_file, {"Qt": "6.x"})
    assert report.startswith("lpdesk diagnostic report\nlpdesk ")
    assert "Python " in report and "Qt 6.x" in report
    assert "case 12 opened" in report
    assert str(tmp_path) not in report
    assert "No log file yet." in diagnostic_report(None)
