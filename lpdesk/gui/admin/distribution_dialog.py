"""The distribution record of one meeting as a screen: every entitled recipient and every item
produced for them, its state, when and by whom, and the SHA-256 of the bytes that left; recipients
not yet reached are listed too. Mark items sent, posted or handed from here, and print the record
(the same document the services render)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from lpdesk.gui.admin.circulation_words import (
    channel_words,
    document_words,
    state_words,
    still_to_reach,
)
from lpdesk.gui.shell.changes import Changes, Kind, subscribe
from lpdesk.gui.shell.errors import describe
from lpdesk.gui.shell.labels import fmt_date, fmt_datetime
from lpdesk.gui.shell.screen_fit import fit_to_screen
from lpdesk.gui.shell.signals import emit
from lpdesk.gui.shell.status_tail import close_tail
from lpdesk.gui.shell.tables import ROW_DATA, fill_table, prepare_table
from lpdesk.gui.shell.tasks import TaskRunner
from lpdesk.services.circulation import (
    MeetingDistribution,
    distribution_status,
    mark_failed,
    mark_reached,
)
from lpdesk.services.context import ServiceContext

__all__ = ["DistributionDialog"]


def _print(ctx: ServiceContext, meeting_id: int, path: Path) -> Path:
    from lpdesk.services.rendering import render_document

    rendered = render_document(ctx, kind="distribution_record", record_id=meeting_id, fmt="pdf")
    tmp = path.with_name(f".{path.name}.part")
    tmp.write_bytes(rendered.data)
    tmp.replace(path)
    return path


class DistributionDialog(QDialog):
    sig_loaded = Signal(object)  # MeetingDistribution
    sig_printed = Signal(str)

    def __init__(
        self,
        runner: TaskRunner,
        ctx: ServiceContext,
        meeting_id: int,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("distribution_dialog")
        self.setWindowTitle(self.tr("Distribution record: {what}").format(what=title))
        self.runner, self.ctx, self.meeting_id = runner, ctx, meeting_id
        self.record: MeetingDistribution | None = None
        fit_to_screen(self, 1150, 480)
        layout = QVBoxLayout(self)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("summary_label")
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.table = QTableWidget(self)
        self.table.setObjectName("record_table")
        self.table.setAccessibleName(self.tr("Every item and where it stands"))
        prepare_table(
            self.table,
            [
                self.tr("Recipient"),
                self.tr("Document"),
                self.tr("How"),
                self.tr("State"),
                self.tr("When"),
                self.tr("By"),
                self.tr("SHA-256"),
            ],
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.mark_button = QPushButton(self.tr("Mark sent, posted or handed"), self)
        self.mark_button.setObjectName("mark_button")
        self.mark_button.setAccessibleName(self.tr("Mark the chosen recipients reached today"))
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("print_button")
        self.print_button.setAccessibleName(self.tr("Save the distribution record as a PDF"))
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("reason_edit")
        self.reason_edit.setAccessibleName(self.tr("What went wrong"))
        self.reason_edit.setPlaceholderText(self.tr("What went wrong (returned post, a bounce)"))
        self.failed_button = QPushButton(self.tr("Mark failed"), self)
        self.failed_button.setObjectName("failed_button")
        row.addWidget(self.mark_button)
        row.addWidget(self.reason_edit, 1)
        row.addWidget(self.failed_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.status_label = close_tail(self, layout)
        self.mark_button.clicked.connect(self.mark_chosen)
        self.failed_button.clicked.connect(self.mark_chosen_failed)
        self.print_button.clicked.connect(self._choose_file)
        self.setTabOrder(self.table, self.mark_button)
        self.setTabOrder(self.mark_button, self.reason_edit)
        self.setTabOrder(self.reason_edit, self.failed_button)
        self.setTabOrder(self.failed_button, self.print_button)
        subscribe(runner.changes, self, {Kind.CIRCULATION}, self.reload)
        self.reload()

    def reload(self) -> None:
        ctx, meeting_id = self.ctx, self.meeting_id
        self.runner.run(
            lambda: distribution_status(ctx, meeting_id=meeting_id),
            self._show,
            self._failed,
            owner=self,
        )

    def _show(self, record: MeetingDistribution) -> None:
        self.record = record
        rows: list[list[str]] = []
        data: list[int] = []
        for r in record.recipients:
            if not r.lines:
                waiting = [r.name, self.tr("Nothing yet"), channel_words(r.channel)]
                rows.append([*waiting, state_words(None), "", "", ""])
                data.append(r.person_id)
            for line in r.lines:
                rows.append(
                    [
                        r.name,
                        document_words(line.kind, line.fmt),
                        channel_words(line.channel),
                        state_words(line.state, line.note),
                        fmt_datetime(line.reached_at or line.sent_at),
                        line.reached_by or line.sent_by,
                        line.sha256 or self.tr("None yet"),
                    ]
                )
                data.append(r.person_id)
        fill_table(self.table, rows, data=data, empty=self.tr("No recipients."))
        if record.circulated:
            text = self.tr("Circulated on {day}: every recipient has been reached.").format(
                day=fmt_date(record.circulated_on)
            )
        else:
            text = self.tr("Not circulated yet. Still to be reached: {who}.").format(
                who=still_to_reach((w.name, w.channel, w.state) for w in record.waiting)
            )
        self.summary_label.setText(text)
        emit(self.sig_loaded, record)

    def chosen_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        items = [self.table.item(r, 0) for r in rows]
        found = [item.data(ROW_DATA) for item in items if item is not None]
        return sorted({int(v) for v in found if isinstance(v, int)})

    def choose(self, person_ids: list[int]) -> None:
        self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(ROW_DATA) in person_ids:
                self.table.selectRow(row)
        self.table.setSelectionMode(mode)

    def mark_chosen(self) -> None:
        ids = self.chosen_ids()
        if not ids:
            self.status_label.setText(self.tr("Choose the recipients who were reached."))
            return
        ctx, meeting_id = self.ctx, self.meeting_id
        self.runner.run(
            lambda: mark_reached(ctx, meeting_id=meeting_id, person_ids=ids),
            None,
            self._failed,
            owner=self,
            changes=Changes.of(None, Kind.CIRCULATION),
        )

    def mark_chosen_failed(self) -> None:
        ids, reason = self.chosen_ids(), self.reason_edit.text().strip()
        if not ids or not reason:
            self.status_label.setText(self.tr("Choose the recipients and say what went wrong."))
            return
        ctx, meeting_id = self.ctx, self.meeting_id

        def marked(_result: object) -> None:
            self.reason_edit.clear()

        self.runner.run(
            lambda: mark_failed(ctx, meeting_id=meeting_id, person_ids=ids, reason=reason),
            marked,
            self._failed,
            owner=self,
            changes=Changes.of(None, Kind.CIRCULATION),
        )

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the distribution record"), "", self.tr("PDF (*.pdf)")
        )
        if path:
            self.print_to(Path(path))

    def print_to(self, path: Path) -> None:
        ctx, meeting_id = self.ctx, self.meeting_id
        self.runner.run(
            lambda: _print(ctx, meeting_id, path),
            lambda done: emit(self.sig_printed, str(done)),
            self._failed,
            owner=self,
        )

    def _failed(self, err: BaseException) -> None:
        self.status_label.setText(describe(err).text)
