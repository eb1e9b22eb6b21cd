"""The sign-in dialog (team mode) and the database passphrase dialog (no keyring), offscreen:
titles, accessible names, tab order, refusals shown in place with the dialog kept open; and
``OnUiThread``, which lets the database thread ask the person at the desk and wait."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThread, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from lpdesk.domain import Cancelled, UserRole
from lpdesk.gui.shell.passphrase_dialog import PassphraseDialog, ask_passphrase_on_screen
from lpdesk.gui.shell.sign_in_dialog import OnUiThread, SignInDialog
from lpdesk.services.auth import SignInRefused, set_password
from lpdesk.services.context import Actor
from tests.gui.test_dialogs import check_labelled

MANAGER = "daniel.kowalczyk"  # the demo's team manager
PASSWORD = "a desk test password"
PASSPHRASE = "a long desk passphrase"


def _tab_sequence(dialog: QWidget, start: QWidget, count: int) -> list[QWidget]:
    """The next ``count`` widgets Tab moves to from ``start``."""
    found: list[QWidget] = []
    current = start
    for _ in range(200):
        current = current.nextInFocusChain()
        if current.isVisible() and current.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(current)
            if len(found) == count:
                break
    return found


@pytest.fixture
def attempt(demo_app):  # type: ignore[no-untyped-def]
    """The real check: ``App.sign_in`` on a real database where the manager has a password."""
    setup = demo_app.context(Actor(username="setup", role=UserRole.TEAM_MANAGER))
    set_password(setup, username=MANAGER, password=PASSWORD)
    return demo_app.sign_in


def test_the_sign_in_dialog_is_labelled_and_tabs_in_reading_order(qtbot, attempt):
    dialog = SignInDialog(attempt)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Sign in to the team database"
    check_labelled(dialog, dialog.windowTitle())
    assert dialog.username_edit.accessibleName() == "Username"
    assert dialog.password_edit.accessibleName() == "Password"
    assert dialog.password_edit.echoMode() is dialog.password_edit.EchoMode.Password
    assert _tab_sequence(dialog, dialog.username_edit, 3) == [
        dialog.password_edit,
        dialog.sign_in_button,
        dialog.cancel_button,
    ]
    assert dialog.error_label.isHidden()


@pytest.mark.parametrize("username", [MANAGER, "no.such.person"])
def test_a_wrong_sign_in_shows_the_one_message_and_keeps_the_dialog_open(qtbot, attempt, username):
    dialog = SignInDialog(attempt)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.username_edit.setText(username)
    dialog.password_edit.setText("not the password")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result_value is None
    assert not dialog.error_label.isHidden()
    assert dialog.error_label.text() == str(SignInRefused())  # the same words either way
    assert username not in dialog.error_label.text()
    assert dialog.password_edit.text() == ""


def test_the_right_password_signs_in_and_closes(qtbot, attempt):
    dialog = SignInDialog(attempt, username=MANAGER)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.password_edit.setText("wrong, first")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    dialog.password_edit.setText(PASSWORD)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert dialog.result_value is not None
    assert dialog.result_value.username == MANAGER
    assert dialog.result_value.role is UserRole.TEAM_MANAGER


def test_a_new_passphrase_must_be_typed_twice_alike(qtbot):
    dialog = PassphraseDialog(new=True)
    qtbot.addWidget(dialog)
    dialog.open()
    check_labelled(dialog, dialog.windowTitle())
    assert _tab_sequence(dialog, dialog.passphrase_edit, 2) == [dialog.again_edit, dialog.ok_button]
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.again_edit.setText(PASSPHRASE + "x")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.passphrase == ""
    assert "differ" in dialog.error_label.text() and not dialog.error_label.isHidden()
    dialog.passphrase_edit.setText("short")
    dialog.again_edit.setText("short")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "at least 10" in dialog.error_label.text()
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.again_edit.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.passphrase == PASSPHRASE


def test_an_existing_passphrase_is_asked_once(qtbot):
    dialog = PassphraseDialog(new=False)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.again_edit.isHidden()
    dialog.passphrase_edit.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.passphrase == PASSPHRASE


def _visible(kind: type[QDialog]) -> QDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, kind) and widget.isVisible():
            return widget
    return None


def _answer_when_shown(answer) -> QTimer:  # type: ignore[no-untyped-def]
    """A timer that answers the passphrase dialog once it is on screen: the dialog runs its own
    event loop (``exec``), so the test's code below it waits until the dialog closes."""
    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        dialog = _visible(PassphraseDialog)
        if dialog is not None:
            timer.stop()
            answer(dialog)

    timer.timeout.connect(poll)
    timer.start()
    return timer


def test_the_database_thread_asks_for_the_passphrase_on_the_ui_thread(qtbot, tmp_path: Path):
    """The real flow with no keyring: ``open_app`` on another thread, its passphrase asked in the
    dialog on the UI thread through ``OnUiThread``; the encrypted database opens."""
    from lpdesk.app import open_app
    from tests.security.keyrings import no_keyring

    ui = OnUiThread()
    ui_thread = QThread.currentThread()
    seen: dict[str, object] = {}

    def ask(new: bool) -> str:
        def on_screen() -> str:
            seen["on_ui_thread"] = QThread.currentThread() is ui_thread
            return ask_passphrase_on_screen(new)

        return ui.call(on_screen)

    def open_on_database_thread() -> None:
        try:
            app = open_app(data_dir=tmp_path / "data", ask_passphrase=ask)
            seen["encrypted"] = app.store.encrypted
            app.close()
        except BaseException as err:  # handed to the test
            seen["error"] = err

    def answer(dialog: PassphraseDialog) -> None:
        seen["new"] = dialog.new
        dialog.passphrase_edit.setText(PASSPHRASE)
        dialog.again_edit.setText(PASSPHRASE)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    with no_keyring():
        timer = _answer_when_shown(answer)
        worker = threading.Thread(target=open_on_database_thread)
        worker.start()
        qtbot.waitUntil(lambda: not worker.is_alive(), timeout=30000)
        timer.stop()
    assert "error" not in seen, seen.get("error")
    assert seen == {"on_ui_thread": True, "new": True, "encrypted": True}


def test_a_cancelled_question_reaches_the_database_thread(qtbot):
    ui = OnUiThread()
    outcome: dict[str, BaseException] = {}

    def worker_body() -> None:
        try:
            ui.call(lambda: ask_passphrase_on_screen(False))
        except BaseException as err:
            outcome["error"] = err

    timer = _answer_when_shown(lambda dialog: dialog.reject())
    worker = threading.Thread(target=worker_body)
    worker.start()
    qtbot.waitUntil(lambda: not worker.is_alive(), timeout=10000)
    timer.stop()
    assert isinstance(outcome.get("error"), Cancelled)
