"""Record a visit to a child (Designer form ``ui/visit_dialog.ui``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from lpdesk.domain import VisitOutcome
from lpdesk.gui.forms.ui_visit_dialog import Ui_VisitDialog
from lpdesk.gui.shell.changes import Kind
from lpdesk.gui.shell.labels import visit_outcome_label
from lpdesk.gui.shell.record_dialog import RecordDialog, from_qdatetime, to_qdatetime
from lpdesk.gui.shell.session import GuiSession
from lpdesk.gui.shell.tab_leaves import leave_on_tab
from lpdesk.gui.shell.tasks import TaskRunner
from lpdesk.services.cases import CaseOverview

__all__ = ["VisitDialog"]


class VisitDialog(RecordDialog):
    kinds = (Kind.VISITS, Kind.ESCALATIONS)

    def __init__(
        self,
        runner: TaskRunner,
        session: GuiSession,
        overview: CaseOverview,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, session, overview, parent)
        self.findings_text = ""
        self.ui = Ui_VisitDialog()
        self.ui.setupUi(self)
        self.setObjectName("visit_dialog")
        self.setWindowTitle(
            self.tr("Record a visit: {reference}").format(reference=overview.case.reference)
        )
        self._fill()
        self.attach(self.ui.error_label, self.ui.button_box)
        self.field_widgets = {
            "child_id": self.ui.child_combo,
            "visitor_person_id": self.ui.visitor_combo,
            "visited_at": self.ui.visited_at_edit,
            "outcome": self.ui.outcome_combo,
            "present": self.ui.present_edit,
            "spoke_with_child": self.ui.spoke_check,
            "seen_alone": self.ui.alone_check,
            "bedroom_seen": self.ui.bedroom_check,
            "not_alone_reason": self.ui.not_alone_reason_edit,
            "observations": self.ui.observations_edit,
            "key_subjects": self.ui.key_subjects_edit,
            "presentation": self.ui.presentation_edit,
            "new_concerns": self.ui.new_concerns_edit,
        }
        self._connect_signals()
        self._update_enabled()

    def _fill(self) -> None:
        for child in self.overview.children:
            self.ui.child_combo.addItem(child.name, child.child.id)
        for label, pid in self.people_choices(professionals_only=True):
            self.ui.visitor_combo.addItem(label, pid)
        me = self.session.ctx.actor.person_id
        if me is not None and self.ui.visitor_combo.findData(me) >= 0:
            self.ui.visitor_combo.setCurrentIndex(self.ui.visitor_combo.findData(me))
        for outcome in VisitOutcome:
            self.ui.outcome_combo.addItem(visit_outcome_label(outcome), outcome.value)
        now = self.session.ctx.clock.now()
        self.ui.visited_at_edit.setDateTime(to_qdatetime(now.replace(second=0, microsecond=0)))
        self.ui.visited_at_edit.setMaximumDateTime(to_qdatetime(now))
        leave_on_tab(self.ui.visited_at_edit)

    def _connect_signals(self) -> None:
        self.ui.outcome_combo.currentIndexChanged.connect(lambda _i: self._update_enabled())
        self.ui.alone_check.toggled.connect(lambda _on: self._update_enabled())

    def _update_enabled(self) -> None:
        seen = self.ui.outcome_combo.currentData() == VisitOutcome.COMPLETED.value
        for check in (self.ui.spoke_check, self.ui.alone_check, self.ui.bedroom_check):
            check.setEnabled(seen)
            if not seen:
                check.setChecked(False)
        self.ui.not_alone_reason_edit.setEnabled(seen and not self.ui.alone_check.isChecked())

    def build_call(self) -> Callable[[], Any]:
        from lpdesk.services.visits import record_visit

        ctx = self.session.ctx
        values: dict[str, Any] = {
            "case_id": self.overview.case.id,
            "child_id": self.ui.child_combo.currentData(),
            "visitor_person_id": self.ui.visitor_combo.currentData(),
            "visited_at": from_qdatetime(self.ui.visited_at_edit.dateTime()),
            "outcome": self.ui.outcome_combo.currentData(),
            "present": self.ui.present_edit.text(),
            "spoke_with_child": self.ui.spoke_check.isChecked(),
            "seen_alone": self.ui.alone_check.isChecked(),
            "not_alone_reason": self.ui.not_alone_reason_edit.toPlainText(),
            "bedroom_seen": self.ui.bedroom_check.isChecked(),
            "observations": self.ui.observations_edit.toPlainText(),
            "key_subjects": self.ui.key_subjects_edit.toPlainText(),
            "presentation": self.ui.presentation_edit.toPlainText(),
            "new_concerns": self.ui.new_concerns_edit.toPlainText(),
        }
        if values["child_id"] is None:
            raise ValueError(self.tr("The case has no child to record a visit to."))
        if values["visitor_person_id"] is None:
            raise ValueError(self.tr("Choose who visited."))
        return lambda: record_visit(ctx, **values)

    def _saved(self, result: Any) -> None:
        """Say what was saved and show the findings at once: words to make specific, a visit
        recorded late, and the escalation steps a refused visit opened."""
        from lpdesk.gui.case.escalation_dialog import step_label
        from lpdesk.gui.case.form_parts import show_saved
        from lpdesk.gui.shell.labels import fmt_datetime

        visit = result.visit
        children = {c.child.id or 0: c.name for c in self.overview.children}
        lines = [
            self.tr("Saved: the visit to {child} on {when} ({outcome}).").format(
                child=children.get(visit.child_id, ""),
                when=fmt_datetime(visit.visited_at),
                outcome=visit_outcome_label(visit.outcome).lower(),
            )
        ]
        if result.late:
            lines.append(self.tr("Recorded late: {reason}.").format(reason=result.late_reason))
        places = {"observations": self.tr("Observations"), "presentation": self.tr("Presentation")}
        for finding in result.language_findings:
            lines.append(
                self.tr("{place}: “{label}”: {prompt}").format(
                    place=places.get(finding.field, finding.field),
                    label=finding.label,
                    prompt=finding.prompt,
                )
            )
        if result.escalation_steps:
            lines.append(self.tr("Escalation steps now due (complete them from the case):"))
            lines.extend(f"• {step_label(self.tr, s, children)}" for s in result.escalation_steps)
        self.findings_text = "\n".join(lines)
        show_saved(self.parentWidget() or self, self.tr("Visit recorded"), self.findings_text)
        super()._saved(result)
