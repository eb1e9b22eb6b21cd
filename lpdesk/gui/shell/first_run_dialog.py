"""First run of a desk's own database: who the desk belongs to (name, role, team, and who they
are in the directory). ``set_up`` is the composition root's call (``services.desk.set_up_owner``);
refused input is shown beside the form and the dialog stays open."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from lpdesk.domain import Cancelled, LpdeskError, UserRole
from lpdesk.gui.shell.errors import describe, field_messages
from lpdesk.gui.shell.session import user_role_label
from lpdesk.services.desk import DeskPerson, DeskUser

__all__ = ["FirstRunDialog", "set_up_desk_on_screen"]

SetUp = Callable[..., DeskUser]


class FirstRunDialog(QDialog):
    def __init__(
        self, set_up: SetUp, people: tuple[DeskPerson, ...] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._set_up = set_up
        self.owner: DeskUser | None = None
        self.setObjectName("first_run_dialog")
        self.setWindowTitle(self.tr("Set up this desk"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "This desk keeps its records on this computer and belongs to one person. "
                "Say who you are: lpdesk records your name against everything you do, and "
                "opens on your own work."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "page_hint")
        layout.addWidget(intro)
        form = QFormLayout()
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("name_edit")
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("role_combo")
        self.role_combo.setAccessibleName(self.tr("Your role"))
        for role in UserRole:
            self.role_combo.addItem(user_role_label(role).capitalize(), role)
        self.team_edit = QLineEdit(self)
        self.team_edit.setObjectName("team_edit")
        self.team_edit.setAccessibleName(self.tr("Your team"))
        self.job_title_edit = QLineEdit(self)
        self.job_title_edit.setObjectName("job_title_edit")
        self.job_title_edit.setAccessibleName(self.tr("Your job title"))
        self.person_combo = QComboBox(self)
        self.person_combo.setObjectName("person_combo")
        self.person_combo.setAccessibleName(self.tr("Who you are in the directory"))
        self.person_combo.addItem(self.tr("Not in the directory yet: add me"), None)
        for p in people:
            detail = ", ".join(x for x in (p.job_title, p.agency) if x)
            self.person_combo.addItem(f"{p.name} ({detail})" if detail else p.name, p.id)
        self.qualified_check = QCheckBox(self.tr("I am a qualified social worker"), self)
        self.qualified_check.setObjectName("qualified_check")
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Role"), self.role_combo)
        form.addRow(self.tr("&Team"), self.team_edit)
        form.addRow(self.tr("&Job title"), self.job_title_edit)
        form.addRow(self.tr("In the &directory"), self.person_combo)
        form.addRow("", self.qualified_check)
        layout.addLayout(form)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty("role", "warning")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.set_up_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.set_up_button.setText(self.tr("Set up the desk"))
        self.set_up_button.setObjectName("set_up_button")
        self.buttons.accepted.connect(self.try_set_up)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.person_combo.currentIndexChanged.connect(self._person_chosen)
        self.name_edit.setFocus()

    def _person_chosen(self, index: int) -> None:
        if index > 0 and not self.name_edit.text().strip():
            self.name_edit.setText(self.person_combo.currentText().split(" (")[0])

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name_edit.text(),
            "role": UserRole(self.role_combo.currentData()),
            "team": self.team_edit.text(),
            "job_title": self.job_title_edit.text(),
            "person_id": self.person_combo.currentData(),
            "qualified_social_worker": self.qualified_check.isChecked(),
        }

    def try_set_up(self) -> None:
        if not self.name_edit.text().strip():
            self._refused(self.tr("Your name: required"))
            self.name_edit.setFocus()
            return
        try:
            self.owner = self._set_up(**self.values())
        except LpdeskError as err:
            messages = field_messages(err)
            self._refused("\n".join(messages.values()) if messages else describe(err).text)
            return
        self.accept()

    def _refused(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()


def set_up_desk_on_screen(
    set_up: SetUp, people: tuple[DeskPerson, ...] = (), parent: QWidget | None = None
) -> DeskUser:
    """The first-run dialog until the desk is set up; ``Cancelled`` if the person cancels. Call
    on the UI thread (``OnUiThread.call`` from another)."""
    dialog = FirstRunDialog(set_up, people, parent or QApplication.activeWindow())
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.owner is None:
            raise Cancelled("desk set-up cancelled")
        return dialog.owner
    finally:
        dialog.deleteLater()
