"""Start a case from its initial conference: the plan, the children (siblings on one plan, an
unborn child with the expected date), the conference, and the lead professional the chair named.
The first core group's due date is shown from the rule as the dates are typed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QWidget

from lpdesk.domain import Category, PlanKind
from lpdesk.gui.case.form_dialog import FormDialog
from lpdesk.gui.shell.changes import Kind
from lpdesk.gui.shell.labels import fmt_date
from lpdesk.gui.shell.session import GuiSession
from lpdesk.gui.shell.tasks import TaskRunner
from lpdesk.services.cases import NewChild

__all__ = ["NewCaseDialog"]

PLAN_KINDS = (
    (PlanKind.CHILD_PROTECTION, "Child protection"),
    (PlanKind.GIRFEC, "GIRFEC child's plan"),
    (PlanKind.EARLY_HELP, "Early Help"),
)
CATEGORIES = (
    (Category.NEGLECT, "Neglect"),
    (Category.PHYSICAL, "Physical abuse"),
    (Category.SEXUAL, "Sexual abuse"),
    (Category.EMOTIONAL, "Emotional abuse"),
)


class NewCaseDialog(FormDialog):
    kinds = (Kind.CASES, Kind.PEOPLE, Kind.PLAN, Kind.CONFERENCES)

    def __init__(self, runner: TaskRunner, session: GuiSession, parent: QWidget | None = None):
        super().__init__(runner, session, None, parent)
        self.new_children: list[NewChild] = []
        self._review_filled = ""
        self._build()
        self.load_directory(self._fill_people)
        self._kind_changed()

    def _build(self) -> None:
        self.begin(
            "new_case_dialog",
            self.tr("New case from the initial conference"),
            self.tr("Record what the initial conference decided. Dates as 17/12/2026."),
        )
        self.reference_edit = self.line(self.tr("Case reference"), "reference", "reference_edit")
        self.reference_edit.setPlaceholderText("CP-2026-0147")
        self.kind_combo = self.combo(
            self.tr("Kind of plan"),
            "profile_id",
            "kind_combo",
            [(self.tr(text), kind) for kind, text in PLAN_KINDS],
        )
        self.profile_combo = self.combo(self.tr("Practice profile"), "profile_id", "profile_combo")
        self.category_checks = {
            cat: self.check(self.tr(text), "categories", f"category_{cat.value}_check")
            for cat, text in CATEGORIES
        }
        self.reason_edit = self.text(
            self.tr("Why the children are on a plan"), "reason", "reason_edit"
        )
        self.child_name_edit = self.line(self.tr("Child's name"), "children", "child_name_edit")
        self.child_born_edit = self.day(self.tr("Date of birth"), "children", "child_born_edit")
        self.child_unborn_check = self.check(
            self.tr("Not born yet (give the expected date)"), "children", "child_unborn_check"
        )
        self.child_expected_edit = self.day(
            self.tr("Expected date of birth"), "children", "child_expected_edit"
        )
        buttons = QHBoxLayout()
        self.add_child_button = QPushButton(self.tr("Add this child"), self.body)
        self.add_child_button.setObjectName("add_child_button")
        self.remove_child_button = QPushButton(self.tr("Remove the selected child"), self.body)
        self.remove_child_button.setObjectName("remove_child_button")
        buttons.addWidget(self.add_child_button)
        buttons.addWidget(self.remove_child_button)
        self.form.addRow("", buttons)
        self.chain += [self.add_child_button, self.remove_child_button]
        self.children_list = QListWidget(self.body)
        self.children_list.setObjectName("children_list")
        self.children_list.setFixedHeight(70)
        self.row(self.tr("Children on this plan"), self.children_list, "children")
        today = self.session.ctx.clock.today()
        self.conference_edit = self.day(
            self.tr("Initial conference held on"), "conference_on", "conference_edit", today
        )
        self.chair_combo = self.combo(self.tr("Chaired by"), "chair_name", "chair_combo")
        self.chair_combo.setEditable(True)
        chair_line = self.chair_combo.lineEdit()
        assert chair_line is not None
        chair_line.setPlaceholderText(self.tr("choose, or type a new name"))
        chair_line.setAccessibleName(self.tr("Conference chair's name"))
        self.outline_edit = self.text(
            self.tr("Outline plan agreed"), "outline_plan", "outline_edit", 90
        )
        self.review_edit = self.day(
            self.tr("First review conference on"), "first_review_on", "review_edit"
        )
        self.lead_combo = self.combo(
            self.tr("Lead professional named"), "lead_person_id", "lead_combo"
        )
        self.team_edit = self.line(
            self.tr("Team"), "team", "team_edit", self.session.ctx.actor.team
        )
        self.due_label = QLabel(self.body)
        self.due_label.setObjectName("due_label")
        self.due_label.setWordWrap(True)
        self.form.addRow(self.tr("First core group"), self.due_label)
        self.field_labels.update(
            {
                "children": self.tr("Children"),
                "categories": self.tr("Category"),
                "chair_name": self.tr("Chaired by"),
            }
        )
        self.finish()
        self.add_child_button.clicked.connect(self.add_child)
        self.remove_child_button.clicked.connect(self._remove_child)
        self.child_unborn_check.toggled.connect(self._unborn_toggled)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.profile_combo.currentIndexChanged.connect(lambda _i: self._dates_changed())
        self.conference_edit.editingFinished.connect(self._dates_changed)
        self._unborn_toggled(False)

    def _unborn_toggled(self, unborn: bool) -> None:
        self.show_rows(not unborn, self.child_born_edit)
        self.show_rows(unborn, self.child_expected_edit)

    def _kind_changed(self) -> None:
        kind = self.kind_combo.currentData()
        self.profile_combo.clear()
        for profile_id, profile in sorted(self.session.profiles.items()):
            if profile.plan_kind == kind:
                self.profile_combo.addItem(profile.title, profile_id)
        self.show_rows(kind == PlanKind.CHILD_PROTECTION, *self.category_checks.values())
        self._dates_changed()

    def _profile(self) -> Any:
        return self.session.profiles.get(self.profile_combo.currentData() or "")

    def _dates_changed(self) -> None:
        from lpdesk.rules.calendar import add_months
        from lpdesk.rules.first_core_group import first_core_group_due

        profile = self._profile()
        try:
            held = self.conference_edit.date()
        except ValueError:
            held = None
        if profile is None or held is None:
            self.due_label.setText("")
            return
        unborn = bool(self.new_children) and all(c.date_of_birth is None for c in self.new_children)
        due, _why = first_core_group_due(profile, held, pre_birth=unborn)
        self.due_label.setText(
            self.tr("due by {date} ({n} working days after the conference, by the rule)").format(
                date=fmt_date(due, weekday=True), n=profile.first_core_group_working_days
            )
            if profile.first_core_group_calendar_days is None
            else self.tr("due by {date}").format(date=fmt_date(due, weekday=True))
        )
        if self.review_edit.text().strip() in ("", self._review_filled):
            self.review_edit.set_date(add_months(held, profile.first_review_months))
            self._review_filled = self.review_edit.text()  # ours to update until typed over

    def _fill_people(self) -> None:
        me = self.session.ctx.actor.person_id
        for entry in self.directory_entries:
            self.chair_combo.addItem(entry.label, entry.person.id)
            if entry.person.qualified_social_worker or entry.person.id == me:
                self.lead_combo.addItem(entry.label, entry.person.id)
        self.chair_combo.setCurrentIndex(-1)
        self.lead_combo.setCurrentIndex(max(0, self.lead_combo.findData(me)))

    def add_child(self) -> bool:
        name = self.child_name_edit.text().strip()
        try:
            if self.child_unborn_check.isChecked():
                child = NewChild(name=name, expected_birth_date=self.child_expected_edit.date())
            else:
                child = NewChild(name=name, date_of_birth=self.child_born_edit.date())
        except ValueError as err:
            self.show_problems({}, str(err))
            return False
        if not name or (child.date_of_birth is None and child.expected_birth_date is None):
            self.show_problems(
                {"children": self.tr("a name and a date")},
                self.tr("Give the child's name and date of birth (or the expected date)."),
            )
            return False
        self.new_children.append(child)
        when = (
            fmt_date(child.date_of_birth)
            if child.date_of_birth
            else self.tr("expected {date}").format(date=fmt_date(child.expected_birth_date))
        )
        self.children_list.addItem(f"{name} ({when})")
        for edit in (self.child_name_edit, self.child_born_edit, self.child_expected_edit):
            edit.clear()
        self.child_unborn_check.setChecked(False)
        self.show_problems({}, "")
        self._dates_changed()
        return True

    def _remove_child(self) -> None:
        row = self.children_list.currentRow()
        if row >= 0:
            self.children_list.takeItem(row)
            del self.new_children[row]

    def build_call(self) -> Callable[[], Any]:
        from lpdesk.services.cases import start_case

        if self.child_name_edit.text().strip() and not self.add_child():
            raise ValueError(self.tr("Check the child's details."))
        held = self.conference_edit.date()
        review = self.review_edit.date()
        if held is None or review is None:
            raise ValueError(self.tr("Give the date of the conference and of the first review."))
        chair_text = self.chair_combo.currentText().strip()
        chair_index = self.chair_combo.findText(chair_text)
        chair_id = self.chair_combo.itemData(chair_index) if chair_index >= 0 else None
        values: dict[str, Any] = {
            "reference": self.reference_edit.text(),
            "profile_id": self.profile_combo.currentData() or "",
            "categories": [
                c
                for c, box in self.category_checks.items()
                if box.isChecked() and box.isVisibleTo(self)
            ],
            "reason": self.reason_edit.toPlainText(),
            "children": list(self.new_children),
            "conference_on": held,
            "chair_person_id": chair_id,
            "chair_name": "" if chair_id is not None else chair_text,
            "outline_plan": self.outline_edit.toPlainText(),
            "first_review_on": review,
            "lead_person_id": self.lead_combo.currentData() or 0,
            "team": self.team_edit.text(),
            "profiles": self.session.profiles,
        }
        ctx = self.session.ctx
        return lambda: start_case(ctx, **values)

    def saved_text(self, result: Any) -> str:
        return self.tr("Case {reference} started; {due}.").format(
            reference=result.case.reference, due=result.first_core_group_reason
        )
