"""The due list's horizon through the service: the team-wide list stops at 28 days by default;
one LP's caseload and chosen cases list every item; callers can choose either way."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from lpdesk.domain import DueItem, DueKind
from lpdesk.rules.profile_loader import default_profiles_dir, load_profiles
from lpdesk.services.assessments import commission_assessment
from lpdesk.services.context import FixedClock
from lpdesk.services.due import TEAM_HORIZON_DAYS, due_list
from lpdesk.store import Store
from tests.services.meetings.builders import as_person, build_family

PROFILES = load_profiles(default_profiles_dir())


def assessment_dues(items: list[DueItem]) -> list[date]:
    return sorted(i.due for i in items if i.kind is DueKind.ASSESSMENT)


@pytest.mark.parametrize(
    ("scope", "horizon", "listed"),
    [
        ("team", "default", ["within", "edge"]),
        ("team", None, ["within", "edge", "beyond"]),
        ("team", 10, []),
        ("lp", "default", ["within", "edge", "beyond"]),
        ("lp", 28, ["within", "edge"]),
        ("case", "default", ["within", "edge", "beyond"]),
    ],
)
def test_the_team_wide_list_stops_at_the_horizon(
    store: Store, clock: FixedClock, scope: str, horizon: int | str | None, listed: list[str]
) -> None:
    fam = build_family(store)
    lp = as_person(store, clock, fam.lp_id)
    today = clock.today()
    dues = {
        "within": today + timedelta(days=20),
        "edge": today + timedelta(days=TEAM_HORIZON_DAYS),  # exactly 28 days on: listed
        "beyond": today + timedelta(days=TEAM_HORIZON_DAYS + 1),
    }
    for name, due_on in dues.items():
        commission_assessment(
            lp, case_id=fam.case_id, kind="core", title=f"assessment {name}", due_on=due_on
        )
    options: dict[str, Any] = {
        "team": {},
        "lp": {"lp_person_id": fam.lp_id},
        "case": {"case_ids": [fam.case_id]},
    }[scope]
    if horizon != "default":
        options["horizon_days"] = horizon
    items = due_list(lp, profiles=PROFILES, **options)
    assert assessment_dues(items) == [dues[name] for name in listed]
