"""Reports: what is due for conferences and reports, and, for team and QA managers, the compliance
report over a period (team and each lead professional): each figure opens the cases that count
against it with the rule in words; exportable as Excel, PDF or CSV."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lpdesk.domain import DueKind, Forbidden
from lpdesk.gui.caseload.due_view import DueView
from lpdesk.gui.manager.compliance_cases_dialog import ComplianceCasesDialog, measure_label
from lpdesk.gui.shell.buddy import buddy_label
from lpdesk.gui.shell.changes import LISTED
from lpdesk.gui.shell.errors import describe
from lpdesk.gui.shell.labels import fmt_date
from lpdesk.gui.shell.page import Page
from lpdesk.gui.shell.session import GuiSession
from lpdesk.gui.shell.signals import emit
from lpdesk.gui.shell.tables import fill_table, open_rows_with, prepare_table
from lpdesk.gui.shell.tasks import TaskRunner
from lpdesk.services.compliance_report import (
    ComplianceReport,
    compliance_report,
    to_csv,
    to_pdf,
    to_xlsx,
)
from lpdesk.services.settings import get_setting

__all__ = ["ReportsView"]

REPORT_KINDS = frozenset(
    {
        DueKind.REVIEW_CONFERENCE,
        DueKind.LP_REPORT,
        DueKind.REPORT_TO_PARENTS,
        DueKind.ASSESSMENT,
        DueKind.ACTION,
        DueKind.LP_COVER,
    }
)


class ReportsView(Page):
    watches = LISTED
    sig_open_case = Signal(int, str)
    sig_report = Signal(object)  # ComplianceReport shown
    sig_exported = Signal(object)  # Path of a PDF written

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.setObjectName("reports_view")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.report: ComplianceReport | None = None
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("reports_tabs")
        self.tabs.setDocumentMode(True)
        self.due_view = DueView(
            runner, self, title=self.tr("Conferences, reports and actions due"), kinds=REPORT_KINDS
        )
        self.tabs.addTab(self.due_view, self.tr("Due"))
        self.tabs.addTab(self._compliance_tab(), self.tr("Compliance"))
        self.page_layout.addWidget(self.tabs)
        self.due_view.sig_open_case.connect(
            lambda case_id, ref: emit(self.sig_open_case, case_id, ref)
        )
        self.due_view.sig_status.connect(lambda text: emit(self.sig_status, text))

    def _compliance_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(20, 16, 20, 12)
        title = QLabel(self.tr("Compliance with the practice timescales"), tab)
        title.setProperty("role", "page_title")
        self.compliance_hint_label = QLabel(tab)
        self.compliance_hint_label.setObjectName("compliance_hint_label")
        self.compliance_hint_label.setProperty("role", "page_hint")
        self.compliance_hint_label.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(self.compliance_hint_label)
        bar = QHBoxLayout()
        self.period_combo = QComboBox(tab)
        self.period_combo.setObjectName("period_combo")
        self.period_combo.setAccessibleName(self.tr("Period of the report"))
        for label, days in (
            (self.tr("Last 3 months"), 91),
            (self.tr("Last 6 months"), 182),
            (self.tr("Last 12 months"), 365),
        ):
            self.period_combo.addItem(label, days)
        self.export_button = QPushButton(self.tr("Export CSV…"), tab)
        self.export_button.setObjectName("export_button")
        self.export_button.setAccessibleName(self.tr("Export the compliance report as CSV"))
        self.export_button.setEnabled(False)
        self.excel_button = QPushButton(self.tr("Export Excel…"), tab)
        self.excel_button.setObjectName("excel_button")
        self.excel_button.setAccessibleName(self.tr("Export the compliance report for Excel"))
        self.excel_button.setEnabled(False)
        self.pdf_button = QPushButton(self.tr("Export PDF…"), tab)
        self.pdf_button.setObjectName("pdf_button")
        self.pdf_button.setAccessibleName(self.tr("Export the compliance report as a PDF"))
        self.pdf_button.setEnabled(False)
        bar.addWidget(buddy_label(self.tr("&Period:"), self.period_combo, tab))
        bar.addWidget(self.period_combo)
        bar.addStretch(1)
        bar.addWidget(self.excel_button)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)
        self.compliance_table = QTableWidget(tab)
        self.compliance_table.setObjectName("compliance_table")
        self.compliance_table.setAccessibleName(self.tr("Compliance report"))
        prepare_table(
            self.compliance_table,
            [
                self.tr("Team or lead professional"),
                self.tr("Measure"),
                self.tr("On time"),
                self.tr("Due"),
                self.tr("Per cent"),
            ],
        )
        layout.addWidget(self.compliance_table, 1)
        drill = QLabel(
            self.tr("Press Enter or double-click a figure to see the cases that count against it."),
            tab,
        )
        drill.setProperty("role", "page_hint")
        layout.addWidget(drill)
        self.period_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.export_button.clicked.connect(lambda: self.export_csv())
        self.excel_button.clicked.connect(lambda: self.export_xlsx())
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        open_rows_with(self.compliance_table, lambda index: self.drill_down(index.row()))
        return tab

    def bind(self, session: GuiSession) -> None:
        self.due_view.bind(session)
        super().bind(session)

    def refresh(self) -> None:
        session = self.session
        if session is None:
            return
        end = session.ctx.clock.today()
        start = end - timedelta(days=int(self.period_combo.currentData()))
        self.compliance_hint_label.setText(self.tr("Loading…"))
        self.runner.run(
            lambda: compliance_report(
                session.ctx, period_start=start, period_end=end, profiles=session.profiles
            ),
            self._show,
            self._failed,
            owner=self,
        )

    def _show(self, report: ComplianceReport) -> None:
        self.report = report
        fill_table(
            self.compliance_table,
            [
                [
                    r.name or self.tr("Whole team"),
                    measure_label(r.measure),
                    str(r.numerator),
                    str(r.denominator),
                    self.tr("Nothing due") if r.percent is None else f"{r.percent:.1f}%",
                ]
                for r in report.rows
            ],
            data=list(report.rows),
            empty=self.tr("Nothing fell due in this period."),
        )
        self.compliance_hint_label.setText(
            self.tr("{start} to {end} · {cases} cases").format(
                start=fmt_date(report.period_start),
                end=fmt_date(report.period_end),
                cases=report.cases,
            )
        )
        for button in (self.export_button, self.excel_button, self.pdf_button):
            button.setEnabled(True)
        emit(self.sig_report, report)

    def _failed(self, err: BaseException) -> None:
        for button in (self.export_button, self.excel_button, self.pdf_button):
            button.setEnabled(False)
        fill_table(self.compliance_table, [])
        if isinstance(err, Forbidden):
            self.compliance_hint_label.setText(
                self.tr(
                    "The compliance report is for team managers and quality assurance managers."
                )
            )
        else:
            self.compliance_hint_label.setText(describe(err).text)

    # -- drill-down ---------------------------------------------------------------------------

    def drill_down(self, table_row: int) -> ComplianceCasesDialog | None:
        """The cases behind one figure, with its rule in words; a case opens from there."""
        if self.report is None or not 0 <= table_row < len(self.report.rows):
            return None
        row = self.report.rows[table_row]
        dialog = ComplianceCasesDialog(
            row, self.report.counting_against(row.scope, row.measure), self
        )
        dialog.sig_open_case.connect(lambda case_id, ref: emit(self.sig_open_case, case_id, ref))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # -- exports ------------------------------------------------------------------------------

    def _target(self, path: str | None, name: str, kind: str) -> Path | None:
        chosen = (
            path
            or QFileDialog.getSaveFileName(self, self.tr("Export compliance report"), name, kind)[0]
        )
        return Path(chosen) if chosen else None

    def _write(self, target: Path, data: bytes) -> Path:
        tmp = target.with_name(target.name + ".tmp")
        tmp.write_bytes(data)
        os.replace(tmp, target)
        self.compliance_hint_label.setText(self.tr("Exported to {path}").format(path=str(target)))
        return target

    def export_csv(self, path: str | None = None) -> Path | None:
        if self.report is None:
            return None
        target = self._target(path, "compliance.csv", self.tr("CSV files (*.csv)"))
        return self._write(target, to_csv(self.report)) if target else None

    def export_xlsx(self, path: str | None = None) -> Path | None:
        """The figures and the cases behind them as an Excel workbook."""
        if self.report is None:
            return None
        target = self._target(path, "compliance.xlsx", self.tr("Excel workbooks (*.xlsx)"))
        return self._write(target, to_xlsx(self.report)) if target else None

    def export_pdf(self, path: str | None = None) -> None:
        """The report as a PDF with the authority's name and marking, made on the work lane."""
        session, report = self.session, self.report
        if session is None or report is None:
            return
        target = self._target(path, "compliance.pdf", self.tr("PDF files (*.pdf)"))
        if target is None:
            return

        def make() -> bytes:
            authority = get_setting(session.ctx, "authority_name") or "Local authority"
            marking = get_setting(session.ctx, "protective_marking") or "OFFICIAL-SENSITIVE"
            return to_pdf(report, authority=authority, marking=marking)

        self.compliance_hint_label.setText(self.tr("Making the PDF…"))
        self.runner.run(
            make,
            lambda data: emit(self.sig_exported, self._write(target, data)),
            self._failed_export,
            owner=self,
        )

    def _failed_export(self, err: BaseException) -> None:
        self.compliance_hint_label.setText(describe(err).text)
