"""The bar across the top of the team manager's oversight page (a mixin of ``ManagerView``, kept
apart so the view stays a layout): the filters that narrow the team's actions (free text, worker,
agency, case), the court-work mark of the case chosen in the case filter, Refresh, and the Team
button, the door to the team's workers (``TeamDialog``), shown to a role that keeps accounts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from lpdesk.gui.manager.filters import ActionsFilterModel, fill_filter_combos, filter_combo
from lpdesk.gui.manager.manager_models import TeamActionsModel, TeamOverview
from lpdesk.gui.shell.buddy import buddy_label
from lpdesk.gui.shell.changes import Changes, Kind
from lpdesk.gui.shell.session import GuiSession
from lpdesk.gui.shell.tasks import TaskRunner
from lpdesk.gui.shell.view_part import ViewPart
from lpdesk.services.workload import set_court_work

__all__ = ["ManagerBarMixin"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ManagerView", text)  # the view's own words


class ManagerBarMixin(ViewPart):
    # provided by ManagerView
    runner: TaskRunner
    session: GuiSession | None
    page_layout: QVBoxLayout
    actions_model: TeamActionsModel
    actions_proxy: ActionsFilterModel
    actions_table: QTableView
    court_cases: frozenset[int]
    report_error: Any  # Page's

    def refresh(self) -> None:
        raise NotImplementedError

    def _build_bar(self) -> None:
        bar = QHBoxLayout()
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("filter_edit")
        self.filter_edit.setPlaceholderText(_tr("Filter actions by case, what or who"))
        self.filter_edit.setAccessibleName(_tr("Filter the team's actions"))
        self.filter_edit.setClearButtonEnabled(True)
        self.refresh_button = QPushButton(_tr("Refresh"), self)
        self.refresh_button.setObjectName("refresh_button")
        self.refresh_button.setAccessibleName(_tr("Refresh the oversight lists"))
        self.worker_combo = filter_combo(self, "worker_combo", _tr("Filter by worker"))
        self.agency_combo = filter_combo(self, "agency_combo", _tr("Filter by agency"))
        self.case_combo = filter_combo(self, "case_combo", _tr("Filter by case"))
        bar.addWidget(self.filter_edit, 1)
        for combo, text in (
            (self.worker_combo, _tr("&Worker:")),
            (self.agency_combo, _tr("A&gency:")),
            (self.case_combo, _tr("Ca&se:")),
        ):
            bar.addWidget(buddy_label(text, combo, self))
            bar.addWidget(combo)
        self.court_check = QCheckBox(_tr("Court work"), self)
        self.court_check.setObjectName("court_check")
        self.court_check.setToolTip(_tr("The chosen case has court work: it weighs more"))
        self.court_check.setEnabled(False)
        bar.addWidget(self.court_check)
        bar.addWidget(self.refresh_button)
        self.team_button = QPushButton(_tr("Team…"), self)  # workers and line managers
        self.team_button.setObjectName("team_button")
        self.team_button.setAccessibleName(_tr("The team's workers and line managers"))
        self.team_button.hide()
        bar.addWidget(self.team_button)
        self.page_layout.addLayout(bar)

    def _connect_bar(self) -> None:
        proxy = self.actions_table.model()
        assert isinstance(proxy, QSortFilterProxyModel)
        self.filter_edit.textChanged.connect(proxy.setFilterFixedString)
        self.refresh_button.clicked.connect(self.refresh)
        self.team_button.clicked.connect(lambda: self.open_team())
        for combo in (self.worker_combo, self.agency_combo, self.case_combo):
            combo.currentIndexChanged.connect(lambda _i: self._apply_filters())
        self.case_combo.currentIndexChanged.connect(lambda _i: self._show_court_work())
        self.court_check.clicked.connect(self.set_court_work)

    def _fill_filters(self, overview: TeamOverview) -> None:
        fill_filter_combos(
            worker=(self.worker_combo, _tr("Every worker")),
            agency=(self.agency_combo, _tr("Every agency")),
            case=(self.case_combo, _tr("Every case")),
            actions=overview.actions,
        )
        self._apply_filters()

    def _apply_filters(self) -> None:
        self.actions_proxy.set_filters(
            worker=self.worker_combo.currentData() or "",
            agency=self.agency_combo.currentData() or "",
            case=self.case_combo.currentData() or "",
        )

    # -- court work -------------------------------------------------------------------------------

    def _chosen_case_id(self) -> int | None:
        reference = self.case_combo.currentData() or ""
        return next(
            (r.case_id for r in self.actions_model.rows if r.case_reference == reference), None
        )

    def _show_court_work(self) -> None:
        case_id = self._chosen_case_id()
        self.court_check.setEnabled(case_id is not None)
        self.court_check.setChecked(case_id in self.court_cases)

    def set_court_work(self, court_work: bool) -> None:
        """Mark the case chosen in the case filter as having court work (or not)."""
        session, case_id = self.session, self._chosen_case_id()
        if session is None or case_id is None:
            return
        self.runner.run(
            lambda: set_court_work(session.ctx, case_id=case_id, court_work=court_work),
            None,
            self.report_error,
            owner=self,
            changes=Changes.of(case_id, Kind.CASES),
        )

    # -- the team ---------------------------------------------------------------------------------

    def open_team(self) -> None:
        """The team's workers: add one, change a role, record a line manager (``TeamDialog``)."""
        if self.session is None:
            return
        from lpdesk.gui.manager.team_dialog import TeamDialog

        dialog = TeamDialog(self.runner, self.session, self)
        dialog.finished.connect(dialog.deleteLater)
        self.team_dialog = dialog
        dialog.open()
