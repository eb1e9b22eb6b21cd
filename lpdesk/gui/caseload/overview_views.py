"""The Meetings, Visits, Circulation and Reports pages: what is due in each area across the
caseload, with the rule behind it. The work itself happens in a case's workspace (double-click)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from lpdesk.domain import DueKind
from lpdesk.gui.caseload.due_view import DueView
from lpdesk.gui.shell.tasks import TaskRunner

__all__ = ["CirculationView", "MeetingsView", "VisitsView"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("overview_views", text)


class MeetingsView(DueView):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(
            runner,
            parent,
            title=_tr("Meetings"),
            object_name="meetings_view",
            kinds=frozenset(
                {DueKind.FIRST_CORE_GROUP, DueKind.NEXT_CORE_GROUP, DueKind.FINAL_CORE_GROUP}
            ),
        )


class VisitsView(DueView):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(
            runner,
            parent,
            title=_tr("Visits"),
            object_name="visits_view",
            kinds=frozenset(
                {
                    DueKind.VISIT,
                    DueKind.VISIT_ALONE,
                    DueKind.BEDROOM_SEEN,
                    DueKind.VISIT_RECORDING,
                    DueKind.ESCALATION,
                }
            ),
        )


class CirculationView(DueView):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(
            runner,
            parent,
            title=_tr("Circulation"),
            object_name="circulation_view",
            kinds=frozenset({DueKind.MINUTES_CIRCULATION}),
        )
