"""The first core group's due date as the new-case screen shows it: the due list's rule."""

from __future__ import annotations

from datetime import date

import pytest

from lpdesk.rules.first_core_group import first_core_group_due
from lpdesk.rules.profile import Profile


@pytest.mark.parametrize(
    ("profile_id", "held", "pre_birth", "due", "words"),
    [
        # the worked example: 25, 28 Dec and 1 Jan are bank holidays
        (
            "england_cp",
            date(2026, 12, 18),
            False,
            date(2027, 1, 6),
            "10 working days after the ICPC",
        ),
        (
            "england_cp",
            date(2026, 12, 18),
            True,
            date(2027, 1, 6),
            "after the pre-birth conference",
        ),
        ("england_cp", date(2027, 3, 1), False, date(2027, 3, 15), "on Mon 1 Mar 2027"),
    ],
)
def test_first_core_group_due(
    profiles: dict[str, Profile],
    profile_id: str,
    held: date,
    pre_birth: bool,
    due: date,
    words: str,
) -> None:
    profile = profiles[profile_id]
    found, reason = first_core_group_due(profile, held, pre_birth=pre_birth)
    assert found == due
    assert words in reason and reason.startswith("first core group due by")


def test_a_calendar_day_rule_moves_to_the_working_day_before(profiles: dict[str, Profile]) -> None:
    scottish = [p for p in profiles.values() if p.first_core_group_calendar_days is not None]
    assert scottish, "a shipped profile counts calendar days"
    profile = scottish[0]
    n = profile.first_core_group_calendar_days or 0
    held = date(2027, 3, 5)  # a Friday; + 15 days is Saturday 20 Mar
    found, reason = first_core_group_due(profile, held)
    assert found <= date.fromordinal(held.toordinal() + n)
    assert profile.calendar().is_working_day(found)
    assert f"{n} days after" in reason
