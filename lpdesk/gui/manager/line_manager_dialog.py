"""Record a worker's line manager (the team manager): on a child protection plan the first core
group is chaired by the lead professional's line manager, so a lead professional needs one before
their first core group can be convened."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from lpdesk.gui.case.form_dialog import FormDialog
from lpdesk.gui.manager.account_dialog import manager_choices
from lpdesk.gui.shell.changes import Kind
from lpdesk.gui.shell.session import GuiSession
from lpdesk.gui.shell.tasks import TaskRunner
from lpdesk.services.users import StaffMember

__all__ = ["LineManagerDialog"]


class LineManagerDialog(FormDialog):
    kinds = (Kind.STAFF, Kind.PEOPLE)

    def __init__(
        self,
        runner: TaskRunner,
        session: GuiSession,
        worker: StaffMember,
        staff: list[StaffMember],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, session, None, parent)
        self.worker = worker
        now = worker.line_manager_name or self.tr("none recorded")
        self.begin(
            "line_manager_dialog",
            self.tr("Line manager of {name}").format(name=worker.name),
            self.tr(
                "Now: {manager}. The line manager chairs the first core group of a child "
                "protection plan {name} leads."
            ).format(manager=now, name=worker.name),
        )
        self.manager_combo = self.combo(
            self.tr("Line manager"),
            "line_manager_id",
            "manager_combo",
            manager_choices(self, staff, leave_out=worker.person_id),
        )
        self.manager_combo.setCurrentIndex(
            max(0, self.manager_combo.findData(worker.line_manager_id))
        )
        self.field_labels["person_id"] = self.tr("Worker")
        self.finish()

    def build_call(self) -> Callable[[], Any]:
        from lpdesk.services.users import set_line_manager

        if self.worker.person_id is None:
            raise ValueError(self.tr("This account is not linked to anyone in the directory."))
        ctx = self.session.ctx
        person_id, manager_id = self.worker.person_id, self.manager_combo.currentData()
        return lambda: set_line_manager(ctx, person_id=person_id, manager_id=manager_id)

    def saved_text(self, result: Any) -> str:
        if not result.line_manager_name:
            return self.tr("{name} has no line manager recorded now.").format(name=result.name)
        return self.tr("{manager} is now the line manager of {name}.").format(
            manager=result.line_manager_name, name=result.name
        )
