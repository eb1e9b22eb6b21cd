"""The lead professional's report to the next review conference: started from the records (the
plan's progress, the visits, the child's voice, the parents' views, open disagreements), edited,
submitted to the chair by its deadline, shared with the parents by theirs; the chair's comments
shown, and a request for changes answered by editing and submitting again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lpdesk.domain import ReportStatus
from lpdesk.gui.case import form_parts as fp
from lpdesk.gui.case.review_report_text import records_text
from lpdesk.gui.shell.changes import Changes, Kind, subscribe
from lpdesk.gui.shell.errors import describe
from lpdesk.gui.shell.labels import fmt_date
from lpdesk.gui.shell.screen_fit import fit_to_screen
from lpdesk.gui.shell.session import GuiSession
from lpdesk.gui.shell.signals import emit
from lpdesk.gui.shell.status_label import StatusLabel
from lpdesk.gui.shell.tasks import Lane, TaskRunner
from lpdesk.services.cases import CaseOverview

__all__ = ["ReviewReportDialog"]

_STATUS = {
    ReportStatus.DRAFT: "Draft: not yet with the chair.",
    ReportStatus.SUBMITTED: "With the conference chair since {day}.",
    ReportStatus.CHANGES_REQUESTED: "The chair asked for changes: edit and submit it again.",
    ReportStatus.ACCEPTED: "Accepted by the chair on {day}.",
}


class ReviewReportDialog(QDialog):
    sig_saved = Signal(object)
    sig_loaded = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        session: GuiSession,
        overview: CaseOverview,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner, self.session, self.overview = runner, session, overview
        self.state: Any = None
        self.last_message = ""
        self.setObjectName("review_report_dialog")
        self.setWindowTitle(self.tr("Report to the review conference"))
        fit_to_screen(self, 860, 640)
        self._build()
        subscribe(runner.changes, self, {Kind.REPORTS}, self.load, overview.case.id)
        self.load()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.deadlines_label = StatusLabel(self)
        self.deadlines_label.setObjectName("deadlines_label")
        self.deadlines_label.setWordWrap(True)
        self.status_label = StatusLabel(self)
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)
        self.comments_label = StatusLabel(self)
        self.comments_label.setObjectName("chair_comments_label")
        self.comments_label.setWordWrap(True)
        self.comments_label.setProperty("role", "warning")
        for label in (self.deadlines_label, self.status_label, self.comments_label):
            layout.addWidget(label)
        self.records_view = QPlainTextEdit(self)
        self.records_view.setObjectName("records_view")
        self.records_view.setAccessibleName(self.tr("What the records show"))
        self.records_view.setReadOnly(True)
        self.records_view.setTabChangesFocus(True)
        self.records_view.setPlaceholderText(
            self.tr("Start the report to see what the records show for this review.")
        )
        layout.addWidget(fp.buddy(self, self.tr("From the records"), self.records_view))
        layout.addWidget(self.records_view, 2)
        self.recommendation_edit = fp.text_edit(
            self, "recommendation_edit", self.tr("Your assessment and recommendation"), 16777215
        )
        layout.addWidget(
            fp.buddy(self, self.tr("Assessment and recommendation"), self.recommendation_edit)
        )
        layout.addWidget(self.recommendation_edit, 1)
        row = QHBoxLayout()
        self.folder_edit = QLineEdit(str(self._default_folder()), self)
        self.folder_edit.setObjectName("folder_edit")
        self.folder_edit.setAccessibleName(self.tr("New folder for the parents' copies"))
        row.addWidget(fp.buddy(self, self.tr("Parents' copies go into"), self.folder_edit))
        row.addWidget(self.folder_edit, 1)
        layout.addLayout(row)
        self.error_label = fp.error_label(self)
        layout.addWidget(self.error_label)
        buttons = QHBoxLayout()
        self.start_button = self._button("start_button", self.tr("Start from the records"))
        self.save_button = self._button("save_button", self.tr("Save"))
        self.submit_button = self._button("submit_button", self.tr("Submit to the chair"))
        self.share_button = self._button("share_button", self.tr("Share with the parents"))
        self.close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_box.setObjectName("button_box")
        for button in (self.start_button, self.save_button, self.submit_button, self.share_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_box)
        layout.addLayout(buttons)
        fp.tab_chain(
            self,
            [
                self.records_view,
                self.recommendation_edit,
                self.folder_edit,
                self.start_button,
                self.save_button,
                self.submit_button,
                self.share_button,
                self.close_box,
            ],
        )
        self.close_box.rejected.connect(self.reject)
        self.start_button.clicked.connect(self.start)
        self.save_button.clicked.connect(lambda: self.save())
        self.submit_button.clicked.connect(self.submit)
        self.share_button.clicked.connect(self.share)

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.setEnabled(False)
        return button

    def _default_folder(self) -> Path:
        from lpdesk.circulation.safety import safe_reference

        base = Path.home() / "lpdesk reports"
        stem = f"{safe_reference(self.overview.case.reference)}_review_report"
        folder, n = base / stem, 2
        while folder.exists():
            folder, n = base / f"{stem}_{n}", n + 1
        return folder

    # -- loading ----------------------------------------------------------------------------------

    def load(self) -> None:
        from lpdesk.services.review_conference import report_assembly, report_state

        ctx, profiles, case_id = self.session.ctx, self.session.profiles, self.overview.case.id
        assert case_id is not None

        def read() -> tuple[Any, Any]:
            state = report_state(ctx, case_id=case_id, profiles=profiles)
            if state is None or state.report is None or state.report.id is None:
                return state, None
            return state, report_assembly(ctx, report_id=state.report.id, profiles=profiles)

        self.runner.run(read, self._show, self._failed, owner=self)

    def _show(self, loaded: tuple[Any, Any]) -> None:
        state, assembly = loaded
        self.state = state
        if state is None:
            self.deadlines_label.setText(
                self.tr("No review conference is scheduled: record one on the case first.")
            )
            emit(self.sig_loaded)
            return
        t = state.timeline
        self.deadlines_label.setText(
            self.tr(
                "Review conference on {day}. Your report to the chair by {chair}; shared with"
                " the parents by {parents}."
            ).format(
                day=fmt_date(t.conference_on),
                chair=fmt_date(t.lp_report_by),
                parents=fmt_date(t.share_with_parents_by),
            )
        )
        report = state.report
        if report is None:
            self.status_label.setText(self.tr("Not started."))
            self.start_button.setEnabled(True)
        else:
            self.start_button.setEnabled(False)
            text = self.tr(_STATUS[report.status]).format(
                day=fmt_date(report.submitted_on or report.reviewed_on)
            )
            if report.shared_with_parents_on:
                text += " " + self.tr("Shared with the parents on {day}.").format(
                    day=fmt_date(report.shared_with_parents_on)
                )
            self.status_label.setText(text)
            if not self.recommendation_edit.toPlainText().strip():
                self.recommendation_edit.setPlainText(report.recommendation)
                self.recommendation_edit.moveCursor(QTextCursor.MoveOperation.End)
        comments = report.chair_comments if report is not None else ""
        self.comments_label.setText(
            self.tr("The chair's comments: {text}").format(text=comments) if comments else ""
        )
        self.comments_label.setVisible(bool(comments))
        editable = report is not None and report.status in (
            ReportStatus.DRAFT,
            ReportStatus.CHANGES_REQUESTED,
        )
        self.recommendation_edit.setReadOnly(not editable)
        self.save_button.setEnabled(editable)
        self.submit_button.setEnabled(editable)
        self.share_button.setEnabled(
            report is not None
            and report.submitted_on is not None
            and report.shared_with_parents_on is None
        )
        if assembly is not None:
            names = {c.child.id: c.name for c in self.overview.children}
            self.records_view.setPlainText(records_text(self.tr, assembly, names))
        emit(self.sig_loaded)

    def _failed(self, err: BaseException) -> None:
        self.error_label.setText(describe(err).text)
        self.error_label.show()
        emit(self.sig_loaded)

    # -- acting -----------------------------------------------------------------------------------

    def _run(self, call: Any, said: Any, lane: Lane = Lane.DB) -> None:
        self.error_label.hide()

        def done(result: Any) -> None:
            self.last_message = said(result)
            fp.show_saved(self, self.windowTitle(), self.last_message)
            emit(self.sig_saved, result)  # the change notice reloads the report

        self.runner.run(
            call,
            done,
            self._failed,
            lane=lane,
            owner=self,
            changes=Changes.of(self.overview.case.id, Kind.REPORTS),
        )

    def start(self) -> None:
        from lpdesk.services.review_conference import start_report

        ctx, conference_id = self.session.ctx, self.state.conference.id
        text = self.recommendation_edit.toPlainText()
        self._run(
            lambda: start_report(ctx, conference_id=conference_id, recommendation=text),
            lambda _r: self.tr("Saved: the report is started from the records."),
        )

    def save(self) -> None:
        from lpdesk.services.review_conference import revise_report

        ctx, report_id = self.session.ctx, self.state.report.id
        text = self.recommendation_edit.toPlainText()
        self._run(
            lambda: revise_report(ctx, report_id=report_id, recommendation=text),
            lambda _r: self.tr("Saved: your assessment and recommendation."),
        )

    def submit(self) -> None:
        from lpdesk.services.review_conference import revise_report, submit_report

        ctx, profiles, report_id = self.session.ctx, self.session.profiles, self.state.report.id
        text = self.recommendation_edit.toPlainText()

        def call() -> Any:
            revise_report(ctx, report_id=report_id, recommendation=text)
            return submit_report(ctx, report_id=report_id, profiles=profiles)

        self._run(call, self._said_step(self.tr("Submitted to the conference chair on {day}.")))

    def share(self) -> None:
        from lpdesk.gui.case.review_report_text import share_copies

        ctx, profiles, forms = self.session.ctx, self.session.profiles, self.session.forms
        report_id, folder = self.state.report.id, Path(self.folder_edit.text().strip())
        parents = [
            m.membership.person_id
            for m in self.overview.members
            if m.role.is_family and not m.membership.excluded and m.role.value != "child"
        ]
        self._run(
            lambda: share_copies(ctx, profiles, forms, report_id, parents, folder),
            self._said_step(
                self.tr("Shared with the parents on {day}: a copy for each in {folder}.")
            ),
            Lane.WORK,
        )

    def _said_step(self, template: str) -> Any:
        def said(step: Any) -> str:
            report = step.report
            day = report.shared_with_parents_on or report.submitted_on
            text = template.format(day=fmt_date(day), folder=self.folder_edit.text())
            if step.late:
                text += " " + self.tr("Late: {reason}.").format(reason=step.reason)
            return text

        return said
