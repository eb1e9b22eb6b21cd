"""Who is acting, from the command line's own session factory on a real SQLite file: the first
run of an empty desk sets up its owner and lands on their work; the next run opens as them with
no question; the demo's start screen lets a visitor choose which demo user to be, and says so."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from lpdesk.cli import build_parser
from lpdesk.cli.gui_command import session_factory
from lpdesk.domain import UserRole
from lpdesk.gui.shell.first_run_dialog import FirstRunDialog
from lpdesk.gui.shell.main import create_application, start_main_window
from lpdesk.gui.shell.sign_in_dialog import OnUiThread
from lpdesk.gui.shell.start_screen_dialog import StartScreenDialog
from tests.gui.test_dialogs import check_labelled


def _answer(kind: type[QWidget], answer: Callable[[QWidget], None], seen: list[str]) -> QTimer:
    """Answer the dialog once it is on screen (it runs its own event loop)."""
    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                timer.stop()
                seen.append(widget.windowTitle())
                answer(widget)

    timer.timeout.connect(poll)
    timer.start()
    return timer


def _open(qtbot, settings, data: Path, *extra: str):  # type: ignore[no-untyped-def]
    create_application()
    args = build_parser().parse_args(["--data-dir", str(data), *extra])
    window = start_main_window(session_factory(args, OnUiThread()), settings=settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.sig_session_ready, timeout=30000) as ready:
        pass
    return window, ready.args[0]


@pytest.fixture(autouse=True)
def _plain(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LPDESK_ENCRYPTION", "off")
    monkeypatch.delenv("LPDESK_USER", raising=False)


def test_the_first_run_sets_up_the_owner_and_lands_on_their_work(qtbot, settings, tmp_path):
    data = tmp_path / "data"
    seen: list[str] = []

    def set_up(dialog: QWidget) -> None:
        assert isinstance(dialog, FirstRunDialog)
        check_labelled(dialog, dialog.windowTitle())
        dialog.set_up_button.click()  # no name: refused beside the form, dialog stays open
        assert dialog.isVisible() and "name" in dialog.error_label.text().lower()
        dialog.name_edit.setText("Noor Haddad")
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(UserRole.TEAM_MANAGER))
        dialog.team_edit.setText("East")
        dialog.job_title_edit.setText("Team Manager")
        dialog.qualified_check.setChecked(True)
        dialog.set_up_button.click()

    timer = _answer(FirstRunDialog, set_up, seen)
    window, session = _open(qtbot, settings, data)
    timer.stop()
    assert seen == ["Set up this desk"]
    actor = session.ctx.actor
    assert (actor.username, actor.role, actor.team) == (
        "noor.haddad",
        UserRole.TEAM_MANAGER,
        "East",
    )
    assert actor.person_id is not None
    assert window.ui.page_stack.currentWidget() is window.manager_view
    assert window.acting_label.text() == "Acting as Noor Haddad (team manager)"
    assert "Noor Haddad · team manager" in window.ui.user_label.text()
    window.close()

    # the next run belongs to the same person, with no question asked
    again: list[str] = []
    timer = _answer(QWidget, lambda w: again.append(type(w).__name__), [])
    window, session = _open(qtbot, settings, data)
    timer.stop()
    assert session.ctx.actor.username == "noor.haddad"
    assert window.acting_label.text() == "Acting as Noor Haddad (team manager)"
    window.close()


@pytest.mark.parametrize(
    ("username", "expected", "page"),
    [
        ("rahel.tesfaye", "Demo · acting as Rahel Tesfaye (conference chair)", "chair_view"),
        ("beatriz.santos", "Demo · acting as Beatriz Santos (administrator)", "admin_view"),
        ("daniel.kowalczyk", "Demo · acting as Daniel Kowalczyk (team manager)", "manager_view"),
        ("aisha.rahman", "Demo · acting as Aisha Rahman (lead professional)", "caseload_view"),
    ],
)
def test_the_demo_start_screen_chooses_who_to_be(
    qtbot, settings, tmp_path, demo_database, username, expected, page
):
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    shutil.copy2(demo_database, data / "lpdesk.db")
    seen: list[str] = []

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, StartScreenDialog)
        assert "fictional" in dialog.intro_label.text()
        assert dialog.users_list.count() == 7
        dialog.select(username)
        dialog.start_button.click()

    timer = _answer(StartScreenDialog, choose, seen)
    window, session = _open(qtbot, settings, data, "--demo-if-empty")
    timer.stop()
    assert seen == ["Choose who to be"]
    assert session.ctx.actor.username == username and session.demo
    assert window.acting_label.text() == expected
    assert window.ui.page_stack.currentWidget() is getattr(window, page)
    window.close()
