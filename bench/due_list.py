"""Figure 3: the due list for a whole team, and one LP's caseload, on SQLite and PostgreSQL.

Both go through the services the app uses (``lpdesk.services.due``): the due facts the store keeps
per case (``lpdesk.store.due_facts``, one read) and the pure rules. Beside each, its baseline: the
same service with every case's facts computed from the records on each request (the store's
aggregate queries, ``lpdesk.store.facts``: the path before migration 0013), and the two lists are
checked to be equal. Medians of several runs after a warm-up, as of the
generated databases' "today", on a 2,000-child and a 20,000-child team from the same generator.
The team list is measured as the due view asks for it (``lpdesk.services.due_page``: the first
page of 200 items in the list's order, then the whole list's counts, from the due items kept per
case, migration 0015): the first page alone (the first screenful) and with the counts; and whole (``due_list``: its 28-day horizon, ok items due further ahead left
out) and, on the larger team, with every item (``horizon_days=None``, ``lpdesk due --all``). The
first page's baseline is the whole list at once, measured side by side; the pages, concatenated,
are checked to be the whole list first. The first ``due_page`` after the cached database was
opened keeps every case's items (once per rules and profiles): timed apart.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime, time
from pathlib import Path

from sqlalchemy import delete, update

from bench.generate import GeneratedTeam, cached_team, generate_team
from bench.measure import Row, median_seconds
from lpdesk.app import App, open_app
from lpdesk.domain import CaseFacts, User
from lpdesk.services.context import Actor, FixedClock, ServiceContext
from lpdesk.services.due import TEAM_HORIZON_DAYS, caseload, due_list
from lpdesk.services.due_page import PAGE_SIZE, due_page, order_key
from lpdesk.store.facts import case_facts as live_case_facts
from lpdesk.store.tables import case_due_facts, case_due_item
from lpdesk.store.uow import SqlUnitOfWork

__all__ = ["SIZES", "run"]

SIZES = (2_000, 20_000)
RUNS = 5
TEAM_TARGET_MS = 200.0
LP_TARGET_MS = 20.0
SCALING_TARGET = 3.0
FIRST_PAGE_SCALING_TARGET = 1.5


@contextmanager
def _app(team: GeneratedTeam) -> Iterator[App]:
    with tempfile.TemporaryDirectory(prefix="lpdesk-bench-") as data:
        app = open_app(data_dir=Path(data), database_url=team.url)
        app.clock = FixedClock(datetime.combine(team.as_of, time(9, 0)))
        try:
            yield app
        finally:
            app.close()


def _acting_lp(app: App, username: str) -> Actor:
    """The LP acting; on PostgreSQL (team mode) as if they had signed in: the generated users
    have no passwords, and signing in is not what is measured."""
    if not app.team_mode:
        return app.actor(username)
    with app.store.unit_of_work() as uow:
        (user,) = uow.repo(User).find(username=username)
    app.signed_in = Actor(
        username=user.username, role=user.role, person_id=user.person_id, team=user.team
    )
    return app.signed_in


class _LiveUnitOfWork(SqlUnitOfWork):
    """The baseline: every case's facts computed from the records on each request."""

    def case_facts(
        self, *, as_of: date, case_ids: Sequence[int] | None = None, lp_person_id: int | None = None
    ) -> list[CaseFacts]:
        return live_case_facts(self.connection, as_of, case_ids=case_ids, lp_person_id=lp_person_id)


# (team list s, LP caseload s, team items, every item s, every item count,
#  and the baselines: team list s, LP caseload s; then first page and whole-list counts s,
#  keeping every case's items s, first page alone s)
Measured = tuple[float, float, int, float | None, int, float, float, float, float, float]


def _measure(team: GeneratedTeam, *, every_item: bool) -> Measured:
    """(team due list seconds, one LP's caseload seconds, items in the team list, with
    ``every_item`` the team list without a horizon: seconds and items; then the baselines)."""
    with _app(team) as app:
        ctx = app.context(_acting_lp(app, team.lp_username))
        live = ServiceContext(
            uow=lambda: _LiveUnitOfWork(app.store.engine), actor=ctx.actor, clock=ctx.clock
        )
        with app.store.engine.begin() as conn:  # as after an upgrade: no case's items kept yet
            conn.execute(delete(case_due_item))
            conn.execute(update(case_due_facts).values(items_stamp=None))
        keep_s = median_seconds(lambda: due_page(ctx, profiles=app.profiles), runs=1, warmup=0)
        items = due_list(ctx, profiles=app.profiles)
        if items != due_list(live, profiles=app.profiles):
            raise AssertionError("the kept due facts give another list than the live queries")
        paged = list(due_page(ctx, profiles=app.profiles, limit=None).items)
        if paged != sorted(items, key=order_key):
            raise AssertionError("the kept due items give another list than the due facts")
        page_s = median_seconds(lambda: due_page(ctx, profiles=app.profiles), runs=RUNS * 2)
        first_s = median_seconds(
            lambda: due_page(ctx, profiles=app.profiles, counts=False), runs=RUNS * 2
        )
        team_s = median_seconds(lambda: due_list(ctx, profiles=app.profiles), runs=RUNS)
        lp_s = median_seconds(
            lambda: caseload(ctx, profiles=app.profiles, lp_person_id=team.lp_person_id),
            runs=RUNS * 2,
        )
        team_live = median_seconds(lambda: due_list(live, profiles=app.profiles), runs=RUNS)
        lp_live = median_seconds(
            lambda: caseload(live, profiles=app.profiles, lp_person_id=team.lp_person_id),
            runs=RUNS * 2,
        )
        all_s, all_items = None, 0
        if every_item:
            all_items = len(due_list(ctx, profiles=app.profiles, horizon_days=None))
            all_s = median_seconds(
                lambda: due_list(ctx, profiles=app.profiles, horizon_days=None), runs=RUNS
            )
    return team_s, lp_s, len(items), all_s, all_items, team_live, lp_live, page_s, keep_s, first_s


