"""Move or cancel a convened meeting. Cancelling cannot be undone, so it asks first. Afterwards
the workspace offers to tell the invitees (a calendar update, or a cancellation)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from lpdesk.domain import Meeting, MeetingStatus
from lpdesk.gui.case import form_parts as fp
from lpdesk.gui.shell.changes import Kind
from lpdesk.gui.shell.labels import fmt_datetime
from lpdesk.gui.shell.record_dialog import RecordDialog, from_qdatetime, to_qdatetime
from lpdesk.gui.shell.screen_fit import fit_to_screen
from lpdesk.gui.shell.session import GuiSession
from lpdesk.gui.shell.tasks import TaskRunner
from lpdesk.services.cases import CaseOverview

__all__ = ["RescheduleDialog"]


class RescheduleDialog(RecordDialog):
    kinds = (Kind.MEETINGS,)

    def __init__(
        self,
        runner: TaskRunner,
        session: GuiSession,
        overview: CaseOverview,
        meeting: Meeting,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, session, overview, parent)
        self.meeting = meeting
        self.confirmed = False
        self.summary = ""
        self.confirm_box: QMessageBox | None = None
        self.setObjectName("reschedule_dialog")
        self.setWindowTitle(self.tr("Move or cancel the meeting"))
        fit_to_screen(self, 560, 320)
        self._build()
        self.attach(self.error_label_widget, self.buttons)
        self.field_widgets = {"scheduled_at": self.when_edit, "venue": self.venue_edit}
        self._update_enabled()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Convened for {when} at {venue}.").format(
                when=fmt_datetime(self.meeting.scheduled_at), venue=self.meeting.venue
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.move_radio = QRadioButton(self.tr("Move it to"), self)
        self.move_radio.setObjectName("move_radio")
        self.move_radio.setAccessibleName(self.tr("Move the meeting"))
        self.move_radio.setChecked(True)
        self.cancel_radio = QRadioButton(self.tr("Cancel the meeting"), self)
        self.cancel_radio.setObjectName("cancel_radio")
        self.cancel_radio.setAccessibleName(self.tr("Cancel the meeting"))
        group = QButtonGroup(self)
        group.addButton(self.move_radio)
        group.addButton(self.cancel_radio)
        self.when_edit = fp.datetime_edit(self, "when_edit", self.tr("New date and time"))
        self.when_edit.setDateTime(to_qdatetime(self.meeting.scheduled_at))
        self.venue_edit = QLineEdit(self.meeting.venue, self)
        self.venue_edit.setObjectName("venue_edit")
        self.venue_edit.setAccessibleName(self.tr("Venue"))
        form = QFormLayout()
        form.addRow(self.move_radio)
        form.addRow(fp.buddy(self, self.tr("Date and time"), self.when_edit), self.when_edit)
        form.addRow(fp.buddy(self, self.tr("Venue"), self.venue_edit), self.venue_edit)
        form.addRow(self.cancel_radio)
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
            [self.move_radio, self.when_edit, self.venue_edit, self.cancel_radio, self.buttons],
        )
        self.move_radio.toggled.connect(lambda _on: self._update_enabled())

    def _update_enabled(self) -> None:
        moving = self.move_radio.isChecked()
        self.when_edit.setEnabled(moving)
        self.venue_edit.setEnabled(moving)

    def save(self) -> None:
        """Cancelling asks first: it cannot be undone."""
        if self.cancel_radio.isChecked() and not self.confirmed:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Cancel the meeting?"),
                self.tr(
                    "Cancel the meeting on {when}? This cannot be undone: a new meeting would"
                    " have to be convened."
                ).format(when=fmt_datetime(self.meeting.scheduled_at)),
                QMessageBox.StandardButton.NoButton,
                self,
            )
            box.setObjectName("confirm_cancel_box")
            yes = box.addButton(self.tr("Cancel the meeting"), QMessageBox.ButtonRole.AcceptRole)
            yes.setObjectName("confirm_button")
            box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
            box.buttonClicked.connect(lambda button: self._confirmed(button is yes))
            self.confirm_box = box
            box.open()
            return
        super().save()

    def _confirmed(self, yes: bool) -> None:
        self.confirm_box = None
        if yes:
            self.confirmed = True
            self.save()

    def show_problems(self, by_field: dict[str, str], text: str) -> None:
        labels = {
            "scheduled_at": self.tr("Date and time"),
            "venue": self.tr("Venue"),
            "meeting_id": self.tr("Meeting"),
        }
        super().show_problems(by_field, fp.name_fields(text, labels))

    def build_call(self) -> Callable[[], Any]:
        from lpdesk.services.meetings import cancel_meeting, reschedule_meeting

        ctx, meeting_id, revision = self.session.ctx, self.meeting.id, self.meeting.revision
        assert meeting_id is not None
        if self.cancel_radio.isChecked():
            return lambda: cancel_meeting(ctx, meeting_id=meeting_id, expected_revision=revision)
        when = from_qdatetime(self.when_edit.dateTime())
        venue = self.venue_edit.text()
        return lambda: reschedule_meeting(
            ctx, meeting_id=meeting_id, scheduled_at=when, venue=venue, expected_revision=revision
        )

    def _saved(self, result: Any) -> None:
        text = (
            self.tr("Saved: the meeting is cancelled.")
            if result.status is MeetingStatus.CANCELLED
            else self.tr("Saved: the meeting is now on {when} at {venue}.").format(
                when=fmt_datetime(result.scheduled_at), venue=result.venue
            )
        )
        self.summary = text
        super()._saved(result)
