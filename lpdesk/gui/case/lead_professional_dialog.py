"""Assign the lead professional (the team manager), or transfer the role: from when, the handover
note and the day the family was told. On a child protection plan only a qualified social worker
may hold it (the service says so beside the field)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from lpdesk.gui.case.form_dialog import FormDialog
from lpdesk.gui.shell.changes import Kind
from lpdesk.gui.shell.session import GuiSession
from lpdesk.gui.shell.tasks import TaskRunner
from lpdesk.services.cases import CaseOverview

__all__ = ["LeadProfessionalDialog"]


class LeadProfessionalDialog(FormDialog):
    kinds = (Kind.CASES, Kind.PEOPLE, Kind.STAFF)

    def __init__(
        self,
        runner: TaskRunner,
        session: GuiSession,
        overview: CaseOverview,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, session, overview, parent)
        lead = self.overview.lead
        intro = (
            self.tr("Now: {name}. A transfer keeps the history.").format(name=lead.name)
            if lead is not None
            else self.tr("The case has no lead professional yet.")
        )
        self.begin("lead_professional_dialog", self.tr("Lead professional"), intro)
        self.person_combo = self.combo(
            self.tr("New lead professional"), "person_id", "person_combo"
        )
        today = self.session.ctx.clock.today()
        self.started_edit = self.day(self.tr("Starts on"), "started_on", "started_edit", today)
        self.handover_edit = self.text(self.tr("Handover note"), "handover_note", "handover_edit")
        self.informed_edit = self.day(
            self.tr("Family told on"), "family_informed_on", "informed_edit"
        )
        self.finish()
        self.load_directory(self._fill)

    def _fill(self) -> None:
        current = self.overview.lead.assignment.person_id if self.overview.lead else None
        entries = sorted(  # qualified social workers first: a CP plan needs one
            self.directory_entries, key=lambda e: not e.person.qualified_social_worker
        )
        for entry in entries:
            if entry.person.id == current:
                continue
            label = entry.label
            if entry.person.qualified_social_worker:
                label = self.tr("{label}, qualified social worker").format(label=label)
            self.person_combo.addItem(label, entry.person.id)

    def build_call(self) -> Callable[[], Any]:
        from lpdesk.services.cases import assign_lead_professional

        person_id = self.person_combo.currentData()
        started = self.started_edit.date()
        if person_id is None or started is None:
            raise ValueError(self.tr("Choose who takes the role, and from when."))
        values = {
            "case_id": self.overview.case.id or 0,
            "person_id": person_id,
            "started_on": started,
            "handover_note": self.handover_edit.toPlainText(),
            "family_informed_on": self.informed_edit.date(),
        }
        ctx = self.session.ctx
        return lambda: assign_lead_professional(ctx, **values)

    def saved_text(self, result: Any) -> str:
        names = {e.person.id: e.person.name for e in self.directory_entries}
        return self.tr("{name} is now the lead professional.").format(
            name=names.get(result.person_id, "")
        )
