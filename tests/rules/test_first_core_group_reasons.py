"""The first core group's due date and its reason word for word: working days (with the days off
that moved it, if any) or calendar days (with the day that is not a working day, if any), after
the initial or the pre-birth conference."""

from __future__ import annotations

from datetime import date

import pytest

from lpdesk.rules.first_core_group import first_core_group_due
from lpdesk.rules.profile import Profile

DUE = "first core group due by"


@pytest.mark.parametrize(
    ("profile_id", "held", "pre_birth", "due", "reason"),
    [
        (
            "england_cp",
            date(2026, 12, 18),
            None,  # not said: the initial conference
            date(2027, 1, 6),
            f"{DUE} Wed 6 Jan 2027: 10 working days after the ICPC on Fri 18 Dec 2026; "
            "25 Dec, 28 Dec and 1 Jan are bank holidays",
        ),
        (
            "england_cp",
            date(2027, 3, 1),
            False,
            date(2027, 3, 15),
            f"{DUE} Mon 15 Mar 2027: 10 working days after the ICPC on Mon 1 Mar 2027",
        ),
        (
            "england_cp",
            date(2027, 3, 1),
            True,
            date(2027, 3, 15),
            f"{DUE} Mon 15 Mar 2027: 10 working days after the pre-birth conference on Mon 1 Mar 2027",
        ),
        (
            "scotland_cp",
            date(2027, 3, 1),
            None,
            date(2027, 3, 16),
            f"{DUE} Tue 16 Mar 2027: 15 days after the CP planning meeting on Mon 1 Mar 2027",
        ),
        (
            "scotland_cp",
            date(2027, 3, 5),
            None,
            date(2027, 3, 19),
            f"{DUE} Fri 19 Mar 2027: 15 days after the CP planning meeting on Fri 5 Mar 2027; "
            "Sat 20 Mar 2027 is not a working day",
        ),
        (  # Sat 2 Jan, and Fri 1 Jan is a bank holiday: Thu 31 Dec
            "scotland_cp",
            date(2026, 12, 18),
            None,
            date(2026, 12, 31),
            f"{DUE} Thu 31 Dec 2026: 15 days after the CP planning meeting on Fri 18 Dec 2026; "
            "Sat 2 Jan 2027 is not a working day",
        ),
    ],
)
def test_the_reason_word_for_word(
    profiles: dict[str, Profile],
    profile_id: str,
    held: date,
    pre_birth: bool | None,
    due: date,
    reason: str,
) -> None:
    profile = profiles[profile_id]
    if pre_birth is None:
        found = first_core_group_due(profile, held)
    else:
        found = first_core_group_due(profile, held, pre_birth=pre_birth)
    assert found == (due, reason)
