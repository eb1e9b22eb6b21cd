"""The circulation queue's batch production (a mixin of ``AdminView``, kept apart so the view
stays a layout): preview every chosen meeting on the database thread, show the final check, and on
confirmation produce the packs for everyone on their own channel with progress and Cancel; one
failure does not stop the others, and the summary names each. Packs finished before a cancel are
kept, and that is a change too."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QComboBox, QLineEdit, QProgressBar, QPushButton

from lpdesk.gui.admin.admin_model import BatchOutcome, produce_batch
from lpdesk.gui.admin.check_dialog import CirculationCheckDialog
from lpdesk.gui.shell.changes import Changes, Kind
from lpdesk.gui.shell.errors import describe
from lpdesk.gui.shell.pack_controls import show_progress
from lpdesk.gui.shell.session import GuiSession
from lpdesk.gui.shell.signals import emit
from lpdesk.gui.shell.status_label import StatusLabel
from lpdesk.gui.shell.tasks import Lane, Task, TaskRunner
from lpdesk.gui.shell.view_part import ViewPart
from lpdesk.services.circulation_queue import QueueEntry

if TYPE_CHECKING:
    from lpdesk.services.circulation import CirculationPreview

__all__ = ["BatchProductionMixin"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("AdminView", text)  # the view's own words


class BatchProductionMixin(ViewPart):
    # provided by AdminView
    runner: TaskRunner
    session: GuiSession | None
    settings: QSettings
    task: Task[Any] | None
    check_dialog: CirculationCheckDialog | None
    _chosen: list[QueueEntry]
    folder_edit: QLineEdit
    mode_combo: QComboBox
    produce_button: QPushButton
    progress_bar: QProgressBar
    status_label: StatusLabel
    sig_status: Any
    sig_checked: Any
    sig_batch_done: Any

    def selected_entries(self) -> list[QueueEntry]:
        raise NotImplementedError

    def save_state(self) -> None:
        raise NotImplementedError

    def _browse(self) -> None:
        raise NotImplementedError

    def _busy(self) -> bool:
        raise NotImplementedError

    def _update_buttons(self) -> None:
        raise NotImplementedError

    def check_and_produce(self) -> None:
        """Preview every chosen meeting (database thread), then show the final check."""
        session = self.session
        entries = self.selected_entries()
        if session is None or not entries:
            return
        if not self.folder_edit.text().strip():
            self._browse()
            if not self.folder_edit.text().strip():
                return
        self._chosen = entries
        self.produce_button.setEnabled(False)
        self.status_label.setText(_tr("Working out who receives what…"))
        ids = [e.meeting_id for e in entries]
        ctx, profiles = session.ctx, session.profiles

        def previews() -> list[CirculationPreview]:
            from lpdesk.services.circulation import preview  # the pack machinery, on first use

            return [preview(ctx, meeting_id=i, profiles=profiles) for i in ids]

        self.runner.run(
            previews,
            self._show_check,
            self._failed,
            owner=self,
        )

    def _show_check(self, previews: list[CirculationPreview]) -> None:
        self.status_label.setText(_tr("Check the recipients, then confirm."))
        dialog = CirculationCheckDialog(previews, self.settings, self)
        dialog.accepted.connect(self._start_batch)
        dialog.rejected.connect(self._check_declined)
        dialog.finished.connect(dialog.deleteLater)
        self.check_dialog = dialog
        dialog.open()
        self._update_buttons()
        emit(self.sig_checked, dialog)

    def _check_declined(self) -> None:
        self.check_dialog = None
        self.status_label.setText(_tr("Nothing was produced."))

    def _start_batch(self) -> None:
        session = self.session
        self.check_dialog = None
        if session is None or not self._chosen:
            return
        ctx, profiles, entries = session.ctx, session.profiles, list(self._chosen)
        out_dir, channel = Path(self.folder_edit.text().strip()), self.mode_combo.currentData()
        self.save_state()
        self.progress_bar.setRange(0, 0)
        self.status_label.setText(_tr("Producing the packs…"))
        self.task = self.runner.run_with_progress(
            lambda progress: produce_batch(
                ctx,
                entries=entries,
                out_dir=out_dir,
                channel=channel,
                progress=progress,
                profiles=profiles,
            ),
            self._produced,
            self._failed,
            on_progress=self._progress,
            on_cancelled=self._cancelled,
            lane=Lane.WORK,
            owner=self,
            changes=self._batch_changes(entries),
        )
        self._update_buttons()

    def _progress(self, done: int, total: int, message: str) -> None:
        show_progress(self.progress_bar, done, total)
        if message:
            self.status_label.setText(_tr("Producing: {step}").format(step=message))

    def cancel(self) -> None:
        if self._busy() and self.task is not None:
            self.task.cancel()
            self.status_label.setText(_tr("Cancelling…"))

    @staticmethod
    def _batch_changes(entries: list[QueueEntry]) -> Changes:
        return Changes(
            frozenset({Kind.CIRCULATION, Kind.DOCUMENTS}), frozenset(e.case_id for e in entries)
        )

    def _cancelled(self) -> None:
        # the packs finished before the cancel were kept: that is a change too
        self.runner.changes.notify(self._batch_changes(self._chosen))
        self._finish(_tr("Cancelled. The pack under way was undone; finished packs were kept."))

    def _produced(self, outcome: BatchOutcome) -> None:
        lines = [
            _tr(
                "{what}: pack ready for {n} recipients; mark each sent, posted or handed once "
                "they are."
            ).format(what=outcome.name(p.meeting_id), n=len({i.person_id for i in p.items}))
            if not p.circulated
            else _tr("{what}: sent; every recipient reached.").format(
                what=outcome.name(p.meeting_id)
            )
            for p in outcome.packs
        ]
        lines += [
            _tr("{what}: not produced: {reason}").format(
                what=outcome.name(meeting_id), reason=describe(err).text
            )
            for meeting_id, err in outcome.failures
        ]
        lines.append(_tr("Give each password by phone or text, never by email."))
        self._finish("\n".join(lines))
        emit(self.sig_status, _tr("Circulation packs produced."))
        emit(self.sig_batch_done, outcome)

    def _failed(self, err: BaseException) -> None:
        self._finish(describe(err).text)

    def _finish(self, text: str) -> None:
        self.task = None
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(1)
        self.status_label.setText(text)
        self._update_buttons()
