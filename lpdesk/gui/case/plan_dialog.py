"""Work on the child's plan: add an outcome, add a SMART action, record an action's progress, edit
the contingency and how the child will be seen, save a version (the LP's manager and the conference
chair are told), and make the outline plan detailed. One page per task; Save saves the page shown.

The dialog stays open after each save: the workspace reloads, the pages reload from the plan, and
any language findings on the text just saved are shown as a warning (never a block). Built in code:
the choices come from the plan and the core group."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lpdesk.domain import PlanStage
from lpdesk.gui.case.action_dialog import ActionPage, OutcomePage, ProgressPage, form_row, text_edit
from lpdesk.gui.shell.changes import Kind, subscribe
from lpdesk.gui.shell.errors import describe
from lpdesk.gui.shell.labels import count, fmt_date, plan_kind_label, plan_stage_label
from lpdesk.gui.shell.record_dialog import RecordDialog
from lpdesk.gui.shell.screen_fit import fit_to_screen
from lpdesk.gui.shell.session import GuiSession
from lpdesk.gui.shell.signals import emit
from lpdesk.gui.shell.status_label import StatusLabel
from lpdesk.gui.shell.tasks import TaskRunner
from lpdesk.services.cases import CaseOverview
from lpdesk.services.plans import PlanView

__all__ = ["PlanDialog"]


class _Page(Protocol):
    field_widgets: dict[str, QWidget]

    def chain(self) -> list[QWidget]: ...
    def load(self, view: PlanView) -> None: ...
    def clear(self) -> None: ...
    def build_call(self, view: PlanView) -> Callable[[], Any]: ...


class PlanTextPage(QWidget):
    """The contingency plan and how the child will be seen; only what changed is saved."""

    def __init__(self, session: GuiSession, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("plan_text_page")
        form = QFormLayout(self)
        self.contingency_edit = text_edit(
            self, "contingency_edit", self.tr("Contingency plan"), 110
        )
        self.seen_edit = text_edit(self, "seen_edit", self.tr("How the child will be seen"), 110)
        form_row(form, self, self.tr("Contingency"), self.contingency_edit)
        form_row(form, self, self.tr("Seeing the child"), self.seen_edit)
        self.field_widgets: dict[str, QWidget] = {
            "contingency": self.contingency_edit,
            "seen_arrangements": self.seen_edit,
        }

    def chain(self) -> list[QWidget]:
        return [self.contingency_edit, self.seen_edit]

    def load(self, view: PlanView) -> None:
        self.contingency_edit.setPlainText(view.plan.contingency)
        self.seen_edit.setPlainText(view.plan.seen_arrangements)

    def clear(self) -> None:
        pass

    def build_call(self, view: PlanView) -> Callable[[], Any]:
        from lpdesk.services.plans import Saved, set_contingency, set_seen_arrangements

        ctx, profiles = self.session.ctx, self.session.profiles
        plan = view.plan
        contingency = self.contingency_edit.toPlainText()
        seen = self.seen_edit.toPlainText()
        if contingency.strip() == plan.contingency and seen.strip() == plan.seen_arrangements:
            raise ValueError(self.tr("Nothing has changed."))

        def call() -> Saved[Any]:
            revision, findings = plan.revision, []
            result = None
            if contingency.strip() != plan.contingency:
                result = set_contingency(
                    ctx,
                    plan_id=plan.id or 0,
                    contingency=contingency,
                    expected_revision=revision,
                    profiles=profiles,
                )
                revision, findings = result.value.revision, [*result.language_findings]
            if seen.strip() != plan.seen_arrangements:
                result = set_seen_arrangements(
                    ctx,
                    plan_id=plan.id or 0,
                    arrangements=seen,
                    expected_revision=revision,
                    profiles=profiles,
                )
                findings += result.language_findings
            assert result is not None
            return Saved(value=result.value, language_findings=tuple(findings))

        return call


class VersionPage(QWidget):
    def __init__(self, session: GuiSession, overview: CaseOverview, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("version_page")
        layout = QVBoxLayout(self)
        notice = QLabel(
            self.tr(
                "Saving a version keeps a copy of the plan as it stands. The lead professional's"
                " manager and the conference chair will be notified of the change."
            ),
            self,
        )
        notice.setObjectName("version_notice_label")
        notice.setWordWrap(True)
        layout.addWidget(notice)
        form = QFormLayout()
        self.summary_edit = text_edit(self, "summary_edit", self.tr("Summary of the changes"))
        self.consulted_list = QListWidget(self)
        self.consulted_list.setObjectName("consulted_list")
        self.consulted_list.setAccessibleName(self.tr("Core group members consulted"))
        for m in overview.members:
            extra = m.agency or m.job_title or m.role.value.replace("_", " ")
            item = QListWidgetItem(f"{m.name} ({extra})", self.consulted_list)
            item.setData(Qt.ItemDataRole.UserRole, m.membership.person_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        form_row(form, self, self.tr("Summary"), self.summary_edit)
        form_row(form, self, self.tr("Consulted"), self.consulted_list)
        layout.addLayout(form)
        self.field_widgets: dict[str, QWidget] = {
            "summary": self.summary_edit,
            "consulted_person_ids": self.consulted_list,
        }

    def chain(self) -> list[QWidget]:
        return [self.summary_edit, self.consulted_list]

    def load(self, view: PlanView) -> None:
        pass

    def consulted(self) -> list[int]:
        items = [self.consulted_list.item(i) for i in range(self.consulted_list.count())]
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def clear(self) -> None:
        self.summary_edit.clear()
        for i in range(self.consulted_list.count()):
            self.consulted_list.item(i).setCheckState(Qt.CheckState.Unchecked)

    def build_call(self, view: PlanView) -> Callable[[], Any]:
        from lpdesk.services.plans import save_plan_version

        ctx, plan_id = self.session.ctx, view.plan.id or 0
        summary, consulted = self.summary_edit.toPlainText(), self.consulted()
        return lambda: save_plan_version(
            ctx, plan_id=plan_id, summary=summary, consulted_person_ids=consulted
        )


class PlanDialog(RecordDialog):
    kinds = (Kind.PLAN,)
    PAGES = ("outcome", "action", "progress", "text", "version")

    def __init__(
        self,
        runner: TaskRunner,
        session: GuiSession,
        overview: CaseOverview,
        view: PlanView,
        start_page: str = "outcome",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, session, overview, parent)
        self.view = view
        self.setObjectName("plan_dialog")
        self.setWindowTitle(
            self.tr("The plan: {reference}").format(reference=overview.case.reference)
        )
        fit_to_screen(self, 680, 520)
        self._build()
        self.attach(self.error_label_widget, self.buttons)
        self.tabs.currentChanged.connect(lambda _i: self._page_changed())
        self.make_detailed_button.clicked.connect(self.make_detailed)
        self.show_view(view)
        self.tabs.setCurrentIndex(self.PAGES.index(start_page))
        subscribe(runner.changes, self, self.kinds, self.reload, overview.case.id)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.plan_summary_label = QLabel(self)
        self.plan_summary_label.setObjectName("plan_summary_label")
        self.plan_summary_label.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(self.plan_summary_label, 1)
        layout.addLayout(header)
        self.make_detailed_button = QPushButton(self.tr("Make the outline plan detailed"), self)
        self.make_detailed_button.setObjectName("make_detailed_button")
        self.make_detailed_button.setAccessibleName(
            self.tr("Make the outline plan the detailed plan")
        )
        header.addWidget(self.make_detailed_button)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("plan_tabs")
        self.outcome_page = OutcomePage(self.session, self.tabs)
        self.action_page = ActionPage(self.session, self.overview, self.tabs)
        self.progress_page = ProgressPage(self.session, self.tabs)
        self.text_page = PlanTextPage(self.session, self.tabs)
        self.version_page = VersionPage(self.session, self.overview, self.tabs)
        self.tabs.addTab(self.outcome_page, self.tr("Add an outcome"))
        self.tabs.addTab(self.action_page, self.tr("Add an action"))
        self.tabs.addTab(self.progress_page, self.tr("Progress"))
        self.tabs.addTab(self.text_page, self.tr("Contingency and seeing the child"))
        self.tabs.addTab(self.version_page, self.tr("Save a version"))
        layout.addWidget(self.tabs, 1)
        self.saved_label = StatusLabel(self)
        self.saved_label.setObjectName("saved_label")
        self.saved_label.setWordWrap(True)
        layout.addWidget(self.saved_label)
        self.findings_label = QLabel(self)
        self.findings_label.setObjectName("findings_label")
        self.findings_label.setWordWrap(True)
        self.findings_label.setProperty("role", "warning")
        self.findings_label.hide()
        layout.addWidget(self.findings_label)
        self.error_label_widget = StatusLabel(self)
        self.error_label_widget.setObjectName("error_label")
        self.error_label_widget.setWordWrap(True)
        self.error_label_widget.setProperty("role", "warning")
        layout.addWidget(self.error_label_widget)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        self.buttons.setObjectName("button_box")
        layout.addWidget(self.buttons)
        chain: list[QWidget] = [self.make_detailed_button, self.tabs]
        for page in self.pages():
            chain += page.chain()
        chain.append(self.buttons)
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)

    def pages(self) -> list[_Page]:
        return [
            self.outcome_page,
            self.action_page,
            self.progress_page,
            self.text_page,
            self.version_page,
        ]

    def current_page(self) -> _Page:
        return self.pages()[self.tabs.currentIndex()]

    def _page_changed(self) -> None:
        for page in self.pages():  # unmark every page, then watch the one shown
            self.field_widgets = page.field_widgets
            self.show_problems({}, "")
        self.field_widgets = self.current_page().field_widgets
        self.saved_label.clear()
        self.show_findings(())

    def show_view(self, view: PlanView) -> None:
        self.view = view
        plan = view.plan
        self.plan_summary_label.setText(
            self.tr("{kind} plan, {stage}, since {start}: {outcomes}, {actions}.").format(
                kind=plan_kind_label(plan.kind),
                stage=plan_stage_label(plan.stage),
                start=fmt_date(plan.started_on),
                outcomes=count(len(view.outcomes), self.tr("%n outcome"), self.tr("%n outcomes")),
                actions=count(len(view.actions), self.tr("%n action"), self.tr("%n actions")),
            )
        )
        self.make_detailed_button.setVisible(plan.stage is PlanStage.OUTLINE)
        for page in self.pages():
            page.load(view)
        self.field_widgets = self.current_page().field_widgets

    # -- saving -----------------------------------------------------------------------------------

    def save(self) -> None:
        self.field_widgets = self.current_page().field_widgets
        self.saved_label.clear()
        self.show_findings(())
        super().save()

    def build_call(self) -> Callable[[], Any]:
        return self.current_page().build_call(self.view)

    def _saved(self, result: Any) -> None:
        """Stay open: clear the page, show findings, reload the plan."""
        self.saving = False
        self.buttons.setEnabled(True)
        self.show_problems({}, "")
        emit(self.sig_saved, result)
        self.current_page().clear()
        self.show_findings(getattr(result, "language_findings", ()))
        self.saved_label.setText(self.tr("Saved."))  # the change notice reloads the plan

    def show_findings(self, findings: Any) -> None:
        """Warnings on the text just saved (never a block), each naming its field."""
        widgets = self.current_page().field_widgets
        lines = []
        for f in findings:
            widget = widgets.get(f.field)
            where = widget.accessibleName() if widget is not None else f.field
            lines.append(
                self.tr("⚠ {field}: “{label}”: {prompt}").format(
                    field=where, label=f.label, prompt=f.prompt
                )
            )
        self.findings_label.setText("\n".join(lines))
        self.findings_label.setVisible(bool(lines))

    def reload(self) -> None:
        from lpdesk.services.plans import plan_view

        ctx, plan_id = self.session.ctx, self.view.plan.id or 0
        self.runner.run(
            lambda: plan_view(ctx, plan_id=plan_id), self._reloaded, self._refused, owner=self
        )

    def _reloaded(self, view: PlanView) -> None:
        self.show_view(view)

    def make_detailed(self) -> None:
        from lpdesk.services.plans import make_detailed

        ctx, plan = self.session.ctx, self.view.plan
        self.runner.run(
            lambda: make_detailed(ctx, plan_id=plan.id or 0, expected_revision=plan.revision),
            self._made_detailed,
            self._detailed_refused,
            owner=self,
            changes=self.changes_made,
        )

    def _made_detailed(self, result: Any) -> None:
        emit(self.sig_saved, result)
        self.show_problems({}, "")
        self.saved_label.setText(self.tr("The outline plan is now the detailed plan."))

    def _detailed_refused(self, err: BaseException) -> None:
        self.show_problems({}, describe(err).text)
