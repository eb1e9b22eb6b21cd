"""Reports: what is due for conferences and reports, and, for team and QA managers, the compliance
report over a period (team and each lead professional), exportable as CSV."""

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
from lpdesk.gui.shell.errors import describe
from lpdesk.gui.shell.labels import fmt_date
from lpdesk.gui.shell.page import Page
from lpdesk.gui.shell.session import GuiSession
from lpdesk.gui.shell.signals import emit
from lpdesk.gui.shell.tables import fill_table, prepare_table
from lpdesk.gui.shell.tasks import TaskRunner
from lpdesk.services.compliance_report import ComplianceReport, compliance_report, to_csv

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
    sig_open_case = Signal(int, str)
    sig_report = Signal(object)  # ComplianceReport shown

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
        bar.addWidget(self.period_combo)
        bar.addStretch(1)
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
        self.period_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.export_button.clicked.connect(self.export_csv)
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
                    r.measure.replace("_", " "),
                    str(r.numerator),
                    str(r.denominator),
                    "–" if r.percent is None else f"{r.percent:.1f}%",
                ]
                for r in report.rows
            ],
            empty=self.tr("Nothing fell due in this period."),
        )
        self.compliance_hint_label.setText(
            self.tr("{start} to {end} · {cases} cases").format(
                start=fmt_date(report.period_start),
                end=fmt_date(report.period_end),
                cases=report.cases,
            )
        )
        self.export_button.setEnabled(True)
        emit(self.sig_report, report)

    def _failed(self, err: BaseException) -> None:
        self.export_button.setEnabled(False)
        fill_table(self.compliance_table, [])
        if isinstance(err, Forbidden):
            self.compliance_hint_label.setText(
                self.tr(
                    "The compliance report is for team managers and quality assurance managers."
                )
            )
        else:
            self.compliance_hint_label.setText(describe(err).text)

    def export_csv(self, path: str | None = None) -> Path | None:
        if self.report is None:
            return None
        chosen = (
            path
            or QFileDialog.getSaveFileName(
                self,
                self.tr("Export compliance report"),
                "compliance.csv",
                self.tr("CSV files (*.csv)"),
            )[0]
        )
        if not chosen:
            return None
        target = Path(chosen)
        tmp = target.with_name(target.name + ".tmp")
        tmp.write_text(to_csv(self.report), encoding="utf-8")
        os.replace(tmp, target)
        self.compliance_hint_label.setText(self.tr("Exported to {path}").format(path=str(target)))
        return target
