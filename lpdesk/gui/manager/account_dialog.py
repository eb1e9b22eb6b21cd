"""Add a worker's account (the team manager): how they sign in, their name as shown on screen and
on paper, their role, their email, whether they are a qualified social worker (a child protection
plan's lead professional must be) and their line manager (who chairs the first core group of a
child protection plan they lead). No password here: the worker sets it at their first sign-in, or
the manager sets one from the administration page. On a team database where each person connects
as their own PostgreSQL role, the account is created through the database's checked function and
the saved message says that IT must still create the worker's database role."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from lpdesk.domain import UserRole
from lpdesk.gui.case.form_dialog import FormDialog
from lpdesk.gui.shell.changes import Kind
from lpdesk.gui.shell.session import GuiSession, user_role_label
from lpdesk.gui.shell.tasks import TaskRunner
from lpdesk.services.users import StaffMember

__all__ = ["AccountDialog", "manager_choices"]


def manager_choices(
    dialog: FormDialog, staff: list[StaffMember], *, leave_out: int | None = None
) -> list[tuple[str, Any]]:
    """(label, person id) for a line manager: "None recorded", then the team's managers, then
    everyone else with an account (a senior practitioner may manage too)."""
    first = sorted(
        (s for s in staff if s.person_id is not None and s.person_id != leave_out),
        key=lambda s: (s.role is not UserRole.TEAM_MANAGER, s.name.casefold()),
    )
    return [(dialog.tr("None recorded"), None)] + [
        (f"{s.name} ({user_role_label(s.role)})", s.person_id) for s in first
    ]


class AccountDialog(FormDialog):
    kinds = (Kind.STAFF, Kind.PEOPLE)

    def __init__(
        self,
        runner: TaskRunner,
        session: GuiSession,
        staff: list[StaffMember],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, session, None, parent)
        self.begin(
            "account_dialog",
            self.tr("Add a worker"),
            self.tr(
                "The worker signs in with the username and sets their own password the first "
                "time. The line manager chairs the first core group of a child protection plan "
                "the worker leads."
            ),
        )
        self.name_edit = self.line(self.tr("Name"), "display_name", "name_edit")
        self.username_edit = self.line(
            self.tr("Username (to sign in)"), "username", "username_edit"
        )
        self.username_edit.setPlaceholderText(self.tr("for example sam.okafor"))
        self.role_combo = self.combo(
            self.tr("Role"),
            "role",
            "role_combo",
            [(user_role_label(r).capitalize(), r.value) for r in UserRole],
        )
        self.email_edit = self.line(self.tr("Email"), "email", "email_edit")
        self.qualified_check = self.check(
            self.tr("Qualified social worker"), "qualified_social_worker", "qualified_check"
        )
        self.manager_combo = self.combo(
            self.tr("Line manager"),
            "line_manager_id",
            "manager_combo",
            manager_choices(self, staff),
        )
        me = session.ctx.actor.person_id  # the manager adding the worker, most often
        managers = [s.person_id for s in staff if s.role is UserRole.TEAM_MANAGER]
        preferred = me if me in {s.person_id for s in staff} else next(iter(managers), None)
        if preferred is not None:
            self.manager_combo.setCurrentIndex(max(0, self.manager_combo.findData(preferred)))
        self.field_labels["person_id"] = self.tr("Name")
        self.finish()
        self.name_edit.textEdited.connect(self._suggest_username)

    def _suggest_username(self, name: str) -> None:
        """ "Sam Okafor" suggests "sam.okafor" until the username is typed by hand."""
        if self.username_edit.isModified():
            return
        words = "".join(c if c.isalnum() else " " for c in name.lower()).split()
        self.username_edit.setText(".".join(words))

    def build_call(self) -> Callable[[], Any]:
        from lpdesk.services.users import add_user, needs_database_role

        ctx = self.session.ctx
        values = {
            "username": self.username_edit.text(),
            "display_name": self.name_edit.text(),
            "role": UserRole(self.role_combo.currentData()),
            "email": self.email_edit.text(),
            "team": ctx.actor.team,
            "qualified_social_worker": self.qualified_check.isChecked(),
            "line_manager_id": self.manager_combo.currentData(),
        }
        return lambda: (add_user(ctx, **values), needs_database_role(ctx))

    def saved_text(self, result: Any) -> str:
        """The account, and on a team database of personal roles what IT must still do."""
        user, needs_role = result
        if needs_role:
            return self.tr(
                "{name}'s account is added as {username}. They can sign in once IT has created "
                "their database role (lpdesk team add-user {username}); their password is the "
                "database's, set by IT."
            ).format(name=user.display_name, username=user.username)
        return self.tr("{name} can now sign in as {username}.").format(
            name=user.display_name, username=user.username
        )
