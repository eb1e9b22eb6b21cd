"""Grab PNGs of the main screens for docs/screenshots: the real app, offscreen, on a fresh temporary
data folder with the fictional demo caseload loaded.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--out docs/screenshots]

Everything runs through the same session factory shape the command line hands ``run_gui``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LPDESK_LOG_LEVEL", "WARNING")
# The fictional demo in a temporary folder, removed afterwards: nothing to encrypt, and no keyring
# or terminal to hold a key when this runs from make.
os.environ.setdefault("LPDESK_ENCRYPTION", "off")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QDate, QEventLoop, QSettings, QTime, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

SIZE = (1366, 768)  # the main window at a common laptop size; dialogs at their own size
ROLE_SIZE = SIZE  # each role's landing page
ROLES = (
    ("aisha.rahman", "role-lead-professional"),
    ("daniel.kowalczyk", "role-manager"),
    ("rahel.tesfaye", "role-chair"),
    ("beatriz.santos", "role-administrator"),
)


def _session_factory(data_dir: Path) -> Callable[[], object]:
    from lpdesk.app import open_app
    from lpdesk.domain import UserRole
    from lpdesk.gui.shell.session import GuiSession
    from lpdesk.services.context import Actor
    from lpdesk.services.demo import load_demo

    loader = open_app(data_dir=data_dir)
    load_demo(loader.context(Actor(username="demo.loader", role=UserRole.TEAM_MANAGER)))
    loader.close()

    def open_session() -> GuiSession:
        app = open_app(data_dir=data_dir)
        return GuiSession(
            ctx=app.context(app.actor()),
            profiles=app.profiles,
            forms=app.forms,
            data_dir=app.data_dir,
            close=app.close,
        )

    return open_session


# (key, name): the case's front doors, opened on the demo case
FRONT_DOOR_DIALOGS = (
    ("new", "new-case-dialog"),
    ("member", "member-dialog"),
    ("change", "member-change-dialog"),
    ("person", "person-dialog"),
    ("lead", "lead-professional-dialog"),
    ("conference", "conference-dialog"),
)


def _open_dialog(window: object, state: dict[str, object], key: str) -> object:
    if key == "new":
        return window.open_new_case()  # type: ignore[attr-defined]
    return state["workspace"].case_actions.open(key)  # type: ignore[attr-defined]


def _role_session(data_dir: Path, username: str) -> Callable[[], object]:
    """The session the demo's start screen opens when a visitor chooses ``username``."""
    from lpdesk.app import open_app
    from lpdesk.gui.shell.session import GuiSession

    def open_session() -> GuiSession:
        app = open_app(data_dir=data_dir)
        state = app.desk_state()
        user = next(u for u in state.users if u.username == username)
        return GuiSession(
            ctx=app.context(user.actor),
            profiles=app.profiles,
            forms=app.forms,
            data_dir=app.data_dir,
            close=app.close,
            acting_name=user.name,
            demo=True,
        )

    return open_session


def _shoot_roles(app: QApplication, data_dir: Path, tmp: Path, out: Path) -> list[Path]:
    """Each role's landing page (the page it opens on), one window after another."""
    from lpdesk.app import open_app
    from lpdesk.gui.shell.main import start_main_window
    from lpdesk.services.review_conference import reports_of_lead, submit_report

    with_report = open_app(data_dir=data_dir)  # the chair has a report to read
    try:
        lead = with_report.context(with_report.actor("tomas.ferreira"))
        for report in reports_of_lead(lead):
            if report.id is not None and report.status == "draft":
                submit_report(lead, report_id=report.id)
    finally:
        with_report.close()
    saved: list[Path] = []
    for username, name in ROLES:
        settings = QSettings(str(tmp / f"{name}.ini"), QSettings.Format.IniFormat)
        window = start_main_window(_role_session(data_dir, username), settings=settings)  # type: ignore[arg-type]
        window.resize(*ROLE_SIZE)
        loop = QEventLoop()
        window.sig_session_ready.connect(loop.quit)
        QTimer.singleShot(30000, loop.quit)  # never wait for ever
        loop.exec()
        shooter = Shooter(app, out)
        shooter.then(lambda: None, 2500)
        shooter.then(lambda s=shooter, w=window, n=name: s.grab(w, n), 300)  # type: ignore[misc]
        shooter.then(window.close, 300)
        shooter.run()
        saved += shooter.saved
    return saved


