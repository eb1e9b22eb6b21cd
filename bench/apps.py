"""Code that runs in a fresh interpreter for the process-level figures (startup, memory, stalls).

Each entry point prints one ``BENCH {json}`` line with ``at`` (``time.time()``) marking the moment
measured, then leaves at once with ``os._exit`` (tear-down is not part of any figure). Nothing is
imported at module level beyond the standard library, so the spawn is timed from the interpreter's
start, as a user's double-click would be.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from typing import Any

__all__ = ["bare_window", "main_window", "peak_mb", "stalls"]


def peak_mb() -> float:
    """This process's peak resident memory. On Linux from ``VmHWM``: ``ru_maxrss`` survives
    ``execve``, so a process spawned by a big parent (the benchmark runner) would report at least
    the parent's size."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _report(**data: Any) -> None:
    data.setdefault("at", time.time())
    data["max_rss_mb"] = peak_mb()
    sys.stdout.write("BENCH " + json.dumps(data, sort_keys=True) + "\n")
    sys.stdout.flush()
    os._exit(0)


def _first_paint(widget: Any, on_paint: Any) -> Any:
    """Call ``on_paint()`` after the widget's first paint event; returns the filter (keep it)."""
    from PySide6.QtCore import QEvent, QObject

    class PaintWatch(QObject):
        done = False

        def eventFilter(self, watched: Any, event: Any) -> bool:
            if not self.done and event.type() == QEvent.Type.Paint:
                self.done = True
                on_paint()
            return False

    watch = PaintWatch()
    widget.installEventFilter(watch)
    return watch


def bare_window() -> None:
    """The baseline: a bare PySide6 main window with a label, to its first paint."""
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("lpdesk"))
    window.resize(1240, 780)
    watch = _first_paint(window, lambda: _report(painted=time.time()))
    window.show()
    app.exec()
    del watch


def main_window() -> None:
    """The real app (as ``lpdesk gui`` starts it) until the caseload model is first populated.

    ``LPDESK_BENCH_TEAM=1`` then also switches the caseload to the whole team, loads the team's due
    list in the due view's own way (its first page, ``due_page``), and reports peak memory.
    """
    from lpdesk import gc_hold

    gc_hold.hold(gc_hold.START_UP)  # as lpdesk.cli.gui_command.run does first
    from lpdesk.gui.shell.main import create_application, start_main_window

    marks: dict[str, float] = {}

    def open_session() -> Any:  # as lpdesk.cli._gui does, on the database thread
        from lpdesk.app import open_app
        from lpdesk.gui.shell.session import GuiSession

        app = open_app()
        return GuiSession(
            ctx=app.context(app.actor()),
            profiles=app.profiles,
            forms=app.forms,
            data_dir=app.data_dir,
            close=app.close,
        )

    qt_app = create_application()
    window = start_main_window(open_session)
    watch = _first_paint(window, lambda: marks.setdefault("painted", time.time()))
    team = os.environ.get("LPDESK_BENCH_TEAM") == "1"
    view = window.caseload_view

    def loaded(rows: int) -> None:
        if "caseload" not in marks:
            marks["caseload"] = time.time()
            marks["rows"] = rows
            marks["rss_caseload_mb"] = peak_mb()
            if team:
                view.scope_combo.setCurrentIndex(1)  # the whole team: a second load
                return
            _report(at=marks["caseload"], **marks)
        marks["team_rows"] = rows
        from lpdesk.services.due_page import due_page

        session = window.session
        assert session is not None
        page = due_page(session.ctx, profiles=session.profiles)  # as the due view asks
        _report(due_items=len(page.items), due_total=page.total, **marks)

    view.sig_loaded.connect(loaded)
    window.sig_session_ready.connect(lambda _s: marks.setdefault("rss_session_mb", peak_mb()))
    qt_app.exec()
    del watch


def stalls() -> None:
    """The longest gap between the ticks of a 10 ms heartbeat timer on the UI thread: idle, while
    a circulation pack is produced on the task runner's work lane, and while minutes autosave on
    its database lane every 250 ms (``LPDESK_DATABASE_URL``: a copy of a generated team)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from lpdesk.gui.shell.tasks import Lane, TaskRunner

    app = QApplication(sys.argv[:1])
    runner = TaskRunner()
    heartbeat = QTimer()
    heartbeat.setInterval(10)
    state: dict[str, Any] = {"last": time.perf_counter(), "worst": 0.0}
    results: dict[str, float] = {}

    def tick() -> None:
        now = time.perf_counter()
        state["worst"] = max(state["worst"], now - state["last"] - 0.010)
        state["last"] = now

    heartbeat.timeout.connect(tick)
    heartbeat.start()

    def phase(name: str) -> None:
        results[name] = round(max(0.0, state["worst"]) * 1000, 1)
        state["worst"], state["last"] = 0.0, time.perf_counter()

    def start_pack() -> None:
        phase("idle")
        import tempfile
        from pathlib import Path

        from bench.fixtures import minutes_context
        from bench.pack import make_pack
        from lpdesk.gui.shell.pdf_fonts import warm_pdf_fonts

        ctx = minutes_context()
        folder = Path(tempfile.mkdtemp(prefix="lpdesk-bench-stall-"))
        phase("imports")

        def pack(name: str, then: Any) -> None:
            runner.run_with_progress(
                lambda progress: make_pack(ctx, folder / name, progress),
                lambda _result: then(),
                lambda err: _report(error=repr(err)),
                on_progress=lambda *_: None,
                lane=Lane.WORK,
            )

        def second() -> None:
            phase("pack_first")  # the fonts are registered already, as in the app
            pack("second", start_autosave)

        def fonts_ready(_none: None) -> None:
            phase("fonts")
            pack("first", second)

        # As the main window does once the first screen is filled: the fonts on the work lane.
        runner.run(
            warm_pdf_fonts, fonts_ready, lambda err: _report(error=repr(err)), lane=Lane.WORK
        )

    def start_autosave() -> None:
        phase("pack")
        from bench.autosave import autosave_setup

        # opening the database and finding the meeting happen on the database lane, as in the app
        runner.run(autosave_setup, begin_autosave, lambda e: _report(error=repr(e)))

    def begin_autosave(setup: Any) -> None:
        phase("open")  # opening the database on the database lane
        save, first_revision = setup
        revision = {"value": first_revision, "left": 12}

        def saved(new_revision: int) -> None:
            revision["value"] = new_revision
            revision["left"] -= 1
            if revision["left"] == 0:
                phase("autosave")
                _report(**results)
            else:
                QTimer.singleShot(250, submit)

        def submit() -> None:
            runner.run(lambda: save(revision["value"]), saved, lambda e: _report(error=repr(e)))

        submit()

    QTimer.singleShot(500, start_pack)
    app.exec()
