"""The lead professional's side of the review conference report: their reports with what the
chair decided (status, comments, history), read as the same document the chair reads; a report
sent back for changes is revised here and sent to the chair again (``revise_report`` then
``submit_report``, on the database thread)."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from lpdesk.domain import ReportStatus, UserRole
from lpdesk.gui.admin.admin_model import SORT_ROLE
from lpdesk.gui.chair.chair_model import (
    AwaitingReport,
    AwaitingReviewModel,
    ReportSummary,
    load_lead_reports,
    load_summary,
    status_label,
)
from lpdesk.gui.chair.report_document import report_html
from lpdesk.gui.shell.changes import Changes, Kind
from lpdesk.gui.shell.errors import field_messages
from lpdesk.gui.shell.labels import count
from lpdesk.gui.shell.page import Page
from lpdesk.gui.shell.signals import emit
from lpdesk.gui.shell.status_label import StatusLabel
from lpdesk.gui.shell.status_tail import action_tail
from lpdesk.gui.shell.tables import open_rows_with, read_only_view
from lpdesk.gui.shell.tasks import TaskRunner
from lpdesk.services.context import ServiceContext
from lpdesk.services.review_conference import ReportStep, revise_report, submit_report

__all__ = ["LeadReportsView"]


def resubmit(ctx: ServiceContext, *, report_id: int, recommendation: str) -> ReportStep:
    """The revised recommendation, then the report sent to the chair again."""
    revise_report(ctx, report_id=report_id, recommendation=recommendation)
    return submit_report(ctx, report_id=report_id)


class LeadReportsView(Page):
    watches = frozenset({Kind.REPORTS})
    sig_loaded = Signal(int)
    sig_summary_shown = Signal(int)  # report id
    sig_resubmitted = Signal(object)  # ReportStep

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.setObjectName("lead_reports_view")
        self.setWindowTitle(self.tr("My conference reports"))
        self.set_header(self.tr("My conference reports"), self.tr("Opening the database…"))
        self.model = AwaitingReviewModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.current: AwaitingReport | None = None
        self.reports_table = read_only_view(
            self, "reports_table", self.tr("My review conference reports"), self.proxy
        )
        self.document_view = QTextBrowser(self)
        self.document_view.setObjectName("document_view")
        self.document_view.setAccessibleName(self.tr("The report and the chair's comments"))
        self.document_view.setOpenLinks(False)
        self.document_view.setTabChangesFocus(True)  # Tab leaves it, as in the chair's view
        self.outcome_label = StatusLabel(self)
        self.outcome_label.setObjectName("outcome_label")
        self.outcome_label.setWordWrap(True)
        self.outcome_label.setProperty("role", "section_title")
        self.recommendation_label = QLabel(self.tr("Your &recommendation"), self)
        self.recommendation_edit = QPlainTextEdit(self)
        self.recommendation_edit.setObjectName("recommendation_edit")
        self.recommendation_edit.setAccessibleName(self.tr("Your recommendation"))
        self.recommendation_edit.setTabChangesFocus(True)
        self.recommendation_edit.setMaximumHeight(120)
        self.recommendation_label.setBuddy(self.recommendation_edit)
        self.resubmit_button = QPushButton(self.tr("Send to the chair again"), self)
        self.resubmit_button.setObjectName("resubmit_button")
        self.resubmit_button.setProperty("role", "primary")
        detail = QWidget(self)
        column = QVBoxLayout(detail)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.outcome_label)
        column.addWidget(self.document_view, 1)
        column.addWidget(self.recommendation_label)
        column.addWidget(self.recommendation_edit)
        self.error_label = action_tail(detail, column, [self.resubmit_button])
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.reports_table)
        splitter.addWidget(detail)
        splitter.setSizes([380, 700])
        self.page_layout.addWidget(splitter, 1)
        self.reports_table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._select(current.row())
        )
        # Enter on a report (or a double-click) moves to the report itself
        open_rows_with(self.reports_table, lambda _index: self.document_view.setFocus())
        self.resubmit_button.clicked.connect(self.resubmit)
        self._editable(False)

    @staticmethod
    def is_available(role: UserRole) -> bool:
        return role is UserRole.LEAD_PROFESSIONAL

    def refresh(self) -> None:
        session = self.session
        if session is None or not self.is_available(session.ctx.actor.role):
            return
        self.runner.run(
            lambda: load_lead_reports(session.ctx), self._show, self.report_error, owner=self
        )

    def _show(self, rows: list[AwaitingReport]) -> None:
        self.model.set_rows(rows)
        self.reports_table.resizeColumnsToContents()
        back = sum(1 for r in rows if r.report.status is ReportStatus.CHANGES_REQUESTED)
        self.hint_label.setText(
            count(len(rows), self.tr("%n report"), self.tr("%n reports"))
            + (" · " + self.tr("{n} sent back to you for changes").format(n=back) if back else "")
        )
        self.current = None
        if rows:
            self.reports_table.selectRow(0)
        emit(self.sig_loaded, len(rows))

    def select_report(self, report_id: int) -> None:
        for r in range(self.proxy.rowCount()):
            row = self.model.row_at(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
            if row.report.id == report_id:
                self.reports_table.selectRow(r)

    def _select(self, proxy_row: int) -> None:
        session = self.session
        if session is None or proxy_row < 0:
            return
        row: AwaitingReport = self.model.row_at(
            self.proxy.mapToSource(self.proxy.index(proxy_row, 0)).row()
        )
        self.current = row
        report = row.report
        self.outcome_label.setText(
            self.tr("{status}: {comments}").format(
                status=status_label(report.status), comments=report.chair_comments
            )
            if report.chair_comments
            else status_label(report.status)
        )
        self.recommendation_edit.setPlainText(report.recommendation)
        self.error_label.clear()
        self._editable(report.status is ReportStatus.CHANGES_REQUESTED)
        report_id, case_id = report.id, report.case_id
        assert report_id is not None
        self.runner.run(
            lambda: load_summary(session.ctx, report_id=report_id, case_id=case_id),
            self._show_document,
            self.report_error,
            owner=self,
        )

    def _show_document(self, summary: ReportSummary) -> None:
        if self.current is None or summary.data.report.id != self.current.report.id:
            return
        self.document_view.setHtml(report_html(summary, tr=self.tr))
        emit(self.sig_summary_shown, summary.data.report.id)

    def _editable(self, editable: bool) -> None:
        self.recommendation_edit.setReadOnly(not editable)
        self.resubmit_button.setEnabled(editable)

    def resubmit(self) -> None:
        session, row = self.session, self.current
        if session is None or row is None or row.report.id is None:
            return
        report_id, text = row.report.id, self.recommendation_edit.toPlainText()
        self._editable(False)
        self.runner.run(
            lambda: resubmit(session.ctx, report_id=report_id, recommendation=text),
            self._resubmitted,
            self._failed,
            owner=self,
            changes=Changes.of(row.report.case_id, Kind.REPORTS),
        )

    def _resubmitted(self, step: ReportStep) -> None:
        emit(self.sig_status, self.tr("Sent to the chair again."))
        emit(self.sig_resubmitted, step)  # the change notice reloads the list

    def _failed(self, err: BaseException) -> None:
        self._editable(True)
        messages = field_messages(err)
        if not messages:
            self.report_error(err)
            return
        self.error_label.setText("\n".join(messages.values()))
