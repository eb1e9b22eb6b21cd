"""Record a disagreement: what it is about, who holds which position (built in code: the number of
positions varies)."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
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

__all__ = ["DisagreementDialog"]


class DisagreementDialog(RecordDialog):
    kinds = (Kind.DISAGREEMENTS,)

    def __init__(
        self,
        runner: TaskRunner,
        session: GuiSession,
        overview: CaseOverview,
        meeting_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, session, overview, parent)
        self.meeting_id = meeting_id
        self.setObjectName("disagreement_dialog")
        self.setWindowTitle(
            self.tr("Record a disagreement: {reference}").format(reference=overview.case.reference)
        )
        fit_to_screen(self, 620, 480)
        self.position_rows: list[tuple[QComboBox, QLineEdit]] = []
        self._build()
        self.attach(self.error_label_widget, self.buttons)
        self.field_widgets = {
            "subject": self.subject_edit,
            "raised_on": self.raised_on_edit,
            "positions": self.positions_group,
        }
        self.add_position()
        self.add_position()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Every published template requires disagreement and dissent in the written record:"
                " who disagrees with what, and each position."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "page_hint")
        layout.addWidget(intro)
        form = QFormLayout()
        self.subject_edit = QPlainTextEdit(self)
        self.subject_edit.setObjectName("subject_edit")
        self.subject_edit.setAccessibleName(self.tr("What the disagreement is about"))
        self.subject_edit.setTabChangesFocus(True)
        self.subject_edit.setMaximumHeight(80)
        self.raised_on_edit = QDateEdit(self)
        self.raised_on_edit.setObjectName("raised_on_edit")
        self.raised_on_edit.setAccessibleName(self.tr("Date raised"))
        self.raised_on_edit.setCalendarPopup(True)
        self.raised_on_edit.setDisplayFormat("ddd d MMM yyyy")
        today = self.session.ctx.clock.today()
        self.raised_on_edit.setDate(to_qdate(today))
        self.raised_on_edit.setMaximumDate(to_qdate(today))
        leave_on_tab(self.raised_on_edit)
        subject_label = QLabel(self.tr("About"), self)
        subject_label.setBuddy(self.subject_edit)
        raised_label = QLabel(self.tr("Raised on"), self)
        raised_label.setBuddy(self.raised_on_edit)
        form.addRow(subject_label, self.subject_edit)
        form.addRow(raised_label, self.raised_on_edit)
        layout.addLayout(form)
        self.positions_group = QGroupBox(self.tr("Positions"), self)
        self.positions_group.setObjectName("positions_group")
        self.positions_grid = QGridLayout(self.positions_group)
        layout.addWidget(self.positions_group, 1)
        self.add_position_button = QPushButton(self.tr("Add a position"), self)
        self.add_position_button.setObjectName("add_position_button")
        self.add_position_button.setAccessibleName(self.tr("Add another person's position"))
        self.add_position_button.clicked.connect(self.add_position)
        layout.addWidget(self.add_position_button)
        self.error_label_widget = StatusLabel(self)
        self.error_label_widget.setObjectName("error_label")
        self.error_label_widget.setWordWrap(True)
        self.error_label_widget.setProperty("role", "warning")
        layout.addWidget(self.error_label_widget)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("button_box")
        layout.addWidget(self.buttons)

    def add_position(self) -> None:
        n = len(self.position_rows)
        person = QComboBox(self.positions_group)
        person.setObjectName(f"position_person_combo_{n}")
        person.setAccessibleName(self.tr("Person holding position {n}").format(n=n + 1))
        person.addItem(self.tr("(choose a person)"), None)
        for label, pid in self.people_choices():
            person.addItem(label, pid)
        text = QLineEdit(self.positions_group)
        text.setObjectName(f"position_edit_{n}")
        text.setAccessibleName(self.tr("Position {n}").format(n=n + 1))
        text.setPlaceholderText(self.tr("Their position, in their words"))
        self.positions_grid.addWidget(person, n, 0)
        self.positions_grid.addWidget(text, n, 1)
        self.positions_grid.setColumnStretch(1, 1)
        self.position_rows.append((person, text))
        self._update_tab_order()

    def _update_tab_order(self) -> None:
        chain: list[QWidget] = [self.subject_edit, self.raised_on_edit]
        for person, text in self.position_rows:
            chain += [person, text]
        chain += [self.add_position_button, self.buttons]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)

    def build_call(self) -> Callable[[], Any]:
        from lpdesk.services.disagreements import record_disagreement

        positions = [
            (person.currentData(), text.text())
            for person, text in self.position_rows
            if person.currentData() is not None or text.text().strip()
        ]
        if any(pid is None for pid, _ in positions):
            raise ValueError(self.tr("Choose the person for each position."))
        ctx = self.session.ctx
        values: dict[str, Any] = {
            "case_id": self.overview.case.id,
            "meeting_id": self.meeting_id,
            "subject": self.subject_edit.toPlainText(),
            "raised_on": from_qdate(self.raised_on_edit.date()),
            "positions": positions,
        }
        return lambda: record_disagreement(ctx, **values)
