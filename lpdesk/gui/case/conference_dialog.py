"""Record a review conference: when it was held, what it decided (the plan continues, its category
changed, or it ends) and the next review. Ending the plan closes the case, with its reason, after
a confirmation: the case leaves the due list and its records are kept read-only."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from lpdesk.domain import ConferenceOutcome
from lpdesk.gui.case.form_dialog import FormDialog
from lpdesk.gui.case.new_case_dialog import CATEGORIES
from lpdesk.gui.shell.changes import Kind
from lpdesk.gui.shell.labels import fmt_date
from lpdesk.gui.shell.session import GuiSession
from lpdesk.gui.shell.tasks import TaskRunner
from lpdesk.rules.calendar import add_months
from lpdesk.services.cases import CaseOverview

__all__ = ["ConferenceDialog"]

OUTCOMES = (
    (ConferenceOutcome.PLAN_CONTINUES, "The plan continues"),
    (ConferenceOutcome.CATEGORY_CHANGED, "The plan continues under a changed category"),
    (ConferenceOutcome.PLAN_ENDS, "The plan ends"),
)


class ConferenceDialog(FormDialog):
    kinds = (Kind.CONFERENCES, Kind.CASES, Kind.PLAN, Kind.MEETINGS)

    def __init__(
        self,
        runner: TaskRunner,
        session: GuiSession,
        overview: CaseOverview,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, session, overview, parent)
        self.begin("conference_dialog", self.tr("Record a review conference"))
        scheduled = [
            c.scheduled_for
            for c in self.overview.conferences
            if c.held_on is None and c.scheduled_for is not None
        ]
        today = self.session.ctx.clock.today()
        held = min([*scheduled, today])  # the scheduled date, unless that is still to come
        self.held_edit = self.day(self.tr("Held on"), "held_on", "held_edit", held)
        self.outcome_combo = self.combo(
            self.tr("Decision"),
            "outcome",
            "outcome_combo",
            [(self.tr(text), outcome) for outcome, text in OUTCOMES],
        )
        self.chair_combo = self.combo(self.tr("Chaired by"), "chair_person_id", "chair_combo")
        profile = self.session.profiles.get(self.overview.case.profile_id)
        months = profile.later_review_months if profile is not None else 6
        self.next_edit = self.day(
            self.tr("Next review on"), "next_review_on", "next_edit", add_months(held, months)
        )
        plan = self.overview.plan
        current = set(plan.categories) if plan is not None else set()
        self.category_checks = {}
        for cat, text in CATEGORIES:
            box = self.check(self.tr(text), "categories", f"category_{cat.value}_check")
            box.setChecked(cat in current)
            self.category_checks[cat] = box
        self.end_edit = self.text(self.tr("Why the plan ends"), "end_reason", "end_edit")
        self.field_labels["categories"] = self.tr("Category")
        self.finish()
        self.outcome_combo.currentIndexChanged.connect(lambda _i: self._changed())
        self.load_directory(self._fill_chairs)
        self._changed()

    def _fill_chairs(self) -> None:
        self.chair_combo.addItem(self.tr("(as scheduled)"), None)
        for entry in self.directory_entries:
            self.chair_combo.addItem(entry.label, entry.person.id)

    def _changed(self) -> None:
        outcome = self.outcome_combo.currentData()
        ends = outcome == ConferenceOutcome.PLAN_ENDS
        self.show_rows(not ends, self.next_edit)
        self.show_rows(ends, self.end_edit)
        changed = outcome == ConferenceOutcome.CATEGORY_CHANGED
        self.show_rows(changed, *self.category_checks.values())

    def build_call(self) -> Callable[[], Any]:
        from lpdesk.services.cases import record_review_conference

        held = self.held_edit.date()
        if held is None:
            raise ValueError(self.tr("Give the date the conference was held."))
        outcome = self.outcome_combo.currentData()
        ends = outcome == ConferenceOutcome.PLAN_ENDS
        reason = self.end_edit.toPlainText()
        if ends and reason.strip():
            question = self.tr(
                "The plan ends and case {reference} closes on {date}. It leaves the due list and"
                " its records become read-only. This cannot be undone here."
            ).format(reference=self.overview.case.reference, date=fmt_date(held))
            if not self.confirm(self.tr("End the plan?"), question):
                raise ValueError(self.tr("The plan was not ended."))
        values: dict[str, Any] = {
            "case_id": self.overview.case.id or 0,
            "held_on": held,
            "outcome": outcome,
            "chair_person_id": self.chair_combo.currentData(),
            "next_review_on": None if ends else self.next_edit.date(),
            "categories": [c for c, b in self.category_checks.items() if b.isChecked()]
            if outcome == ConferenceOutcome.CATEGORY_CHANGED
            else [],
            "end_reason": reason if ends else "",
        }
        ctx = self.session.ctx
        return lambda: record_review_conference(ctx, **values)

    def saved_text(self, result: Any) -> str:
        if result.next_review is None:
            return self.tr("Review recorded; the plan ended and the case is closed.")
        return self.tr("Review recorded; the next review is on {date}.").format(
            date=fmt_date(result.next_review.scheduled_for)
        )
