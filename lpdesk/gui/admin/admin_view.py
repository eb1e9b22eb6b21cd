"""The administrator's circulation queue: every meeting approved and not fully circulated (partly
reached is not circulated), oldest deadline first, with who is still to be reached and how. Check
the chosen meetings' recipients, confirm, and the packs are produced for everyone on their own
channel with progress and Cancel; one failure does not stop the others; the summary names each.
For one meeting: its password list and its distribution record. No narrative is edited here.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QWidget,
)

from lpdesk.domain import UserRole
from lpdesk.gui.admin.admin_model import (
    SORT_ROLE,
    CirculationQueueModel,
)
from lpdesk.gui.admin.batch_production import BatchProductionMixin
from lpdesk.gui.admin.check_dialog import CirculationCheckDialog
from lpdesk.gui.shell.badges import BadgeDelegate
from lpdesk.gui.shell.buddy import buddy_label
from lpdesk.gui.shell.changes import Kind
from lpdesk.gui.shell.labels import count, fmt_date
from lpdesk.gui.shell.pack_controls import choose_folder, pack_mode_combo
from lpdesk.gui.shell.page import Page
from lpdesk.gui.shell.signals import emit
from lpdesk.gui.shell.status_tail import status_line
from lpdesk.gui.shell.tables import current_follows_selection, open_rows_with, read_only_view
from lpdesk.gui.shell.tasks import Task, TaskRunner
from lpdesk.services.circulation_queue import QueueEntry, circulation_queue
from lpdesk.services.permissions import Permission, allowed

if TYPE_CHECKING:
    from lpdesk.gui.admin.distribution_dialog import DistributionDialog
    from lpdesk.gui.admin.password_dialog import PasswordDialog

__all__ = ["AdminView", "CirculationCheckDialog"]


def _table(parent: QWidget, name: str, accessible: str) -> QTableView:
    return read_only_view(parent, name, accessible, several=True)


class AdminView(BatchProductionMixin, Page):
    watches = frozenset({Kind.MEETINGS, Kind.CIRCULATION, Kind.CASES})
    sig_loaded = Signal(int)  # meetings in the queue after a load
    sig_checked = Signal(object)  # the CirculationCheckDialog, open for the administrator
    sig_batch_done = Signal(object)  # BatchOutcome

    def __init__(
        self, runner: TaskRunner, parent: QWidget | None = None, settings: QSettings | None = None
    ) -> None:
        super().__init__(runner, parent)
        self.setObjectName("admin_view")
        self.setWindowTitle(self.tr("Circulation queue"))
        self.settings = settings if settings is not None else QSettings()
        self.set_header(self.tr("Circulation queue"), self.tr("Opening the database…"))
        self.model = CirculationQueueModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.task: Task[Any] | None = None
        self.check_dialog: CirculationCheckDialog | None = None
        self._chosen: list[QueueEntry] = []
        self._build()
        self._connect_signals()
        self._update_buttons()
        self.restore_state()

    def _build(self) -> None:
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("refresh_button")
        self.refresh_button.setAccessibleName(self.tr("Refresh the circulation queue"))
        self.header_layout.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        self.queue_table = _table(self, "queue_table", self.tr("Meetings awaiting circulation"))
        self.queue_table.setModel(self.proxy)
        current_follows_selection(self.queue_table)
        self.queue_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.queue_table.setItemDelegateForColumn(0, BadgeDelegate(self))
        self.queue_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.queue_table.verticalHeader().setDefaultSectionSize(32)
        self.page_layout.addWidget(self.queue_table, 1)

        row = QHBoxLayout()
        self.select_all_button = QPushButton(self.tr("Select all"), self)
        self.select_all_button.setObjectName("select_all_button")
        self.mode_combo = pack_mode_combo(self, self.tr("How the packs are produced"))
        self.folder_edit = QLineEdit(self)
        self.folder_edit.setObjectName("folder_edit")
        self.folder_edit.setAccessibleName(self.tr("Folder for the packs"))
        self.folder_edit.setPlaceholderText(self.tr("Choose a folder for the packs"))
        self.folder_edit.setText(str(self.settings.value("admin_view/folder", "") or ""))
        self.browse_button = QPushButton(self.tr("Choose folder…"), self)
        self.browse_button.setObjectName("browse_button")
        self.produce_button = QPushButton(self.tr("Check and produce…"), self)
        self.produce_button.setObjectName("produce_button")
        self.produce_button.setProperty("role", "primary")
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancel_button")
        self.cancel_button.setAccessibleName(self.tr("Cancel producing the packs"))
        for widget in (
            self.select_all_button,
            self.mode_combo,
            self.folder_edit,
            self.browse_button,
            self.produce_button,
            self.cancel_button,
        ):
            if widget is self.mode_combo:
                row.addWidget(buddy_label(self.tr("&Produce as:"), self.mode_combo, self))
            row.addWidget(widget, 1 if widget is self.folder_edit else 0)
        self.page_layout.addLayout(row)
        one = QHBoxLayout()
        self.passwords_button = QPushButton(self.tr("Passwords…"), self)
        self.passwords_button.setObjectName("passwords_button")
        self.passwords_button.setAccessibleName(self.tr("The chosen meeting's password list"))
        self.record_button = QPushButton(self.tr("Distribution record…"), self)
        self.record_button.setObjectName("record_button")
        self.record_button.setAccessibleName(self.tr("The chosen meeting's distribution record"))
        one.addWidget(self.passwords_button)
        one.addWidget(self.record_button)
        one.addStretch(1)
        self.page_layout.addLayout(one)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("progress_bar")
        self.progress_bar.setAccessibleName(self.tr("Progress of the packs"))
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        self.page_layout.addWidget(self.progress_bar)
        self.status_label = status_line(self)
        self.page_layout.addWidget(self.status_label)
        chain = [
            self.refresh_button,
            self.queue_table,
            self.select_all_button,
            self.mode_combo,
            self.folder_edit,
            self.browse_button,
            self.produce_button,
            self.cancel_button,
            self.passwords_button,
            self.record_button,
        ]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)

    def _connect_signals(self) -> None:
        self.passwords_button.clicked.connect(self.open_passwords)
        open_rows_with(self.queue_table, lambda _index: self.open_record())
        self.record_button.clicked.connect(self.open_record)
        self.refresh_button.clicked.connect(self.refresh)
        self.select_all_button.clicked.connect(self.queue_table.selectAll)
        self.browse_button.clicked.connect(self._browse)
        self.produce_button.clicked.connect(self.check_and_produce)
        self.cancel_button.clicked.connect(self.cancel)
        self.queue_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons()
        )

    # -- state ------------------------------------------------------------------------------------

    def restore_state(self) -> None:
        state = self.settings.value("admin_view/queue_columns")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.queue_table.horizontalHeader().restoreState(state)

    def save_state(self) -> None:
        self.settings.setValue(
            "admin_view/queue_columns", self.queue_table.horizontalHeader().saveState()
        )
        self.settings.setValue("admin_view/folder", self.folder_edit.text())

    def hideEvent(self, event: Any) -> None:
        self.save_state()
        super().hideEvent(event)

    def _busy(self) -> bool:
        return self.task is not None and not self.task.finished

    def _update_buttons(self) -> None:
        busy = self._busy()
        chosen = bool(self.selected_entries())
        self.produce_button.setEnabled(chosen and not busy)
        self.cancel_button.setEnabled(busy)
        single = len(self.selected_entries()) == 1
        self.passwords_button.setEnabled(single)
        self.record_button.setEnabled(single)
        for widget in (self.mode_combo, self.folder_edit, self.browse_button, self.queue_table):
            widget.setEnabled(not busy)

    # -- the queue --------------------------------------------------------------------------------

    @staticmethod
    def is_available(role: UserRole) -> bool:
        """Whether this page has anything for the role (the navigation may hide it otherwise)."""
        return allowed(role, Permission.CIRCULATE)

    def refresh(self) -> None:
        session = self.session
        if session is None:
            return
        if not self.is_available(session.ctx.actor.role):
            self.hint_label.setText(self.tr("Your role does not circulate minutes."))
            self.refresh_button.setEnabled(False)
            return
        self.hint_label.setText(self.tr("Loading…"))
        self.runner.run(
            lambda: circulation_queue(session.ctx, profiles=session.profiles),
            self._show_queue,
            self._load_failed,
            owner=self,
        )

    def _show_queue(self, entries: list[QueueEntry]) -> None:
        self.model.set_rows(entries)
        self.queue_table.resizeColumnsToContents()
        overdue = sum(1 for e in entries if e.status.value == "overdue")
        self.hint_label.setText(
            count(
                len(entries),
                self.tr("%n meeting approved and not fully circulated"),
                self.tr("%n meetings approved and not fully circulated"),
            )
            + " · "
            + self.tr("%n overdue", "", overdue)
            + " · "
            + self.tr("select several, then check and produce their packs")
        )
        self._update_buttons()
        emit(self.sig_loaded, len(entries))

    def _load_failed(self, err: BaseException) -> None:
        self.hint_label.setText(self.tr("The circulation queue could not be loaded."))
        self.report_error(err)

    def selected_entries(self) -> list[QueueEntry]:
        rows = self.queue_table.selectionModel().selectedRows()
        entries = [self.model.row_at(self.proxy.mapToSource(i).row()) for i in rows]
        return sorted(entries, key=lambda e: (e.due, e.case_reference, e.meeting_id))

    def _browse(self) -> None:
        choose_folder(self, self.folder_edit, self.tr("Folder for the packs"))

    # -- one meeting: passwords and distribution record ------------------------------------------

    def _one(self) -> QueueEntry | None:
        entries = self.selected_entries()
        return entries[0] if len(entries) == 1 else None

    def open_passwords(self) -> PasswordDialog | None:
        from lpdesk.gui.admin.password_dialog import PasswordDialog

        dialog: PasswordDialog | None = self._open(PasswordDialog)
        return dialog

    def open_record(self) -> DistributionDialog | None:
        from lpdesk.gui.admin.distribution_dialog import DistributionDialog

        dialog: DistributionDialog | None = self._open(DistributionDialog)
        return dialog

    def _open(self, kind: Any) -> Any:
        """The chosen meeting's password list or distribution record, open beside the queue."""
        entry, session = self._one(), self.session
        if entry is None or session is None:
            return None
        title = f"{entry.case_reference}, {fmt_date(entry.meeting_on)}"
        dialog = kind(self.runner, session.ctx, entry.meeting_id, title, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
