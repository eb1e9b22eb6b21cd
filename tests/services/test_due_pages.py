"""The team's due list a page at a time (``lpdesk.services.due_page``): page after page concatenates
to exactly the full list (``due_list``, in the list's order), with every filter, and the counts
are the whole list's; on a generated team, SQLite and PostgreSQL. The kept items equal the rules'
for any day, and cases that cannot use them (a past day, a stale row) are computed live."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select, update

from bench.generate import generate_team
from lpdesk.domain import DueItem, DueKind, DueStatus, UserRole
from lpdesk.rules.due import due_items
from lpdesk.rules.profile_loader import default_profiles_dir, load_profiles
from lpdesk.services.context import FixedClock
from lpdesk.services.due import due_list
from lpdesk.services.due_page import DuePage, due_page, kept_items, order_key
from lpdesk.store import Store
from lpdesk.store.tables import case_due_facts, case_due_item
from tests.services.conftest import make_ctx

PROFILES = load_profiles(default_profiles_dir())


def _pages(ctx: Any, limit: int, **options: Any) -> tuple[list[DueItem], list[DuePage]]:
    pages = [due_page(ctx, profiles=PROFILES, limit=limit, **options)]
    while pages[-1].after is not None:
        pages.append(
            due_page(ctx, profiles=PROFILES, limit=limit, after=pages[-1].after, **options)
        )
    return [i for p in pages for i in p.items], pages


def _full(ctx: Any, show: str, kinds: Any, **options: Any) -> list[DueItem]:
    items = due_list(ctx, profiles=PROFILES, **options)
    if show == "overdue":
        items = [i for i in items if i.status is DueStatus.OVERDUE]
    elif show == "pending":
        items = [i for i in items if i.status is not DueStatus.OK]
    if kinds is not None:
        items = [i for i in items if i.kind in kinds]
    return items


def _assert_paged_equals_full(ctx: Any, day: date, *, limit: int = 37) -> int:
    """Every filter: the pages, in order, are the full list sorted the list's way."""
    checked = 0
    for show in ("all", "pending", "overdue"):
        for kinds in (None, frozenset({DueKind.VISIT, DueKind.ACTION})):
            for horizon in ("team default", None):
                options: dict[str, Any] = {"as_of": day, "horizon_days": horizon}
                full = _full(ctx, show, kinds, **options)
                full_named = sorted(full, key=lambda i: (i.due, i.case_id))
                paged, pages = _pages(ctx, limit, show=show, kinds=kinds, **options)
                assert len(paged) == len(full)
                assert sorted(paged, key=order_key) == paged  # pages are in the list's order
                assert sorted(map(repr, paged)) == sorted(map(repr, full))
                assert [(i.due, i.case_id) for i in paged] == [
                    (i.due, i.case_id) for i in full_named
                ]
                for p in pages:  # every page tells the whole list's counts
                    assert p.total == len(full)
                    assert p.overdue == sum(i.status is DueStatus.OVERDUE for i in full)
                    assert p.due_soon == sum(i.status is DueStatus.DUE_SOON for i in full)
                assert all(len(p.items) == limit for p in pages[:-1])
                checked += len(pages)
    return checked


def test_the_paged_team_list_concatenates_to_the_full_list(database_url: str) -> None:
    team = generate_team(database_url, children=60, years=1, seed=5)
    store = Store.open(database_url)
    try:
        clock = FixedClock(datetime.combine(team.as_of, time(9, 0)))
        ctx = make_ctx(store, clock, role=UserRole.TEAM_MANAGER, username="manager.test")
        today = team.as_of
        assert _assert_paged_equals_full(ctx, today) > 12
        with store.engine.connect() as conn:  # every open case's items are kept now
            kept = conn.execute(select(case_due_item.c.case_id).distinct()).scalars().all()
        assert len(kept) > 20
        # a past day before visits recorded since, and a day ahead: live cases merged in
        for day in (today - timedelta(days=20), today + timedelta(days=30)):
            _assert_paged_equals_full(ctx, day, limit=50)
        # a stale row (as a team member's session leaves it) is computed live, never wrong
        with store.engine.begin() as conn:
            stale = case_due_facts.c.case_id.in_(kept[:5])
            conn.execute(update(case_due_facts).where(stale).values(version=0))
        _assert_paged_equals_full(ctx, today, limit=50)
        # the first screenful without the counts: the same items, the counts left out
        quick = due_page(ctx, profiles=PROFILES, counts=False, limit=10)
        assert quick.items == due_page(ctx, profiles=PROFILES, limit=10).items
        assert (quick.total, quick.overdue, quick.due_soon) == (None, None, None)
        # one LP's list pages the same way
        first = due_page(ctx, profiles=PROFILES, lp_person_id=team.lp_person_id, limit=5)
        mine = due_list(ctx, profiles=PROFILES, lp_person_id=team.lp_person_id)
        assert first.total == len(mine) and len(first.items) == min(5, len(mine))
    finally:
        store.close()


def test_kept_items_are_the_rules_items_on_any_day(database_url: str) -> None:
    """What is kept, filtered for a day the way the store does, is exactly what the rules list
    that day (the LP's absence aside: read for the day, never kept)."""
    team = generate_team(database_url, children=40, years=1, seed=8)
    store = Store.open(database_url)
    try:
        with store.unit_of_work() as uow:
            facts = [f for f in uow.case_facts(as_of=team.as_of) if f.lp_absence is None]
        kept = kept_items(facts, PROFILES, team.as_of)
        profile_of = {f.case_id: PROFILES[f.profile_id] for f in facts}
        escalations_only_once_due_soon = 0
        for offset in (-400, -30, 0, 3, 45, 200):
            day = team.as_of + timedelta(days=offset)
            for horizon in (None, 28):
                want = due_items(facts, PROFILES, day, horizon_days=horizon)
                got = []
                for item, _seq, soon_only in kept:
                    p = profile_of[item.case_id]
                    soon = p.calendar().add_working_days(day, p.due_soon_working_days)
                    last = date.max if horizon is None else max(soon, day + timedelta(horizon))
                    if item.due <= last and (not soon_only or item.due <= soon):
                        got.append(order_key(item))
                    escalations_only_once_due_soon += soon_only
                assert sorted(got) == sorted(order_key(i) for i in want)
        assert escalations_only_once_due_soon  # the day-dependent rule was exercised
    finally:
        store.close()
