"""The pack on the Circulate page (a mixin of ``CirculatePage``, kept apart so the page stays a
layout): how the pack is produced and where, one pack for everyone on their own channel off the UI
thread with progress and Cancel (a cancelled pack keeps nothing half-done), and what it made."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from lpdesk import paths
from lpdesk.gui.shell.buddy import buddy_label
from lpdesk.gui.shell.changes import Kind
from lpdesk.gui.shell.errors import describe
from lpdesk.gui.shell.pack_controls import choose_folder, pack_mode_combo, show_progress
from lpdesk.gui.shell.signals import emit
from lpdesk.gui.shell.status_label import StatusLabel
from lpdesk.gui.shell.tasks import Lane, Task
from lpdesk.gui.shell.view_part import ViewPart
from lpdesk.services.circulation import produce_pack

if TYPE_CHECKING:
    from lpdesk.gui.meeting.meeting_wizard import MeetingWizard

__all__ = ["PackProductionMixin"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("CirculatePage", text)  # the page's own words


class PackProductionMixin(ViewPart):
    # provided by CirculatePage
    task: Task[Any] | None
    left_out: dict[int, str]
    status_label: StatusLabel
    sig_pack_done: Any

    @property
    def meeting_wizard(self) -> MeetingWizard:
        raise NotImplementedError

    def _chosen_changed(self) -> None:
        raise NotImplementedError

    def _build_pack_controls(self, layout: QVBoxLayout) -> None:
        """How the pack is produced, where, Produce and Cancel, and the progress bar."""
        row = QHBoxLayout()
        self.mode_combo = pack_mode_combo(self, _tr("How the pack is produced"))
        self.folder_edit = QLineEdit(self)
        self.folder_edit.setObjectName("folder_edit")
        self.folder_edit.setAccessibleName(_tr("Folder for the pack"))
        self.folder_edit.setText(str(paths.packs_dir()))
        self.browse_button = QPushButton(_tr("Choose folder…"), self)
        self.browse_button.setObjectName("browse_button")
        self.produce_button = QPushButton(_tr("Produce the pack"), self)
        self.produce_button.setObjectName("produce_button")
        self.produce_button.setProperty("role", "primary")
        self.cancel_button = QPushButton(_tr("Cancel"), self)
        self.cancel_button.setObjectName("cancel_button")
        self.cancel_button.setAccessibleName(_tr("Cancel producing the pack"))
        self.cancel_button.setEnabled(False)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("pack_language_combo")
        self.language_combo.setAccessibleName(_tr("Language of the pack"))
        self.language_label = buddy_label(_tr("&Language:"), self.language_combo, self)
        for control in (
            self.mode_combo,
            self.language_combo,
            self.folder_edit,
            self.browse_button,
            self.produce_button,
            self.cancel_button,
        ):
            if control is self.mode_combo:
                row.addWidget(buddy_label(_tr("&Produce as:"), self.mode_combo, self))
            if control is self.language_combo:
                row.addWidget(self.language_label)
            row.addWidget(control, 1 if control is self.folder_edit else 0)
        layout.addLayout(row)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("progress_bar")
        self.progress_bar.setAccessibleName(_tr("Pack progress"))
        self.progress_bar.setValue(0)
        layout.addWidget(self.progress_bar)
        for widget in (self.language_label, self.language_combo):
            widget.setVisible(False)  # until the case's profile is known (show_pack_languages)

    def show_pack_languages(self) -> None:
        """The pack's language, offered only where the case's profile has a choice (Welsh,
        English or both); the profile's own default chosen first."""
        from lpdesk.documents.language import pack_language
        from lpdesk.services.rendering import DOCUMENT_LANGUAGES, document_languages

        profile = self.meeting_wizard.profile
        offered = document_languages(profile) if profile is not None else ("en",)
        self.language_combo.clear()
        for code in offered:
            self.language_combo.addItem(DOCUMENT_LANGUAGES[code], code)
        default = pack_language(profile.document_languages) if profile is not None else "en"
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(default)))
        for widget in (self.language_label, self.language_combo):
            widget.setVisible(len(offered) > 1)

    def _browse(self) -> None:
        choose_folder(self, self.folder_edit, _tr("Folder for the pack"))

    def produce(self) -> None:
        w = self.meeting_wizard
        if w.meeting is None:
            return
        ctx, meeting_id = w.ctx, w.meeting_id
        out_dir, mode = Path(self.folder_edit.text()), self.mode_combo.currentData()
        left_out = dict(self.left_out) if mode == "own" else None
        language = self.language_combo.currentData() or None
        self.produce_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress_bar.setRange(0, 0)
        self.task = w.runner.run_with_progress(
            lambda progress: produce_pack(
                ctx,
                meeting_id=meeting_id,
                out_dir=out_dir,
                channel=mode,
                progress=progress,
                left_out=left_out,
                language=language,
            ),
            self._produced,
            self._failed,
            on_progress=self._progress,
            on_cancelled=self._cancelled,
            lane=Lane.WORK,
            owner=self,
            changes=w.notice(Kind.CIRCULATION, Kind.DOCUMENTS),
        )

    def _progress(self, done: int, total: int, message: str) -> None:
        show_progress(self.progress_bar, done, total)
        self.status_label.setText(_tr("Producing the pack…"))

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status_label.setText(_tr("Cancelling…"))

    def _cancelled(self) -> None:
        self._finish(_tr("Cancelled. Nothing half-done was kept."))

    def _produced(self, result: Any) -> None:
        self.left_out.clear()
        self._finish(
            _tr(
                "Pack ready: {n} files. Give each password by phone or text, never by email. "
                "Mark each recipient once their documents are sent, posted or handed over."
            ).format(n=len(result.files))
        )
        emit(self.sig_pack_done, result)

    def _failed(self, err: BaseException) -> None:
        self._finish(describe(err).text)

    def _finish(self, text: str) -> None:
        self.task = None
        self.progress_bar.setRange(0, 1)
        self.cancel_button.setEnabled(False)
        self.produce_button.setEnabled(True)
        self.status_label.setText(text)
        self._chosen_changed()
