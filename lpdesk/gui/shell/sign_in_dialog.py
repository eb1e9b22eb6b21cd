"""Signing in to a team database: a username and a password, checked before the session opens.

The dialog calls ``attempt(username, password)`` (the composition root's ``App.sign_in``) when
"Sign in" is pressed. A refusal shows the one message the service gives for every refusal in
place, clears the password and keeps the dialog open: nothing on screen says whether the username
or the password was wrong. ``OnUiThread`` lets code on the database thread (the session factory)
show a dialog on the UI thread and wait for its answer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from lpdesk.domain import Cancelled, LpdeskError
from lpdesk.gui.shell.signals import emit

__all__ = ["OnUiThread", "SignInDialog", "sign_in_on_screen"]

T = TypeVar("T")


class SignInDialog(QDialog, Generic[T]):
    """Username and password; ``result_value`` holds what ``attempt`` returned once accepted."""

    def __init__(
        self,
        attempt: Callable[[str, str], T],
        parent: QWidget | None = None,
        *,
        username: str = "",
    ) -> None:
        super().__init__(parent)
        self._attempt = attempt
        self.result_value: T | None = None
        self.setObjectName("sign_in_dialog")
        self.setWindowTitle(self.tr("Sign in to the team database"))
        self.setModal(True)
        self._build(username)

    def _build(self, username: str) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("This database is shared by your team. Sign in to continue."), self)
        intro.setWordWrap(True)
        intro.setProperty("role", "page_hint")
        layout.addWidget(intro)
        form = QFormLayout()
        self.username_edit = QLineEdit(username, self)
        self.username_edit.setObjectName("username_edit")
        self.username_edit.setAccessibleName(self.tr("Username"))
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("password_edit")
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Username"), self.username_edit)
        form.addRow(self.tr("&Password"), self.password_edit)
        layout.addLayout(form)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("error_label")
        self.error_label.setAccessibleName(self.tr("Sign-in problem"))
        self.error_label.setWordWrap(True)
        self.error_label.setProperty("role", "warning")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.sign_in_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button.setText(self.tr("Sign in"))
        self.sign_in_button.setObjectName("sign_in_button")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancel_button")
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        QWidget.setTabOrder(self.username_edit, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.sign_in_button)
        QWidget.setTabOrder(self.sign_in_button, self.cancel_button)
        (self.password_edit if username else self.username_edit).setFocus()

    def try_sign_in(self) -> None:
        username, password = self.username_edit.text().strip(), self.password_edit.text()
        if not username or not password:
            self._refused(self.tr("Enter your username and your password."))
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.result_value = self._attempt(username, password)
        except LpdeskError as err:  # SignInRefused: the same words whatever was wrong
            self._refused(str(err))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.error_label.hide()
        self.accept()

    def _refused(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        self.password_edit.clear()
        self.password_edit.setAccessibleDescription(message)
        (self.password_edit if self.username_edit.text().strip() else self.username_edit).setFocus()


def sign_in_on_screen(
    attempt: Callable[[str, str], T], *, username: str = "", parent: QWidget | None = None
) -> T:
    """Show the sign-in dialog until ``attempt`` succeeds; ``Cancelled`` when the person
    cancels. Call on the UI thread (``OnUiThread.call`` from another)."""
    dialog: SignInDialog[T] = SignInDialog(
        attempt, parent or QApplication.activeWindow(), username=username
    )
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_value is None:
            raise Cancelled("sign-in cancelled")
        return dialog.result_value
    finally:
        dialog.deleteLater()


class OnUiThread(QObject):
    """Create on the UI thread. ``call(fn)`` from any thread runs ``fn`` on the UI thread and
    returns its result (or raises its exception), blocking the calling thread meanwhile (a
    blocking queued connection). From the UI thread itself it simply calls ``fn``."""

    _requested = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._requested.connect(self._run, Qt.ConnectionType.BlockingQueuedConnection)
        self._outcome: tuple[bool, Any] = (False, None)

    def call(self, fn: Callable[[], T]) -> T:
        if QThread.currentThread() is self.thread():
            return fn()
        emit(self._requested, fn)
        ok, value = self._outcome
        self._outcome = (False, None)
        if not ok:
            raise value
        return value  # type: ignore[no-any-return]

    @Slot(object)
    def _run(self, fn: Callable[[], Any]) -> None:
        try:
            self._outcome = (True, fn())
        except BaseException as err:  # handed to the waiting thread, raised there
            self._outcome = (False, err)
