"""The real main window on a copy of the demo database, shown on an X display with Qt's AT-SPI
bridge on, stepping through every window class when told: each page of the main window, each tab
of a case, each case dialog, the new-case and settings dialogs, and the meeting wizard's pages.
It prints "ready" once the caseload has loaded; then each line on its standard input shows the
next ("shown NAME" once it is on screen, "done" after the last), the event loop running all the
while so that the bridge answers the reader. Usage: python -m tests.gui.atspi.window_classes_app DIR"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

CASE_DIALOGS = [
    "open_visit_dialog",
    "open_disagreement_dialog",
    "open_absence_dialog",
    "open_escalation_dialog",
    "open_assessment_dialog",
    "open_event_dialog",
    "open_review_report_dialog",
    "open_lac_review_dialog",
    *(f"open_plan_dialog:{page}" for page in ("outcome", "action", "progress", "text", "version")),
]


def _run_loop(ms: int) -> None:
    """Run the event loop for ``ms``: events (the AT-SPI bridge's calls among them) are handled as
    they come, and the process sleeps in between. Spinning on processEvents() instead kept a
    core busy for every wait."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _wait(condition: Callable[[], bool], seconds: float = 10) -> bool:
    from PySide6.QtCore import QDeadlineTimer

    deadline = QDeadlineTimer(int(seconds * 1000))
    while not condition():
        if deadline.hasExpired():
            return False
        _run_loop(10)
    return True


def _settle(ms: int = 400) -> None:
    _run_loop(ms)


def steps(window: Any) -> Iterator[tuple[str, Callable[[], Any]]]:
    """(name, show) for every window class; ``show`` returns something to close afterwards."""
    for page in window.pages:
        yield f"page {page.objectName()}", lambda page=page: window.show_page(page)
    row = window.caseload_view.model.row_at(0)
    holder: dict[str, Any] = {}

    def open_case() -> None:
        ws = window.open_case(row.case_id, row.reference)
        _wait(lambda: ws.snapshot is not None)
        holder["ws"] = ws

    yield "case", open_case
    ws = holder["ws"]
    tabs = ws.ui.section_tabs
    for i in range(tabs.count()):
        yield f"case tab {tabs.tabText(i)}", lambda i=i: tabs.setCurrentIndex(i)
    for opener in CASE_DIALOGS:
        method, _, page = opener.partition(":")
        yield f"dialog {opener}", lambda m=method, p=page: getattr(ws, m)(*([p] if p else []))
    yield "dialog open_new_case", window.open_new_case
    yield "dialog open_settings", window.open_settings
    yield "wizard new meeting", ws.open_new_meeting

    def existing_meeting() -> Any:
        ws.ui.meetings_table.selectRow(0)
        wizard = ws.open_selected_meeting()
        holder["wizard"] = wizard
        return None  # closed after its pages

    yield "wizard convene page", existing_meeting
    for page_name in ("minute_page", "review_page", "circulate_page"):

        def show_page(name: str = page_name) -> Any:
            wizard = holder["wizard"]
            wizard.next()
            _wait(lambda: wizard.currentPage() is getattr(wizard, name), 5)
            return wizard if name == "circulate_page" else None

        yield f"wizard {page_name}", show_page


def main(data_dir: Path) -> int:
    from PySide6.QtCore import QSocketNotifier, QTimer
    from PySide6.QtWidgets import QWidget

    from tests.gui.atspi.main_window_app import start_window

    app, qapp, window = start_window(data_dir)
    loaded: list[int] = []
    window.caseload_view.sig_loaded.connect(loaded.append)
    _wait(lambda: bool(loaded), 30)
    window.resize(1366, 768)
    walk = steps(window)
    opened: list[Any] = [None]

    def advance() -> None:
        """Close what the last step opened and show the next (the event loop keeps running
        meanwhile, so the bridge answers the reader)."""
        last = opened[0]
        if isinstance(last, QWidget) and last.isWindow():
            last.close()
            _settle(100)
        step = next(walk, None)
        if step is None:
            print("done", flush=True)
            QTimer.singleShot(0, qapp.quit)
            return
        name, show = step
        try:
            opened[0] = show()
        except Exception as err:
            print(f"failed {name}: {type(err).__name__}", flush=True)
            opened[0] = None
        else:
            _settle()
            print(f"shown {name}", flush=True)

    def command() -> None:
        if sys.stdin.readline() == "":
            notifier.setEnabled(False)
            qapp.quit()
            return
        advance()

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(command)
    print("ready", flush=True)
    qapp.exec()
    app.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
