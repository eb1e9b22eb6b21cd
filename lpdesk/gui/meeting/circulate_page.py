"""Circulate: the final check (each recipient, how they are reached, exactly what they get, what is
removed, what stops them), one pack for everyone on their own channel (off the UI thread, with
progress and Cancel), then where each recipient stands until every one is reached.

Anyone who cannot be reached is shown first: resolve them or record why they are not sent. An
excluded parent's summary is written here, its letter shown exactly as it will be sent. Packs are
only prepared: mark each recipient sent, posted or handed; the last one makes it circulated.
"""

from __future__ import annotations

import itertools
import weakref
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWizardPage,
)

from lpdesk.domain import MeetingStatus
from lpdesk.gui.meeting.circulate_pack import PackProductionMixin
from lpdesk.gui.meeting.circulate_rows import recipient_rows, where_it_stands
from lpdesk.gui.shell.changes import Kind, subscribe
from lpdesk.gui.shell.signals import emit
from lpdesk.gui.shell.status_tail import status_line
from lpdesk.gui.shell.tables import ROW_DATA, fill_table, prepare_table
from lpdesk.gui.shell.tasks import Task
from lpdesk.services.circulation import (
    distribution_status,
    mark_reached,
    preview,
    record_not_sent,
    write_excluded_summary,
)

if TYPE_CHECKING:
    from lpdesk.gui.meeting.meeting_wizard import MeetingWizard
    from lpdesk.services.circulation import CirculationPreview, MeetingDistribution

__all__ = ["CirculatePage"]


