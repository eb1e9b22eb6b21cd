"""Send the invitations for a convened meeting (or tell the invitees it moved or was cancelled):
each invitee on their own channel (an email draft carrying the letter and the calendar file, or a
letter to post or hand over), the next review conference date in each letter, and a password list
for the lead professional. Written into a new folder the LP chooses."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lpdesk.domain import Channel, Meeting, MeetingStatus
from lpdesk.gui.case import form_parts as fp
from lpdesk.gui.shell.changes import Kind
from lpdesk.gui.shell.labels import fmt_date, fmt_datetime
from lpdesk.gui.shell.record_dialog import RecordDialog
from lpdesk.gui.shell.screen_fit import fit_to_screen
from lpdesk.gui.shell.session import GuiSession
from lpdesk.gui.shell.tasks import TaskRunner
from lpdesk.services.cases import CaseOverview

__all__ = ["InvitationsDialog"]


class InvitationsDialog(RecordDialog):
    kinds = (Kind.MEETINGS, Kind.DOCUMENTS)

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
        self.pack: Any = None
        self.summary = ""
        self.cancelled = meeting.status is MeetingStatus.CANCELLED
        self.setObjectName("invitations_dialog")
        self.setWindowTitle(
            self.tr("Tell the invitees the meeting is cancelled")
            if self.cancelled
            else self.tr("Send the invitations")
        )
        fit_to_screen(self, 620, 360)
        self._build()
        self.attach(self.error_label_widget, self.buttons)
        self.field_widgets = {"out_dir": self.folder_edit, "duration_minutes": self.duration_spin}

    def _default_folder(self) -> Path:
        from lpdesk.circulation.safety import safe_reference

        m = self.meeting
        name = f"{safe_reference(self.overview.case.reference)}_meeting{m.number or m.id}"
        base = Path.home() / "lpdesk invitations"
        folder = base / f"{name}_r{m.revision}"
        n = 2
        while folder.exists():
            folder = base / f"{name}_r{m.revision}_{n}"
            n += 1
        return folder

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        m = self.meeting
        if self.cancelled:
            what = self.tr(
                "The meeting on {when} is cancelled. Everyone invited with an email address gets a"
                " calendar cancellation."
            ).format(when=fmt_datetime(m.scheduled_at))
        else:
            what = self.tr(
                "Meeting on {when} at {venue}. Each invitee gets a letter on their own channel"
                " (email with a calendar file, or post); the letters give the next review"
                " conference: {review}."
            ).format(
                when=fmt_datetime(m.scheduled_at),
                venue=m.venue,
                review=fmt_date(m.review_conference_on) or self.tr("not yet set"),
            )
        intro = QLabel(what, self)
        intro.setWordWrap(True)
        intro.setObjectName("intro_label")
        layout.addWidget(intro)
        form = QFormLayout()
        row = QHBoxLayout()
        self.folder_edit = QLineEdit(str(self._default_folder()), self)
        self.folder_edit.setObjectName("folder_edit")
        self.folder_edit.setAccessibleName(self.tr("New folder for the invitations"))
        self.browse_button = QPushButton(self.tr("Choose…"), self)
        self.browse_button.setObjectName("browse_button")
        self.browse_button.setAccessibleName(self.tr("Choose the folder"))
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.browse_button)
        form.addRow(fp.buddy(self, self.tr("Folder"), self.folder_edit), row)
        self.duration_spin = QSpinBox(self)
        self.duration_spin.setObjectName("duration_spin")
        self.duration_spin.setAccessibleName(self.tr("Length of the meeting in minutes"))
        self.duration_spin.setRange(15, 480)
        self.duration_spin.setSingleStep(15)
        self.duration_spin.setValue(90)
        self.duration_spin.setSuffix(self.tr(" minutes"))
        form.addRow(fp.buddy(self, self.tr("Length"), self.duration_spin), self.duration_spin)
        layout.addLayout(form)
        self.error_label_widget = fp.error_label(self)
        layout.addWidget(self.error_label_widget)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.send_button = self.buttons.addButton(
            self.tr("Write the cancellations") if self.cancelled else self.tr("Write invitations"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.send_button.setObjectName("send_button")
        self.buttons.setObjectName("button_box")
        layout.addWidget(self.buttons)
        fp.tab_chain(self, [self.folder_edit, self.browse_button, self.duration_spin, self.buttons])
        self.browse_button.clicked.connect(self._browse)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the invitations"), str(Path.home())
        )
        if folder:
            self.folder_edit.setText(folder)

    def show_problems(self, by_field: dict[str, str], text: str) -> None:
        labels = {
            "out_dir": self.tr("Folder"),
            "duration_minutes": self.tr("Length"),
            "organiser": self.tr("Lead professional"),
            "meeting_id": self.tr("Meeting"),
        }
        super().show_problems(by_field, fp.name_fields(text, labels))

    def build_call(self) -> Callable[[], Any]:
        from lpdesk.services.invitations import invitation_pack

        text = self.folder_edit.text().strip()
        if not text:
            raise ValueError(self.tr("Folder: choose where the invitations are written."))
        ctx, meeting_id = self.session.ctx, self.meeting.id
        assert meeting_id is not None
        out_dir, minutes = Path(text), self.duration_spin.value()
        profiles = self.session.profiles
        return lambda: invitation_pack(
            ctx,
            meeting_id=meeting_id,
            out_dir=out_dir,
            duration_minutes=minutes,
            profiles=profiles,
        )

    def _saved(self, result: Any) -> None:
        self.pack = result
        how = {
            Channel.EMAIL: self.tr("email draft with the letter and the calendar file"),
            Channel.POST: self.tr("letter to post"),
            Channel.HAND: self.tr("letter to hand over"),
            Channel.NONE: self.tr("letter kept on file (no channel chosen)"),
        }
        lines = [
            self.tr("Written into {folder}:").format(folder=result.out_dir),
        ]
        for sent in result.invitees:
            if self.cancelled:
                done = (
                    self.tr("calendar cancellation")
                    if sent.calendar
                    else self.tr("no email address: tell them yourself")
                )
            else:
                done = how[sent.channel]
            lines.append(f"• {sent.name}: {done}")
        if not self.cancelled:
            lines.append(
                self.tr(
                    "Passwords for the letters: {file}. Give them by telephone or text."
                ).format(file=result.password_list_path.name)
            )
        lines.extend(f"• {p}" for p in result.problems)
        self.summary = "\n".join(lines)
        fp.show_saved(self.parentWidget() or self, self.windowTitle(), self.summary)
        super()._saved(result)
