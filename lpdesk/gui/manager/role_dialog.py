"""Change a worker's role (the team manager): the role decides what the worker can see and do in
lpdesk, so the change is confirmed first, naming the old and the new role. What the service (or a
team database's own check) refuses is shown as a sentence and nothing changes: one's own role, the
last team manager of a team, a role a team manager may not give on a team database (where the
dialog says so before it is tried)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget

from lpdesk.domain import User, UserRole
from lpdesk.gui.case.form_dialog import FormDialog
from lpdesk.gui.shell.changes import Kind
from lpdesk.gui.shell.session import GuiSession, user_role_label
from lpdesk.gui.shell.tasks import TaskRunner
from lpdesk.services.users import StaffMember

__all__ = ["RoleDialog", "role_reach"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("role_dialog", text)


def role_reach(role: UserRole) -> str:
    """What a role can see and do, in a sentence."""
    return {
        UserRole.LEAD_PROFESSIONAL: _tr(
            "A lead professional runs their own cases: meetings, minutes, the plan and visits."
        ),
        UserRole.TEAM_MANAGER: _tr(
            "A team manager oversees every case of the team, allocates cases, approves minutes "
            "and keeps the team's accounts and settings."
        ),
        UserRole.ADMINISTRATOR: _tr(
            "An administrator reads cases, arranges meetings and produces and sends the "
            "circulation packs."
        ),
        UserRole.CONFERENCE_CHAIR: _tr(
            "A conference chair reads cases, reviews the reports for conferences and approves "
            "conference minutes."
        ),
        UserRole.QA_MANAGER: _tr(
            "A quality assurance manager reads every case and the audit trail."
        ),
    }[role]


class RoleDialog(FormDialog):
    kinds = (Kind.STAFF,)

    def __init__(
        self,
        runner: TaskRunner,
        session: GuiSession,
        worker: StaffMember,
        database_roles: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, session, None, parent)
        self.worker = worker
        self.own = worker.username == session.ctx.actor.username
        intro = self.tr("Now: {role}. The role decides what {name} can see and do in lpdesk.")
        if self.own:  # the service refuses it: said at once, and nothing to choose
            intro = self.tr(
                "This is your own account ({role}): another team manager changes your role."
            )
        elif database_roles:  # lpdesk_set_role's own rule, said before it refuses
            intro += " " + self.tr(
                "On this team database a team manager moves workers between lead professional "
                "and administrator only; IT gives the other roles."
            )
        self.begin(
            "role_dialog",
            self.tr("Role of {name}").format(name=worker.name),
            intro.format(role=user_role_label(worker.role), name=worker.name),
        )
        self.role_combo = self.combo(
            self.tr("New role"),
            "role",
            "role_combo",
            [(user_role_label(r).capitalize(), r.value) for r in UserRole],
        )
        self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(worker.role.value)))
        self.reach_label = QLabel(self.body)
        self.reach_label.setObjectName("reach_label")
        self.reach_label.setWordWrap(True)
        self.form.addRow("", self.reach_label)
        self.field_labels["username"] = self.tr("Worker")
        self.finish()
        self.role_combo.setEnabled(not self.own)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not self.own)
        self.role_combo.currentIndexChanged.connect(lambda _i: self._show_reach())
        self._show_reach()

    def chosen_role(self) -> UserRole:
        return UserRole(self.role_combo.currentData())

    def _show_reach(self) -> None:
        role = self.chosen_role()
        self.reach_label.setText(role_reach(role))

    def save(self) -> None:
        """The change is asked first (No is the default): it changes what the worker can see."""
        role = self.chosen_role()
        if self.own:
            return
        if role is self.worker.role:
            self.show_problems(
                {"role": self.tr("choose a different role")},
                self.tr("{name}'s role is already {role}: choose a different one.").format(
                    name=self.worker.name, role=user_role_label(role)
                ),
            )
            return
        question = self.tr(
            "Change {name}'s role from {old} to {new}? It changes what {name} can see and do. "
            "{reach}"
        ).format(
            name=self.worker.name,
            old=user_role_label(self.worker.role),
            new=user_role_label(role),
            reach=role_reach(role),
        )
        if self.confirm(self.tr("Change the role?"), question):
            super().save()

    def build_call(self) -> Callable[[], Any]:
        from lpdesk.services.users import set_role

        ctx, username, role = self.session.ctx, self.worker.username, self.chosen_role()
        return lambda: set_role(ctx, username=username, role=role)

    def saved_text(self, result: Any) -> str:
        assert isinstance(result, User)
        return self.tr(
            "{name}'s role is now {role}. If they are signed in, lpdesk shows them what the new role "
            "may see when they next sign in."
        ).format(name=self.worker.name, role=user_role_label(result.role))
