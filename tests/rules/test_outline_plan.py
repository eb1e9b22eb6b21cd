"""An outline plan still "outline" the profile's weeks after the initial conference is on the due
list, with a reason a person can check; a detailed plan, no conference, or the kind switched off:
no item."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from lpdesk.domain import DueKind, DueStatus
from lpdesk.rules.due import due_items
from lpdesk.rules.profile import Profile
from tests.rules.test_due import case


def _outline(profiles: dict[str, Profile], as_of: date, **changes: object) -> list:  # type: ignore[type-arg]
    facts = case(outline_plan=True, **changes)
    return [i for i in due_items([facts], profiles, as_of) if i.kind is DueKind.OUTLINE_PLAN]


@pytest.mark.parametrize(
    ("as_of", "status"),
    [
        (date(2027, 1, 4), DueStatus.OK),
        (date(2027, 1, 11), DueStatus.DUE_SOON),
        (date(2027, 1, 15), DueStatus.DUE_SOON),
        (date(2027, 1, 18), DueStatus.OVERDUE),
    ],
)
def test_an_outline_plan_is_due_to_be_made_detailed_four_weeks_after_the_icpc(
    profiles: dict[str, Profile], as_of: date, status: DueStatus
) -> None:
    (item,) = _outline(profiles, as_of)
    assert item.due == date(2027, 1, 15)  # Friday 18 Dec 2026 + 4 weeks
    assert item.status is status
    assert item.reason == (
        "the plan is still the outline plan from the ICPC on Fri 18 Dec 2026: the core group makes"
        " it the detailed plan by Fri 15 Jan 2027, 4 weeks after the conference"
    )


def test_a_due_date_on_a_non_working_day_moves_to_the_working_day_before(
    profiles: dict[str, Profile],
) -> None:
    (item,) = _outline(profiles, date(2026, 12, 21), initial_conference_on=date(2026, 12, 4))
    assert item.due == date(2026, 12, 31)  # 4 weeks after Fri 4 Dec is New Year's Day
    assert item.reason.endswith("; Fri 1 Jan 2027 is not a working day")


def test_the_weeks_are_a_profile_value(profiles: dict[str, Profile]) -> None:
    longer = {k: replace(p, outline_plan_weeks=6) for k, p in profiles.items()}
    (item,) = _outline(longer, date(2027, 1, 4))
    assert item.due == date(2027, 1, 29) and "6 weeks after the conference" in item.reason


def test_no_item_for_a_detailed_plan_no_conference_or_the_kind_switched_off(
    profiles: dict[str, Profile],
) -> None:
    as_of = date(2027, 2, 1)
    detailed = due_items([case(outline_plan=False)], profiles, as_of)
    assert not [i for i in detailed if i.kind is DueKind.OUTLINE_PLAN]
    assert _outline(profiles, as_of, initial_conference_on=None) == []
    off = {
        k: replace(p, not_applicable=p.not_applicable | {DueKind.OUTLINE_PLAN})
        for k, p in profiles.items()
    }
    assert _outline(off, as_of) == []