def _rows(backend: str, results: dict[int, Measured]) -> list[Row]:
    rows: list[Row] = []
    small, big = SIZES
    for size in SIZES:
        (team_s, lp_s, items, all_s, all_items, team_live, lp_live, page_s, keep_s, first_s) = (
            results[size]
        )
        rows.append(
            Row(
                name=f"due list, whole team, first screenful (first page), {size:,} children ({backend})",
                value=round(first_s * 1000, 1),
                unit="ms",
                baseline=round(team_s * 1000, 1),
                ratio=round(first_s / team_s, 2),
                target=f"< {TEAM_TARGET_MS:.0f} ms" if size == big else "",
                met=first_s * 1000 < TEAM_TARGET_MS if size == big else True,
                note=f"{PAGE_SIZE} of {items:,} items; baseline: the whole list at once",
            )
        )
        rows.append(
            Row(
                name=(
                    f"due list, whole team, first page with the whole list's counts, "
                    f"{size:,} children ({backend})"
                ),
                value=round(page_s * 1000, 1),
                unit="ms",
                baseline=round(team_s * 1000, 1),
                ratio=round(page_s / team_s, 2),
                target=f"< {TEAM_TARGET_MS:.0f} ms" if size == big else "",
                met=page_s * 1000 < TEAM_TARGET_MS if size == big else True,
                note=(
                    f"{PAGE_SIZE} of {items:,} items; baseline: the whole list at once; keeping "
                    f"every case's items once after opening: {keep_s * 1000:,.0f} ms"
                ),
            )
        )
        rows.append(
            Row(
                name=f"due list, whole team, {size:,} children ({backend})",
                value=round(team_s * 1000, 1),
                unit="ms",
                baseline=round(team_live * 1000, 1),
                ratio=round(team_s / team_live, 2),
                target="",
                met=True,
                note=(
                    f"{items:,} items within {TEAM_HORIZON_DAYS} days, all at once (the due view "
                    "asks a page at a time); baseline: computed live"
                ),
            )
        )
        if all_s is not None:
            rows.append(
                Row(
                    name=f"due list, whole team, every item, {size:,} children ({backend})",
                    value=round(all_s * 1000, 1),
                    unit="ms",
                    target="",
                    met=True,
                    note=f"{all_items:,} items, no horizon",
                )
            )
        rows.append(
            Row(
                name=f"one LP's caseload, {size:,}-child team ({backend})",
                value=round(lp_s * 1000, 1),
                unit="ms",
                baseline=round(lp_live * 1000, 1),
                ratio=round(lp_s / lp_live, 2),
                target=f"< {LP_TARGET_MS:.0f} ms",
                met=lp_s * 1000 < LP_TARGET_MS,
            )
        )
    scaling = (
        ("one LP's caseload", results[small][1], results[big][1], SCALING_TARGET, ""),
        (
            "due list, whole team, first screenful",
            results[small][9],
            results[big][9],
            FIRST_PAGE_SCALING_TARGET,
            "",
        ),
        (
            "due list, whole team, first page with the whole list's counts",
            results[small][7],
            results[big][7],
            SCALING_TARGET,
            "",
        ),
        (
            "due list, whole team, all at once",
            results[small][0],
            results[big][0],
            None,
            "10x the items: ~10x is linear",
        ),
    )
    for label, before, after, target, note in scaling:
        ratio = after / before
        rows.append(
            Row(
                name=f"{label}: 10x the team, time ratio ({backend})",
                value=round(ratio, 2),
                unit="x",
                baseline=round(before * 1000, 1),
                ratio=round(ratio, 2),
                target="" if target is None else f"<= {target:g}x",
                met=True if target is None else ratio <= target,
                note=note,
            )
        )
    return rows


def run_sqlite() -> tuple[list[Row], list[GeneratedTeam]]:
    teams = [cached_team(size) for size in SIZES]
    results = {
        team.children: _measure(team, every_item=team.children == SIZES[-1]) for team in teams
    }
    return _rows("SQLite", results), teams


def run_postgres() -> tuple[list[Row], list[GeneratedTeam]]:
    from tests.store.pg import fresh_database, postgres_available, running_postgres

    if not postgres_available():
        return [], []
    results: dict[int, Measured] = {}
    teams: list[GeneratedTeam] = []
    with running_postgres() as server:
        for size in SIZES:
            with fresh_database(server) as url:
                team = generate_team(url, children=size, seed=1)
                teams.append(team)
                results[size] = _measure(team, every_item=size == SIZES[-1])
    return _rows("PostgreSQL", results), teams


def run() -> tuple[list[Row], list[GeneratedTeam]]:
    rows, teams = run_sqlite()
    pg_rows, pg_teams = run_postgres()
    return rows + pg_rows, teams + pg_teams