class CirculatePage(PackProductionMixin, QWizardPage):
    sig_previewed = Signal(int)  # recipients listed
    sig_pack_done = Signal(object)  # PackSummary
    sig_status = Signal(object)  # MeetingDistribution, after each load

    def __init__(self, wizard: MeetingWizard) -> None:
        super().__init__(wizard)
        self._wizard = weakref.ref(wizard)  # no cycle: a closed wizard is freed with its pages
        self.setObjectName("circulate_page")
        self.setTitle(self.tr("Circulate"))
        self.setSubTitle(
            self.tr(
                "Check each recipient and exactly what they will get. Restricted sections and "
                "withheld addresses are removed before anything is rendered."
            )
        )
        self.task: Task[Any] | None = None
        self.check: CirculationPreview | None = None
        self.record: MeetingDistribution | None = None
        self.left_out: dict[int, str] = {}
        self._build()
        subscribe(
            wizard.runner.changes,
            self,
            {Kind.CIRCULATION},
            self._circulation_changed,
            wizard.overview.case.id,
        )
        self._connect_signals()

    @property
    def meeting_wizard(self) -> MeetingWizard:
        wizard = self._wizard()
        assert wizard is not None, "the page outlived its wizard"
        return wizard

    def _build(self) -> None:
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
                self.tr("Where it stands"),
                self.tr("Problems"),
            ],
        )
        self.preview_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        layout.addWidget(self.preview_table, 1)
        self.summary_label = QLabel(self.tr("Summary for the excluded parent"), self)
        self.summary_edit = QPlainTextEdit(self)
        self.summary_edit.setObjectName("summary_edit")
        self.summary_edit.setAccessibleName(self.tr("Summary for the excluded parent"))
        self.summary_edit.setPlaceholderText(
            self.tr("Write what this parent may be told of the discussions and outcomes.")
        )
        self.summary_edit.setMaximumHeight(90)
        self.summary_edit.setTabChangesFocus(True)  # Tab leaves it (a parent's letter has no tabs)
        self.save_summary_button = QPushButton(self.tr("Save the summary"), self)
        self.save_summary_button.setObjectName("save_summary_button")
        self.letter_view = QPlainTextEdit(self)
        self.letter_view.setObjectName("letter_view")
        self.letter_view.setAccessibleName(self.tr("The letter exactly as it will be sent"))
        self.letter_view.setReadOnly(True)
        self.letter_view.setMaximumHeight(120)
        self.letter_view.setTabChangesFocus(True)
        for widget in (self.summary_label, self.summary_edit, self.save_summary_button):
            layout.addWidget(widget)
        layout.addWidget(self.letter_view)
        act = QHBoxLayout()
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("reason_edit")
        self.reason_edit.setAccessibleName(self.tr("Why they are not sent"))
        self.reason_edit.setPlaceholderText(self.tr("Why the chosen recipient is not sent"))
        self.not_sent_button = QPushButton(self.tr("Record not sent"), self)
        self.not_sent_button.setObjectName("not_sent_button")
        self.mark_button = QPushButton(self.tr("Mark sent, posted or handed"), self)
        self.mark_button.setObjectName("mark_button")
        self.mark_button.setAccessibleName(self.tr("Mark the chosen recipients reached today"))
        for action in (self.reason_edit, self.not_sent_button, self.mark_button):
            act.addWidget(action, 1 if action is self.reason_edit else 0)
        layout.addLayout(act)
        self._build_pack_controls(layout)
        self.status_label = status_line(self)
        layout.addWidget(self.status_label)
        chain = [
            self.preview_table,
            self.summary_edit,
            self.save_summary_button,
            self.letter_view,
            self.reason_edit,
            self.not_sent_button,
            self.mark_button,
            self.mode_combo,
            self.language_combo,
            self.folder_edit,
            self.browse_button,
            self.produce_button,
            self.cancel_button,
        ]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)
        self._chosen_changed()

    def _connect_signals(self) -> None:
        self.browse_button.clicked.connect(self._browse)
        self.produce_button.clicked.connect(self.produce)
        self.cancel_button.clicked.connect(self.cancel)
        self.save_summary_button.clicked.connect(self.save_summary)
        self.not_sent_button.clicked.connect(self.mark_not_sent)
        self.mark_button.clicked.connect(self.mark_chosen)
        self.preview_table.itemSelectionChanged.connect(self._chosen_changed)

    # -- loading ----------------------------------------------------------------------------------

    def initializePage(self) -> None:
        meeting = self.meeting_wizard.meeting
        if meeting is None or meeting.status not in (
            MeetingStatus.APPROVED,
            MeetingStatus.CIRCULATED,
        ):
            self._unavailable(self.tr("Only approved minutes can be circulated."))
            return
        self.status_label.setText(self.tr("Working out who receives what…"))
        self.show_pack_languages()
        self.reload()

    def _circulation_changed(self) -> None:
        meeting = self.meeting_wizard.meeting
        if meeting is not None and meeting.status in (
            MeetingStatus.APPROVED,
            MeetingStatus.CIRCULATED,
        ):
            self.reload()

    def reload(self) -> None:
        w = self.meeting_wizard
        ctx, meeting_id = w.ctx, w.meeting_id
        w.runner.run(
            lambda: (
                preview(ctx, meeting_id=meeting_id),
                distribution_status(ctx, meeting_id=meeting_id),
            ),
            self._show,
            self._failed,
            owner=self,
        )

    def _unavailable(self, text: str) -> None:
        fill_table(self.preview_table, [], empty=text)
        self.produce_button.setEnabled(False)
        self.status_label.setText(text)

    def _show(self, loaded: tuple[CirculationPreview, MeetingDistribution]) -> None:
        self.check, self.record = loaded
        rows, data = recipient_rows(self.check, self.record, self.left_out)
        fill_table(self.preview_table, rows, data=data, empty=self.tr("Nobody to send to."))
        self.produce_button.setEnabled(bool(rows) and self.task is None)
        self.status_label.setText(where_it_stands(self.check, self.record, self.left_out))
        self._chosen_changed()
        emit(self.sig_previewed, len(rows))
        emit(self.sig_status, self.record)

    # -- choosing recipients ----------------------------------------------------------------------

    def chosen_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.preview_table.selectedIndexes()})
        ids = []
        for row in rows:
            item = self.preview_table.item(row, 0)
            if item is not None and isinstance(item.data(ROW_DATA), int):
                ids.append(int(item.data(ROW_DATA)))
        return ids

    def choose(self, person_ids: list[int]) -> None:
        """Select the rows of ``person_ids`` (as a user would with Ctrl+click)."""
        self.preview_table.clearSelection()
        mode = self.preview_table.selectionMode()
        self.preview_table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for row in range(self.preview_table.rowCount()):
            item = self.preview_table.item(row, 0)
            if item is not None and item.data(ROW_DATA) in person_ids:
                self.preview_table.selectRow(row)
        self.preview_table.setSelectionMode(mode)

    def _chosen_changed(self) -> None:
        ids = self.chosen_ids()
        check = self.check
        one = (
            next((r for r in check.recipients if r.person_id == ids[0]), None)
            if check and len(ids) == 1
            else None
        )
        excluded = one is not None and one.excluded
        for widget in (self.summary_label, self.summary_edit, self.save_summary_button):
            widget.setVisible(excluded)
        self.letter_view.setVisible(excluded and bool(one and one.letter))
        if one is not None and excluded:
            self.summary_edit.setPlainText(one.summary)
            self.letter_view.setPlainText(one.letter)
        busy = self.task is not None
        self.mark_button.setEnabled(bool(ids) and not busy)
        self.not_sent_button.setEnabled(len(ids) == 1 and not busy)

    # -- actions ----------------------------------------------------------------------------------

    def _run(self, call: Any, done_text: str) -> None:
        def finished(_result: Any) -> None:
            self.status_label.setText(done_text)  # the change notice reloads the page

        w = self.meeting_wizard
        w.runner.run(call, finished, self._failed, owner=self, changes=w.notice(Kind.CIRCULATION))

    def save_summary(self) -> None:
        ids = self.chosen_ids()
        if len(ids) != 1:
            return
        w, text, person_id = self.meeting_wizard, self.summary_edit.toPlainText(), ids[0]
        ctx, meeting_id = w.ctx, w.meeting_id
        self._run(
            lambda: write_excluded_summary(
                ctx, meeting_id=meeting_id, person_id=person_id, text=text
            ),
            self.tr("Summary saved. Check the letter below: it is exactly what they will get."),
        )

    def mark_not_sent(self) -> None:
        ids, reason = self.chosen_ids(), self.reason_edit.text().strip()
        if len(ids) != 1:
            return
        if not reason:
            self.status_label.setText(self.tr("Why they are not sent: say why, then record it."))
            self.reason_edit.setFocus()
            return
        self.reason_edit.clear()
        produced = self.record is not None and any(r.lines for r in self.record.recipients)
        if not produced:  # recorded with the pack, when it is produced
            self.left_out[ids[0]] = reason
            if self.check is not None and self.record is not None:
                self._show((self.check, self.record))
            return
        w = self.meeting_wizard
        ctx, meeting_id, person_id = w.ctx, w.meeting_id, ids[0]
        self._run(
            lambda: record_not_sent(ctx, meeting_id=meeting_id, person_id=person_id, reason=reason),
            self.tr("Recorded as not sent, with the reason."),
        )

    def mark_chosen(self) -> None:
        ids = self.chosen_ids()
        if not ids:
            return
        w = self.meeting_wizard
        ctx, meeting_id = w.ctx, w.meeting_id
        self._run(
            lambda: mark_reached(ctx, meeting_id=meeting_id, person_ids=ids),
            self.tr("Marked as reached today."),
        )
