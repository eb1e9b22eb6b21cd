"""The due list's horizon: ok items due more than ``horizon_days`` after ``as_of`` are left out;
overdue and due-soon items never are; what is kept is exactly what the full list holds."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from lpdesk.domain import (
    AbsenceFacts,
    CaseFacts,
    ChildFacts,
    DueKind,
    DueStatus,
    EscalationStepKind,
    EscalationTrigger,
    InvalidInput,
    OpenAction,
    OpenAssessment,
    OpenEscalation,
    PlanKind,
    UncirculatedMeeting,
)
from lpdesk.rules.due import due_items
from lpdesk.rules.profile import Profile

AS_OF = date(2027, 3, 3)  # a Wednesday; 5 working days on (due soon up to) is Wed 10 Mar


def action_case(by_when: date) -> CaseFacts:
    return CaseFacts(
        case_id=1,
        reference="CP-0001",
        profile_id="early_help",  # no conference items: the action is the only item
        plan_kind=PlanKind.EARLY_HELP,
        lp_person_id=7,
        open_actions=(OpenAction(action_id=1, by_when=by_when),),
    )


@pytest.mark.parametrize(
    ("horizon_days", "due", "status"),
    [
        (28, AS_OF - timedelta(days=400), DueStatus.OVERDUE),
        (28, AS_OF, DueStatus.DUE_SOON),
        (28, date(2027, 3, 10), DueStatus.DUE_SOON),  # the last due-soon day
        (28, date(2027, 3, 11), DueStatus.OK),
        (28, date(2027, 3, 31), DueStatus.OK),  # exactly 28 days on: kept
        (28, date(2027, 4, 1), None),  # 29 days on: left out
        (0, AS_OF, DueStatus.DUE_SOON),
        (0, date(2027, 3, 10), DueStatus.DUE_SOON),  # due soon beats a shorter horizon
        (0, date(2027, 3, 11), None),
        (3, date(2027, 3, 10), DueStatus.DUE_SOON),
        (3, date(2027, 3, 11), None),
        (None, date(2031, 1, 1), DueStatus.OK),  # no horizon: everything
    ],
)
def test_horizon_boundaries(
    profiles: dict[str, Profile], horizon_days: int | None, due: date, status: DueStatus | None
) -> None:
    items = due_items([action_case(due)], profiles, AS_OF, horizon_days=horizon_days)
    assert [(i.due, i.status) for i in items] == ([] if status is None else [(due, status)])


def test_a_negative_horizon_is_refused(profiles: dict[str, Profile]) -> None:
    with pytest.raises(InvalidInput) as refused:
        due_items([action_case(AS_OF)], profiles, AS_OF, horizon_days=-1)
    assert [p.field for p in refused.value.problems] == ["horizon_days"]


def team() -> list[CaseFacts]:
    """Cases that between them produce every kind of item, due across a year and more."""
    icpc = date(2026, 9, 14)
    child = ChildFacts(
        child_id=1,
        label="child 1",
        date_of_birth=date(2018, 4, 2),
        last_seen_by_lp=date(2027, 2, 22),
        last_seen_by_any=date(2027, 2, 25),
        last_seen_alone=date(2026, 12, 1),
    )
    never_seen = ChildFacts(child_id=2, label="child 2", date_of_birth=date(2020, 1, 9))
    cp = CaseFacts(
        case_id=1,
        reference="CP-0001",
        profile_id="england_cp",
        plan_kind=PlanKind.CHILD_PROTECTION,
        lp_person_id=7,
        lp_manager_person_id=8,
        initial_conference_on=icpc,
        last_review_conference_on=date(2026, 12, 10),
        first_core_group_held_on=date(2026, 9, 28),
        last_core_group_held_on=date(2027, 2, 15),
        next_core_group_scheduled_on=date(2027, 3, 29),
        uncirculated_meetings=(
            UncirculatedMeeting(meeting_id=5, held_on=date(2027, 2, 15), approved=True),
            UncirculatedMeeting(meeting_id=6, held_on=date(2027, 3, 1), approved=False),
        ),
        open_actions=tuple(
            OpenAction(action_id=n, by_when=AS_OF + timedelta(days=days))
            for n, days in enumerate((-30, 0, 6, 20, 40, 90, 200, 1000), start=1)
        ),
        open_assessments=(
            OpenAssessment(assessment_id=1, title_kind="core", due_on=date(2027, 3, 25)),
            OpenAssessment(assessment_id=2, title_kind="specialist", due_on=date(2027, 8, 2)),
        ),
        open_escalations=(
            OpenEscalation(
                step_id=1,
                child_id=2,
                trigger=EscalationTrigger.NOT_SEEN_BY_LP,
                step=EscalationStepKind.LINE_MANAGER_DISCUSSION,
                opened_on=date(2027, 2, 20),
            ),
        ),
        lp_absence=AbsenceFacts(
            absence_id=1,
            starts_on=date(2027, 2, 1),
            ends_on=None,
            cover_recorded=False,
            cover_cannot_be_met=False,
            senior_manager_notified=False,
        ),
        children=(child, never_seen),
    )
    pre_birth = CaseFacts(
        case_id=2,
        reference="CP-0002",
        profile_id="wales_cp",
        plan_kind=PlanKind.CHILD_PROTECTION,
        lp_person_id=9,
        initial_conference_on=date(2027, 1, 11),
        pre_birth=True,
        children=(ChildFacts(child_id=3, label="child 1", date_of_birth=date(2027, 2, 15)),),
    )
    unborn = CaseFacts(
        case_id=3,
        reference="CP-0003",
        profile_id="scotland_cp",
        plan_kind=PlanKind.CHILD_PROTECTION,
        initial_conference_on=date(2027, 2, 1),
        pre_birth=True,
        next_review_scheduled_for=date(2027, 4, 20),
        children=(
            ChildFacts(child_id=4, label="unborn child", expected_birth_date=date(2027, 6, 1)),
        ),
    )
    return [cp, pre_birth, unborn]


@pytest.mark.parametrize("horizon_days", [0, 7, 28, 90])
@pytest.mark.parametrize("as_of", [date(2026, 12, 23), AS_OF, date(2027, 3, 26), date(2027, 6, 30)])
def test_the_horizon_keeps_exactly_the_full_lists_items_within_it(
    profiles: dict[str, Profile], horizon_days: int, as_of: date
) -> None:
    full = due_items(team(), profiles, as_of)
    bounded = due_items(team(), profiles, as_of, horizon_days=horizon_days)
    last = as_of + timedelta(days=horizon_days)
    expected = [i for i in full if i.status is not DueStatus.OK or i.due <= last]
    assert bounded == expected  # same items, same reasons, same order
    assert len(bounded) < len(full)  # at least the action due in 1,000 days is left out


def test_the_sample_team_produces_every_kind(profiles: dict[str, Profile]) -> None:
    kinds = {i.kind for i in due_items(team(), profiles, AS_OF)}
    assert len(kinds) >= 12, kinds


def test_a_scheduled_review_still_lists_the_review_conference_due(
    profiles: dict[str, Profile],
) -> None:
    facts = CaseFacts(
        case_id=1,
        reference="CP-0001",
        profile_id="england_cp",
        plan_kind=PlanKind.CHILD_PROTECTION,
        initial_conference_on=date(2027, 1, 11),
        next_review_scheduled_for=date(2027, 4, 12),
    )
    for horizon_days in (None, 28):
        items = due_items([facts], profiles, date(2027, 3, 29), horizon_days=horizon_days)
        reviews = [i for i in items if i.kind is DueKind.REVIEW_CONFERENCE]
        assert [i.due for i in reviews] == [date(2027, 4, 9)], horizon_days
