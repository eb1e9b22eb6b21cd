"""The due list a page at a time: the first screenful first, the rest as the user scrolls, with
counts that are the whole list's (docs/decisions/0020-paged-due-list.md).

For the whole team the items come from the store's kept items (``KeptDueItems``): what the rules
give each open case whatever the day, computed here (``kept_items``) for the cases that have none
for the current rules and profiles (``stamp``), and read in the list's order a page at a time. The
cases whose kept items cannot be used that day (``live_cases``: a past day, a facts row of another
version, ...) are computed live from their facts, as before, and merged in; so is each absent
LP's cover item, the one item that depends on the day. One LP's list, chosen cases, and a team
member's session (row-level security) are small: computed live and cut into pages here.

The list's order is the due day (so every overdue item first), then the case, then the kind and
the child, then the reason (``order_key``); a page's ``after`` is the last item's place, and the
next page starts just after it.
"""

from __future__ import annotations

import hashlib
import heapq
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, is_dataclass, replace
from datetime import date, timedelta
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any, Final, Literal

from lpdesk.domain import CaseFacts, DueItem, DueKind, DueStatus, InvalidInput
from lpdesk.rules import due as _rules
from lpdesk.rules.profile import Profile
from lpdesk.services.context import ServiceContext
from lpdesk.services.due import TEAM_DEFAULT, TEAM_HORIZON_DAYS, name_children, team_facts
from lpdesk.services.ports import DueCursor, KeptDueItems

__all__ = ["PAGE_SIZE", "DuePage", "Show", "due_page", "kept_items", "order_key", "stamp"]

PAGE_SIZE: Final = 200
"""Items per page: a few screenfuls."""

Show = Literal["overdue", "pending", "all"]
"""Which items: overdue only; overdue and due soon; every item (within the horizon)."""

_KIND_PLACE = {kind: n for n, kind in enumerate(DueKind)}


@dataclass(frozen=True, kw_only=True, slots=True)
class DuePage:
    items: tuple[DueItem, ...]
    after: DueCursor | None  # where the next page starts; None: the list ends with this page
    # The whole list's counts, with these filters (None when not asked for: ``counts=False``).
    total: int | None  # items in the whole list
    overdue: int | None  # of which overdue
    due_soon: int | None  # of which due soon


def order_key(item: DueItem) -> DueCursor:
    """An item's place in the list (its reason as the rules wrote it, before names)."""
    return (
        item.due,
        item.case_id,
        (_KIND_PLACE[item.kind] << 32) | (item.child_id or 0),
        item.reason,
    )


def due_page(
    ctx: ServiceContext,
    *,
    profiles: Mapping[str, Profile],
    as_of: date | None = None,
    lp_person_id: int | None = None,
    kinds: Iterable[DueKind] | None = None,
    show: Show = "all",
    horizon_days: int | Literal["team default"] | None = TEAM_DEFAULT,
    after: DueCursor | None = None,
    limit: int | None = PAGE_SIZE,
    counts: bool = True,
) -> DuePage:
    """The due list (the team's, or one LP's with the cases they cover) from just after
    ``after``, at most ``limit`` items (None: to the end), overdue first. ``show`` and ``kinds``
    filter it, ``horizon_days`` as in ``lpdesk.services.due.due_list``; the counts are the whole
    filtered list's, not the page's. ``counts=False`` leaves them out: counting the whole team's
    list walks an index entry per item, which the first screenful need not wait for."""
    day = as_of or ctx.clock.today()
    if horizon_days == TEAM_DEFAULT:
        horizon_days = TEAM_HORIZON_DAYS if lp_person_id is None else None
    if horizon_days is not None and horizon_days < 0:
        raise InvalidInput.one("horizon_days", "must be 0 or more days (or none, for every item)")
    if limit is not None and limit < 1:
        raise InvalidInput.one("limit", "must be 1 or more items (or none, for every item)")
    chosen = None if kinds is None else tuple(sorted(set(kinds), key=_KIND_PLACE.__getitem__))
    limits = _limits(profiles, day, horizon_days, show)
    with ctx.uow() as uow:
        kept = uow.kept_due() if lp_person_id is None else None
        if kept is None:  # one LP's caseload, or a team member's own scope: small, live
            facts = team_facts(uow, day, lp_person_id)
            listed = _computed(facts, profiles, day, horizon_days, show, chosen)
            result = _cut(listed, [], (0, 0, 0), after, limit)
        else:
            result = _kept_page(
                kept, uow, profiles, day, horizon_days, show, limits, chosen, after, limit, counts
            )
        return replace(result, items=tuple(name_children(uow, result.items)))


