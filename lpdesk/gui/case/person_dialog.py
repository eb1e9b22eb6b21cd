"""A person's contact details, interpreter or access needs and withheld address, edited in one
place: every case they are on reads the same record."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from lpdesk.gui.case.form_dialog import FormDialog
from lpdesk.gui.shell.changes import Changes, Kind
from lpdesk.gui.shell.session import GuiSession
from lpdesk.gui.shell.tasks import TaskRunner
from lpdesk.services.cases import CaseOverview

__all__ = ["PersonDialog"]


class PersonDialog(FormDialog):
    kinds = (Kind.PEOPLE,)

    def changes_made(self, result: Any) -> Changes:
        """A person's details show on every case they are on, not only this one."""
        return Changes.of(None, *self.kinds)

    def __init__(
        self,
        runner: TaskRunner,
        session: GuiSession,
        overview: CaseOverview,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, session, overview, parent)
        self.begin(
            "person_dialog",
            self.tr("Contact details"),
            self.tr("Changes here apply wherever this person is a member."),
        )
        self.person_combo = self.combo(self.tr("Person"), "person_id", "person_combo")
        self.email_edit = self.line(self.tr("Email"), "email", "email_edit")
        self.phone_edit = self.line(self.tr("Phone"), "phone", "phone_edit")
        self.address_edit = self.text(self.tr("Address"), "address", "address_edit", 60)
        self.withheld_check = self.check(
            self.tr("Withhold this address from everyone else"),
            "address_withheld",
            "withheld_check",
        )
        self.withheld_reason_edit = self.line(
            self.tr("Why it is withheld"), "address_withheld_reason", "withheld_reason_edit"
        )
        self.access_edit = self.line(
            self.tr("Interpreter or access needs"), "access_needs", "access_edit"
        )
        self.finish()
        self.person_combo.currentIndexChanged.connect(lambda _i: self._show_person())
        self.load_directory(self._fill)

    def _fill(self) -> None:
        members = {m.membership.person_id for m in self.overview.members}
        self.people = {e.person.id: e.person for e in self.directory_entries}
        for m in self.overview.members:
            if m.membership.person_id in self.people:
                self.person_combo.addItem(m.name, m.membership.person_id)
        for entry in self.directory_entries:
            if entry.person.id not in members:
                self.person_combo.addItem(entry.label, entry.person.id)
        self._show_person()

    def select_person(self, person_id: int) -> None:
        self.person_combo.setCurrentIndex(max(0, self.person_combo.findData(person_id)))

    def _show_person(self) -> None:
        person = getattr(self, "people", {}).get(self.person_combo.currentData())
        if person is None:
            return
        self.email_edit.setText(person.email)
        self.phone_edit.setText(person.phone)
        self.address_edit.setPlainText(person.address)
        self.withheld_check.setChecked(person.address_withheld)
        self.withheld_reason_edit.setText(person.address_withheld_reason)
        self.access_edit.setText(person.access_needs)

    def build_call(self) -> Callable[[], Any]:
        from lpdesk.services.cases import update_contact_details

        person_id = self.person_combo.currentData()
        if person_id is None:
            raise ValueError(self.tr("Choose whose details to change."))
        ctx = self.session.ctx
        values: dict[str, Any] = {
            "email": self.email_edit.text(),
            "phone": self.phone_edit.text(),
            "address": self.address_edit.toPlainText(),
            "address_withheld": self.withheld_check.isChecked(),
            "address_withheld_reason": self.withheld_reason_edit.text(),
            "access_needs": self.access_edit.text(),
        }
        return lambda: update_contact_details(ctx, person_id=person_id, **values)

    def saved_text(self, result: Any) -> str:
        return self.tr("Contact details of {name} saved.").format(name=result.name)
