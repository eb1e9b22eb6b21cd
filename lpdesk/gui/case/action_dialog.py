"""The plan dialog's outcome and action pages: add an outcome (with its SHANARRI indicator on a
GIRFEC plan), add a SMART action under an outcome (what, who from the core group, by when, how it
will be measured), and record an action's progress and status (a completed action states its
impact). Built in code: the choices come from the plan."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from lpdesk.domain import ActionStatus, PlanKind
from lpdesk.gui.shell.labels import action_status_label, member_role_label
from lpdesk.gui.shell.record_dialog import from_qdate, to_qdate
from lpdesk.gui.shell.session import GuiSession
from lpdesk.gui.shell.tab_leaves import leave_on_tab
from lpdesk.services.cases import CaseOverview
from lpdesk.services.plans import SHANARRI, PlanView

__all__ = ["ActionPage", "OutcomePage", "ProgressPage", "form_row", "text_edit"]


def text_edit(parent: QWidget, name: str, accessible: str, height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(height)
    return edit


def form_row(form: QFormLayout, parent: QWidget, text: str, widget: QWidget) -> None:
    label = QLabel(text, parent)
    label.setBuddy(widget)
    form.addRow(label, widget)


def _child_words_edit(parent: QWidget) -> QPlainTextEdit:
    """The line "My plan" shows the child instead of the adults' wording (optional)."""
    edit = text_edit(
        parent, "child_words_edit", parent.tr("In the child's words, for their own plan"), 50
    )
    edit.setPlaceholderText(parent.tr("Optional: how the child would say it, for My plan"))
    return edit


def _member_choices(overview: CaseOverview) -> list[tuple[str, int]]:
    choices: list[tuple[str, int]] = []
    for m in overview.members:
        extra = m.agency or m.job_title or member_role_label(m.role)
        choices.append((f"{m.name} ({extra})", m.membership.person_id))
    return choices


