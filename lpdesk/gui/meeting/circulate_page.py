"""Circulate: the recipient preview as the last check (each recipient, how, and exactly what they
get and what is removed), then the pack, produced off the UI thread with progress and Cancel.

"""

from __future__ import annotations

import itertools
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWizardPage,
)

from lpdesk.domain import MeetingStatus
from lpdesk.gui.shell.errors import describe
from lpdesk.gui.shell.signals import emit
from lpdesk.gui.shell.tables import fill_table, prepare_table
from lpdesk.gui.shell.tasks import Lane, Task
from lpdesk.services.circulation import preview, produce_pack

if TYPE_CHECKING:
    from lpdesk.gui.meeting.meeting_wizard import MeetingWizard

__all__ = ["CirculatePage"]


class CirculatePage(QWizardPage):
    sig_previewed = Signal(int)
    sig_pack_done = Signal(object)

    def __init__(self, wizard: MeetingWizard) -> None:
        super().__init__(wizard)
        self.meeting_wizard = wizard
        self.setObjectName("circulate_page")
        self.setTitle(self.tr("Circulate"))
        self.setSubTitle(
            self.tr(
                "Check each recipient and exactly what they will get. Restricted sections and withheld addresses are removed before anything is rendered."
            )
        )
        self.task: Task[Any] | None = None
        layout = QVBoxLayout(self)
        self.preview_table = QTableWidget(self)
        self.preview_table.setObjectName("preview_table")
        self.preview_table.setAccessibleName(self.tr("Recipients and what each receives"))
        prepare_table(
            self.preview_table,
            [
                self.tr("Recipient"),
                self.tr("Role"),
                self.tr("How"),
                self.tr("Gets"),
                self.tr("Removed"),
                self.tr("Problems"),
            ],
        )
        layout.addWidget(self.preview_table, 1)
        row = QHBoxLayout()
        self.mode_combo = QComboBox(self)
        self.mode_combo.setObjectName("mode_combo")
        self.mode_combo.setAccessibleName(self.tr("How the pack is produced"))
        self.mode_combo.addItem(self.tr("Email drafts (.eml)"), "eml")
        self.mode_combo.addItem(self.tr("Files only"), "files")
        self.mode_combo.addItem(self.tr("Printable post"), "post")
        self.folder_edit = QLineEdit(self)
        self.folder_edit.setObjectName("folder_edit")
        self.folder_edit.setAccessibleName(self.tr("Folder for the pack"))
        self.folder_edit.setText(str(Path(tempfile.gettempdir()) / "lpdesk-pack"))
        self.browse_button = QPushButton(self.tr("Choose folder…"), self)
        self.browse_button.setObjectName("browse_button")
        self.produce_button = QPushButton(self.tr("Produce the pack"), self)
        self.produce_button.setObjectName("produce_button")
        self.produce_button.setProperty("role", "primary")
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancel_button")
        self.cancel_button.setAccessibleName(self.tr("Cancel producing the pack"))
        self.cancel_button.setEnabled(False)
        for widget in (
            self.mode_combo,
            self.folder_edit,
            self.browse_button,
            self.produce_button,
            self.cancel_button,
        ):
            row.addWidget(widget, 1 if widget is self.folder_edit else 0)
        layout.addLayout(row)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("progress_bar")
        self.progress_bar.setAccessibleName(self.tr("Pack progress"))
        self.progress_bar.setValue(0)
        layout.addWidget(self.progress_bar)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        chain = [
            self.preview_table,
            self.mode_combo,
            self.folder_edit,
            self.browse_button,
            self.produce_button,
            self.cancel_button,
        ]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)
        self.browse_button.clicked.connect(self._browse)
        self.produce_button.clicked.connect(self.produce)
        self.cancel_button.clicked.connect(self.cancel)

    def initializePage(self) -> None:
        w = self.meeting_wizard
        meeting = w.meeting
        if meeting is None or meeting.status not in (
            MeetingStatus.APPROVED,
            MeetingStatus.CIRCULATED,
        ):
            self._unavailable(self.tr("Only approved minutes can be circulated."))
            return
        ctx, meeting_id = w.ctx, w.meeting_id
        self.status_label.setText(self.tr("Working out who receives what…"))
        w.runner.run(
            lambda: preview(ctx, meeting_id=meeting_id),
            self._show_preview,
            self._failed,
            owner=self,
        )

    def _unavailable(self, text: str) -> None:
        fill_table(self.preview_table, [], empty=text)
        self.produce_button.setEnabled(False)
        self.status_label.setText(text)

    def _show_preview(self, plans: Any) -> None:
        names = dict((pid, label) for label, pid in self.meeting_wizard.people_choices())
        plans = list(getattr(plans, "plans", plans))
        fill_table(
            self.preview_table,
            [
                [
                    names.get(p.person_id, str(p.person_id)),
                    p.role.value.replace("_", " "),
                    p.channel.value,
                    ", ".join(
                        f"{d.kind.value.replace('_', ' ')} ({'/'.join(d.formats)})"
                        for d in p.documents
                    ),
                    "; ".join(p.redactions) or "–",
                    "; ".join(p.problems) or "–",
                ]
                for p in plans
            ],
            empty=self.tr("Nobody to send to."),
        )
        blocked = sum(1 for p in plans if p.problems)
        self.status_label.setText(
            self.tr("{n} recipients; {blocked} with problems to resolve first.").format(
                n=len(plans), blocked=blocked
            )
        )
        self.produce_button.setEnabled(bool(plans))
        emit(self.sig_previewed, len(plans))

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the pack"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    def produce(self) -> None:
        w = self.meeting_wizard
        if w.meeting is None:
            return
        ctx, meeting_id = w.ctx, w.meeting_id
        out_dir, mode = Path(self.folder_edit.text()), self.mode_combo.currentData()
        self.produce_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress_bar.setRange(0, 0)
        self.task = w.runner.run_with_progress(
            lambda progress: produce_pack(
                ctx, meeting_id=meeting_id, out_dir=out_dir, channel=mode, progress=progress
            ),
            self._produced,
            self._failed,
            on_progress=self._progress,
            on_cancelled=self._cancelled,
            lane=Lane.WORK,
            owner=self,
        )

    def _progress(self, done: int, total: int, message: str) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        self.status_label.setText(message)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status_label.setText(self.tr("Cancelling…"))

    def _cancelled(self) -> None:
        self._finish(self.tr("Cancelled. Nothing half-done was kept."))

    def _produced(self, result: Any) -> None:
        files = len(getattr(result, "files", ()))
        self._finish(
            self.tr(
                "Pack ready: {n} files. Give each password by phone or text, never by email."
            ).format(n=files)
        )
        emit(self.sig_pack_done, result)
        emit(self.meeting_wizard.sig_changed)

    def _failed(self, err: BaseException) -> None:
        self._finish(describe(err).text)

    def _finish(self, text: str) -> None:
        self.task = None
        self.progress_bar.setRange(0, 1)
        self.cancel_button.setEnabled(False)
        self.produce_button.setEnabled(True)
        self.status_label.setText(text)
