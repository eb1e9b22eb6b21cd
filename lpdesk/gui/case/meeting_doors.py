"""The case workspace's doors to the meeting lifecycle (send the invitations, move or cancel a
convened meeting and tell the invitees, the warning before a second core group), to completing
escalation steps, and to documents on demand. A mixin of ``CaseWorkspace``, kept apart so the
workspace stays a layout."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QWidget

from lpdesk.domain import Meeting
from lpdesk.gui.case.case_loader import CaseSnapshot
from lpdesk.gui.shell.session import GuiSession
from lpdesk.gui.shell.signals import emit
from lpdesk.gui.shell.tables import ROW_DATA
from lpdesk.gui.shell.tasks import TaskRunner

__all__ = ["MeetingDoorsMixin"]


class MeetingDoorsMixin(QWidget):
    # provided by CaseWorkspace
    runner: TaskRunner
    session: GuiSession | None
    snapshot: CaseSnapshot | None
    ui: Any
    sig_status: Any

    def _selected_meeting(self) -> Meeting | None:
        raise NotImplementedError

    def _show_dialog(self, dialog: Any) -> Any:
        raise NotImplementedError

    def _open_wizard(self, meeting: Meeting | None) -> Any:
        raise NotImplementedError

    def _build_meeting_doors(self, menu: QMenu) -> None:
        from lpdesk.gui.case.documents_panel import DocumentsPanel

        self.offered: set[int] = set()

        self.escalation_action = QAction(self.tr("Complete an escalation step…"), self)
        self.assessment_action = QAction(self.tr("Assessments…"), self)
        self.event_action = QAction(self.tr("Log a significant event…"), self)
        self.report_action = QAction(self.tr("Report to the review conference…"), self)
        self.lac_action = QAction(self.tr("Convene a looked after child review…"), self)
        for action in (
            self.lac_action,
            self.escalation_action,
            self.assessment_action,
            self.event_action,
            self.report_action,
        ):
            menu.addAction(action)
        row = QHBoxLayout()
        self.invitations_button = QPushButton(self.tr("Send invitations…"), self.ui.meetings_tab)
        self.invitations_button.setObjectName("invitations_button")
        self.invitations_button.setAccessibleName(
            self.tr("Send the invitations for the selected meeting")
        )
        self.reschedule_button = QPushButton(self.tr("Move or cancel…"), self.ui.meetings_tab)
        self.reschedule_button.setObjectName("reschedule_button")
        self.reschedule_button.setAccessibleName(self.tr("Move or cancel the selected meeting"))
        for button in (self.invitations_button, self.reschedule_button):
            button.setEnabled(False)
            row.addWidget(button)
        row.addStretch(1)
        self.ui.meetings_layout.addLayout(row)
        self.documents_panel = DocumentsPanel(self.runner, self.ui.documents_tab)
        self.ui.documents_layout.insertWidget(0, self.documents_panel)
        self.escalation_action.triggered.connect(self.open_escalation_dialog)
        self.assessment_action.triggered.connect(self.open_assessment_dialog)
        self.event_action.triggered.connect(self.open_event_dialog)
        self.report_action.triggered.connect(self.open_review_report_dialog)
        self.lac_action.triggered.connect(self.open_lac_review_dialog)
        self.invitations_button.clicked.connect(lambda: self.open_invitations_dialog())
        self.reschedule_button.clicked.connect(self.open_reschedule_dialog)
        self.ui.meetings_table.itemSelectionChanged.connect(self._update_meeting_doors)
        self.ui.close_button.clicked.connect(self.documents_panel.remove_files)

    def _update_meeting_doors(self) -> None:
        from lpdesk.domain import MeetingStatus

        meeting = self._selected_meeting()
        convened = meeting is not None and meeting.status is MeetingStatus.CONVENED
        cancelled = meeting is not None and meeting.status is MeetingStatus.CANCELLED
        self.invitations_button.setEnabled(convened or cancelled)
        self.reschedule_button.setEnabled(convened)

    def select_meeting(self, meeting_id: int) -> None:
        for row in range(self.ui.meetings_table.rowCount()):
            item = self.ui.meetings_table.item(row, 0)
            if item is not None and getattr(item.data(ROW_DATA), "id", None) == meeting_id:
                self.ui.meetings_table.selectRow(row)
                return

    def open_escalation_dialog(self) -> Any:
        if self.session is None or self.snapshot is None:
            return None
        from lpdesk.gui.case.escalation_dialog import EscalationDialog

        return self._show_dialog(
            EscalationDialog(self.runner, self.session, self.snapshot.overview, self)
        )

    def open_assessment_dialog(self) -> Any:
        if self.session is None or self.snapshot is None:
            return None
        from lpdesk.gui.case.assessment_dialog import AssessmentDialog

        return self._show_dialog(
            AssessmentDialog(self.runner, self.session, self.snapshot.overview, self)
        )

    def open_event_dialog(self) -> Any:
        if self.session is None or self.snapshot is None:
            return None
        from lpdesk.gui.case.event_dialog import EventDialog

        return self._show_dialog(
            EventDialog(self.runner, self.session, self.snapshot.overview, self)
        )

    def open_review_report_dialog(self) -> Any:
        if self.session is None or self.snapshot is None:
            return None
        from lpdesk.gui.case.review_report_dialog import ReviewReportDialog

        return self._show_dialog(
            ReviewReportDialog(self.runner, self.session, self.snapshot.overview, self)
        )

    def open_lac_review_dialog(self) -> Any:
        if self.session is None or self.snapshot is None:
            return None
        from lpdesk.gui.meeting.lac_review_dialog import LacReviewDialog

        names = self.snapshot.names
        chairs = [
            (names.get(c.chair_person_id, ""), c.chair_person_id)
            for c in self.snapshot.overview.conferences
            if c.chair_person_id is not None and names.get(c.chair_person_id)
        ]
        return self._show_dialog(
            LacReviewDialog(self.runner, self.session, self.snapshot.overview, chairs, self)
        )

    def open_invitations_dialog(self, meeting: Meeting | None = None) -> Any:
        meeting = meeting or self._selected_meeting()
        if self.session is None or self.snapshot is None or meeting is None:
            return None
        from lpdesk.gui.meeting.invitations_dialog import InvitationsDialog

        return self._show_dialog(
            InvitationsDialog(self.runner, self.session, self.snapshot.overview, meeting, self)
        )

    def open_reschedule_dialog(self) -> Any:
        meeting = self._selected_meeting()
        if self.session is None or self.snapshot is None or meeting is None:
            return None
        from lpdesk.gui.meeting.reschedule_dialog import RescheduleDialog

        dialog = RescheduleDialog(self.runner, self.session, self.snapshot.overview, meeting, self)
        dialog.sig_saved.connect(self._tell_invitees)
        return self._show_dialog(dialog)

    def _tell_invitees(self, moved: Meeting) -> None:
        """After a move or a cancellation: the invitees are told (calendar update or cancel)."""
        emit(self.sig_status, self.tr("Saved. Now tell the invitees."))
        self.open_invitations_dialog(moved)

    def offer_invitations(self, meeting: Meeting) -> Any:
        """Just convened for a later day: the next step is sending the invitations."""
        from lpdesk.domain import DocumentKind, MeetingStatus

        if self.session is None or self.snapshot is None or meeting.id is None:
            return None
        today = self.session.ctx.clock.today()
        sent = any(
            d.kind is DocumentKind.INVITATION and d.record_id == meeting.id
            for d in self.snapshot.documents
        )
        if meeting.status is not MeetingStatus.CONVENED or meeting.scheduled_at.date() <= today:
            return None
        if sent or meeting.id in self.offered:
            return None
        self.offered.add(meeting.id)
        return self.open_invitations_dialog(meeting)

    def convened_core_group(self) -> Meeting | None:
        from lpdesk.domain import MeetingKind, MeetingStatus

        if self.snapshot is None:
            return None
        return next(
            (
                m
                for m in self.snapshot.meetings
                if m.kind is MeetingKind.CORE_GROUP and m.status is MeetingStatus.CONVENED
            ),
            None,
        )

    def _warn_convened(self, existing: Meeting) -> Any:
        """A core group is already convened: say so and show it before convening another."""
        from PySide6.QtWidgets import QMessageBox

        from lpdesk.gui.shell.labels import fmt_datetime

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("A core group is already convened"),
            self.tr(
                "A core group is already convened for {when} at {venue}. Move or cancel that"
                " one rather than convening a second."
            ).format(when=fmt_datetime(existing.scheduled_at), venue=existing.venue),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("already_convened_box")
        show = box.addButton(self.tr("Show that meeting"), QMessageBox.ButtonRole.AcceptRole)
        show.setObjectName("show_convened_button")
        another = box.addButton(self.tr("Convene another anyway"), QMessageBox.ButtonRole.YesRole)
        another.setObjectName("convene_anyway_button")
        box.addButton(QMessageBox.StandardButton.Cancel)

        def chosen(button: Any) -> None:
            if button is show:
                self.ui.section_tabs.setCurrentWidget(self.ui.meetings_tab)
                assert existing.id is not None
                self.select_meeting(existing.id)
            elif button is another:
                self._open_wizard(None)

        box.buttonClicked.connect(chosen)
        box.open()
        return box
