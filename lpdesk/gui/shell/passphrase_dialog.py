"""The database passphrase, asked when the desk's encrypted database has no keyring to keep its
key (decision 0010). A new passphrase is typed twice; the two must match and be long enough
before the dialog closes. ``ask_passphrase_on_screen`` is the ``open_app(ask_passphrase=)``
callback's UI half: call it on the UI thread (``OnUiThread.call`` from the database thread).
"""

from __future__ import annotations

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

from lpdesk.domain import Cancelled

__all__ = ["MIN_PASSPHRASE_LENGTH", "PassphraseDialog", "ask_passphrase_on_screen"]

MIN_PASSPHRASE_LENGTH = 10  # the store refuses shorter ones (lpdesk.store.crypto)


class PassphraseDialog(QDialog):
    """``passphrase`` holds the accepted passphrase."""

    def __init__(self, new: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new = new
        self.passphrase = ""
        self.setObjectName("passphrase_dialog")
        self.setModal(True)
        self.setWindowTitle(
            self.tr("Choose a database passphrase") if new else self.tr("Database passphrase")
        )
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "This computer has no keyring to keep the database key, so lpdesk protects the "
                "database with a passphrase. Choose one of at least {n} characters and keep it "
                "safe: without it the records cannot be opened."
            ).format(n=MIN_PASSPHRASE_LENGTH)
            if new
            else self.tr("Enter the passphrase that protects this computer's lpdesk database."),
            self,
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "page_hint")
        layout.addWidget(intro)
        form = QFormLayout()
        self.passphrase_edit = self._secret("passphrase_edit", self.tr("Passphrase"))
        form.addRow(self.tr("&Passphrase"), self.passphrase_edit)
        self.again_edit = self._secret("again_edit", self.tr("Passphrase again"))
        if new:
            form.addRow(self.tr("&Again"), self.again_edit)
        else:
            self.again_edit.hide()
        layout.addLayout(form)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("error_label")
        self.error_label.setAccessibleName(self.tr("Passphrase problem"))
        self.error_label.setWordWrap(True)
        self.error_label.setProperty("role", "warning")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("ok_button")
        self.ok_button.setText(self.tr("Open the database"))
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if new:
            QWidget.setTabOrder(self.passphrase_edit, self.again_edit)
            QWidget.setTabOrder(self.again_edit, self.ok_button)
        else:
            QWidget.setTabOrder(self.passphrase_edit, self.ok_button)
        self.passphrase_edit.setFocus()

    def _secret(self, name: str, label: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(label)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def try_accept(self) -> None:
        first = self.passphrase_edit.text()
        if len(first) < MIN_PASSPHRASE_LENGTH:
            self._refused(
                self.tr("The passphrase must be at least {n} characters long.").format(
                    n=MIN_PASSPHRASE_LENGTH
                )
            )
            return
        if self.new and self.again_edit.text() != first:
            self._refused(self.tr("The two passphrases differ. Type the same one twice."))
            return
        self.passphrase = first
        self.accept()

    def _refused(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        self.again_edit.clear()
        if not self.new:
            self.passphrase_edit.clear()
        self.passphrase_edit.setFocus()


def ask_passphrase_on_screen(new: bool, parent: QWidget | None = None) -> str:
    """The passphrase typed in the dialog; ``Cancelled`` when the person cancels."""
    dialog = PassphraseDialog(new, parent or QApplication.activeWindow())
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            raise Cancelled("passphrase not given")
        return dialog.passphrase
    finally:
        dialog.deleteLater()
