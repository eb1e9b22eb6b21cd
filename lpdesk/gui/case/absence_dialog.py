"""Record the lead professional's absence and its cover (or that cover cannot be met and the
manager's own manager was told). Built in code: two short choices."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from lpdesk.gui.shell.changes import Kind
from lpdesk.gui.shell.record_dialog import RecordDialog, from_qdate, to_qdate
from lpdesk.gui.shell.screen_fit import fit_to_screen
from lpdesk.gui.shell.session import GuiSession
from lpdesk.gui.shell.status_label import StatusLabel
from lpdesk.gui.shell.tab_leaves import leave_on_tab
from lpdesk.gui.shell.tasks import TaskRunner
from lpdesk.services.cases import CaseOverview

__all__ = ["AbsenceDialog"]


class AbsenceDialog(RecordDialog):
    kinds = (Kind.CASES, Kind.STAFF)

    def __init__(
        self,
        runner: TaskRunner,
        session: GuiSession,
        overview: CaseOverview,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, session, overview, parent)
        self.setObjectName("absence_dialog")
        self.setWindowTitle(self.tr("Lead professional absence and cover"))
        fit_to_screen(self, 560, 380)
        self._build()
        self.attach(self.error_label_widget, self.buttons)
        self.field_widgets = {
            "person_id": self.person_combo,
            "starts_on": self.starts_on_edit,
            "ends_on": self.ends_on_edit,
            "cover_person_id": self.cover_combo,
            "absence_id": self.cover_combo,
        }
        self._update_enabled()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Over the profile's limit (4 weeks by default) the LP's manager must record who"
                " covers the role, or that it cannot be covered and their own manager was told."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "page_hint")
        layout.addWidget(intro)
        form = QFormLayout()
        today = to_qdate(self.session.ctx.clock.today())
        self.person_combo = self._combo("person_combo", self.tr("Absent lead professional"))
        lead = self.overview.lead
        if lead is not None:
            self.person_combo.addItem(lead.name, lead.assignment.person_id)
        self.starts_on_edit = self._date("starts_on_edit", self.tr("Absence starts on"), today)
        self.open_ended_check = QCheckBox(self.tr("End date not known yet"), self)
        self.open_ended_check.setObjectName("open_ended_check")
        self.open_ended_check.setAccessibleName(self.tr("End date not known yet"))
        self.ends_on_edit = self._date(
            "ends_on_edit", self.tr("Absence ends on"), today.addDays(28)
        )
        self.cover_radio = QRadioButton(self.tr("Covered by"), self)
        self.cover_radio.setObjectName("cover_radio")
        self.cover_radio.setAccessibleName(self.tr("The role is covered"))
        self.cover_radio.setChecked(True)
        self.cannot_radio = QRadioButton(
            self.tr("Cover cannot be met: my manager has been told"), self
        )
        self.cannot_radio.setObjectName("cannot_radio")
        self.cannot_radio.setAccessibleName(self.tr("Cover cannot be met"))
        self.no_cover_radio = QRadioButton(
            self.tr("Record the absence only (decide cover later)"), self
        )
        self.no_cover_radio.setObjectName("no_cover_radio")
        self.no_cover_radio.setAccessibleName(self.tr("Record the absence only"))
        group = QButtonGroup(self)
        for radio in (self.cover_radio, self.cannot_radio, self.no_cover_radio):
            group.addButton(radio)
        self.cover_combo = self._combo("cover_combo", self.tr("Person covering the role"))
        absent = lead.assignment.person_id if lead is not None else None
        for label, pid in self.people_choices(professionals_only=True):
            if pid != absent:
                self.cover_combo.addItem(label, pid)
        form.addRow(self._label(self.tr("Lead professional"), self.person_combo), self.person_combo)
        form.addRow(self._label(self.tr("From"), self.starts_on_edit), self.starts_on_edit)
        form.addRow(self._label(self.tr("Until"), self.ends_on_edit), self.ends_on_edit)
        form.addRow("", self.open_ended_check)
        form.addRow("", self.cover_radio)
        form.addRow(self._label(self.tr("Covered by"), self.cover_combo), self.cover_combo)
        form.addRow("", self.cannot_radio)
        form.addRow("", self.no_cover_radio)
        layout.addLayout(form)
        self.error_label_widget = StatusLabel(self)
        self.error_label_widget.setObjectName("error_label")
        self.error_label_widget.setWordWrap(True)
        self.error_label_widget.setProperty("role", "warning")
        layout.addWidget(self.error_label_widget)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("button_box")
        layout.addWidget(self.buttons)
        chain: list[QWidget] = [
            self.person_combo,
            self.starts_on_edit,
            self.ends_on_edit,
            self.open_ended_check,
            self.cover_radio,
            self.cover_combo,
            self.cannot_radio,
            self.no_cover_radio,
            self.buttons,
        ]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)
        self.open_ended_check.toggled.connect(lambda _on: self._update_enabled())
        for radio in (self.cover_radio, self.cannot_radio, self.no_cover_radio):
            radio.toggled.connect(lambda _on: self._update_enabled())

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        return combo

    def _date(self, name: str, accessible: str, value: Any) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("ddd d MMM yyyy")
        edit.setDate(value)
        leave_on_tab(edit)
        return edit

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _update_enabled(self) -> None:
        self.ends_on_edit.setEnabled(not self.open_ended_check.isChecked())
        self.cover_combo.setEnabled(self.cover_radio.isChecked())

    def build_call(self) -> Callable[[], Any]:
        from lpdesk.services.cases import record_absence, record_cover, record_cover_cannot_be_met

        person_id = self.person_combo.currentData()
        if person_id is None:
            raise ValueError(self.tr("The case has no lead professional."))
        cover_id = self.cover_combo.currentData() if self.cover_radio.isChecked() else None
        if self.cover_radio.isChecked() and cover_id is None:
            raise ValueError(self.tr("Choose who covers the role."))
        cannot = self.cannot_radio.isChecked()
        ctx = self.session.ctx
        starts_on = from_qdate(self.starts_on_edit.date())
        ends_on = (
            None if self.open_ended_check.isChecked() else from_qdate(self.ends_on_edit.date())
        )

        def call() -> Any:
            absence = record_absence(ctx, person_id=person_id, starts_on=starts_on, ends_on=ends_on)
            assert absence.id is not None
            if cover_id is not None:
                return record_cover(ctx, absence_id=absence.id, cover_person_id=cover_id)
            if cannot:
                return record_cover_cannot_be_met(ctx, absence_id=absence.id)
            return absence

        return call
