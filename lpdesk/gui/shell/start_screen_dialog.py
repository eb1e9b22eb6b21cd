"""The demo's start screen: a visitor chooses which demo user to be (or, on a desk with users
but no owner yet, the person at the desk says which user they are)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lpdesk.domain import Cancelled
from lpdesk.gui.shell.screen_fit import fit_to_screen
from lpdesk.gui.shell.session import user_role_label
from lpdesk.services.desk import DeskUser

__all__ = ["StartScreenDialog", "choose_user_on_screen"]

USER_ROLE = Qt.ItemDataRole.UserRole + 1

_LANDS_ON = {
    "lead_professional": "opens on their caseload",
    "team_manager": "opens on the team's due and overdue work",
    "qa_manager": "opens on the team's due and overdue work",
    "administrator": "opens on the circulation queue",
    "conference_chair": "opens on the reports awaiting review",
}


class StartScreenDialog(QDialog):
    def __init__(
        self, users: tuple[DeskUser, ...], *, demo: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.chosen: DeskUser | None = None
        self.setObjectName("start_screen_dialog")
        self.setWindowTitle(self.tr("Choose who to be") if demo else self.tr("Who are you?"))
        self.setModal(True)
        fit_to_screen(self, 560, 460)
        layout = QVBoxLayout(self)
        self.intro_label = intro = QLabel(
            self.tr(
                "This is the lpdesk demo: every family, worker and record in it is fictional. "
                "Choose which demo user to be; each role opens on its own work. You can choose "
                "again the next time lpdesk starts."
            )
            if demo
            else self.tr("Choose which of this desk's users you are."),
            self,
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "page_hint")
        layout.addWidget(intro)
        self.users_list = QListWidget(self)
        self.users_list.setObjectName("users_list")
        self.users_list.setAccessibleName(self.tr("Demo users") if demo else self.tr("Users"))
        for u in users:
            role = user_role_label(u.role).capitalize()
            lands = self.tr(_LANDS_ON[u.role.value])
            title = f" · {u.job_title}" if u.job_title else ""
            item = QListWidgetItem(f"{u.name}\n    {role}{title} · {lands}")
            item.setData(USER_ROLE, u)
            self.users_list.addItem(item)
        layout.addWidget(self.users_list, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.start_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start_button.setText(self.tr("Start as this user"))
        self.start_button.setObjectName("start_button")
        self.buttons.accepted.connect(self.choose)
        self.buttons.rejected.connect(self.reject)
        self.users_list.itemActivated.connect(lambda _item: self.choose())
        layout.addWidget(self.buttons)
        if users:
            self.users_list.setCurrentRow(0)
        self.users_list.setFocus()

    def select(self, username: str) -> None:
        for row in range(self.users_list.count()):
            if self.users_list.item(row).data(USER_ROLE).username == username:
                self.users_list.setCurrentRow(row)

    def choose(self) -> None:
        item = self.users_list.currentItem()
        if item is None:
            return
        self.chosen = item.data(USER_ROLE)
        self.accept()


def choose_user_on_screen(
    users: tuple[DeskUser, ...], *, demo: bool = True, parent: QWidget | None = None
) -> DeskUser:
    """The start screen until a user is chosen; ``Cancelled`` if the visitor cancels. Call on
    the UI thread (``OnUiThread.call`` from another)."""
    dialog = StartScreenDialog(users, demo=demo, parent=parent or QApplication.activeWindow())
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
            raise Cancelled("no user chosen")
        return dialog.chosen
    finally:
        dialog.deleteLater()