class Shooter:
    """Runs the steps one after another on the event loop, waiting for each to settle."""

    def __init__(self, app: QApplication, out: Path) -> None:
        self.app = app
        self.out = out
        self.steps: list[tuple[Callable[[], object], int]] = []
        self.saved: list[Path] = []

    def then(self, step: Callable[[], object], wait_ms: int = 500) -> Shooter:
        self.steps.append((step, wait_ms))
        return self

    def grab(self, widget: QWidget, name: str) -> None:
        path = self.out / f"{name}.png"
        widget.grab().save(str(path))
        self.saved.append(path)

    def run(self) -> None:
        # A loop of its own: the application's quit() would also end the next run's loop.
        loop = QEventLoop()

        def next_step() -> None:
            if not self.steps:
                loop.quit()
                return
            step, wait_ms = self.steps.pop(0)
            step()
            QTimer.singleShot(wait_ms, next_step)

        QTimer.singleShot(1500, next_step)
        loop.exec()


# (name, workspace method, arguments): the case's dialogs for the meeting lifecycle, escalation,
# assessments, events, the review report, visits, disagreements, cover, the plan and its changes
CASE_DIALOGS: list[tuple[str, str, tuple[object, ...]]] = [
    ("invitations", "open_invitations_dialog", ("meeting",)),
    ("move-or-cancel", "open_reschedule_dialog", ()),
    ("escalation-step", "open_escalation_dialog", ()),
    ("assessments", "open_assessment_dialog", ()),
    ("significant-event", "open_event_dialog", ()),
    ("review-report", "open_review_report_dialog", ()),
    ("looked-after-review", "open_lac_review_dialog", ()),
    ("visit-dialog", "open_visit_dialog", ()),
    ("disagreement-dialog", "open_disagreement_dialog", ()),
    ("absence-dialog", "open_absence_dialog", ()),
    ("plan-outcomes-and-actions", "open_plan_dialog", ("outcome",)),
    ("plan-change", "open_plan_dialog", ("version",)),
]


