"""The chair's list of disagreements escalated to them across cases: each one's positions and
where it has been, and the chair's resolution (confirmed, then seen by the lead professional and
the core group on the case)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from lpdesk.domain import Disagreement
from lpdesk.gui.admin.admin_model import SORT_ROLE, Column, RowsModel
from lpdesk.gui.shell.changes import Changes, Kind
from lpdesk.gui.shell.errors import field_messages, show_error
from lpdesk.gui.shell.labels import fmt_date
from lpdesk.gui.shell.session import GuiSession
from lpdesk.gui.shell.signals import emit
from lpdesk.gui.shell.status_tail import action_tail
from lpdesk.gui.shell.tables import read_only_view
from lpdesk.gui.shell.tasks import TaskRunner
from lpdesk.services.review_conference.escalated import (
    EscalatedDisagreement,
    disagreements_for_chair,
    resolve_as_chair,
)

__all__ = ["DisagreementsPanel"]


class EscalatedModel(RowsModel):
    def define_columns(self) -> list[Column]:
        tr = self.tr
        return [
            Column(tr("Case"), lambda r: r.case_reference),
            Column(tr("About"), lambda r: r.disagreement.subject),
            Column(
                tr("Escalated"),
                lambda r: fmt_date(r.disagreement.escalated_on),
                sort=lambda r: (
                    r.disagreement.escalated_on or r.disagreement.raised_on
                ).toordinal(),
            ),
            Column(
                tr("State"),
                lambda r: (
                    tr("Resolved {date}").format(date=fmt_date(r.disagreement.resolved_on))
                    if r.disagreement.resolved_on
                    else tr("Open")
                ),
            ),
        ]


class DisagreementsPanel(QWidget):
    sig_loaded = Signal(int)  # open disagreements
    sig_resolved = Signal(object)  # the Disagreement stored
    sig_confirming = Signal(object)  # the QMessageBox asking before a resolution

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.session: GuiSession | None = None
        self.current: EscalatedDisagreement | None = None
        self.setObjectName("disagreements_panel")
        self.model = EscalatedModel(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(SORT_ROLE)
        self.table = read_only_view(
            self, "disagreements_table", self.tr("Disagreements escalated to you"), proxy
        )
        self.detail_view = QTextBrowser(self)
        self.detail_view.setObjectName("disagreement_detail")
        self.detail_view.setAccessibleName(self.tr("The disagreement and each position"))
        self.outcome_label = QLabel(self.tr("Your &resolution (the core group sees it)"), self)
        self.outcome_edit = QPlainTextEdit(self)
        self.outcome_edit.setObjectName("outcome_edit")
        self.outcome_edit.setAccessibleName(self.tr("Your resolution"))
        self.outcome_edit.setTabChangesFocus(True)
        self.outcome_edit.setMaximumHeight(110)
        self.outcome_label.setBuddy(self.outcome_edit)
        self.resolve_button = QPushButton(self.tr("Record resolution"), self)
        self.resolve_button.setObjectName("resolve_button")
        self.resolve_button.setProperty("role", "primary")
        detail = QWidget(self)
        column = QVBoxLayout(detail)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in (self.detail_view, self.outcome_label, self.outcome_edit):
            column.addWidget(widget, 1 if widget is self.detail_view else 0)
        self.error_label = action_tail(detail, column, [self.resolve_button])
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setSizes([380, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._select(proxy.mapToSource(current).row())
        )
        self.resolve_button.clicked.connect(self.resolve)
        self._editable(False)

    def bind(self, session: GuiSession) -> None:
        self.session = session
        self.refresh()

    def refresh(self) -> None:
        session = self.session
        if session is None:
            return
        self.runner.run(
            lambda: disagreements_for_chair(session.ctx),
            self._show,
            lambda err: show_error(self, err),
            owner=self,
        )

    def _show(self, rows: list[EscalatedDisagreement]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.current = None
        self.detail_view.clear()
        self._editable(False)
        if rows:
            self.table.selectRow(0)
        emit(self.sig_loaded, sum(1 for r in rows if r.disagreement.resolved_on is None))

    def _select(self, row: int) -> None:
        if row < 0:
            return
        self.current = item = self.model.row_at(row)
        d = item.disagreement
        parts = [
            f"<h2>{escape(d.subject)}</h2>",
            f"<p>{escape(self.tr('Case {reference}').format(reference=item.case_reference))}"
            f" · {escape(self.tr('raised {date}').format(date=fmt_date(d.raised_on)))}"
            f" · {escape(self.tr('escalated to you {date}').format(date=fmt_date(d.escalated_on)))}"
            "</p>",
            "<h3>" + escape(self.tr("Positions")) + "</h3>",
        ]
        parts += [
            f'<p dir="auto"><b>{escape(who)}</b>: {escape(position)}</p>'
            for who, position in item.positions
        ]
        if d.resolved_on is not None:
            parts.append("<h3>" + escape(self.tr("Resolution")) + "</h3>")
            parts.append(f'<p dir="auto">{escape(d.outcome)}</p>')
        self.detail_view.setHtml("".join(parts))
        self.outcome_edit.setPlainText(d.outcome)
        self.error_label.clear()
        self._editable(d.resolved_on is None)

    def _editable(self, editable: bool) -> None:
        self.outcome_edit.setReadOnly(not editable)
        self.resolve_button.setEnabled(editable)

    def resolve(self) -> None:
        session, item = self.session, self.current
        if session is None or item is None or item.disagreement.id is None:
            return
        outcome = self.outcome_edit.toPlainText()
        if not outcome.strip():
            self._refused(self.tr("Your resolution: say what was decided."))
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Record this resolution?"),
            self.tr(
                "The disagreement is closed with your resolution. The lead professional and the "
                "core group see it on the case and in its records."
            ),
            parent=self,
        )
        go = box.addButton(self.tr("Record resolution"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        emit(self.sig_confirming, box)
        box.exec()
        chosen = box.clickedButton() is go
        box.deleteLater()
        if not chosen:
            return
        disagreement_id = item.disagreement.id
        self._editable(False)
        self.runner.run(
            lambda: resolve_as_chair(session.ctx, disagreement_id=disagreement_id, outcome=outcome),
            self._resolved,
            self._failed,
            owner=self,
            changes=Changes.of(item.disagreement.case_id, Kind.DISAGREEMENTS),
        )

    def _resolved(self, disagreement: Disagreement) -> None:
        emit(self.sig_resolved, disagreement)  # the change notice reloads the chair's lists

    def _failed(self, err: BaseException) -> None:
        self._editable(True)
        messages = field_messages(err)
        if messages:
            self._refused("\n".join(messages.values()))
        else:
            show_error(self, err)

    def _refused(self, message: str) -> None:
        self.error_label.setText(message)
        self.outcome_edit.setFocus()
