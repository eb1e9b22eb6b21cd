"""Review: every reason the minutes cannot be approved yet, then approval by the chair (tied to the
exact revision on screen: any later edit withdraws it). Approval seals the record as it reads; a
record changed after approval (a disagreement linked to the meeting afterwards) is offered for
approval again, as a new version, so no state is a dead end."""

from __future__ import annotations

import re
import weakref
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from lpdesk.domain import MeetingStatus, NotFound
from lpdesk.gui.meeting.finding_words import finding_text
from lpdesk.gui.shell.changes import Kind
from lpdesk.gui.shell.errors import describe
from lpdesk.gui.shell.labels import count, fmt_datetime
from lpdesk.gui.shell.signals import emit
from lpdesk.gui.shell.status_label import StatusLabel
from lpdesk.gui.shell.tables import current_follows_selection, open_rows_with
from lpdesk.gui.shell.tasks import Lane
from lpdesk.services.meetings import ApprovalState, Finding, approval_state, approve

if TYPE_CHECKING:
    from lpdesk.gui.meeting.meeting_wizard import MeetingWizard

__all__ = ["ReviewPage"]

_DISAGREEMENT = re.compile(r"^disagreements\[(\d+)\]")
_APPROVED = (MeetingStatus.APPROVED, MeetingStatus.CIRCULATED)


