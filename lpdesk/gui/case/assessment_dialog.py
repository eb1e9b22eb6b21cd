"""Commission a core or specialist assessment (what, by whom, due when), or record that one
commissioned earlier is complete."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from lpdesk.domain import Assessment, AssessmentKind
from lpdesk.gui.case import form_parts as fp
from lpdesk.gui.shell.changes import Kind
from lpdesk.gui.shell.labels import fmt_date
from lpdesk.gui.shell.record_dialog import RecordDialog, from_qdate
from lpdesk.gui.shell.screen_fit import fit_to_screen
from lpdesk.gui.shell.session import GuiSession
from lpdesk.gui.shell.tasks import TaskRunner
from lpdesk.services.cases import CaseOverview

__all__ = ["AssessmentDialog"]


class AssessmentDialog(RecordDialog):
    kinds = (Kind.EVENTS,)

    def __init__(
        self,
        runner: TaskRunner,
        session: GuiSession,
        overview: CaseOverview,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, session, overview, parent)
        self.summary = ""
        self.setObjectName("assessment_dialog")
        self.setWindowTitle(self.tr("Assessments"))
        fit_to_screen(self, 600, 440)
        self._build()
        self.attach(self.error_label_widget, self.buttons)
        self.field_widgets = {
            "kind": self.kind_combo,
            "title": self.title_edit,
            "provider": self.provider_edit,
            "due_on": self.due_on_edit,
            "commissioned_on": self.commissioned_on_edit,
            "assessment_id": self.open_combo,
            "completed_on": self.completed_on_edit,
        }
        self._update_enabled()
        self.load()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        today = self.session.ctx.clock.today()
        self.commission_radio = QRadioButton(self.tr("Commission an assessment"), self)
        self.commission_radio.setObjectName("commission_radio")
        self.commission_radio.setAccessibleName(self.tr("Commission an assessment"))
        self.commission_radio.setChecked(True)
        self.complete_radio = QRadioButton(self.tr("Record an assessment as complete"), self)
        self.complete_radio.setObjectName("complete_radio")
        self.complete_radio.setAccessibleName(self.tr("Record an assessment as complete"))
        group = QButtonGroup(self)
        group.addButton(self.commission_radio)
        group.addButton(self.complete_radio)
        self.kind_combo = fp.combo(self, "kind_combo", self.tr("Kind of assessment"))
        self.kind_combo.addItem(self.tr("Core assessment"), AssessmentKind.CORE)
        self.kind_combo.addItem(self.tr("Specialist assessment"), AssessmentKind.SPECIALIST)
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("title_edit")
        self.title_edit.setAccessibleName(self.tr("What the assessment is"))
        self.provider_edit = QLineEdit(self)
        self.provider_edit.setObjectName("provider_edit")
        self.provider_edit.setAccessibleName(self.tr("Who carries it out"))
        self.commissioned_on_edit = fp.date_edit(
            self, "commissioned_on_edit", self.tr("Day it was commissioned"), today
        )
        self.due_on_edit = fp.date_edit(
            self, "due_on_edit", self.tr("Day it is due"), today + timedelta(days=35)
        )
        self.open_combo = fp.combo(self, "open_combo", self.tr("Assessment to record as complete"))
        self.completed_on_edit = fp.date_edit(
            self, "completed_on_edit", self.tr("Day it was completed"), today
        )
        form = QFormLayout()
        form.addRow(self.commission_radio)
        for text, widget in (
            (self.tr("Kind"), self.kind_combo),
            (self.tr("What"), self.title_edit),
            (self.tr("Carried out by"), self.provider_edit),
            (self.tr("Commissioned on"), self.commissioned_on_edit),
            (self.tr("Due by"), self.due_on_edit),
        ):
            form.addRow(fp.buddy(self, text, widget), widget)
        form.addRow(self.complete_radio)
        form.addRow(fp.buddy(self, self.tr("Assessment"), self.open_combo), self.open_combo)
        form.addRow(
            fp.buddy(self, self.tr("Completed on"), self.completed_on_edit), self.completed_on_edit
        )
        layout.addLayout(form)
        self.error_label_widget = fp.error_label(self)
        layout.addWidget(self.error_label_widget)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("button_box")
        layout.addWidget(self.buttons)
        fp.tab_chain(
            self,
            [
                self.commission_radio,
                self.kind_combo,
                self.title_edit,
                self.provider_edit,
                self.commissioned_on_edit,
                self.due_on_edit,
                self.complete_radio,
                self.open_combo,
                self.completed_on_edit,
                self.buttons,
            ],
        )
        self.commission_radio.toggled.connect(lambda _on: self._update_enabled())

    def _update_enabled(self) -> None:
        new = self.commission_radio.isChecked()
        for widget in (
            self.kind_combo,
            self.title_edit,
            self.provider_edit,
            self.commissioned_on_edit,
            self.due_on_edit,
        ):
            widget.setEnabled(new)
        self.open_combo.setEnabled(not new)
        self.completed_on_edit.setEnabled(not new)

    def load(self) -> None:
        from lpdesk.services.assessments import list_assessments

        ctx, case_id = self.session.ctx, self.overview.case.id
        assert case_id is not None
        self.runner.run(
            lambda: list_assessments(ctx, case_id=case_id), self._loaded, self._refused, owner=self
        )

    def _loaded(self, found: list[Assessment]) -> None:
        self.open_combo.clear()
        for a in found:
            if a.completed_on is None:
                label = self.tr("{title}, due {day}").format(title=a.title, day=fmt_date(a.due_on))
                self.open_combo.addItem(label, a.id)
        self.complete_radio.setEnabled(self.open_combo.count() > 0)

    def show_problems(self, by_field: dict[str, str], text: str) -> None:
        labels = {
            "kind": self.tr("Kind"),
            "title": self.tr("What"),
            "provider": self.tr("Carried out by"),
            "commissioned_on": self.tr("Commissioned on"),
            "due_on": self.tr("Due by"),
            "assessment_id": self.tr("Assessment"),
            "completed_on": self.tr("Completed on"),
        }
        super().show_problems(by_field, fp.name_fields(text, labels))

    def build_call(self) -> Callable[[], Any]:
        from lpdesk.services.assessments import commission_assessment, complete_assessment

        ctx, case_id = self.session.ctx, self.overview.case.id
        assert case_id is not None
        if self.complete_radio.isChecked():
            assessment_id = self.open_combo.currentData()
            if assessment_id is None:
                raise ValueError(self.tr("Choose the assessment that is complete."))
            done = from_qdate(self.completed_on_edit.date())
            return lambda: complete_assessment(ctx, assessment_id=assessment_id, completed_on=done)
        values = {
            "case_id": case_id,
            "kind": self.kind_combo.currentData(),
            "title": self.title_edit.text(),
            "provider": self.provider_edit.text(),
            "commissioned_on": from_qdate(self.commissioned_on_edit.date()),
            "due_on": from_qdate(self.due_on_edit.date()),
        }
        return lambda: commission_assessment(ctx, **values)

    def _saved(self, result: Any) -> None:
        if result.completed_on is not None:
            text = self.tr("Saved: {title} completed on {day}.").format(
                title=result.title, day=fmt_date(result.completed_on)
            )
        else:
            text = self.tr("Saved: {title} commissioned on {start}, due by {due}.").format(
                title=result.title,
                start=fmt_date(result.commissioned_on),
                due=fmt_date(result.due_on),
            )
        self.summary = text
        fp.show_saved(self.parentWidget() or self, self.windowTitle(), text)
        super()._saved(result)
