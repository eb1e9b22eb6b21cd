"""The case's front doors in its workspace: core group membership, contact details, the lead
professional, and review conferences. Each opens its dialog; what was saved is said in the status
bar and the workspace reloads."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHBoxLayout, QPushButton

from lpdesk.gui.shell.signals import emit

if TYPE_CHECKING:
    from lpdesk.gui.case.case_workspace import CaseWorkspace

__all__ = ["CaseActions"]

DIALOGS = {  # imported when first opened, as the workspace's other dialogs are
    "member": ("member_dialog", "MemberDialog"),
    "change": ("member_change_dialog", "MemberChangeDialog"),
    "person": ("person_dialog", "PersonDialog"),
    "lead": ("lead_professional_dialog", "LeadProfessionalDialog"),
    "conference": ("conference_dialog", "ConferenceDialog"),
}


class CaseActions(QObject):
    def __init__(self, workspace: CaseWorkspace) -> None:
        super().__init__(workspace)
        self.workspace = workspace
        ui = workspace.ui
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, name in (
            ("member", self.tr("Add a member…"), self.tr("Add a core group member")),
            ("change", self.tr("Leaves or excluded…"), self.tr("A member leaves or is excluded")),
            ("person", self.tr("Contact details…"), self.tr("Edit a person's contact details")),
            ("lead", self.tr("Lead professional…"), self.tr("Assign or transfer the LP")),
        ):
            self.buttons[key] = self._button(ui.members_tab, key, text, name)
            row.addWidget(self.buttons[key])
        row.addStretch(1)
        ui.members_layout.insertLayout(0, row)
        self.buttons["conference"] = self._button(
            ui.conferences_group,
            "conference",
            self.tr("Record a review…"),
            self.tr("Record a review conference"),
        )
        ui.conferences_layout.addWidget(self.buttons["conference"])

    def _button(self, parent: Any, key: str, text: str, name: str) -> QPushButton:
        button = QPushButton(text, parent)
        button.setObjectName(f"{key}_action_button")
        button.setAccessibleName(name)
        button.clicked.connect(lambda: self.open(key))
        return button

    def show(self, closed: bool) -> None:
        """A closed case's records are read-only: its front doors are shut."""
        for button in self.buttons.values():
            button.setEnabled(not closed)

    def open(self, key: str) -> Any:
        ws = self.workspace
        if ws.session is None or ws.snapshot is None:
            return None
        module, name = DIALOGS[key]
        dialog_class = getattr(importlib.import_module(f"lpdesk.gui.case.{module}"), name)
        dialog = dialog_class(ws.runner, ws.session, ws.snapshot.overview, ws)
        dialog.sig_saved.connect(lambda result: emit(ws.sig_status, dialog.saved_text(result)))
        return ws._show_dialog(dialog)
