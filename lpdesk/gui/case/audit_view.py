"""A case's history: every audit event about the case, its records and the people named in it.

Shown as the "History" tab of a case workspace. Only QA managers and team managers may read the
audit trail (``services.permissions``): anyone else sees a sentence saying who may, and no query is
made. The events are read through ``audit_trail.history_in_words`` on the database lane when the
tab is first shown (and again on ``refresh``), and listed newest first, each as a sentence with
people's names ("Minutes approved by Daniel Kowalczyk"), never internal names.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTableWidget, QVBoxLayout, QWidget

from lpdesk.domain import Forbidden
from lpdesk.gui.shell.errors import describe, show_error
from lpdesk.gui.shell.labels import fmt_datetime
from lpdesk.gui.shell.session import GuiSession
from lpdesk.gui.shell.signals import emit
from lpdesk.gui.shell.tables import fill_table, prepare_table
from lpdesk.gui.shell.tasks import TaskRunner
from lpdesk.services import audit_trail
from lpdesk.services.audit_trail import HistoryLine
from lpdesk.services.permissions import Permission, allowed

__all__ = ["AuditView"]


class AuditView(QWidget):
    sig_loaded = Signal()

    def __init__(self, runner: TaskRunner, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.case_id = case_id
        self.session: GuiSession | None = None
        self.events: list[HistoryLine] = []
        self.setObjectName("audit_view")
        layout = QVBoxLayout(self)
        self.note_label = QLabel(self)
        self.note_label.setObjectName("audit_note_label")
        self.note_label.setWordWrap(True)
        layout.addWidget(self.note_label)
        self.table = QTableWidget(self)
        self.table.setObjectName("audit_table")
        self.table.setAccessibleName(self.tr("History of this case"))
        prepare_table(
            self.table,
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("Role"),
                self.tr("What happened"),
            ],
        )
        layout.addWidget(self.table, 1)

    @property
    def may_read(self) -> bool:
        return self.session is not None and allowed(
            self.session.ctx.actor.role, Permission.READ_AUDIT
        )

    def bind(self, session: GuiSession) -> None:
        self.session = session
        if not self.may_read:
            self._refuse(
                self.tr(
                    "A case's history (who opened and changed its records) is for QA managers "
                    "and team managers. Ask your team manager if you need it."
                )
            )
        else:
            self.note_label.setText(self.tr("Open this tab to load the case's history."))

    def refresh(self) -> None:
        session = self.session
        if session is None or not self.may_read:
            return
        case_id = self.case_id
        self.note_label.setText(self.tr("Loading the history…"))
        self.runner.run(
            lambda: audit_trail.history_in_words(session.ctx, case_id=case_id),
            self._show,
            self._failed,
            owner=self,
        )

    def _refuse(self, sentence: str) -> None:
        self.note_label.setText(sentence)
        self.table.hide()
        emit(self.sig_loaded)

    def _failed(self, err: BaseException) -> None:
        if isinstance(err, Forbidden):  # a team manager on another team's case
            self._refuse(describe(err).text)
            return
        self.note_label.setText(self.tr("The history could not be loaded."))
        show_error(self, err)

    def _show(self, events: list[HistoryLine]) -> None:
        self.events = sorted(events, key=lambda e: (e.at, e.event_id or 0), reverse=True)
        fill_table(
            self.table,
            [[fmt_datetime(e.at), e.who, e.role, e.sentence] for e in self.events],
            data=self.events,
            empty=self.tr("Nothing recorded yet."),
        )
        self.table.show()
        self.note_label.setText(
            self.tr("{n} events, newest first. The history cannot be changed.").format(
                n=len(self.events)
            )
        )
        emit(self.sig_loaded)
