"""The compliance report reads only the period's rows (``lpdesk.store.compliance_reads``): its
figures, case by case, are those computed from every record of every case, over generated teams
and periods of every length, on SQLite and PostgreSQL."""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from types import TracebackType
from typing import Any

import pytest

from bench.generate import generate_team
from lpdesk.domain import (
    Case,
    Child,
    Conference,
    Meeting,
    MeetingKind,
    ReviewReport,
    UserRole,
    Visit,
)
from lpdesk.rules.compliance import CoreGroupRow, VisitRow, core_group_rows, visit_rows
from lpdesk.rules.profile_loader import default_profiles_dir, load_profiles
from lpdesk.services.compliance_report import compliance_report
from lpdesk.services.context import FixedClock, ServiceContext
from lpdesk.services.ports import UnitOfWork
from lpdesk.store import Store
from tests.services.conftest import make_ctx


class _EveryRecord:
    """A unit of work whose ``compliance_records`` reads every row of every case, in full, as
    the report did before it read only the period's (visits and core groups then narrowed to the
    measures' rows from the whole records, by the rules' ``visit_rows`` and ``core_group_rows``)."""

    def __init__(self, inner: UnitOfWork) -> None:
        self._inner = inner

    def __enter__(self) -> _EveryRecord:
        self._inner.__enter__()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._inner.__exit__(exc_type, exc, tb)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def compliance_records(
        self,
        *,
        case_ids: Sequence[int],
        lead_of: Mapping[int, int],
        period_start: date,
        period_end: date,
        meetings_from: date,
    ) -> tuple[
        list[Child], list[VisitRow], list[Conference], list[CoreGroupRow], list[ReviewReport]
    ]:
        ids = list(case_ids)
        repo = self._inner.repo
        return (
            repo(Child).find(case_id=ids),
            visit_rows(repo(Visit).find(case_id=ids)),
            repo(Conference).find(case_id=ids),
            core_group_rows(repo(Meeting).find(case_id=ids, kind=MeetingKind.CORE_GROUP)),
            repo(ReviewReport).find(case_id=ids),
        )


def _periods(today: date, seed: int) -> list[tuple[date, date]]:
    rng = random.Random(seed)
    periods = [(today - timedelta(days=364), today), (today - timedelta(days=6), today)]
    for _ in range(6):
        start = today - timedelta(days=rng.randrange(1, 3 * 365))
        periods.append((start, start + timedelta(days=rng.choice((0, 6, 30, 91, 200, 400)))))
    return periods


@pytest.mark.parametrize("seed", [11, 12])
def test_the_period_read_gives_the_full_reads_report(database_url: str, seed: int) -> None:
    team = generate_team(database_url, children=90, years=3, seed=seed)
    profiles = load_profiles(default_profiles_dir())
    store = Store.open(database_url)
    try:
        clock = FixedClock(datetime.combine(team.as_of, time(9, 0)))
        ctx = make_ctx(store, clock, role=UserRole.QA_MANAGER, username="qa.test")
        full = replace(ctx, uow=lambda: _EveryRecord(store.unit_of_work()))
        assert isinstance(full, ServiceContext)
        for start, end in _periods(team.as_of, seed):
            narrow = compliance_report(ctx, period_start=start, period_end=end, profiles=profiles)
            every = compliance_report(full, period_start=start, period_end=end, profiles=profiles)
            assert narrow.cases == every.cases
            assert narrow.rows == every.rows, (start, end)
            assert narrow.per_case == every.per_case, (start, end)
        assert sum(f.denominator for f in narrow.per_case) > 0  # the figures are not all empty
        with store.unit_of_work() as uow:  # every third case to a second team: one team's
            for case in uow.repo(Case).find()[::3]:  # cases are then not a run of ids (read by
                uow.repo(Case).update(replace(case, team="Team B"))  # IN, not as a range)
            teams = sorted({c.team for c in uow.repo(Case).find() if c.team})
        assert len(teams) == 2
        start, end = team.as_of - timedelta(days=364), team.as_of
        for name in teams:
            mine = {"period_start": start, "period_end": end, "team": name, "profiles": profiles}
            narrow = compliance_report(ctx, **mine)
            every = compliance_report(full, **mine)
            assert (narrow.cases, narrow.rows, narrow.per_case) == (
                every.cases,
                every.rows,
                every.per_case,
            ), name
            assert narrow.cases < len(narrow.per_case)  # some of the cases, each with figures
    finally:
        store.close()
