"""The conference chair's page: the reports awaiting review and those already reviewed, each read
as a document (the case, the report, its history), and the chair's three answers through the
services: comment, request changes and accept, the last two confirmed first (the lead professional
sees the outcome and the comments). The chair edits nothing else here.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from lpdesk.domain import ReviewReport, UserRole
from lpdesk.gui.admin.admin_model import SORT_ROLE
from lpdesk.gui.chair.chair_model import (
    AwaitingReport,
    AwaitingReviewModel,
    ReportSummary,
    load_awaiting,
    load_reviewed,
    load_summary,
)
from lpdesk.gui.chair.disagreements_panel import DisagreementsPanel
from lpdesk.gui.chair.report_document import report_html
from lpdesk.gui.shell.changes import Changes, Kind
from lpdesk.gui.shell.errors import field_messages
from lpdesk.gui.shell.labels import count
from lpdesk.gui.shell.page import Page
from lpdesk.gui.shell.signals import emit
from lpdesk.gui.shell.status_tail import action_tail
from lpdesk.gui.shell.tables import open_rows_with, read_only_view
from lpdesk.gui.shell.tasks import TaskRunner
from lpdesk.services.permissions import Permission, allowed
from lpdesk.services.review_conference import accept_report, comment_on_report, request_changes

__all__ = ["ChairView"]


class ChairView(Page):
    watches = frozenset({Kind.REPORTS, Kind.DISAGREEMENTS})
    sig_loaded = Signal(int)  # reports awaiting review after a load
    sig_summary_shown = Signal(int)  # report id
    sig_report_changed = Signal(object)  # the ReviewReport the services returned
    sig_confirming = Signal(object)  # the QMessageBox asking before an answer

    def __init__(
        self, runner: TaskRunner, parent: QWidget | None = None, settings: QSettings | None = None
    ) -> None:
        super().__init__(runner, parent)
        self.setObjectName("chair_view")
        self.setWindowTitle(self.tr("Reports to review"))
        self.settings = settings if settings is not None else QSettings()
        self.set_header(self.tr("Reports to review"), self.tr("Opening the database…"))
        self.model = AwaitingReviewModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.current: AwaitingReport | None = None
        self._build()
        self._connect_signals()
        self._set_busy(False)
        self.restore_state()

    def _build(self) -> None:
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("refresh_button")
        self.refresh_button.setAccessibleName(self.tr("Refresh the reports awaiting review"))
        self.header_layout.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)

        self.reports_table = read_only_view(
            self, "reports_table", self.tr("Reports awaiting review"), self.proxy
        )
        self.reports_table.sortByColumn(2, Qt.SortOrder.AscendingOrder)

        self.reviewed_model = AwaitingReviewModel(self)
        self.reviewed_proxy = QSortFilterProxyModel(self)
        self.reviewed_proxy.setSourceModel(self.reviewed_model)
        self.reviewed_proxy.setSortRole(SORT_ROLE)
        self.reviewed_table = read_only_view(
            self, "reviewed_table", self.tr("Reports already reviewed"), self.reviewed_proxy
        )
        self.reviewed_table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.lists_tabs = QTabWidget(self)
        self.lists_tabs.setObjectName("lists_tabs")
        self.lists_tabs.addTab(self.reports_table, self.tr("Awaiting review"))
        self.lists_tabs.addTab(self.reviewed_table, self.tr("Reviewed"))

        self.summary_edit = QTextBrowser(self)
        self.summary_edit.setObjectName("summary_edit")
        self.summary_edit.setAccessibleName(self.tr("The report and its case (read only)"))
        self.summary_edit.setOpenLinks(False)
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setPlaceholderText(self.tr("Choose a report to read it here."))

        self.comments_label = QLabel(
            self.tr("Your comments (the lead professional sees them)"), self
        )
        self.comments_label.setObjectName("comments_label")
        self.comments_edit = QPlainTextEdit(self)
        self.comments_edit.setObjectName("comments_edit")
        self.comments_edit.setAccessibleName(self.tr("Comments on the report"))
        self.comments_edit.setTabChangesFocus(True)
        self.comments_edit.setMaximumHeight(120)
        self.comments_label.setBuddy(self.comments_edit)
        self.comment_button = QPushButton(self.tr("Save comment"), self)
        self.comment_button.setObjectName("comment_button")
        self.changes_button = QPushButton(self.tr("Request changes"), self)
        self.changes_button.setObjectName("changes_button")
        self.accept_button = QPushButton(self.tr("Accept report"), self)
        self.accept_button.setObjectName("accept_button")
        self.accept_button.setProperty("role", "primary")
        detail = QWidget(self)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.summary_edit, 1)
        detail_layout.addWidget(self.comments_label)
        detail_layout.addWidget(self.comments_edit)
        self.error_label = action_tail(
            detail, detail_layout, [self.comment_button, self.changes_button, self.accept_button]
        )
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.main_splitter.setObjectName("main_splitter")
        self.main_splitter.addWidget(self.lists_tabs)
        self.main_splitter.addWidget(detail)
        self.main_splitter.setSizes([380, 700])
        self.disagreements_panel = DisagreementsPanel(self.runner, self)
        self.desk_tabs = QTabWidget(self)
        self.desk_tabs.setObjectName("desk_tabs")
        self.desk_tabs.setDocumentMode(True)
        self.desk_tabs.addTab(self.main_splitter, self.tr("Reports"))
        self.desk_tabs.addTab(self.disagreements_panel, self.tr("Disagreements escalated to you"))
        self.page_layout.addWidget(self.desk_tabs, 1)
        chain = [
            self.refresh_button,
            self.reports_table,
            self.summary_edit,
            self.comments_edit,
            self.comment_button,
            self.changes_button,
            self.accept_button,
        ]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)

    def _connect_signals(self) -> None:
        self.refresh_button.clicked.connect(self.refresh)
        self.reports_table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._select(current.row())
        )
        self.reviewed_table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._select(current.row(), reviewed=True)
        )
        # Enter on a report (or a double-click) moves to the report itself
        open_rows_with(self.reports_table, lambda _index: self.summary_edit.setFocus())
        open_rows_with(self.reviewed_table, lambda _index: self.summary_edit.setFocus())
        self.lists_tabs.currentChanged.connect(self._list_changed)
        self.disagreements_panel.sig_loaded.connect(self._disagreements_loaded)
        self.comment_button.clicked.connect(self.comment)
        self.changes_button.clicked.connect(self.request_changes)
        self.accept_button.clicked.connect(self.accept)

    # -- state ------------------------------------------------------------------------------------

    def restore_state(self) -> None:
        for key, restore in (
            ("chair_view/splitter", self.main_splitter.restoreState),
            ("chair_view/columns", self.reports_table.horizontalHeader().restoreState),
        ):
            state = self.settings.value(key)
            if isinstance(state, QByteArray) and not state.isEmpty():
                restore(state)

    def save_state(self) -> None:
        self.settings.setValue("chair_view/splitter", self.main_splitter.saveState())
        self.settings.setValue(
            "chair_view/columns", self.reports_table.horizontalHeader().saveState()
        )

    def hideEvent(self, event: Any) -> None:
        self.save_state()
        super().hideEvent(event)

    # -- loading ----------------------------------------------------------------------------------

    @staticmethod
    def is_available(role: UserRole) -> bool:
        """Whether this page has anything for the role (the navigation may hide it otherwise)."""
        return allowed(role, Permission.REVIEW_REPORTS)

    def refresh(self) -> None:
        session = self.session
        if session is None:
            return
        if not self.is_available(session.ctx.actor.role):
            self.hint_label.setText(self.tr("Reports are reviewed here by conference chairs."))
            self.refresh_button.setEnabled(False)
            return
        self.hint_label.setText(self.tr("Loading…"))
        self.disagreements_panel.bind(session)
        self.runner.run(
            lambda: (load_awaiting(session.ctx), load_reviewed(session.ctx)),
            lambda lists: self._show_reports(*lists),
            self._load_failed,
            owner=self,
        )

    def _show_reports(self, rows: list[AwaitingReport], reviewed: list[AwaitingReport]) -> None:
        self.model.set_rows(rows)
        self.reviewed_model.set_rows(reviewed)
        self.reports_table.resizeColumnsToContents()
        self.reviewed_table.resizeColumnsToContents()
        self.lists_tabs.setTabText(
            1,
            self.tr("Reviewed ({n})").format(n=len(reviewed)) if reviewed else self.tr("Reviewed"),
        )
        self.lists_tabs.setCurrentIndex(0)
        self.current = None
        self.summary_edit.clear()
        self.comments_edit.clear()
        self._set_busy(False)
        self.hint_label.setText(
            count(
                len(rows),
                self.tr("%n report awaiting your review"),
                self.tr("%n reports awaiting your review"),
            )
            + " · "
            + self.tr("choose one to read the case and the report")
        )
        if rows:
            self.reports_table.selectRow(0)
        emit(self.sig_loaded, len(rows))

    def _load_failed(self, err: BaseException) -> None:
        self.hint_label.setText(self.tr("The reports could not be loaded."))
        self.report_error(err)

    def _disagreements_loaded(self, open_count: int) -> None:
        self.desk_tabs.setTabText(
            1,
            self.tr("Disagreements escalated to you ({n} open)").format(n=open_count)
            if open_count
            else self.tr("Disagreements escalated to you"),
        )

    def _list_changed(self, index: int) -> None:
        table = self.reviewed_table if index == 1 else self.reports_table
        if table.model().rowCount() and not table.currentIndex().isValid():
            table.selectRow(0)
        elif table.currentIndex().isValid():
            self._select(table.currentIndex().row(), reviewed=index == 1)

    def _select(self, proxy_row: int, *, reviewed: bool = False) -> None:
        session = self.session
        if session is None or proxy_row < 0:
            return
        proxy, model = (
            (self.reviewed_proxy, self.reviewed_model) if reviewed else (self.proxy, self.model)
        )
        row: AwaitingReport = model.row_at(proxy.mapToSource(proxy.index(proxy_row, 0)).row())
        self.current = row
        self._set_busy(False)
        self.error_label.clear()
        self.comments_edit.setPlainText(row.report.chair_comments if not reviewed else "")
        self.summary_edit.setPlainText(self.tr("Loading…"))
        report_id, case_id = row.report.id, row.report.case_id
        assert report_id is not None
        self.runner.run(
            lambda: load_summary(session.ctx, report_id=report_id, case_id=case_id),
            self._show_summary,
            self._load_failed,
            owner=self,
        )

    def _show_summary(self, summary: ReportSummary) -> None:
        if self.current is None or summary.data.report.id != self.current.report.id:
            return  # the chair has moved on to another report meanwhile
        self.summary_edit.setHtml(report_html(summary, tr=self.tr))
        emit(self.sig_summary_shown, summary.data.report.id)

    # -- the chair's answers ----------------------------------------------------------------------

    def comment(self) -> None:
        self._answer(comment_on_report, self.tr("Comment saved."))

    def request_changes(self) -> None:
        if not self.comments_edit.toPlainText().strip():  # the services refuse it too
            self._refused(self.tr("Comments: say what needs to change."))
            return
        if self._confirm(
            self.tr("Ask for changes?"),
            self.tr(
                "The report goes back to the lead professional with your comments. They will "
                "revise it and send it to you again."
            ),
            self.tr("Ask for changes"),
        ):
            self._answer(
                request_changes, self.tr("Sent back to the lead professional for changes.")
            )

    def accept(self) -> None:
        if self._confirm(
            self.tr("Accept this report?"),
            self.tr(
                "The report is accepted for the review conference and can no longer be changed. "
                "The lead professional sees that you accepted it, with your comments."
            ),
            self.tr("Accept report"),
        ):
            self._answer(accept_report, self.tr("Report accepted."))

    def _confirm(self, title: str, text: str, yes: str) -> bool:
        """Ask before an answer the lead professional will see (``sig_confirming`` lets a test
        answer the box)."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        box.setObjectName("confirm_box")
        go = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(go)
        emit(self.sig_confirming, box)
        box.exec()
        chosen = box.clickedButton() is go
        box.deleteLater()
        return chosen

    def _refused(self, message: str) -> None:
        self.error_label.setText(message)
        self.comments_edit.setFocus()

    def _answer(self, call: Callable[..., ReviewReport], done_text: str) -> None:
        session, row = self.session, self.current
        if session is None or row is None or row.report.id is None:
            return
        report_id, comments = row.report.id, self.comments_edit.toPlainText()
        self._set_busy(True)
        self.error_label.clear()
        self.runner.run(
            lambda: call(session.ctx, report_id=report_id, comments=comments),
            lambda report: self._answered(report, done_text),
            self._answer_failed,
            owner=self,
            changes=Changes.of(row.report.case_id, Kind.REPORTS),
        )

    def _answered(self, report: ReviewReport, done_text: str) -> None:
        emit(self.sig_status, done_text)
        emit(self.sig_report_changed, report)  # the change notice reloads the lists

    def _answer_failed(self, err: BaseException) -> None:
        self._set_busy(False)
        messages = field_messages(err)
        if messages:  # refused input: say so beside the comments, keep the text
            self._refused("\n".join(messages.values()))
            return
        self.report_error(err)

    def _set_busy(self, busy: bool) -> None:
        awaiting = self.current is not None and self.current.report.status == "submitted"
        enabled = not busy and awaiting
        for button in (self.comment_button, self.changes_button, self.accept_button):
            button.setEnabled(enabled)
        self.comments_edit.setReadOnly(not awaiting)
