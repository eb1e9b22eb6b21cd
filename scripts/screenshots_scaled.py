"""The app at a display scale of 150 % or 200 %: the real main window, a case, the meeting wizard
and the case's dialogs on the fictional demo, on a virtual screen of a given size, checked for
anything cut off and optionally photographed.

    .venv/bin/python scripts/screenshots_scaled.py --scale 1.5 [--screen 1366x768]
        [--report report.json] [--out docs/screenshots]

``--screen`` is the desktop as the system reports it at that scale (1366x768 at 200 % is a
2732x1536 panel; 1280x720 at 150 % is a 1920x1080 laptop). Qt reads the scale when the application
starts, so each scale needs a process of its own: the test runs this script once per scale.

The report lists, per window: its size, the screen's, whether it and every button in it lie on the
screen, each label or button shown smaller than its text needs (its size hint), and each pair of
labels or buttons drawn over each other.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# the windows saved with --out (as NAME-150.png, NAME-200.png), beside the 100 % ones
PHOTOGRAPHED = ("caseload", "case-workspace", "meeting-wizard-convene", "meeting-wizard-minute")


def _virtual_screen(tmp: Path, scale: float, width: int, height: int) -> None:
    """Qt's offscreen platform with one screen of ``width`` x ``height`` at ``scale`` (set before
    Qt is imported)."""
    config = tmp / "screen.json"
    screen = {
        "name": "laptop",
        "x": 0,
        "y": 0,
        "width": round(width * scale),
        "height": round(height * scale),
        "logicalDpi": 96,
        "dpr": 1,
    }
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["QT_SCALE_FACTOR"] = str(scale)
    os.environ.pop("QT_SCREEN_SCALE_FACTORS", None)
    os.environ.pop("QT_AUTO_SCREEN_SCALE_FACTOR", None)


def _rect(r: object) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]  # type: ignore[attr-defined]


def check_window(window: object) -> dict[str, object]:
    """What of ``window`` is off the screen or cut short (see the module's docstring)."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractScrollArea,
        QLabel,
        QWidget,
    )

    assert isinstance(window, QWidget)
    screen = window.screen().availableGeometry()
    frame = window.frameGeometry()
    off_screen: list[str] = []
    clipped: list[dict[str, object]] = []
    shown: list[tuple[QWidget, str]] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        text = _text_of(widget, QLabel, QAbstractButton)
        if text is None:
            continue
        shown.append((widget, text))
        scrolled = _inside_scroll_area(widget, window, QAbstractScrollArea)  # into view on need
        if isinstance(widget, QAbstractButton) and not scrolled:
            top_left = widget.mapToGlobal(QPoint(0, 0))
            if not screen.contains(QRect(top_left, widget.size())):
                off_screen.append(text)
        hint = widget.sizeHint()
        word_wrap = isinstance(widget, QLabel) and widget.wordWrap()
        short_w = widget.width() + 1 < hint.width() and not word_wrap
        short_h = widget.height() + 1 < (
            widget.heightForWidth(widget.width()) if word_wrap else hint.height()
        )
        if short_w or short_h:
            clipped.append(
                {
                    "class": type(widget).__name__,
                    "name": widget.objectName(),
                    "text": text,
                    "size": [widget.width(), widget.height()],
                    "hint": [hint.width(), hint.height()],
                }
            )
    return {
        "title": window.windowTitle(),
        "screen": _rect(screen),
        "frame": _rect(frame),
        "on_screen": screen.contains(frame),
        "buttons_off_screen": off_screen,
        "clipped": clipped,
        "overlapping": _overlapping(window, shown),
    }


def _overlapping(window: object, shown: list[tuple[object, str]]) -> list[dict[str, object]]:
    """Pairs of labels or buttons drawn over each other: each one's rectangle in the window, cut
    to what its parents show (a scrolled-out part does not count), meeting the other's."""
    from PySide6.QtCore import QPoint, QRect

    def seen(widget: object) -> QRect:
        rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())  # type: ignore[attr-defined]
        parent = widget.parentWidget()  # type: ignore[attr-defined]
        while parent is not None and parent is not window:
            rect &= QRect(parent.mapTo(window, QPoint(0, 0)), parent.size())
            parent = parent.parentWidget()
        return rect

    rects = [(widget, text, seen(widget)) for widget, text in shown]
    found: list[dict[str, object]] = []
    for i, (first, first_text, first_rect) in enumerate(rects):
        for second, second_text, second_rect in rects[i + 1 :]:
            if first.isAncestorOf(second) or second.isAncestorOf(first):  # type: ignore[attr-defined]
                continue
            common = first_rect & second_rect
            if common.width() > 1 and common.height() > 1:
                found.append(
                    {
                        "names": [first.objectName(), second.objectName()],  # type: ignore[attr-defined]
                        "texts": [first_text, second_text],
                        "overlap": _rect(common),
                    }
                )
    return found


def _inside_scroll_area(widget: object, window: object, scroll_class: type) -> bool:
    parent = widget.parentWidget()  # type: ignore[attr-defined]
    while parent is not None and parent is not window:
        if isinstance(parent, scroll_class):
            return True
        parent = parent.parentWidget()
    return False


