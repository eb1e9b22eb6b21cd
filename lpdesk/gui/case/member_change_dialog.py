"""A member leaves the core group, or a parent is excluded from it (with the reason and the date;
they then receive a summary instead of the record). Exclusion is confirmed first."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from lpdesk.domain import MemberRole
from lpdesk.gui.case.form_dialog import FormDialog
from lpdesk.gui.shell.changes import Kind
from lpdesk.gui.shell.labels import member_role_label
from lpdesk.gui.shell.session import GuiSession
from lpdesk.gui.shell.tasks import TaskRunner
from lpdesk.services.cases import CaseOverview

__all__ = ["MemberChangeDialog"]

LEAVES, EXCLUDED = "leaves", "excluded"


class MemberChangeDialog(FormDialog):
    kinds = (Kind.PEOPLE,)

    def __init__(
        self,
        runner: TaskRunner,
        session: GuiSession,
        overview: CaseOverview,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, session, overview, parent)
        self.begin("member_change_dialog", self.tr("A member leaves or is excluded"))
        self.member_combo = self.combo(
            self.tr("Member"),
            "membership_id",
            "member_combo",
            [
                (f"{m.name} ({member_role_label(m.role).lower()})", m.membership.id)
                for m in self.overview.members
                if m.role is not MemberRole.LEAD_PROFESSIONAL and not m.membership.excluded
            ],
        )
        self.change_combo = self.combo(
            self.tr("What happens"),
            "",
            "change_combo",
            [
                (self.tr("Leaves the core group"), LEAVES),
                (self.tr("Excluded from the core group (receives a summary)"), EXCLUDED),
            ],
        )
        today = self.session.ctx.clock.today()
        self.on_edit = self.day(self.tr("From"), "left_on", "on_edit", today)
        self.reason_edit = self.text(self.tr("Reason for the exclusion"), "reason", "reason_edit")
        self.finish()
        self.change_combo.currentIndexChanged.connect(lambda _i: self._changed())
        self._changed()

    def _changed(self) -> None:
        excluded = self.change_combo.currentData() == EXCLUDED
        self.show_rows(excluded, self.reason_edit)
        self.field_widgets["excluded_on"] = self.on_edit

    def build_call(self) -> Callable[[], Any]:
        from lpdesk.services.cases import exclude_member, leave_member

        membership_id = self.member_combo.currentData()
        if membership_id is None:
            raise ValueError(self.tr("Choose a member."))
        day = self.on_edit.date()
        if day is None:
            raise ValueError(self.tr("Give the date."))
        ctx = self.session.ctx
        if self.change_combo.currentData() == LEAVES:
            return lambda: leave_member(ctx, membership_id=membership_id, left_on=day)
        reason = self.reason_edit.toPlainText()
        if reason.strip() and not self.confirm(
            self.tr("Exclude from the core group?"),
            self.tr(
                "{name} will no longer be invited and will receive a summary instead of the"
                " record. This cannot be undone here."
            ).format(name=self.member_combo.currentText()),
        ):
            raise ValueError(self.tr("Not excluded."))
        return lambda: exclude_member(
            ctx, membership_id=membership_id, reason=reason, excluded_on=day
        )

    def saved_text(self, result: Any) -> str:
        if result.excluded:
            return self.tr("Exclusion recorded: they will receive a summary.")
        return self.tr("Recorded: left the core group.")
