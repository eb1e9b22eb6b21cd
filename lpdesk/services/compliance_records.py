"""The records a compliance report reads, grouped by case (``ComplianceRecords.load``): the
cases' lead assignments, then ``UnitOfWork.compliance_records`` (only the columns the measures
read and only the rows the period can touch, docs/performance.md)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import groupby
from operator import itemgetter
from typing import TypeVar

from lpdesk.domain import Case, Child, Conference, LeadAssignment, ReviewReport
from lpdesk.rules.compliance import CoreGroupRow, VisitRow
from lpdesk.rules.profile import Profile
from lpdesk.services.ports import UnitOfWork

__all__ = ["ComplianceRecords", "case_until", "lp_on"]

T = TypeVar("T", Child, Conference, ReviewReport, LeadAssignment)
R = TypeVar("R", VisitRow, CoreGroupRow)


def case_until(case: Case, period_end: date, today: date) -> date:
    """The last day a case's figures cover: the period's end, today, or the day it closed,
    whichever is first."""
    return min(period_end, today, case.closed_on or date.max)


def lp_on(leads: list[LeadAssignment], day: date) -> int | None:
    """Who held the role on ``day`` (the latest assignment started by then, if none is current)."""
    started = [a for a in leads if a.started_on <= day]
    current = [a for a in started if a.ended_on is None or a.ended_on > day]
    chosen = current or started
    return max(chosen, key=lambda a: (a.started_on, a.id or 0)).person_id if chosen else None


def _by_case(rows: list[T]) -> dict[int, list[T]]:
    grouped: dict[int, list[T]] = {}
    for row in rows:
        grouped.setdefault(row.case_id, []).append(row)
    return grouped


def _rows_by_case(rows: list[R]) -> dict[int, list[R]]:
    """Rows whose first column is the case id, grouped by it, in their order (the reads give a
    case's rows one after another: one step per run of them, not per row)."""
    grouped: dict[int, list[R]] = {}
    for case_id, run in groupby(rows, key=itemgetter(0)):
        mine = grouped.get(case_id)
        if mine is None:
            grouped[case_id] = list(run)
        else:
            mine.extend(run)
    return grouped


@dataclass(frozen=True, kw_only=True, slots=True)
class ComplianceRecords:
    """The period's records, grouped by case id."""

    children: dict[int, list[Child]]
    visits: dict[int, list[VisitRow]]
    conferences: dict[int, list[Conference]]
    core_groups: dict[int, list[CoreGroupRow]]
    reports: dict[int, list[ReviewReport]]
    leads: dict[int, list[LeadAssignment]]
    lead_of: dict[int, int]  # who held the role on each case's last day (``lp_on``), if anyone

    @classmethod
    def load(
        cls,
        uow: UnitOfWork,
        cases: list[Case],
        *,
        period_start: date,
        period_end: date,
        today: date,
        profiles: Mapping[str, Profile],
    ) -> ComplianceRecords:
        """The lead assignments of the cases, then the rest through
        ``UnitOfWork.compliance_records``: the period's rows, and before it only those that set
        a clock or a cycle running into it (the LP's last visits, the core groups whose next
        one falls due in the period, every conference)."""
        ids = [c.id for c in cases if c.id is not None]
        if not ids:
            return cls(
                children={},
                visits={},
                conferences={},
                core_groups={},
                reports={},
                leads={},
                lead_of={},
            )
        leads = _by_case(uow.repo(LeadAssignment).find(case_id=ids))
        lead_of: dict[int, int] = {}
        for case in cases:
            assert case.id is not None
            until = case_until(case, period_end, today)
            lp = lp_on(leads.get(case.id, []), until) if until >= period_start else None
            if lp is not None:
                lead_of[case.id] = lp
        wanted = [profiles[c.profile_id] for c in cases if c.profile_id in profiles]
        children, visits, conferences, core_groups, reports = uow.compliance_records(
            case_ids=ids,
            lead_of=lead_of,
            period_start=period_start,
            period_end=period_end,
            meetings_from=period_start - core_group_reach(wanted),
        )
        return cls(
            children=_by_case(children),
            visits=_rows_by_case(visits),
            conferences=_by_case(conferences),
            core_groups=_rows_by_case(core_groups),
            reports=_by_case(reports),
            leads=leads,
            lead_of=lead_of,
        )


def core_group_reach(profiles: list[Profile]) -> timedelta:
    """How long before the period a held core group can still set a due point inside it: the
    interval to the next core group, or the time from the initial conference to the first one
    (whose answer is the first core group held), with a month to spare for bank holidays."""
    days = 0
    for p in profiles:
        first = p.first_core_group_calendar_days or 0
        first = max(first, 2 * p.first_core_group_working_days + 14)
        days = max(days, 7 * p.core_group_interval_weeks, first)
    return timedelta(days=days + 31)