class ReviewPage(QWizardPage):
    sig_checked = Signal(int)  # number of findings
    sig_approved = Signal()
    sig_preview_ready = Signal(str)  # path of the rendered PDF

    def __init__(self, wizard: MeetingWizard) -> None:
        super().__init__(wizard)
        self._wizard = weakref.ref(wizard)  # no cycle: a closed wizard is freed with its pages
        self.setObjectName("review_page")
        self.setTitle(self.tr("Review and approve"))
        self.setSubTitle(
            self.tr(
                "The record must be complete before the chair approves it. Approval covers this exact version."
            )
        )
        self.findings: list[Finding] = []
        self.state: ApprovalState | None = None
        layout = QVBoxLayout(self)
        self.summary_label = StatusLabel(self)
        self.summary_label.setObjectName("summary_label")
        self.summary_label.setWordWrap(True)
        self.summary_label.setProperty("role", "section_title")
        layout.addWidget(self.summary_label)
        self.findings_list = QListWidget(self)
        self.findings_list.setObjectName("findings_list")
        self.findings_list.setAccessibleName(self.tr("What is still needed before approval"))
        self.findings_list.setWordWrap(True)
        layout.addWidget(self.findings_list, 1)
        row = QHBoxLayout()
        self.status_label = StatusLabel(self)
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)
        self.preview_button = QPushButton(self.tr("Preview PDF"), self)
        self.preview_button.setObjectName("preview_button")
        self.preview_button.setAccessibleName(self.tr("Render the minutes as PDF and open them"))
        self.recheck_button = QPushButton(self.tr("Check again"), self)
        self.recheck_button.setObjectName("recheck_button")
        self.recheck_button.setAccessibleName(self.tr("Check the minutes again"))
        self.escalate_button = QPushButton(self.tr("Escalate to the LP's manager"), self)
        self.escalate_button.setObjectName("escalate_button")
        self.escalate_button.setAccessibleName(
            self.tr("Escalate the selected disagreement to the lead professional's manager")
        )
        self.escalate_button.setEnabled(False)
        self.approve_button = QPushButton(self.tr("Approve the minutes"), self)
        self.approve_button.setObjectName("approve_button")
        self.approve_button.setProperty("role", "primary")
        self.approve_button.setAccessibleName(self.tr("Approve these minutes as chair"))
        row.addWidget(self.status_label, 1)
        row.addWidget(self.preview_button)
        row.addWidget(self.escalate_button)
        row.addWidget(self.recheck_button)
        row.addWidget(self.approve_button)
        layout.addLayout(row)
        self.setTabOrder(self.findings_list, self.preview_button)
        self.setTabOrder(self.preview_button, self.escalate_button)
        self.setTabOrder(self.escalate_button, self.recheck_button)
        self.setTabOrder(self.recheck_button, self.approve_button)
        self.approve_after_save = False
        self.recheck_button.clicked.connect(self.check)
        self.escalate_button.clicked.connect(self.escalate_selected)
        self.preview_button.clicked.connect(self.preview_pdf)
        current_follows_selection(self.findings_list)  # a finding chosen by a screen reader
        self.findings_list.currentRowChanged.connect(
            lambda _r: self.escalate_button.setEnabled(self._selected_disagreement() is not None)
        )
        self.approve_button.clicked.connect(self.approve)
        # after the key press is done with (the wizard would take Return as its Next button)
        open_rows_with(
            self.findings_list,
            lambda index: QTimer.singleShot(0, lambda: self.go_to_finding(index.row())),
        )
        wizard.minute_page.sig_saved.connect(self._minutes_saved)

    @property
    def meeting_wizard(self) -> MeetingWizard:
        wizard = self._wizard()
        assert wizard is not None, "the page outlived its wizard"
        return wizard

    def _minutes_saved(self, _draft: object) -> None:
        if self.approve_after_save:
            self.approve_after_save = False
            self.approve()

    def initializePage(self) -> None:
        self.meeting_wizard.setButtonText(QWizard.WizardButton.NextButton, self.tr("Circulate >"))
        self.check()

    def check(self) -> None:
        w = self.meeting_wizard
        if w.meeting is None:
            return
        self.approve_button.setEnabled(False)
        self.summary_label.setText(self.tr("Checking the record…"))
        ctx, meeting_id, profiles = w.ctx, w.meeting_id, w.session.profiles
        w.runner.run(
            lambda: approval_state(ctx, meeting_id=meeting_id, profiles=profiles),
            self._show,
            self._failed,
            owner=self,
        )

    def _show(self, state: ApprovalState) -> None:
        self.state = state
        findings = list(state.findings)
        self.findings = findings
        self.findings_list.clear()
        spec = self._spec()
        for f in findings:
            item = QListWidgetItem(finding_text(spec, f.field, f.message))
            item.setToolTip(self.tr("Press Enter to go to this part of the minutes"))
            self.findings_list.addItem(item)
        meeting = self.meeting_wizard.meeting
        approved = state.approved
        if approved and meeting is not None:
            self.summary_label.setText(
                self.tr("✓ Approved by {who} on {when} (version {version}).").format(
                    who=state.approver,
                    when=fmt_datetime(meeting.approved_at),
                    version=max(state.versions, 1),
                )
            )
        elif state.changed_since_approval:
            self.summary_label.setText(
                self.tr(
                    "The record has changed since version {version} was approved: a disagreement"
                    " was added to this meeting. The approved version cannot be circulated as the"
                    " record now stands; approve the record again to seal version {next}."
                ).format(version=state.versions, next=state.versions + 1)
                + (" " + self.tr("First finish:") if findings else "")
            )
        elif findings:
            self.summary_label.setText(
                count(
                    len(findings),
                    self.tr("%n thing to finish before approval:"),
                    self.tr("%n things to finish before approval:"),
                )
            )
        elif state.may_approve:
            self.summary_label.setText(self.tr("✓ The record is complete and ready for approval."))
        else:
            self.summary_label.setText(
                self.tr(
                    "✓ The record is complete. The chair, {chair}, or a team manager approves it."
                ).format(chair=state.chair or self.tr("not named"))
            )
        self.approve_button.setEnabled(not findings and not approved and state.may_approve)
        emit(self.completeChanged)
        emit(self.sig_checked, len(findings))

    def _spec(self) -> Any:
        meeting, forms = self.meeting_wizard.meeting, self.meeting_wizard.session.forms
        if meeting is None:
            return None
        try:
            return forms.get(meeting.form_id, meeting.form_version)
        except NotFound:
            return None

    def go_to_finding(self, row: int) -> bool:
        """Enter (or a double-click) on a finding: back to the minutes, the focus on the field
        it is about. Only from a wizard that came through the minutes (an approved record opens
        here, with no minutes page behind it)."""
        if not 0 <= row < len(self.findings):
            return False
        w = self.meeting_wizard
        minute_id = next(i for i in w.pageIds() if w.page(i) is w.minute_page)
        if minute_id not in w.visitedIds():
            self.status_label.setText(
                self.tr("The minutes are not open in this window: open the meeting to change them.")
            )
            return False
        path = self.findings[row].field
        for _ in w.pageIds():
            if w.currentId() == minute_id:
                break
            w.back()
        minutes = w.minute_page
        if path == "attendance" and minutes.attendance_editor is not None:
            rows = minutes.attendance_editor.rows
            target = rows[0][1] if rows else minutes.attendance_editor.record_button
            if minutes.editor is not None:
                minutes.editor.scroll_area.ensureWidgetVisible(target)
            target.setFocus()
            return True
        return minutes.editor is not None and minutes.editor.focus_field(path)

    def preview_pdf(self) -> None:
        """Render the minutes as they stand (on the work pool: rendering takes a moment) into a
        private temporary folder and open the file; the name carries the case reference only."""
        from lpdesk.domain import DocumentKind
        from lpdesk.services.leftovers import write_preview
        from lpdesk.services.rendering import render_document

        w = self.meeting_wizard
        if w.meeting is None:
            return
        w.flush()
        ctx, meeting_id, forms = w.ctx, w.meeting_id, w.session.forms
        self.preview_button.setEnabled(False)
        self.status_label.setText(self.tr("Rendering the minutes…"))

        def render() -> str:
            file = render_document(
                ctx, kind=DocumentKind.MINUTES, record_id=meeting_id, fmt="pdf", forms=forms
            )
            return str(write_preview(file.filename, file.data))  # removed at exit

        w.runner.run(render, self._preview_ready, self._failed, lane=Lane.WORK, owner=self)

    def _preview_ready(self, path: str) -> None:
        self.preview_button.setEnabled(True)
        self.status_label.setText(self.tr("Preview: {path}").format(path=path))
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        emit(self.sig_preview_ready, path)

    def _selected_disagreement(self) -> int | None:
        row = self.findings_list.currentRow()
        if not 0 <= row < len(self.findings):
            return None
        found = _DISAGREEMENT.match(self.findings[row].field)
        return int(found[1]) if found else None

    def escalate_selected(self) -> None:
        from lpdesk.domain import EscalationLevel
        from lpdesk.services.disagreements import escalate_disagreement

        disagreement_id = self._selected_disagreement()
        w = self.meeting_wizard
        if disagreement_id is None:
            return
        ctx, today = w.ctx, w.ctx.clock.today()
        self.escalate_button.setEnabled(False)
        w.runner.run(
            lambda: escalate_disagreement(
                ctx,
                disagreement_id=disagreement_id,
                level=EscalationLevel.LP_MANAGER,
                escalated_on=today,
            ),
            self._escalated,
            self._failed,
            owner=self,
            changes=w.notice(Kind.DISAGREEMENTS),
        )

    def _escalated(self, _disagreement: object) -> None:
        self.check()

    def approve(self) -> None:
        w = self.meeting_wizard
        if w.meeting is None:
            return
        self.approve_button.setEnabled(False)
        self.status_label.setText(self.tr("Approving…"))
        minutes = w.minute_page
        minutes.flush()
        if minutes.saving:  # approve the revision that save produces, once it is known
            self.approve_after_save = True
            return
        ctx, meeting_id, revision = w.ctx, w.meeting_id, w.revision
        profiles, forms = w.session.profiles, w.session.forms
        w.runner.run(
            lambda: approve(
                ctx,
                meeting_id=meeting_id,
                expected_revision=revision,
                profiles=profiles,
                forms=forms,
            ),
            self._approved,
            self._failed,
            owner=self,
            changes=w.notice(Kind.MINUTES, Kind.MEETINGS, Kind.PLAN),
        )

    def _approved(self, meeting: Any) -> None:
        self.meeting_wizard.set_meeting(meeting)
        self.status_label.setText("")
        self._show(
            ApprovalState(
                findings=(),
                approved=True,
                changed_since_approval=False,
                versions=len(meeting.seals),
                approver=meeting.seals[-1].approver if meeting.seals else meeting.approved_by,
            )
        )
        emit(self.sig_approved)

    def _failed(self, err: BaseException) -> None:
        self.preview_button.setEnabled(True)
        self.status_label.setText(describe(err).text)
        may = self.state is not None and self.state.may_approve
        self.approve_button.setEnabled(not self.findings and may)

    def isComplete(self) -> bool:
        meeting = self.meeting_wizard.meeting
        changed = self.state is not None and self.state.changed_since_approval
        return meeting is not None and meeting.status in _APPROVED and not changed