def _kept_page(
    kept: KeptDueItems,
    uow: Any,
    profiles: Mapping[str, Profile],
    day: date,
    horizon_days: int | None,
    show: Show,
    limits: dict[str, tuple[date, date]],
    kinds: tuple[DueKind, ...] | None,
    after: DueCursor | None,
    limit: int | None,
    counts: bool,
) -> DuePage:
    code = stamp(profiles)
    kept.itemize(code, lambda facts: kept_items(facts, profiles, day))
    live = kept.live_cases(day, code)
    facts = uow.case_facts(as_of=day, case_ids=live) if live else []
    computed = _computed(facts, profiles, day, horizon_days, show, kinds)
    numbers = kept.counts(as_of=day, limits=limits, kinds=kinds, exclude=live) if counts else None
    rows = kept.page(
        limits=limits,
        kinds=kinds,
        exclude=live,
        after=after,
        limit=None if limit is None else limit + 1,
    )
    soon_of = {profile_id: soon for profile_id, (soon, _last) in limits.items()}
    fetched = [(key, _with_status(item, day, soon_of[profile])) for item, key, profile in rows]
    # The day's cover items of the kept cases: per absent LP and profile, each case's only if
    # it can be on this page (not after the page's last kept item); counted for them all.
    last = fetched[-1][0][0] if limit is not None and len(fetched) > limit else date.max
    groups = [
        (first, cases, _computed([first], profiles, day, horizon_days, show, kinds))
        for first, cases in kept.cover_groups(day, live)
    ]
    covers = _cover_items(kept, groups, live, after, last, limit)
    if numbers is not None:
        numbers = _with_covers(numbers, groups)
    return _cut(computed, fetched, numbers, after, limit, also=covers)


def _with_status(item: DueItem, day: date, soon: date) -> DueItem:
    status = (
        DueStatus.OVERDUE
        if item.due < day
        else DueStatus.DUE_SOON
        if item.due <= soon
        else DueStatus.OK
    )
    return replace(item, status=status)


def _cut(
    computed: list[DueItem],
    fetched: list[tuple[DueCursor, DueItem]],
    kept_counts: tuple[int, int, int] | None,
    after: DueCursor | None,
    limit: int | None,
    *,
    also: Sequence[DueItem] = (),
) -> DuePage:
    """The page: ``computed`` items (every one listed, in any order; counted here) and ``also``
    (counted by the caller) merged with the kept ones ``fetched`` (in order, from ``after``, one
    more than the page if there is more)."""
    overdue = due_soon = total = None
    if kept_counts is not None:
        overdue = kept_counts[0] + sum(i.status is DueStatus.OVERDUE for i in computed)
        due_soon = kept_counts[1] + sum(i.status is DueStatus.DUE_SOON for i in computed)
        total = kept_counts[2] + len(computed)
    mine = sorted((order_key(i), i) for i in [*computed, *also])
    if after is not None:
        mine = [(k, i) for k, i in mine if k > after]
    merged = list(heapq.merge(mine, fetched, key=lambda pair: pair[0]))
    more = limit is not None and len(merged) > limit
    page = merged[:limit] if limit is not None else merged
    return DuePage(
        items=tuple(i for _k, i in page),
        after=page[-1][0] if more and page else None,
        total=total,
        overdue=overdue,
        due_soon=due_soon,
    )


_Group = tuple[CaseFacts, int, list[DueItem]]
"""An absent LP's cases of one profile: the first's facts, how many, the cover items of the
first (the same for each case but for its id and reference)."""


def _cover_items(
    kept: KeptDueItems,
    groups: list[_Group],
    live: Sequence[int],
    after: DueCursor | None,
    last: date,
    limit: int | None,
) -> list[DueItem]:
    """The cover items of the absent LPs' cases that can be on this page: due by ``last``, after
    ``after``, and for each group no more cases than the page holds (by case id, as listed)."""
    items: list[DueItem] = []
    for first, _count, found in groups:
        for item in found:
            if item.due > last or (after is not None and item.due < after[0]):
                continue
            from_case = after[1] if after is not None and item.due == after[0] else None
            most = None if limit is None else limit + 2
            assert first.lp_person_id is not None
            cases = kept.cover_cases(first.lp_person_id, first.profile_id, live, from_case, most)
            for case_id, reference in cases:
                one = replace(item, case_id=case_id, case_reference=reference)
                if after is None or order_key(one) > after:
                    items.append(one)
    return items


