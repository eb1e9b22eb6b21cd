"""Minute: the pro-forma editor with attendance, the records prefilled, language findings inline,
and autosave through ``save_draft`` on the database thread about 1.5 s after typing stops.

A save names the revision it builds on; if someone else saved first the service raises
``Conflict``: autosave stops, the writer's text stays on screen, and the banner says what to do.
"""

from __future__ import annotations

import weakref
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from lpdesk.domain import Conflict, MeetingStatus
from lpdesk.gui.meeting.attendance_editor import AttendanceEditor
from lpdesk.gui.meeting.prefill_view import prefill_answers, prefill_html
from lpdesk.gui.meeting.proforma_editor import ProformaEditor
from lpdesk.gui.shell.changes import Kind, subscribe
from lpdesk.gui.shell.errors import describe
from lpdesk.gui.shell.labels import fmt_datetime
from lpdesk.gui.shell.signals import emit
from lpdesk.gui.shell.status_label import StatusLabel
from lpdesk.services.meetings import Prefill, SavedDraft, prefill, record_attendance, save_draft

if TYPE_CHECKING:
    from lpdesk.gui.meeting.meeting_wizard import MeetingWizard

__all__ = ["AUTOSAVE_MS", "MinutePage"]

AUTOSAVE_MS = 1500


