"""Log a significant event and choose whom to tell: the lead professional's manager, the
conference chair, the professionals in the core group. Each is sent an email draft of their own
(or listed to be telephoned) and each notice is recorded in the case's history."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from lpdesk.gui.case import form_parts as fp
from lpdesk.gui.shell.changes import Kind
from lpdesk.gui.shell.labels import fmt_date
from lpdesk.gui.shell.record_dialog import RecordDialog, from_qdate
from lpdesk.gui.shell.screen_fit import fit_to_screen
from lpdesk.gui.shell.session import GuiSession
from lpdesk.gui.shell.tasks import Lane, TaskRunner
from lpdesk.services.cases import CaseOverview

__all__ = ["EventDialog"]


class EventDialog(RecordDialog):
    kinds = (Kind.EVENTS,)
    lane = Lane.WORK  # email drafts are written

    def __init__(
        self,
        runner: TaskRunner,
        session: GuiSession,
        overview: CaseOverview,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, session, overview, parent)
        self.summary = ""
        self.setObjectName("event_dialog")
        self.setWindowTitle(self.tr("Log a significant event"))
        fit_to_screen(self, 620, 520)
        self._build()
        self.attach(self.error_label_widget, self.buttons)
        self.field_widgets = {
            "occurred_on": self.occurred_on_edit,
            "description": self.description_edit,
            "audience": self.manager_check,
            "manager": self.manager_check,
            "chair": self.chair_check,
            "sender": self.folder_edit,
            "out_dir": self.folder_edit,
        }

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        today = self.session.ctx.clock.today()
        self.occurred_on_edit = fp.date_edit(
            self, "occurred_on_edit", self.tr("Day the event happened"), today
        )
        self.description_edit = fp.text_edit(
            self, "description_edit", self.tr("What happened"), 160
        )
        form.addRow(
            fp.buddy(self, self.tr("Happened on"), self.occurred_on_edit), self.occurred_on_edit
        )
        form.addRow(
            fp.buddy(self, self.tr("What happened"), self.description_edit), self.description_edit
        )
        layout.addLayout(form)
        group = QGroupBox(self.tr("Tell"), self)
        box = QVBoxLayout(group)
        self.manager_check = QCheckBox(self.tr("The lead professional's manager"), group)
        self.manager_check.setObjectName("manager_check")
        self.chair_check = QCheckBox(self.tr("The conference chair"), group)
        self.chair_check.setObjectName("chair_check")
        self.core_group_check = QCheckBox(self.tr("The professionals in the core group"), group)
        self.core_group_check.setObjectName("core_group_check")
        for check in (self.manager_check, self.chair_check, self.core_group_check):
            check.setAccessibleName(self.tr("Tell {whom}").format(whom=check.text().lower()))
            box.addWidget(check)
        self.folder_edit = QLineEdit(str(self._default_folder()), group)
        self.folder_edit.setObjectName("folder_edit")
        self.folder_edit.setAccessibleName(self.tr("New folder for the email drafts"))
        box.addWidget(fp.buddy(group, self.tr("Email drafts go into"), self.folder_edit))
        box.addWidget(self.folder_edit)
        layout.addWidget(group)
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
                self.occurred_on_edit,
                self.description_edit,
                self.manager_check,
                self.chair_check,
                self.core_group_check,
                self.folder_edit,
                self.buttons,
            ],
        )

    def _default_folder(self) -> Path:
        from lpdesk.circulation.safety import safe_reference

        base = Path.home() / "lpdesk notices"
        stem = f"{safe_reference(self.overview.case.reference)}_event"
        folder, n = base / stem, 2
        while folder.exists():
            folder, n = base / f"{stem}_{n}", n + 1
        return folder

    def show_problems(self, by_field: dict[str, str], text: str) -> None:
        labels = {
            "occurred_on": self.tr("Happened on"),
            "description": self.tr("What happened"),
            "audience": self.tr("Tell"),
            "manager": self.tr("Manager"),
            "chair": self.tr("Chair"),
            "sender": self.tr("Lead professional"),
            "out_dir": self.tr("Email drafts go into"),
        }
        super().show_problems(by_field, fp.name_fields(text, labels))

    def build_call(self) -> Callable[[], Any]:
        from lpdesk.services.event_notices import tell_about_event
        from lpdesk.services.events import log_significant_event

        ctx, case_id = self.session.ctx, self.overview.case.id
        assert case_id is not None
        occurred_on = from_qdate(self.occurred_on_edit.date())
        description = self.description_edit.toPlainText()
        manager, chair = self.manager_check.isChecked(), self.chair_check.isChecked()
        core_group = self.core_group_check.isChecked()
        folder = self.folder_edit.text().strip()
        if (manager or chair or core_group) and not folder:
            raise ValueError(self.tr("Email drafts go into: choose a folder."))
        profiles = self.session.profiles

        def call() -> Any:
            logged = log_significant_event(
                ctx,
                case_id=case_id,
                occurred_on=occurred_on,
                description=description,
                profiles=profiles,
            )
            if not (manager or chair or core_group):
                return logged, None
            assert logged.event.id is not None
            try:
                told = tell_about_event(
                    ctx,
                    event_id=logged.event.id,
                    manager=manager,
                    chair=chair,
                    core_group=core_group,
                    out_dir=Path(folder),
                )
            except Exception as err:  # the event is stored: say so with the reason
                return logged, err
            return logged, told

        return call

    def _saved(self, result: Any) -> None:
        from lpdesk.gui.shell.errors import describe

        logged, told = result
        lines = [
            self.tr("Saved: the significant event on {day}.").format(
                day=fmt_date(logged.event.occurred_on)
            )
        ]
        for finding in logged.language_findings:
            lines.append(
                self.tr("What happened: “{label}”: {prompt}").format(
                    label=finding.label, prompt=finding.prompt
                )
            )
        if isinstance(told, BaseException):
            lines.append(self.tr("Nobody was told: {reason}").format(reason=describe(told).text))
        elif told is not None:
            lines.append(self.tr("Told (recorded in the case's history):"))
            for n in told.notices:
                how = (
                    self.tr("email draft {file}").format(file=n.draft.name)
                    if n.draft
                    else self.tr("no email address: telephone them")
                )
                lines.append(f"• {n.name}, {self.tr(n.told_as)}: {how}")
            lines.append(self.tr("The drafts are in {folder}.").format(folder=told.out_dir))
        self.summary = "\n".join(lines)
        fp.show_saved(self.parentWidget() or self, self.windowTitle(), self.summary)
        super()._saved(result)
