"""A compliance figure's drill-down: the rule in words and the cases that count against it (each
missed at least one due point), most missed first; Enter or a double-click opens the case."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from lpdesk.gui.shell.screen_fit import fit_to_screen
from lpdesk.gui.shell.signals import emit
from lpdesk.gui.shell.tables import ROW_DATA, fill_table, open_rows_with, prepare_table
from lpdesk.services.compliance_report import CaseFigure, ComplianceRow

__all__ = ["RULES", "ComplianceCasesDialog", "measure_label"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("compliance", text)


# measure -> (its name, the rule in words); the profile's numbers are the England defaults'
_MEASURES: dict[str, tuple[str, str]] = {
    "visits_in_timescale": (
        "Children seen in timescale",
        "Each child is to be seen by the lead professional every 10 working days (the "
        "profile's visit interval). Each interval that ended without a visit counts against.",
    ),
    "seen_alone": (
        "Children seen alone",
        "Each child is to be seen alone at least every 4 weeks. Each 4 weeks that passed "
        "without the child seen alone counts against.",
    ),
    "bedroom_seen": (
        "Bedroom seen each conference cycle",
        "The child's bedroom is to be seen at least once between one conference and the "
        "next. A cycle with no visit that saw the bedroom counts against.",
    ),
    "visits_recorded_on_time": (
        "Visits recorded on time",
        "A visit is to be recorded within 2 working days of the visit. A visit recorded "
        "later counts against.",
    ),
    "core_groups_on_time": (
        "Core groups on time",
        "The first core group within 10 working days of the initial conference, then one "
        "every 4 weeks. A core group held late (or not held) counts against.",
    ),
    "minutes_circulated_on_time": (
        "Minutes circulated on time",
        "Core group minutes are to reach every member within 10 working days of the "
        "meeting. Minutes circulated later (or not yet) count against.",
    ),
    "review_conferences_on_time": (
        "Review conferences on time",
        "The first review conference within 3 months of the initial conference, then at "
        "most every 6 months. A review held late counts against.",
    ),
    "lp_reports_on_time": (
        "Reports to the chair on time",
        "The lead professional's report reaches the conference chair 5 working days before "
        "the review conference. A report submitted later counts against.",
    ),
    "reports_to_parents_on_time": (
        "Reports shared with parents on time",
        "The report is shared with the parents and child 2 working days before the review "
        "conference. A report shared later counts against.",
    ),
}
RULES = {m: _tr(rule) for m, (_name, rule) in _MEASURES.items()}


def measure_label(measure: str) -> str:
    return _tr(_MEASURES[measure][0]) if measure in _MEASURES else measure.replace("_", " ")


class ComplianceCasesDialog(QDialog):
    sig_open_case = Signal(int, str)  # case id, reference

    def __init__(
        self,
        row: ComplianceRow,
        cases: tuple[CaseFigure, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compliance_cases_dialog")
        who = row.name or self.tr("the whole team") if row.scope == "team" else row.name
        self.setWindowTitle(
            self.tr("{measure}: {who}").format(measure=measure_label(row.measure), who=who)
        )
        fit_to_screen(self, 720, 460)
        layout = QVBoxLayout(self)
        self.figure_label = QLabel(
            self.tr("{n} of {d} on time").format(n=row.numerator, d=row.denominator)
            + (f" ({row.percent:.1f}%)" if row.percent is not None else ""),
            self,
        )
        self.figure_label.setProperty("role", "page_title")
        self.rule_label = QLabel(RULES.get(row.measure, ""), self)
        self.rule_label.setObjectName("rule_label")
        self.rule_label.setWordWrap(True)
        self.rule_label.setProperty("role", "page_hint")
        layout.addWidget(self.figure_label)
        layout.addWidget(self.rule_label)
        self.cases_table = QTableWidget(self)
        self.cases_table.setObjectName("cases_table")
        self.cases_table.setAccessibleName(self.tr("Cases that count against this figure"))
        prepare_table(
            self.cases_table,
            [
                self.tr("Case"),
                self.tr("Lead professional"),
                self.tr("Missed"),
                self.tr("On time"),
                self.tr("Due"),
            ],
        )
        fill_table(
            self.cases_table,
            [
                [
                    c.reference,
                    c.lead_professional or self.tr("Nobody allocated"),
                    str(c.missed),
                    str(c.numerator),
                    str(c.denominator),
                ]
                for c in cases
            ],
            data=list(cases),
            empty=self.tr("No case missed this timescale in the period."),
        )
        self.cases = cases
        layout.addWidget(self.cases_table, 1)
        hint = QLabel(self.tr("Press Enter or double-click a case to open it."), self)
        hint.setProperty("role", "page_hint")
        layout.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        open_rows_with(self.cases_table, self.open_case)
        self.cases_table.setFocus()
        if cases:
            self.cases_table.selectRow(0)

    def open_case(self, index: QModelIndex | None = None) -> None:
        row = index.row() if index is not None else self.cases_table.currentRow()
        item = self.cases_table.item(row, 0) if row >= 0 else None
        figure = item.data(ROW_DATA) if item is not None else None
        if isinstance(figure, CaseFigure):
            emit(self.sig_open_case, figure.case_id, figure.reference)
            self.accept()
