"""The team, for the team manager: each worker with an account, their role in words, whether they
are a qualified social worker, and their line manager. From here the manager adds a worker
(``AccountDialog``), changes a worker's role (``RoleDialog``) and records a worker's line manager
(``LineManagerDialog``); the list reloads on the change notice each sends."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lpdesk.domain import UserRole
from lpdesk.gui.case.form_dialog import FormDialog
from lpdesk.gui.case.form_parts import show_saved
from lpdesk.gui.shell.changes import Kind, subscribe
from lpdesk.gui.shell.errors import describe
from lpdesk.gui.shell.labels import count
from lpdesk.gui.shell.screen_fit import fit_to_screen
from lpdesk.gui.shell.session import GuiSession, user_role_label
from lpdesk.gui.shell.signals import emit
from lpdesk.gui.shell.status_tail import close_tail
from lpdesk.gui.shell.tasks import TaskRunner
from lpdesk.services.users import StaffMember

__all__ = ["TeamDialog"]


class TeamDialog(QDialog):
    sig_loaded = Signal(int)  # how many workers are listed
    sig_dialog_opened = Signal(object)  # the AccountDialog, RoleDialog or LineManagerDialog

    def __init__(
        self, runner: TaskRunner, session: GuiSession, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.runner, self.session = runner, session
        self.staff: list[StaffMember] = []
        self.database_roles = False  # a team database of personal roles checks roles again
        self.setObjectName("team_dialog")
        self.setWindowTitle(self.tr("Team"))
        fit_to_screen(self, 760, 460)
        layout = QVBoxLayout(self)
        self.hint_label = QLabel(self.tr("Loading…"), self)
        self.hint_label.setObjectName("hint_label")
        self.hint_label.setWordWrap(True)
        self.hint_label.setProperty("role", "page_hint")
        layout.addWidget(self.hint_label)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("team_table")
        self.table.setAccessibleName(self.tr("The team's workers"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Qualified social worker"),
                self.tr("Line manager"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.edit_line_manager())
        layout.addWidget(self.table, 1)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add a worker…"), self)
        self.add_button.setObjectName("add_worker_button")
        self.add_button.setAccessibleName(self.tr("Add a worker's account"))
        self.manager_button = QPushButton(self.tr("Line manager…"), self)
        self.manager_button.setObjectName("line_manager_button")
        self.manager_button.setAccessibleName(self.tr("Record the chosen worker's line manager"))
        self.role_button = QPushButton(self.tr("Role…"), self)
        self.role_button.setObjectName("role_button")
        self.role_button.setAccessibleName(self.tr("Change the chosen worker's role"))
        bar.addWidget(self.add_button)
        bar.addWidget(self.role_button)
        bar.addWidget(self.manager_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.error_label = close_tail(self, layout, "error_label", "warning")
        self.add_button.clicked.connect(lambda: self.add_worker())
        self.manager_button.clicked.connect(lambda: self.edit_line_manager())
        self.role_button.clicked.connect(lambda: self.change_role())
        subscribe(runner.changes, self, (Kind.STAFF, Kind.PEOPLE), self.reload)
        self.reload()

    def reload(self) -> None:
        from lpdesk.services.users import list_staff, needs_database_role

        ctx = self.session.ctx
        self.runner.run(
            lambda: (list_staff(ctx), needs_database_role(ctx)),
            self._loaded,
            self._failed,
            owner=self,
        )

    def _loaded(self, loaded: tuple[list[StaffMember], bool]) -> None:
        staff, self.database_roles = loaded
        self._show(staff)

    def _show(self, staff: list[StaffMember]) -> None:
        chosen = self.chosen()
        self.staff = staff
        self.table.setRowCount(len(staff))
        yes, no = self.tr("Yes"), self.tr("No")
        for row, s in enumerate(staff):
            cells = (
                s.name,
                user_role_label(s.role).capitalize(),
                yes if s.qualified_social_worker else no,
                s.line_manager_name or self.tr("None recorded"),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
            if chosen is not None and s.user_id == chosen.user_id:
                self.table.selectRow(row)
        self.table.resizeColumnsToContents()
        missing = [
            s.name
            for s in staff
            if s.line_manager_id is None and s.role is UserRole.LEAD_PROFESSIONAL
        ]
        self.hint_label.setText(
            self.tr(
                "No line manager recorded for: {names}. Their first core groups cannot be "
                "convened until one is (the line manager chairs them)."
            ).format(names=", ".join(missing))
            if missing
            else self.tr(
                "{workers}. Choose one to change their role or record their line manager."
            ).format(workers=count(len(staff), self.tr("%n worker"), self.tr("%n workers")))
        )
        self.error_label.clear()
        emit(self.sig_loaded, len(staff))

    def _failed(self, err: BaseException) -> None:
        self.error_label.setText(describe(err).text)

    def chosen(self) -> StaffMember | None:
        row = self.table.currentRow()
        return self.staff[row] if 0 <= row < len(self.staff) else None

    def select(self, name: str) -> None:
        for row, s in enumerate(self.staff):
            if s.name == name:
                self.table.selectRow(row)

    def add_worker(self) -> None:
        from lpdesk.gui.manager.account_dialog import AccountDialog

        self._open(AccountDialog(self.runner, self.session, self.staff, self))

    def change_role(self) -> None:
        from lpdesk.gui.manager.role_dialog import RoleDialog

        worker = self._chosen_or_say()
        if worker is not None:
            dialog = RoleDialog(self.runner, self.session, worker, self.database_roles, self)
            self._open(dialog)

    def edit_line_manager(self) -> None:
        from lpdesk.gui.manager.line_manager_dialog import LineManagerDialog

        worker = self._chosen_or_say()
        if worker is not None:
            self._open(LineManagerDialog(self.runner, self.session, worker, self.staff, self))

    def _chosen_or_say(self) -> StaffMember | None:
        worker = self.chosen()
        if worker is None:
            self.error_label.setText(self.tr("Choose a worker first."))
        return worker

    def _open(self, dialog: FormDialog) -> None:
        dialog.sig_saved.connect(
            lambda result: show_saved(self, dialog.windowTitle(), dialog.saved_text(result))
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        emit(self.sig_dialog_opened, dialog)
        dialog.open()
