"""Complete an escalation step (line manager, core group, chair, urgent review, legal threshold
meeting): with whom it was discussed, when, and what was decided. A completed step leaves the due
list; the message after saving says so."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from lpdesk.domain import EscalationStep, EscalationStepKind, EscalationTrigger
from lpdesk.gui.case import form_parts as fp
from lpdesk.gui.shell.changes import Kind
from lpdesk.gui.shell.labels import fmt_date
from lpdesk.gui.shell.record_dialog import RecordDialog, from_qdate
from lpdesk.gui.shell.screen_fit import fit_to_screen
from lpdesk.gui.shell.session import GuiSession
from lpdesk.gui.shell.tasks import TaskRunner
from lpdesk.services.cases import CaseOverview

__all__ = ["EscalationDialog", "step_label"]

_STEPS = {
    EscalationStepKind.LINE_MANAGER_DISCUSSION: "Discussion with the line manager",
    EscalationStepKind.CORE_GROUP_DISCUSSION: "Discussion with the core group",
    EscalationStepKind.CHAIR_DISCUSSION: "Discussion with the conference chair",
    EscalationStepKind.URGENT_REVIEW_CONSIDERED: "Urgent review conference considered",
    EscalationStepKind.LEGAL_THRESHOLD_CONSIDERED: "Legal threshold meeting considered",
}
_TRIGGERS = {
    EscalationTrigger.CONTACT_REFUSED: "contact refused",
    EscalationTrigger.NOT_SEEN_BY_LP: "not seen by the lead professional",
    EscalationTrigger.NOT_SEEN_BY_ANY_AGENCY: "not seen by any agency",
}


def step_label(tr: Callable[[str], str], step: EscalationStep, children: dict[int, str]) -> str:
    child = children.get(step.child_id or 0, "")
    text = tr("{step} ({trigger}, opened {day})").format(
        step=tr(_STEPS[step.step]),
        trigger=tr(_TRIGGERS[step.trigger]),
        day=fmt_date(step.opened_on),
    )
    return f"{child}: {text}" if child else text


class EscalationDialog(RecordDialog):
    kinds = (Kind.ESCALATIONS,)

    def __init__(
        self,
        runner: TaskRunner,
        session: GuiSession,
        overview: CaseOverview,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, session, overview, parent)
        self.setObjectName("escalation_dialog")
        self.setWindowTitle(self.tr("Complete an escalation step"))
        fit_to_screen(self, 620, 420)
        self.steps: list[EscalationStep] = []
        self._build()
        self.attach(self.error_label_widget, self.buttons)
        self.field_widgets = {
            "step_id": self.step_combo,
            "done_on": self.done_on_edit,
            "note": self.decision_edit,
        }
        self.load()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A refused visit or a child not seen opens these steps. Record each one when it"
                " is done: with whom, on what day, and the decision."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "page_hint")
        layout.addWidget(intro)
        form = QFormLayout()
        self.step_combo = fp.combo(self, "step_combo", self.tr("Escalation step to complete"))
        self.done_on_edit = fp.date_edit(
            self, "done_on_edit", self.tr("Day the step was done"), self.session.ctx.clock.today()
        )
        self.with_whom_edit = QLineEdit(self)
        self.with_whom_edit.setObjectName("with_whom_edit")
        self.with_whom_edit.setAccessibleName(self.tr("With whom it was discussed"))
        self.decision_edit = fp.text_edit(self, "decision_edit", self.tr("Decision"), 140)
        for text, widget in (
            (self.tr("Step"), self.step_combo),
            (self.tr("Done on"), self.done_on_edit),
            (self.tr("With whom"), self.with_whom_edit),
            (self.tr("Decision"), self.decision_edit),
        ):
            form.addRow(fp.buddy(self, text, widget), widget)
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
                self.step_combo,
                self.done_on_edit,
                self.with_whom_edit,
                self.decision_edit,
                self.buttons,
            ],
        )

    def load(self) -> None:
        from lpdesk.services.escalations import open_steps

        ctx, case_id = self.session.ctx, self.overview.case.id
        assert case_id is not None
        self.runner.run(
            lambda: open_steps(ctx, case_id=case_id), self._loaded, self._refused, owner=self
        )

    def _loaded(self, steps: list[EscalationStep]) -> None:
        self.steps = steps
        children = {c.child.id or 0: c.name for c in self.overview.children}
        self.step_combo.clear()
        for step in steps:
            self.step_combo.addItem(step_label(self.tr, step, children), step.id)
        if not steps:
            self.show_problems({}, self.tr("No escalation step is waiting on this case."))

    def select_step(self, step_id: int) -> None:
        index = self.step_combo.findData(step_id)
        if index >= 0:
            self.step_combo.setCurrentIndex(index)

    def show_problems(self, by_field: dict[str, str], text: str) -> None:
        labels = {
            "step_id": self.tr("Step"),
            "done_on": self.tr("Done on"),
            "note": self.tr("Decision"),
        }
        super().show_problems(by_field, fp.name_fields(text, labels))

    def build_call(self) -> Callable[[], Any]:
        from lpdesk.services.escalations import complete_step

        step_id = self.step_combo.currentData()
        if step_id is None:
            raise ValueError(self.tr("Choose the step you have completed."))
        who = self.with_whom_edit.text().strip()
        if not who:
            raise ValueError(self.tr("With whom: say who the step was discussed with."))
        decision = self.decision_edit.toPlainText().strip()
        note = self.tr("With {who}. Decision: {decision}").format(who=who, decision=decision)
        if not decision:
            note = ""  # the service names the missing decision
        ctx, done_on = self.session.ctx, from_qdate(self.done_on_edit.date())
        return lambda: complete_step(ctx, step_id=step_id, done_on=done_on, note=note)

    def _saved(self, result: Any) -> None:
        children = {c.child.id or 0: c.name for c in self.overview.children}
        parent = self.parentWidget() or self
        fp.show_saved(
            parent,
            self.tr("Escalation step completed"),
            self.tr("Saved: {step}, done on {day}. It has left the due list.").format(
                step=step_label(self.tr, result, children), day=fmt_date(result.done_on)
            ),
        )
        super()._saved(result)