def case_dialog_shots(shooter: Shooter, state: dict[str, object], window: QWidget) -> None:
    """Open each case dialog on the convened meeting, grab it at its own size, close it; then the
    Documents tab with its document picker."""

    def opener(method: str, args: tuple[object, ...]) -> Callable[[], None]:
        def open_it() -> None:
            ws = state["workspace"]
            meeting = state["wizard"].meeting  # type: ignore[attr-defined]
            if meeting is not None and meeting.id is not None:
                ws.select_meeting(meeting.id)  # type: ignore[attr-defined]
            values = [meeting if a == "meeting" else a for a in args]
            state["dialog"] = getattr(ws, method)(*values)

        return open_it

    for name, method, args in CASE_DIALOGS:
        shooter.then(opener(method, args), 1200)
        shooter.then(lambda n=name: shooter.grab(state["dialog"], n), 300)  # type: ignore[misc]
        shooter.then(lambda: state["dialog"].reject(), 300)  # type: ignore[attr-defined]

    def documents_tab() -> None:
        ws = state["workspace"]
        ws.ui.section_tabs.setCurrentWidget(ws.ui.documents_tab)  # type: ignore[attr-defined]

    shooter.then(documents_tab, 600)
    shooter.then(lambda: shooter.grab(window, "case-documents"), 300)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lpdesk-shots-") as tmp:
        os.environ["LPDESK_HOME"] = str(Path(tmp) / "data")
        factory = _session_factory(Path(tmp) / "data")
        from lpdesk.gui.shell.main import create_application, start_main_window

        app = create_application(["lpdesk"])
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = start_main_window(factory, settings=settings)  # type: ignore[arg-type]
        window.resize(*SIZE)
        shooter = Shooter(app, args.out)
        state: dict[str, object] = {}

        def open_case() -> None:
            model = window.caseload_view.model
            row = max(range(model.rowCount()), key=lambda r: len(model.row_at(r).children))
            chosen = model.row_at(row)
            state["workspace"] = window.open_case(chosen.case_id, chosen.reference)

        def open_wizard() -> None:
            wizard = state["workspace"].open_new_meeting()  # type: ignore[attr-defined]
            wizard.resize(1180, 720)  # within 1366x768 with the task bar
            state["wizard"] = wizard

        def convene() -> None:
            wizard = state["wizard"]
            page = wizard.convene_page  # type: ignore[attr-defined]
            today = date.today()
            page.date_edit.setDate(QDate(today.year, today.month, today.day))
            page.time_edit.setTime(QTime(9, 30))
            page.venue_edit.setText("Northvale Family Centre, Room 2")
            wizard.next()  # type: ignore[attr-defined]

        def write_minutes() -> None:
            minutes = state["wizard"].minute_page  # type: ignore[attr-defined]
            minutes.apply_prefill()
            editor = minutes.editor
            answers = editor.answers()
            answers.setdefault("header", {}).update(
                purpose="Review progress against the plan and agree the next steps.",
                plan_category="neglect",
                why_on_plan="Concerns about home conditions and missed health appointments.",
            )
            answers["visits"] = {
                "strengths": "Food in the cupboards; both children in clean clothes.",
                "concerns": "Yusuf seemed disturbed after contact with his father.",
            }
            answers["voice"] = {
                "wishes": "Yusuf says he likes living with his mum and wants to keep his room."
            }
            editor.set_answers(answers)
            minutes.dirty = True
            minutes.save_now()

        def scroll_to_visits() -> None:
            minutes = state["wizard"].minute_page  # type: ignore[attr-defined]
            keys = [s.key for s in minutes.editor.sections]
            minutes.editor.section_list.setCurrentRow(keys.index("visits"))

        shooter.then(lambda: window.caseload_view.scope_combo.setCurrentIndex(1), 1200)
        shooter.then(lambda: shooter.grab(window, "caseload"), 300)
        shooter.then(lambda: window.caseload_view.scope_combo.setCurrentIndex(0), 1200)
        shooter.then(lambda: window.ui.nav_list.setCurrentRow(1), 300)
        shooter.then(lambda: window.due_view.scope_combo.setCurrentIndex(1), 1200)
        shooter.then(lambda: shooter.grab(window, "due-list"), 300)
        shooter.then(open_case, 1500)
        shooter.then(lambda: shooter.grab(window, "case-workspace"), 300)
        for (
            key,
            name,
        ) in FRONT_DOOR_DIALOGS:  # the case's front doors (one block: dialogs on the demo)
            shooter.then(lambda key=key: state.update(dialog=_open_dialog(window, state, key)), 900)
            shooter.then(lambda name=name: shooter.grab(state["dialog"], name), 300)  # type: ignore[arg-type]
            shooter.then(lambda: state["dialog"].reject(), 200)  # type: ignore[attr-defined]
        shooter.then(open_wizard, 1500)
        shooter.then(lambda: shooter.grab(state["wizard"], "meeting-wizard-convene"), 300)  # type: ignore[arg-type]
        shooter.then(convene, 2000)
        shooter.then(write_minutes, 2500)
        shooter.then(scroll_to_visits, 600)
        shooter.then(lambda: shooter.grab(state["wizard"], "meeting-wizard-minute"), 300)  # type: ignore[arg-type]
        shooter.then(lambda: state["wizard"].close(), 300)  # type: ignore[attr-defined]
        case_dialog_shots(shooter, state, window)
        shooter.then(window.close, 300)
        shooter.run()
        roles = _shoot_roles(app, Path(tmp) / "data", Path(tmp), args.out)
    for path in [*shooter.saved, *roles]:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    expected = 5 + len(FRONT_DOOR_DIALOGS) + len(CASE_DIALOGS) + 1
    return 0 if len(shooter.saved) == expected and len(roles) == len(ROLES) else 1


if __name__ == "__main__":
    sys.exit(main())
