"""The team manager's tables: the team's actions (overdue, then still to do, completed last), each
worker's weighted caseload against their capacity, and the unallocated cases; and the proxy that
filters the actions by worker, agency and case."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from lpdesk.domain import Case
from lpdesk.gui.admin.admin_model import Column, RowsModel
from lpdesk.gui.shell.labels import fmt_date
from lpdesk.services.context import ServiceContext
from lpdesk.services.oversight import (
    TeamActionRow,
    WorkerLoad,
    caseload_counts,
    team_actions,
    unallocated_cases,
)
from lpdesk.services.workload import court_work_cases

__all__ = [
    "TeamActionsModel",
    "TeamOverview",
    "UnallocatedCasesModel",
    "WorkerLoadModel",
    "load_team_overview",
]

_STATUS = {
    "not_started": "Not started",
    "in_progress": "In progress",
    "completed": "Completed",
    "not_achieved": "Not achieved",
    "cancelled": "Cancelled",
}


def _day(d: date | None) -> int:
    return d.toordinal() if d is not None else date.max.toordinal()


class TeamActionsModel(RowsModel):
    def status_text(self, r: TeamActionRow) -> str:
        if r.overdue:
            return self.tr("Overdue")
        return self.tr(_STATUS.get(r.status, r.status.replace("_", " ").capitalize()))

    def define_columns(self) -> list[Column]:
        tr = self.tr
        return [
            Column(
                tr("Status"),
                self.status_text,
                sort=lambda r: r.rank * 10_000_000 + _day(r.due),
                badge=lambda r: [
                    (
                        self.status_text(r),
                        "overdue" if r.overdue else ("info" if r.is_open else "ok"),
                    )
                ],
            ),
            Column(tr("Case"), lambda r: r.case_reference),
            Column(tr("What"), lambda r: r.what, tooltip=lambda r: r.what),
            Column(tr("Who"), lambda r: r.who or tr("Nobody named")),
            Column(tr("Due"), lambda r: fmt_date(r.due), sort=lambda r: _day(r.due)),
            Column(tr("Done"), lambda r: fmt_date(r.done), sort=lambda r: _day(r.done)),
            Column(tr("Lead professional"), lambda r: r.lead_professional),
            Column(tr("Agency"), lambda r: r.agency),
        ]


class WorkerLoadModel(RowsModel):
    def define_columns(self) -> list[Column]:
        tr = self.tr
        return [
            Column(tr("Worker"), lambda r: r.name),
            Column(tr("Open cases"), lambda r: str(r.open_cases), sort=lambda r: r.open_cases),
            Column(tr("Children"), lambda r: str(r.children), sort=lambda r: r.children),
            Column(
                tr("Weighted load"),
                lambda r: tr("{weight:g} of {capacity:g}").format(
                    weight=r.weight, capacity=r.capacity
                ),
                sort=lambda r: r.weight - r.capacity,
                badge=lambda r: [
                    (
                        tr("{weight:g} of {capacity:g}").format(
                            weight=r.weight, capacity=r.capacity
                        ),
                        "overdue" if r.over_allocated else "ok",
                    )
                ],
                tooltip=lambda r: tr(
                    "Each child on a child protection plan weighs 1, on Early Help 0.5; court "
                    "work adds 1. Capacity is a full-time caseload less protected time."
                ),
            ),
            Column(
                tr("Protected time"),
                lambda r: f"{r.protected_percent}%",
                sort=lambda r: r.protected_percent,
            ),
            Column(
                tr("Overdue items"),
                lambda r: str(r.overdue_items),
                sort=lambda r: r.overdue_items,
                badge=lambda r: [(str(r.overdue_items), "overdue" if r.overdue_items else "ok")],
            ),
        ]


class UnallocatedCasesModel(RowsModel):
    def define_columns(self) -> list[Column]:
        tr = self.tr
        return [
            Column(tr("Case"), lambda c: c.reference),
            Column(tr("Opened"), lambda c: fmt_date(c.opened_on), sort=lambda c: _day(c.opened_on)),
            Column(tr("Team"), lambda c: c.team),
        ]

    def case_at(self, row: int) -> Case:
        case: Case = self.row_at(row)
        return case


@dataclass(frozen=True, kw_only=True, slots=True)
class TeamOverview:
    actions: tuple[TeamActionRow, ...]
    loads: tuple[WorkerLoad, ...]
    unallocated: tuple[Case, ...]
    court_cases: frozenset[int] = frozenset()  # case ids with court work (weighted more)


def load_team_overview(ctx: ServiceContext, *, profiles: Mapping[str, Any]) -> TeamOverview:
    """The three oversight lists, on the database thread."""
    return TeamOverview(
        actions=tuple(team_actions(ctx)),
        loads=tuple(caseload_counts(ctx, profiles=profiles)),
        unallocated=tuple(unallocated_cases(ctx)),
        court_cases=court_work_cases(ctx),
    )