class OutcomePage(QWidget):
    def __init__(self, session: GuiSession, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("outcome_page")
        form = QFormLayout(self)
        self.description_edit = text_edit(self, "description_edit", self.tr("Outcome sought"))
        self.indicator_combo = QComboBox(self)
        self.indicator_combo.setObjectName("indicator_combo")
        self.indicator_combo.setAccessibleName(self.tr("SHANARRI wellbeing indicator"))
        self.indicator_combo.addItem(self.tr("(none)"), "")
        for indicator in SHANARRI:
            self.indicator_combo.addItem(self.tr(indicator.capitalize()), indicator)
        self.indicator_hint_label = QLabel(self)
        self.indicator_hint_label.setWordWrap(True)
        self.child_words_edit = _child_words_edit(self)
        form_row(form, self, self.tr("Outcome"), self.description_edit)
        form_row(form, self, self.tr("Wellbeing indicator"), self.indicator_combo)
        form.addRow(self.indicator_hint_label)
        form_row(form, self, self.tr("In the child's words"), self.child_words_edit)
        self.field_widgets: dict[str, QWidget] = {
            "description": self.description_edit,
            "indicator": self.indicator_combo,
            "child_words": self.child_words_edit,
        }

    def chain(self) -> list[QWidget]:
        return [self.description_edit, self.indicator_combo, self.child_words_edit]

    def load(self, view: PlanView) -> None:
        girfec = view.plan.kind is PlanKind.GIRFEC
        self.indicator_hint_label.setText(
            self.tr("A GIRFEC plan names the SHANARRI indicator each outcome serves.")
            if girfec
            else self.tr("Optional on this plan.")
        )

    def clear(self) -> None:
        self.description_edit.clear()
        self.indicator_combo.setCurrentIndex(0)
        self.child_words_edit.clear()

    def build_call(self, view: PlanView) -> Callable[[], Any]:
        from lpdesk.services.plans import add_outcome

        ctx, profiles = self.session.ctx, self.session.profiles
        plan_id = view.plan.id or 0
        description = self.description_edit.toPlainText()
        indicator = str(self.indicator_combo.currentData() or "")
        child_words = self.child_words_edit.toPlainText()
        return lambda: add_outcome(
            ctx,
            plan_id=plan_id,
            description=description,
            indicator=indicator,
            child_words=child_words,
            profiles=profiles,
        )


class ActionPage(QWidget):
    """Add a SMART action."""

    def __init__(self, session: GuiSession, overview: CaseOverview, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("action_page")
        form = QFormLayout(self)
        self.outcome_combo = QComboBox(self)
        self.outcome_combo.setObjectName("outcome_combo")
        self.outcome_combo.setAccessibleName(self.tr("Outcome the action serves"))
        self.what_edit = text_edit(self, "what_edit", self.tr("What will be done"))
        self.who_combo = QComboBox(self)
        self.who_combo.setObjectName("who_combo")
        self.who_combo.setAccessibleName(self.tr("Who will do it"))
        self.who_combo.addItem(self.tr("(choose a core group member)"), None)
        for label, pid in _member_choices(overview):
            self.who_combo.addItem(label, pid)
        self.by_when_edit = QDateEdit(self)
        self.by_when_edit.setObjectName("by_when_edit")
        self.by_when_edit.setAccessibleName(self.tr("By when"))
        self.by_when_edit.setCalendarPopup(True)
        self.by_when_edit.setDisplayFormat("ddd d MMM yyyy")
        leave_on_tab(self.by_when_edit)
        self.measure_edit = text_edit(self, "measure_edit", self.tr("How it will be measured"))
        self.measure_edit.setPlaceholderText(self.tr("How everyone will know it has been done"))
        self.child_words_edit = _child_words_edit(self)
        form_row(form, self, self.tr("Outcome"), self.outcome_combo)
        form_row(form, self, self.tr("What"), self.what_edit)
        form_row(form, self, self.tr("Who"), self.who_combo)
        form_row(form, self, self.tr("By when"), self.by_when_edit)
        form_row(form, self, self.tr("Measured by"), self.measure_edit)
        form_row(form, self, self.tr("In the child's words"), self.child_words_edit)
        self.field_widgets: dict[str, QWidget] = {
            "outcome_id": self.outcome_combo,
            "what": self.what_edit,
            "who_person_id": self.who_combo,
            "by_when": self.by_when_edit,
            "measure": self.measure_edit,
            "child_words": self.child_words_edit,
        }
        self.clear()

    def chain(self) -> list[QWidget]:
        return [
            self.outcome_combo,
            self.what_edit,
            self.who_combo,
            self.by_when_edit,
            self.measure_edit,
            self.child_words_edit,
        ]

    def load(self, view: PlanView) -> None:
        current = self.outcome_combo.currentData()
        self.outcome_combo.clear()
        self.outcome_combo.addItem(self.tr("(not under an outcome)"), None)
        for o in sorted(view.outcomes, key=lambda o: o.number):
            self.outcome_combo.addItem(f"{o.number}. {o.description[:80]}", o.id)
        self.outcome_combo.setCurrentIndex(max(0, self.outcome_combo.findData(current)))
        self.by_when_edit.setMinimumDate(to_qdate(view.plan.started_on))

    def clear(self) -> None:
        self.what_edit.clear()
        self.measure_edit.clear()
        self.child_words_edit.clear()
        self.who_combo.setCurrentIndex(0)
        self.by_when_edit.setDate(to_qdate(self.session.ctx.clock.today() + timedelta(days=28)))

    def build_call(self, view: PlanView) -> Callable[[], Any]:
        from lpdesk.services.plans import add_action

        ctx, profiles = self.session.ctx, self.session.profiles
        values: dict[str, Any] = {
            "plan_id": view.plan.id,
            "outcome_id": self.outcome_combo.currentData(),
            "what": self.what_edit.toPlainText(),
            "who_person_id": self.who_combo.currentData(),
            "by_when": from_qdate(self.by_when_edit.date()),
            "measure": self.measure_edit.toPlainText(),
            "child_words": self.child_words_edit.toPlainText(),
        }
        return lambda: add_action(ctx, profiles=profiles, **values)


class ProgressPage(QWidget):
    """An action's progress and status; completing it asks for its impact."""

    def __init__(self, session: GuiSession, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.plan_actions: dict[int, Any] = {}
        self.setObjectName("progress_page")
        form = QFormLayout(self)
        self.action_combo = QComboBox(self)
        self.action_combo.setObjectName("action_combo")
        self.action_combo.setAccessibleName(self.tr("Action to update"))
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("status_combo")
        self.status_combo.setAccessibleName(self.tr("Status of the action"))
        for status in ActionStatus:
            self.status_combo.addItem(action_status_label(status), status.value)
        self.progress_edit = text_edit(self, "progress_edit", self.tr("Progress so far"))
        self.impact_edit = text_edit(self, "impact_edit", self.tr("Impact on the child"))
        self.impact_edit.setPlaceholderText(
            self.tr("Needed when the action is completed: what difference it made to the child")
        )
        form_row(form, self, self.tr("Action"), self.action_combo)
        form_row(form, self, self.tr("Status"), self.status_combo)
        form_row(form, self, self.tr("Progress"), self.progress_edit)
        form_row(form, self, self.tr("Impact"), self.impact_edit)
        self.field_widgets: dict[str, QWidget] = {
            "action_id": self.action_combo,
            "status": self.status_combo,
            "progress": self.progress_edit,
            "impact": self.impact_edit,
            "completed_on": self.status_combo,
        }
        self.action_combo.currentIndexChanged.connect(lambda _i: self._show_action())

    def chain(self) -> list[QWidget]:
        return [self.action_combo, self.status_combo, self.progress_edit, self.impact_edit]

    def load(self, view: PlanView) -> None:
        current = self.action_combo.currentData()
        self.plan_actions = {a.id: a for a in view.actions if a.id is not None}
        self.action_combo.blockSignals(True)
        self.action_combo.clear()
        self.action_combo.addItem(self.tr("(choose an action)"), None)
        for a in view.actions:
            self.action_combo.addItem(a.what[:90], a.id)
        self.action_combo.setCurrentIndex(max(0, self.action_combo.findData(current)))
        self.action_combo.blockSignals(False)
        self._show_action()

    def select_action(self, action_id: int) -> None:
        self.action_combo.setCurrentIndex(max(0, self.action_combo.findData(action_id)))

    def _show_action(self) -> None:
        action = self.plan_actions.get(self.action_combo.currentData())
        status = action.status if action is not None else ActionStatus.NOT_STARTED
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(status.value)))
        self.progress_edit.setPlainText(action.progress if action is not None else "")
        self.impact_edit.setPlainText(action.impact if action is not None else "")

    def clear(self) -> None:
        self._show_action()

    def build_call(self, view: PlanView) -> Callable[[], Any]:
        from lpdesk.services.plans import update_action_progress

        action_id = self.action_combo.currentData()
        if action_id is None:
            raise ValueError(self.tr("Choose the action to update."))
        ctx, profiles = self.session.ctx, self.session.profiles
        values: dict[str, Any] = {
            "action_id": action_id,
            "status": self.status_combo.currentData(),
            "progress": self.progress_edit.toPlainText(),
            "impact": self.impact_edit.toPlainText(),
        }
        return lambda: update_action_progress(ctx, profiles=profiles, **values)