def _text_of(widget: object, label_class: type, button_class: type) -> str | None:
    if isinstance(widget, label_class):
        if widget.pixmap() is not None and not widget.pixmap().isNull():  # type: ignore[attr-defined]
            return None
        text = widget.text()  # type: ignore[attr-defined]
    elif isinstance(widget, button_class):
        text = widget.text()  # type: ignore[attr-defined]
    else:
        return None
    return text if text.strip() else None


def run(scale: float, width: int, height: int, out: Path | None) -> dict[str, object]:
    from PySide6.QtCore import QDate, QEventLoop, QSettings, QTime, QTimer

    sys.path.insert(0, str(ROOT / "scripts"))
    sys.path.insert(0, str(ROOT))
    import screenshots as shots

    from lpdesk.gui.shell.main import create_application, start_main_window

    def settle(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def wait_until(ready: Callable[[], bool], ms: int = 30000) -> None:
        for _ in range(ms // 100):
            if ready():
                return
            settle(100)

    # NAME-150.png on the usual 1366x768 desktop, NAME-150-911x512.png on any other
    suffix = f"-{round(scale * 100)}" + (
        "" if (width, height) == (1366, 768) else f"-{width}x{height}"
    )
    report: dict[str, object] = {"scale": scale, "screen": [width, height], "windows": {}}
    windows: dict[str, object] = report["windows"]  # type: ignore[assignment]

    def look(name: str, window: object) -> None:
        settle(300)
        windows[name] = check_window(window)
        if out is not None and name in PHOTOGRAPHED:
            window.grab().save(str(out / f"{name}{suffix}.png"))  # type: ignore[attr-defined]

    with tempfile.TemporaryDirectory(prefix="lpdesk-scaled-") as tmp:
        os.environ["LPDESK_HOME"] = str(Path(tmp) / "data")
        factory = shots._session_factory(Path(tmp) / "data")
        app = create_application(["lpdesk"])
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = start_main_window(factory, settings=settings)  # type: ignore[arg-type]
        wait_until(lambda: window.caseload_view.model.rowCount() > 0)
        look("caseload", window)
        model = window.caseload_view.model
        row = max(range(model.rowCount()), key=lambda r: len(model.row_at(r).children))
        chosen = model.row_at(row)
        workspace = window.open_case(chosen.case_id, chosen.reference)
        wait_until(lambda: workspace.snapshot is not None)
        look("case-workspace", window)
        state: dict[str, object] = {"workspace": workspace}
        for key, name in shots.FRONT_DOOR_DIALOGS:
            dialog = shots._open_dialog(window, state, key)
            look(name, dialog)
            dialog.reject()  # type: ignore[attr-defined]
        wizard = workspace.open_new_meeting()
        look("meeting-wizard-convene", wizard)
        page = wizard.convene_page
        today = date.today()
        page.date_edit.setDate(QDate(today.year, today.month, today.day))
        page.time_edit.setTime(QTime(9, 30))
        page.venue_edit.setText("Northvale Family Centre, Room 2")
        wizard.next()
        wait_until(lambda: wizard.meeting is not None)
        settle(1500)
        look("meeting-wizard-minute", wizard)
        for name, method, args in shots.CASE_DIALOGS:
            if wizard.meeting is not None and wizard.meeting.id is not None:
                workspace.select_meeting(wizard.meeting.id)
            values = [wizard.meeting if a == "meeting" else a for a in args]
            dialog = getattr(workspace, method)(*values)
            if dialog is not None:
                look(name, dialog)
                dialog.reject()
        wizard.close()
        window.close()
        settle(300)
        app.processEvents()
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, required=True)
    parser.add_argument("--screen", default="1366x768")
    parser.add_argument("--report", type=Path)
    parser.add_argument("--out", type=Path, help="save a PNG of each window here")
    args = parser.parse_args()
    width, height = (int(n) for n in args.screen.lower().split("x"))
    os.environ.setdefault("LPDESK_LOG_LEVEL", "WARNING")
    os.environ.setdefault("LPDESK_ENCRYPTION", "off")
    with tempfile.TemporaryDirectory(prefix="lpdesk-screen-") as tmp:
        _virtual_screen(Path(tmp), args.scale, width, height)
        if args.out is not None:
            args.out.mkdir(parents=True, exist_ok=True)
        report = run(args.scale, width, height, args.out)
    text = json.dumps(report, indent=2, ensure_ascii=False)
    if args.report is not None:
        args.report.write_text(text, encoding="utf-8")
    else:
        print(text)
    faults = [
        name
        for name, w in report["windows"].items()  # type: ignore[attr-defined]
        if not w["on_screen"] or w["buttons_off_screen"] or w["clipped"] or w["overlapping"]
    ]
    for name in faults:
        print(f"cut off at {args.scale:.0%}: {name}", file=sys.stderr)
    return 1 if faults else 0


if __name__ == "__main__":
    sys.exit(main())
