"""One case's workspace: the timeline against the required cadence, core group, plan, meetings,
visits, disagreements and events, documents; and the actions that start from a case. It reloads
itself when a change notice touches the case (lpdesk.gui.shell.changes)."""

from __future__ import annotations

import weakref
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from lpdesk.domain import Meeting
from lpdesk.gui.case.audit_view import AuditView
from lpdesk.gui.case.case_header import CaseHeader
from lpdesk.gui.case.case_loader import CaseSnapshot, build_timeline, load_case
from lpdesk.gui.case.case_tabs import CaseTabs
from lpdesk.gui.case.meeting_doors import MeetingDoorsMixin
from lpdesk.gui.case.timeline_widget import TimelineWidget
from lpdesk.gui.forms.ui_case_workspace import Ui_CaseWorkspace
from lpdesk.gui.shell.changes import ALL_CASE_RECORDS, subscribe
from lpdesk.gui.shell.errors import show_error
from lpdesk.gui.shell.session import GuiSession
from lpdesk.gui.shell.signals import emit
from lpdesk.gui.shell.tables import ROW_DATA, open_rows_with, prepare_table
from lpdesk.gui.shell.tasks import TaskRunner

__all__ = ["CaseWorkspace"]


class CaseWorkspace(MeetingDoorsMixin, QWidget):
    sig_status = Signal(str)
    sig_close_requested = Signal()
    sig_loaded = Signal()

    def __init__(self, runner: TaskRunner, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.case_id = case_id
        self.session: GuiSession | None = None
        self.snapshot: CaseSnapshot | None = None
        self.wizards: list[Any] = []
        self.ui = Ui_CaseWorkspace()
        self.ui.setupUi(self)
        self.setObjectName(f"case_workspace_{case_id}")
        self._build()
        self.tabs = CaseTabs(self.ui, self.tr, self.plan_buttons)
        from lpdesk.gui.case.case_actions import CaseActions  # membership, LP, conferences

        self.case_actions = CaseActions(self)
        self._connect_signals()
        subscribe(runner.changes, self, ALL_CASE_RECORDS, self.refresh, case_id)

    def _build(self) -> None:
        host = QVBoxLayout(self.ui.timeline_host)
        host.setContentsMargins(0, 0, 0, 0)
        picker = QHBoxLayout()
        self.child_label = QLabel(self.tr("Child:"), self)
        self.child_combo = QComboBox(self)
        self.child_combo.setObjectName("child_combo")
        self.child_combo.setAccessibleName(self.tr("Child shown on the timeline"))
        self.child_label.setBuddy(self.child_combo)
        picker.addWidget(self.child_label)
        picker.addWidget(self.child_combo)
        picker.addStretch(1)
        host.addLayout(picker)
        self.timeline_widget = TimelineWidget(self.ui.timeline_host)
        self.timeline_widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        host.addWidget(self.timeline_widget)
        self.ui.timeline_host.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.ui.timeline_host.setMinimumHeight(0)
        self.child_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.header = CaseHeader(self, self.ui)  # one row, or two when narrow
        self.ui.overview_layout.setStretch(self.ui.overview_layout.count() - 1, 1)

        menu = QMenu(self)
        self.disagreement_action = QAction(self.tr("Record a disagreement…"), self)
        self.absence_action = QAction(self.tr("LP absence and cover…"), self)
        menu.addAction(self.disagreement_action)
        menu.addAction(self.absence_action)
        self.ui.more_button.setMenu(menu)

        prepare_table(
            self.ui.members_table,
            [
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Agency / job"),
                self.tr("Receives by"),
                self.tr("Notes"),
            ],
        )
        prepare_table(
            self.ui.actions_table,
            [
                self.tr("Action"),
                self.tr("Who"),
                self.tr("By when"),
                self.tr("Status"),
                self.tr("Progress"),
            ],
        )
        prepare_table(
            self.ui.meetings_table,
            [
                self.tr("No."),
                self.tr("Date"),
                self.tr("Venue"),
                self.tr("Status"),
                self.tr("Draft saved"),
            ],
        )
        prepare_table(
            self.ui.visits_table,
            [
                self.tr("When"),
                self.tr("Child"),
                self.tr("Visitor"),
                self.tr("Outcome"),
                self.tr("Seen alone"),
                self.tr("Bedroom"),
                self.tr("Observations"),
            ],
        )
        prepare_table(
            self.ui.disagreements_table,
            [self.tr("Raised"), self.tr("Subject"), self.tr("Escalated to"), self.tr("Outcome")],
        )
        prepare_table(self.ui.events_table, [self.tr("Date"), self.tr("Significant event")])
        prepare_table(
            self.ui.documents_table,
            [
                self.tr("Created"),
                self.tr("Kind"),
                self.tr("Format"),
                self.tr("File"),
                self.tr("SHA-256"),
            ],
        )
        plan_buttons = QHBoxLayout()
        self.plan_edit_button = QPushButton(self.tr("Outcomes and actions…"), self.ui.plan_tab)
        self.plan_edit_button.setObjectName("plan_edit_button")
        self.plan_edit_button.setAccessibleName(self.tr("Add an outcome or an action to the plan"))
        self.plan_progress_button = QPushButton(self.tr("Action progress…"), self.ui.plan_tab)
        self.plan_progress_button.setObjectName("plan_progress_button")
        self.plan_progress_button.setAccessibleName(
            self.tr("Update the selected action's progress")
        )
        self.plan_text_button = QPushButton(self.tr("Contingency and seeing…"), self.ui.plan_tab)
        self.plan_text_button.setObjectName("plan_text_button")
        self.plan_text_button.setAccessibleName(
            self.tr("Edit the contingency plan and how the child will be seen")
        )
        self.plan_version_button = QPushButton(self.tr("Save a version…"), self.ui.plan_tab)
        self.plan_version_button.setObjectName("plan_version_button")
        self.plan_version_button.setAccessibleName(self.tr("Save a version of the plan"))
        for button in self.plan_buttons():
            button.setEnabled(False)
            plan_buttons.addWidget(button)
        plan_buttons.addStretch(1)
        self.ui.plan_layout.insertLayout(1, plan_buttons)
        for button, name in (
            (self.ui.convene_button, self.tr("Convene a core group")),
            (self.ui.visit_button, self.tr("Record a visit")),
            (self.ui.refresh_button, self.tr("Refresh the case")),
            (self.ui.close_button, self.tr("Close this workspace")),
            (self.ui.open_meeting_button, self.tr("Open the selected meeting's minutes")),
        ):
            button.setAccessibleName(name)
        self.ui.open_meeting_button.setEnabled(False)
        self.audit_view = AuditView(self.runner, self.case_id, self)
        self.ui.section_tabs.addTab(self.audit_view, self.tr("History"))
        self._build_meeting_doors(menu)

    def _connect_signals(self) -> None:
        self.ui.refresh_button.clicked.connect(self.refresh)
        self.ui.close_button.clicked.connect(lambda: emit(self.sig_close_requested))
        self.ui.convene_button.clicked.connect(self.open_new_meeting)
        self.ui.visit_button.clicked.connect(self.open_visit_dialog)
        self.disagreement_action.triggered.connect(self.open_disagreement_dialog)
        self.absence_action.triggered.connect(self.open_absence_dialog)
        self.child_combo.currentIndexChanged.connect(lambda _i: self._show_timeline())
        self.ui.meetings_table.itemSelectionChanged.connect(
            lambda: self.ui.open_meeting_button.setEnabled(self._selected_meeting() is not None)
        )
        open_rows_with(self.ui.meetings_table, lambda _index: self.open_selected_meeting())
        self.ui.open_meeting_button.clicked.connect(self.open_selected_meeting)
        self.plan_edit_button.clicked.connect(lambda: self.open_plan_dialog("outcome"))
        self.plan_progress_button.clicked.connect(lambda: self.open_plan_dialog("progress"))
        self.plan_text_button.clicked.connect(lambda: self.open_plan_dialog("text"))
        self.plan_version_button.clicked.connect(lambda: self.open_plan_dialog("version"))
        open_rows_with(self.ui.actions_table, lambda _index: self.open_plan_dialog("progress"))
        self.ui.section_tabs.currentChanged.connect(lambda _i: self._refresh_history())

    # -- loading ----------------------------------------------------------------------------------

    def bind(self, session: GuiSession) -> None:
        self.session = session
        self.audit_view.bind(session)
        self.documents_panel.bind(session)
        self.refresh()

    def show_history(self) -> None:
        self.ui.section_tabs.setCurrentWidget(self.audit_view)

    def _refresh_history(self) -> None:
        """The history is read only while its tab is shown (it can be long)."""
        if self.ui.section_tabs.currentWidget() is self.audit_view:
            self.audit_view.refresh()

    def refresh(self) -> None:
        session = self.session
        if session is None:
            return
        case_id = self.case_id
        self.runner.run(lambda: load_case(session, case_id), self._show, self._failed, owner=self)
        self._refresh_history()

    def _failed(self, err: BaseException) -> None:
        self.ui.summary_label.setText(self.tr("The case could not be loaded."))
        show_error(self, err)

    def _show(self, snapshot: CaseSnapshot) -> None:
        self.snapshot = snapshot
        o = snapshot.overview
        self.ui.title_label.setText(self.tr("Case {reference}").format(reference=o.case.reference))
        profile = self._profile()
        children = ", ".join(c.name for c in o.children)
        lead = o.lead.name if o.lead else self.tr("no lead professional")
        self.ui.summary_label.setText(
            " · ".join(
                part
                for part in (
                    children,
                    self.tr("LP: {name}").format(name=lead),
                    getattr(profile, "title", o.case.profile_id),
                )
                if part
            )
        )
        self.header.relayout()
        self.tabs.show(snapshot)
        self.documents_panel.show_snapshot(snapshot)
        self._update_meeting_doors()
        self.case_actions.show(closed=o.case.closed_on is not None)
        current = self.child_combo.currentData()
        self.child_combo.blockSignals(True)
        self.child_combo.clear()
        for c in o.children:
            self.child_combo.addItem(c.name, c.child.id)
        index = self.child_combo.findData(current)
        self.child_combo.setCurrentIndex(max(0, index))
        self.child_combo.blockSignals(False)
        self._show_timeline()
        emit(self.sig_loaded)

    def _profile(self) -> Any:
        if self.session is None or self.snapshot is None:
            return None
        return self.session.profiles.get(self.snapshot.overview.case.profile_id)

    def _show_timeline(self) -> None:
        if self.snapshot is None:
            return
        child_id = self.child_combo.currentData()
        self.timeline_widget.set_timeline(
            build_timeline(self.snapshot, self._profile(), child_id, self.tr)
        )

    def _selected_meeting(self) -> Meeting | None:
        row = self.ui.meetings_table.currentRow()
        item = self.ui.meetings_table.item(row, 0) if row >= 0 else None
        meeting = item.data(ROW_DATA) if item is not None else None
        return meeting if isinstance(meeting, Meeting) else None

    def open_new_meeting(self) -> Any:
        existing = self.convened_core_group()
        if existing is not None:
            return self._warn_convened(existing)
        return self._open_wizard(None)

    def open_selected_meeting(self) -> Any:
        meeting = self._selected_meeting()
        if meeting is None:
            return None
        return self._open_wizard(meeting)

    def _open_wizard(self, meeting: Meeting | None) -> Any:
        if self.session is None or self.snapshot is None:
            return None
        from lpdesk.gui.meeting.meeting_wizard import MeetingWizard

        wizard = MeetingWizard(self.runner, self.session, self.snapshot.overview, meeting, self)
        wizard.sig_meeting.connect(self.offer_invitations)
        closed = weakref.ref(wizard)  # no reference of ours keeps a deleted wizard's wrapper
        wizard.finished.connect(lambda _r: self._wizard_closed(closed()))
        self.wizards.append(wizard)
        wizard.setWindowModality(Qt.WindowModality.NonModal)
        # a closed or cancelled wizard is deleted, not left as a hidden window in the app's list
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.show()
        return wizard

    def _wizard_closed(self, wizard: Any) -> None:
        if wizard in self.wizards:
            self.wizards.remove(wizard)

    def open_visit_dialog(self) -> Any:
        if self.session is None or self.snapshot is None:
            return None
        from lpdesk.gui.case.visit_dialog import VisitDialog

        return self._show_dialog(
            VisitDialog(self.runner, self.session, self.snapshot.overview, self)
        )

    def open_disagreement_dialog(self) -> Any:
        if self.session is None or self.snapshot is None:
            return None
        from lpdesk.gui.case.disagreement_dialog import DisagreementDialog

        return self._show_dialog(
            DisagreementDialog(self.runner, self.session, self.snapshot.overview, None, self)
        )

    def open_absence_dialog(self) -> Any:
        if self.session is None or self.snapshot is None:
            return None
        from lpdesk.gui.case.absence_dialog import AbsenceDialog

        return self._show_dialog(
            AbsenceDialog(self.runner, self.session, self.snapshot.overview, self)
        )

    def plan_buttons(self) -> list[QPushButton]:
        return [
            self.plan_edit_button,
            self.plan_progress_button,
            self.plan_text_button,
            self.plan_version_button,
        ]

    def open_plan_dialog(self, page: str = "outcome") -> Any:
        if self.session is None or self.snapshot is None or self.snapshot.plan is None:
            return None
        from lpdesk.gui.case.plan_dialog import PlanDialog

        dialog = PlanDialog(
            self.runner, self.session, self.snapshot.overview, self.snapshot.plan, page, self
        )
        row = self.ui.actions_table.currentRow()
        item = self.ui.actions_table.item(row, 0) if row >= 0 else None
        action_id = getattr(item.data(ROW_DATA), "id", None) if item is not None else None
        if page == "progress" and action_id is not None:
            dialog.progress_page.select_action(action_id)
        return self._show_dialog(dialog)

    def _show_dialog(self, dialog: Any) -> Any:
        """Open a dialog; what it saves comes back as a change notice (the case reloads)."""
        dialog.open()
        return dialog

    def flush(self) -> None:
        """Save whatever is waiting for its autosave now (the window is closing)."""
        for wizard in list(self.wizards):
            wizard.flush()
        self.documents_panel.remove_files()