def _with_covers(numbers: tuple[int, int, int], groups: list[_Group]) -> tuple[int, int, int]:
    """The kept items' counts with every absent LP's cases' cover items."""
    overdue, due_soon, total = numbers
    for _first, count, found in groups:
        for item in found:
            overdue += count * (item.status is DueStatus.OVERDUE)
            due_soon += count * (item.status is DueStatus.DUE_SOON)
            total += count
    return overdue, due_soon, total


def _computed(
    facts: list[CaseFacts],
    profiles: Mapping[str, Profile],
    day: date,
    horizon_days: int | None,
    show: Show,
    kinds: tuple[DueKind, ...] | None,
) -> list[DueItem]:
    items = _rules.due_items(facts, profiles, day, horizon_days=horizon_days)
    if show == "overdue":
        items = [i for i in items if i.status is DueStatus.OVERDUE]
    elif show == "pending":
        items = [i for i in items if i.status is not DueStatus.OK]
    if kinds is not None:
        items = [i for i in items if i.kind in kinds]
    return items


def _limits(
    profiles: Mapping[str, Profile], day: date, horizon_days: int | None, show: Show
) -> dict[str, tuple[date, date]]:
    """Per profile: (the last day "due soon" covers on ``day``, the last due day listed)."""
    limits = {}
    for profile_id, profile in profiles.items():
        soon = profile.calendar().add_working_days(day, profile.due_soon_working_days)
        if show == "overdue":
            last = day - timedelta(days=1)
        elif show == "pending":
            last = soon
        elif horizon_days is None:
            last = date.max
        else:
            last = max(soon, day + timedelta(days=horizon_days))
        limits[profile_id] = (soon, last)
    return limits


# ------------------------------------------------------------------ what is kept


def kept_items(
    facts: Sequence[CaseFacts], profiles: Mapping[str, Profile], day: date
) -> list[tuple[DueItem, int, bool]]:
    """Each case's items whatever the day (its facts without the LP's absence, which is read
    for the day): the rules' items with no horizon, and the escalations for a child not seen
    that the rules list only once due soon (kept with ``soon_only``). ``day`` only sets the
    statuses, which are not kept."""
    result: list[tuple[DueItem, int, bool]] = []
    by_profile: dict[str, tuple[_rules.CaseRules, _rules.CaseRules]] = {}
    for case in facts:
        pair = by_profile.get(case.profile_id)
        if pair is None:
            profile = profiles.get(case.profile_id)
            if profile is None:
                raise InvalidInput.one(
                    f"case {case.reference}.profile_id",
                    f"no practice profile {case.profile_id!r} is loaded",
                )
            # "Due soon" stretched to either end: the rules' one day-dependent choice (list an
            # escalation for a child not seen once it is due soon) made both ways.
            never, always = _rules.CaseRules(profile, day), _rules.CaseRules(profile, day)
            never.soon, always.soon = date.min, date.max
            pair = by_profile[case.profile_id] = (never, always)
        case = replace(case, lp_absence=None)
        base: list[DueItem] = []
        every: list[DueItem] = []
        pair[0].add_items(case, base)
        pair[1].add_items(case, every)
        always_listed = {order_key(i) for i in base}
        for item in every:
            key = order_key(item)
            result.append((item, key[2], key not in always_listed))
    return result


def stamp(profiles: Mapping[str, Profile]) -> str:
    """What the kept items were computed with: the rules' code and the practice profiles. Items
    of another stamp are never used (they are computed again)."""
    held = tuple(sorted(profiles.items(), key=lambda pair: pair[0]))
    key = tuple((name, id(profile)) for name, profile in held)
    found = _STAMPS.get(key)
    if found is None or found[0] != held:  # the same profile objects (kept alive here)
        digest = hashlib.sha256(_rules_code())
        digest.update(json.dumps(_plain(dict(held)), sort_keys=True).encode())
        found = _STAMPS[key] = (held, digest.hexdigest()[:40])
        while len(_STAMPS) > 8:
            del _STAMPS[next(iter(_STAMPS))]
    return found[1]


_STAMPS: dict[tuple[tuple[str, int], ...], tuple[Any, str]] = {}


@cache
def _rules_code() -> bytes:
    import holidays

    from lpdesk import rules

    folder = Path(rules.__file__).parent
    parts = [str(getattr(holidays, "__version__", "")).encode()]
    parts += [p.read_bytes() for p in sorted(folder.rglob("*.py"))]
    return b"\0".join(parts)


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return _plain(asdict(value))
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), key=repr)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    return value