class MinutePage(QWizardPage):
    sig_saved = Signal(object)  # SavedDraft
    sig_prefilled = Signal()

    def __init__(self, wizard: MeetingWizard) -> None:
        super().__init__(wizard)
        self._wizard = weakref.ref(wizard)  # no cycle: a closed wizard is freed with its pages
        self.setObjectName("minute_page")
        self.setTitle(self.tr("Minute the meeting"))
        self.setSubTitle(
            self.tr("Saved as you type. Sections marked * are required before approval.")
        )
        self.editor: ProformaEditor | None = None
        self.attendance_editor: AttendanceEditor | None = None
        self.prefill_data: Prefill | None = None
        self.dirty = False
        self.saving = False
        self.conflicted = False
        self.last_saved: SavedDraft | None = None
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.save_now)
        self._build()
        subscribe(
            wizard.runner.changes,
            self,
            {Kind.DISAGREEMENTS},
            self._prefill_changed,
            wizard.overview.case.id,
        )

    @property
    def meeting_wizard(self) -> MeetingWizard:
        wizard = self._wizard()
        assert wizard is not None, "the page outlived its wizard"
        return wizard

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.banner_label = QLabel(self)
        self.banner_label.setObjectName("banner_label")
        self.banner_label.setWordWrap(True)
        self.banner_label.hide()
        layout.addWidget(self.banner_label)
        bar = QHBoxLayout()
        self.saved_label = StatusLabel(self)
        self.saved_label.setObjectName("saved_label")
        self.saved_label.setProperty("role", "saved")
        self.saved_label.setAccessibleName(self.tr("Save status"))
        self.prefill_button = QPushButton(self.tr("Fill from the records"), self)
        self.prefill_button.setObjectName("prefill_button")
        self.prefill_button.setAccessibleName(self.tr("Fill empty fields from the records"))
        self.disagreement_button = QPushButton(self.tr("Record a disagreement…"), self)
        self.disagreement_button.setObjectName("disagreement_button")
        self.disagreement_button.setAccessibleName(self.tr("Record a disagreement at this meeting"))
        self.save_button = QPushButton(self.tr("Save now"), self)
        self.save_button.setObjectName("save_button")
        self.save_button.setAccessibleName(self.tr("Save the minutes now"))
        bar.addWidget(self.saved_label, 1)
        bar.addWidget(self.prefill_button)
        bar.addWidget(self.disagreement_button)
        bar.addWidget(self.save_button)
        layout.addLayout(bar)
        self.editor_host = QVBoxLayout()
        layout.addLayout(self.editor_host, 1)
        self.prefill_button.clicked.connect(self.apply_prefill)
        self.disagreement_button.clicked.connect(self.open_disagreement_dialog)
        self.save_button.clicked.connect(self._save_clicked)

    # -- opening ----------------------------------------------------------------------------------

    def initializePage(self) -> None:
        w = self.meeting_wizard
        meeting = w.meeting
        assert meeting is not None
        w.setButtonText(QWizard.WizardButton.NextButton, self.tr("Review >"))
        self.setSubTitle(
            self.tr(
                "Core group {number} on {when}, {venue}. Saved as you type; sections marked * are"
                " required before approval."
            ).format(
                number=meeting.number, when=fmt_datetime(meeting.scheduled_at), venue=meeting.venue
            )
        )
        spec = w.session.forms.get(meeting.form_id, meeting.form_version)
        if self.editor is None:
            flags: frozenset[str] = getattr(w.profile, "flags", frozenset())
            self.editor = ProformaEditor(spec, frozenset(flags), w.people_choices(), self)
            self.editor.sig_edited.connect(self._edited)
            self.editor_host.addWidget(self.editor)
            self.attendance_editor = AttendanceEditor(self.editor)
            self.attendance_editor.focus_after = self.editor.focus_before("attendance")
            self.attendance_editor.sig_record.connect(self.record_attendance)
            extra = self.editor.extra_layouts.get("attendance")
            if extra is not None:
                extra.addWidget(self.attendance_editor)
            self.setTabOrder(self.save_button, self.editor.section_list)
        if not self.dirty:
            self.editor.set_answers(meeting.answers)
        if meeting.draft_saved_at is not None and meeting.answers:
            self._banner(
                self.tr("Your autosaved draft of {when} has been restored.").format(
                    when=fmt_datetime(meeting.draft_saved_at)
                ),
                "info",
            )
            self.saved_label.setText(
                self.tr("Saved {time}").format(time=f"{meeting.draft_saved_at:%H:%M}")
            )
        else:
            self.saved_label.setText(self.tr("Not yet saved"))
        self.load_prefill()

    def load_prefill(self) -> None:
        w = self.meeting_wizard
        assert w.meeting is not None
        ctx, meeting_id = w.ctx, w.meeting_id
        w.runner.run(
            lambda: prefill(ctx, meeting_id=meeting_id),
            self._show_prefill,
            self._failed,
            owner=self,
        )

    def _show_prefill(self, data: Prefill) -> None:
        self.prefill_data = data
        assert self.editor is not None
        names = {
            c.child.id: c.name
            for c in self.meeting_wizard.overview.children
            if c.child.id is not None
        }
        html = prefill_html(data, names, self.tr)
        for section in self.editor.prefill_labels:
            self.editor.set_prefill(section, html.get(section, ""))
        if self.attendance_editor is not None:
            meeting = self.meeting_wizard.meeting
            locked = meeting is not None and meeting.status in (
                MeetingStatus.APPROVED,
                MeetingStatus.CIRCULATED,
            )
            self.attendance_editor.set_lines(data.attendance, locked=locked)
            held = meeting is not None and meeting.status is not MeetingStatus.CONVENED
            self.attendance_editor.set_status(
                self.tr("Attendance recorded: the meeting is held.")
                if held
                else self.tr("Record attendance once the meeting has taken place.")
            )
        emit(self.sig_prefilled)

    def apply_prefill(self) -> None:
        if self.editor is None or self.prefill_data is None:
            return
        venue = self.meeting_wizard.meeting.venue if self.meeting_wizard.meeting else ""
        filled = prefill_answers(
            self.prefill_data, self.editor.answers(), set(self.editor.editors), venue=venue
        )
        if filled != self.editor.answers():
            self.editor.set_answers(filled)
            self._edited()

    # -- autosave ---------------------------------------------------------------------------------

    def _save_clicked(self) -> None:
        self.dirty = True
        self.save_now()

    def _edited(self) -> None:
        self.dirty = True
        if self.conflicted:
            return
        self.saved_label.setText(self.tr("Editing…"))
        self.autosave_timer.start()

    def save_now(self) -> None:
        self.autosave_timer.stop()
        w = self.meeting_wizard
        if not self.dirty or self.conflicted or w.meeting is None or self.editor is None:
            return
        if self.saving:
            return  # _saved saves again: the newest text follows the save in flight
        answers = self.editor.answers()
        ctx, meeting_id, revision = w.ctx, w.meeting_id, w.revision
        self.dirty = False
        self.saving = True
        self.saved_label.setText(self.tr("Saving…"))
        w.runner.run(
            lambda: save_draft(
                ctx, meeting_id=meeting_id, answers=answers, expected_revision=revision
            ),
            self._saved,
            self._save_failed,
            owner=self,
            changes=w.notice(Kind.MINUTES),
        )

    def _saved(self, draft: SavedDraft) -> None:
        self.saving = False
        self.last_saved = draft
        w = self.meeting_wizard
        w.set_revision(draft.revision)
        self.saved_label.setText(self.tr("Saved {time}").format(time=f"{draft.saved_at:%H:%M}"))
        if self.editor is not None:
            self.editor.show_findings([*draft.language_findings, *draft.problems])
        if draft.approval_withdrawn and w.meeting is not None:
            w.set_meeting(
                replace(
                    w.meeting, status=MeetingStatus.HELD, approved_hash="", revision=draft.revision
                )
            )
            self._banner(
                self.tr(
                    "Editing approved minutes withdrew the approval. The change is recorded as an amendment; the chair must approve again."
                ),
                "warning",
            )
        elif self.banner_label.property("kind") == "error":
            self.banner_label.hide()
        emit(self.sig_saved, draft)
        if self.dirty:
            self.save_now()

    def _save_failed(self, err: BaseException) -> None:
        self.saving = False
        self.dirty = True  # the text on screen is still unsaved: nothing is lost
        if isinstance(err, Conflict):
            self.conflicted = True
            self._banner(
                self.tr(
                    "Someone else saved these minutes while you were writing. Autosave has stopped"
                    " and your text is still here: copy what you need, close the wizard and open the"
                    " meeting again to see their version."
                ),
                "error",
            )
            self.saved_label.setText(self.tr("Not saved: changed by someone else"))
        else:
            self._banner(describe(err).text, "error")
            self.saved_label.setText(self.tr("Not saved"))

    def flush(self) -> None:
        if self.dirty and not self.conflicted:
            self.save_now()

    # -- attendance and disagreements -------------------------------------------------------------

    def record_attendance(self) -> None:
        w = self.meeting_wizard
        if w.meeting is None or self.attendance_editor is None:
            return
        self.flush()
        ctx, meeting_id, entries = w.ctx, w.meeting_id, self.attendance_editor.entries()
        self.attendance_editor.set_status(self.tr("Recording…"))
        w.runner.run(
            lambda: record_attendance(ctx, meeting_id=meeting_id, entries=entries),
            self._attendance_recorded,
            self._attendance_refused,
            owner=self,
            changes=w.notice(Kind.MEETINGS),
        )

    def _attendance_recorded(self, meeting: Any) -> None:
        self.meeting_wizard.set_meeting(meeting)
        self.load_prefill()

    def _attendance_refused(self, err: BaseException) -> None:
        if self.attendance_editor is not None:
            self.attendance_editor.set_status(describe(err).text)

    def open_disagreement_dialog(self) -> Any:
        from lpdesk.gui.case.disagreement_dialog import DisagreementDialog

        w = self.meeting_wizard
        if w.meeting is None:
            return None
        dialog = DisagreementDialog(w.runner, w.session, w.overview, w.meeting_id, self)
        dialog.open()  # its change notice reloads what the minutes are filled from
        return dialog

    def _prefill_changed(self) -> None:
        if self.meeting_wizard.meeting is not None and self.editor is not None:
            self.load_prefill()

    def _failed(self, err: BaseException) -> None:
        self._banner(describe(err).text, "error")

    def _banner(self, text: str, kind: str) -> None:
        colours = {
            "info": "background:#e4ecf6; color:#1f4a75; border:1px solid #b9cde3;",
            "warning": "background:#fdf0d2; color:#7a4b00; border:1px solid #ecd39a;",
            "error": "background:#fbe3e1; color:#8a1c12; border:1px solid #eab4ae;",
        }
        self.banner_label.setProperty("kind", kind)
        self.banner_label.setStyleSheet(colours[kind] + " border-radius:4px; padding:8px;")
        self.banner_label.setText(text)
        self.banner_label.setAccessibleName(text)
        self.banner_label.show()

    def validatePage(self) -> bool:
        self.flush()
        return True

    def cleanupPage(self) -> None:
        self.flush()
