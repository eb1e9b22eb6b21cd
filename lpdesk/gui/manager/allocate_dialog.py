"""Allocate an unallocated case from the manager's view: the team's lead professionals with their
weighted load against their capacity (over-allocation shown), only qualified social workers
eligible for a child protection case; the allocation is made through ``assign_lead_professional``
on the database thread and the dialog closes only when it is stored."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lpdesk.domain import Case, LeadAssignment
from lpdesk.gui.shell.changes import Changes, Kind
from lpdesk.gui.shell.errors import describe, field_messages
from lpdesk.gui.shell.screen_fit import fit_to_screen
from lpdesk.gui.shell.session import GuiSession
from lpdesk.gui.shell.signals import emit
from lpdesk.gui.shell.status_label import StatusLabel
from lpdesk.gui.shell.tasks import TaskRunner
from lpdesk.services.cases import assign_lead_professional
from lpdesk.services.oversight import AllocationChoice

__all__ = ["AllocateDialog"]

CHOICE_ROLE = Qt.ItemDataRole.UserRole + 1


class AllocateDialog(QDialog):
    sig_allocated = Signal(object)  # the LeadAssignment stored

    def __init__(
        self,
        runner: TaskRunner,
        session: GuiSession,
        case: Case,
        choices: list[AllocationChoice],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner, self.session, self.case = runner, session, case
        self.setObjectName("allocate_dialog")
        self.setWindowTitle(self.tr("Allocate case {reference}").format(reference=case.reference))
        fit_to_screen(self, 560, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose the lead professional. Each worker's weighted caseload is shown against "
                "what they can carry after their protected time."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "page_hint")
        layout.addWidget(intro)
        self.workers_list = QListWidget(self)
        self.workers_list.setObjectName("workers_list")
        self.workers_list.setAccessibleName(self.tr("Lead professionals who could take the case"))
        for choice in choices:
            load = choice.load
            text = self.tr("{name}: {weight:g} of {capacity:g}").format(
                name=load.name, weight=load.weight, capacity=load.capacity
            )
            if load.over_allocated:
                text += " · " + self.tr("over-allocated")
            if not choice.eligible:
                text += " · " + self.tr(choice.reason)
            item = QListWidgetItem(text)
            item.setData(CHOICE_ROLE, choice)
            if not choice.eligible:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.workers_list.addItem(item)
        layout.addWidget(self.workers_list, 1)
        self.error_label = StatusLabel(self)
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty("role", "error")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.allocate_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.allocate_button.setText(self.tr("Allocate"))
        self.allocate_button.setObjectName("allocate_button")
        self.buttons.accepted.connect(self.allocate)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        first = next(
            (i for i, c in enumerate(choices) if c.eligible and not c.load.over_allocated),
            next((i for i, c in enumerate(choices) if c.eligible), -1),
        )
        self.workers_list.setCurrentRow(first)
        self.workers_list.setFocus()

    def select(self, name: str) -> None:
        for row in range(self.workers_list.count()):
            if self.workers_list.item(row).data(CHOICE_ROLE).load.name == name:
                self.workers_list.setCurrentRow(row)

    def allocate(self) -> None:
        item = self.workers_list.currentItem()
        choice = item.data(CHOICE_ROLE) if item is not None else None
        if not isinstance(choice, AllocationChoice) or not choice.eligible:
            self._refused(self.tr("Choose a lead professional who may take this case."))
            return
        ctx, case_id, person_id = self.session.ctx, self.case.id, choice.load.person_id
        assert case_id is not None
        self.allocate_button.setEnabled(False)
        self.runner.run(
            lambda: assign_lead_professional(
                ctx, case_id=case_id, person_id=person_id, started_on=ctx.clock.today()
            ),
            self._allocated,
            self._failed,
            owner=self,
            changes=Changes.of(case_id, Kind.CASES, Kind.STAFF),
        )

    def _allocated(self, assignment: LeadAssignment) -> None:
        emit(self.sig_allocated, assignment)
        self.accept()

    def _failed(self, err: BaseException) -> None:
        self.allocate_button.setEnabled(True)
        messages = field_messages(err)
        self._refused("\n".join(messages.values()) if messages else describe(err).text)

    def _refused(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
