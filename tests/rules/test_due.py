"""The due engine, kind by kind, at the boundaries, with reasons checked word for word where a
person would check them by hand."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from lpdesk.domain import (
    AbsenceFacts,
    CaseFacts,
    ChildFacts,
    DueItem,
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

LP, MANAGER = 7, 8
ICPC = date(2026, 12, 18)  # Friday: the worked example in docs/practice.md
CHILD = ChildFacts(child_id=1, label="child 1", date_of_birth=date(2019, 5, 1))


def case(**changes: Any) -> CaseFacts:
    facts = CaseFacts(
        case_id=1,
        reference="CP-0001",
        profile_id="england_cp",
        plan_kind=PlanKind.CHILD_PROTECTION,
        lp_person_id=LP,
        lp_manager_person_id=MANAGER,
        initial_conference_on=ICPC,
    )
    return replace(facts, **changes)


def only(
    kind: DueKind, facts: CaseFacts, profiles: dict[str, Profile], as_of: date
) -> list[DueItem]:
    return [i for i in due_items([facts], profiles, as_of) if i.kind is kind]


def one(kind: DueKind, facts: CaseFacts, profiles: dict[str, Profile], as_of: date) -> DueItem:
    found = only(kind, facts, profiles, as_of)
    assert len(found) == 1, found
    return found[0]


def test_the_worked_example(profiles: dict[str, Profile]) -> None:
    item = one(DueKind.FIRST_CORE_GROUP, case(), profiles, ICPC)
    assert item.due == date(2027, 1, 6)
    assert item.reason == (
        "first core group due by Wed 6 Jan 2027: 10 working days after the ICPC on "
        "Fri 18 Dec 2026; 25 Dec, 28 Dec and 1 Jan are bank holidays"
    )
    assert item.responsible_person_id == LP
    assert item.case_reference == "CP-0001" and item.child_id is None


@pytest.mark.parametrize(
    ("as_of", "status"),
    [
        (date(2026, 12, 24), DueStatus.OK),  # 5 working days on is 5 Jan
        (date(2026, 12, 29), DueStatus.DUE_SOON),  # 5 working days on is 6 Jan
        (date(2027, 1, 6), DueStatus.DUE_SOON),  # due today is not overdue
        (date(2027, 1, 7), DueStatus.OVERDUE),
    ],
)
def test_status_boundaries(profiles: dict[str, Profile], as_of: date, status: DueStatus) -> None:
    assert one(DueKind.FIRST_CORE_GROUP, case(), profiles, as_of).status is status


def test_first_core_group_in_scotland_is_calendar_days(profiles: dict[str, Profile]) -> None:
    item = one(DueKind.FIRST_CORE_GROUP, case(profile_id="scotland_cp"), profiles, ICPC)
    assert item.due == date(2026, 12, 31)
    assert item.reason == (
        "first core group due by Thu 31 Dec 2026: 15 days after the CP planning meeting on "
        "Fri 18 Dec 2026; Sat 2 Jan 2027 is not a working day"
    )


@pytest.mark.parametrize(
    ("profile_id", "due"),
    [("england_cp", date(2027, 2, 3)), ("wales_cp", date(2027, 2, 17))],
)
def test_next_core_group_after_the_last(
    profiles: dict[str, Profile], profile_id: str, due: date
) -> None:
    facts = case(
        profile_id=profile_id,
        first_core_group_held_on=date(2027, 1, 6),
        last_core_group_held_on=date(2027, 1, 6),
    )
    assert only(DueKind.FIRST_CORE_GROUP, facts, profiles, ICPC) == []
    item = one(DueKind.NEXT_CORE_GROUP, facts, profiles, date(2027, 1, 7))
    assert item.due == due
    assert item.reason.startswith(f"next core group due by {item.due:%a} ")


def test_next_core_group_on_a_bank_holiday_is_due_the_working_day_before(
    profiles: dict[str, Profile],
) -> None:
    held = date(2027, 3, 1)  # + 4 weeks = Mon 29 Mar 2027, Easter Monday
    facts = case(first_core_group_held_on=held, last_core_group_held_on=held)
    item = one(DueKind.NEXT_CORE_GROUP, facts, profiles, held)
    assert item.due == date(2027, 3, 25)  # Good Friday 26 Mar is a bank holiday too
    assert item.reason == (
        "next core group due by Thu 25 Mar 2027: 4 weeks after the last core group on "
        "Mon 1 Mar 2027; Mon 29 Mar 2027 is not a working day"
    )


REVIEW = date(2027, 3, 17)  # Wednesday


@pytest.mark.parametrize(
    ("last_core_group", "expected"),
    [
        (None, [date(2027, 3, 3)]),
        (date(2027, 2, 10), [date(2027, 3, 3)]),  # more than 4 weeks before the review
        (date(2027, 2, 17), []),  # exactly 4 weeks before: it was the final one
        (date(2027, 3, 5), []),
    ],
)
def test_final_core_group(
    profiles: dict[str, Profile], last_core_group: date | None, expected: list[date]
) -> None:
    facts = case(
        first_core_group_held_on=date(2027, 1, 6),
        last_core_group_held_on=last_core_group or date(2027, 1, 6),
        last_core_group_before_review_on=last_core_group,
        next_review_scheduled_for=REVIEW,
    )
    items = only(DueKind.FINAL_CORE_GROUP, facts, profiles, date(2027, 2, 1))
    assert [i.due for i in items] == expected
    if items:
        assert items[0].reason == (
            "final core group due by Wed 3 Mar 2027: 10 working days before the review "
            "conference scheduled for Wed 17 Mar 2027"
        )


def test_first_and_later_review_conference(profiles: dict[str, Profile]) -> None:
    first = one(DueKind.REVIEW_CONFERENCE, case(), profiles, ICPC)
    assert first.due == date(2027, 3, 18)
    assert first.reason == (
        "first review conference due by Thu 18 Mar 2027: 3 months after the ICPC on Fri 18 Dec 2026"
    )
    later = one(
        DueKind.REVIEW_CONFERENCE,
        case(last_review_conference_on=date(2027, 3, 18)),
        profiles,
        date(2027, 3, 18),
    )
    assert later.due == date(2027, 9, 17)  # 18 Sep 2027 is a Saturday
    assert later.reason == (
        "review conference due by Fri 17 Sep 2027: 6 months after the last review conference "
        "on Thu 18 Mar 2027; Sat 18 Sep 2027 is not a working day"
    )


PRE_BIRTH_CONFERENCE = date(2027, 1, 13)  # + 3 months = Tue 13 Apr 2027


@pytest.mark.parametrize(
    ("child", "due", "reason_part"),
    [
        # born early: 20 working days after Mon 1 Feb is Mon 1 Mar, sooner than 13 Apr
        (
            ChildFacts(child_id=2, label="child 1", date_of_birth=date(2027, 2, 1)),
            date(2027, 3, 1),
            "20 working days after the birth on Mon 1 Feb 2027, sooner than 3 months",
        ),
        # born late: 20 working days after Thu 25 Mar (Easter in between) is 26 Apr
        (
            ChildFacts(child_id=2, label="child 1", date_of_birth=date(2027, 3, 25)),
            date(2027, 4, 13),
            "3 months after the pre-birth conference on Wed 13 Jan 2027, sooner than 20 working "
            "days after the birth on Thu 25 Mar 2027 (Mon 26 Apr 2027)",
        ),
        # not yet born: 3 months
        (
            ChildFacts(child_id=2, label="unborn child", expected_birth_date=date(2027, 3, 1)),
            date(2027, 4, 13),
            "the baby is not yet born",
        ),
    ],
)
def test_pre_birth_review_is_the_sooner_of_three_months_and_birth_plus_twenty_working_days(
    profiles: dict[str, Profile], child: ChildFacts, due: date, reason_part: str
) -> None:
    facts = case(initial_conference_on=PRE_BIRTH_CONFERENCE, pre_birth=True, children=(child,))
    item = one(DueKind.REVIEW_CONFERENCE, facts, profiles, PRE_BIRTH_CONFERENCE)
    assert item.due == due
    assert reason_part in item.reason


def test_an_unborn_child_has_no_visit_items(profiles: dict[str, Profile]) -> None:
    unborn = ChildFacts(child_id=2, label="unborn child", expected_birth_date=date(2027, 3, 1))
    facts = case(initial_conference_on=PRE_BIRTH_CONFERENCE, pre_birth=True, children=(unborn,))
    kinds = {i.kind for i in due_items([facts], profiles, PRE_BIRTH_CONFERENCE)}
    assert kinds.isdisjoint({DueKind.VISIT, DueKind.VISIT_ALONE, DueKind.BEDROOM_SEEN})


@pytest.mark.parametrize(
    ("review", "kind", "due", "days_off"),
    [
        (REVIEW, DueKind.LP_REPORT, date(2027, 3, 10), ""),
        (REVIEW, DueKind.REPORT_TO_PARENTS, date(2027, 3, 15), ""),
        # Easter: Good Friday and Easter Monday fall in the five working days before 1 Apr
        (
            date(2027, 4, 1),
            DueKind.LP_REPORT,
            date(2027, 3, 23),
            "; 26 Mar and 29 Mar are bank holidays",
        ),
    ],
)
def test_report_before_the_review(
    profiles: dict[str, Profile], review: date, kind: DueKind, due: date, days_off: str
) -> None:
    facts = case(next_review_scheduled_for=review)
    item = one(kind, facts, profiles, date(2027, 3, 1))
    assert item.due == due
    assert item.reason.endswith(
        f"review conference scheduled for {review:%a} {review.day} {review:%b %Y}{days_off}"
    )
    done = replace(facts, report_submitted_on=due, report_shared_with_parents_on=due)
    assert only(kind, done, profiles, date(2027, 3, 1)) == []


def test_minutes_circulation_for_each_uncirculated_meeting(profiles: dict[str, Profile]) -> None:
    meetings = (
        UncirculatedMeeting(meeting_id=5, held_on=date(2027, 3, 25), approved=False),
        UncirculatedMeeting(meeting_id=6, held_on=date(2027, 4, 22), approved=True),
    )
    items = only(
        DueKind.MINUTES_CIRCULATION,
        case(uncirculated_meetings=meetings),
        profiles,
        date(2027, 4, 12),
    )
    assert [(i.due, i.status) for i in items] == [
        (date(2027, 4, 12), DueStatus.DUE_SOON),
        (date(2027, 5, 7), DueStatus.OK),  # Mon 3 May is a bank holiday
    ]
    assert items[0].reason == (
        "minutes of the meeting on Thu 25 Mar 2027 to be circulated by Mon 12 Apr 2027: 10 "
        "working days after it; 26 Mar and 29 Mar are bank holidays; not yet approved by the chair"
    )


@pytest.mark.parametrize(
    ("child", "due", "reason"),
    [
        (
            replace(CHILD, last_seen_by_lp=date(2027, 1, 5)),
            date(2027, 1, 19),
            "child 1 to be seen by the LP by Tue 19 Jan 2027: 10 working days after the last "
            "visit on Tue 5 Jan 2027",
        ),
        (
            CHILD,
            date(2027, 1, 6),
            "child 1 to be seen by the LP by Wed 6 Jan 2027: 10 working days after the ICPC on "
            "Fri 18 Dec 2026; not yet seen by the LP; 25 Dec, 28 Dec and 1 Jan are bank holidays",
        ),
        (
            replace(CHILD, date_of_birth=date(2027, 1, 4)),
            date(2027, 1, 18),
            "child 1 to be seen by the LP by Mon 18 Jan 2027: 10 working days after the birth on "
            "Mon 4 Jan 2027; not yet seen by the LP",
        ),
    ],
)
def test_visit(profiles: dict[str, Profile], child: ChildFacts, due: date, reason: str) -> None:
    item = one(DueKind.VISIT, case(children=(child,)), profiles, ICPC)
    assert (item.due, item.reason, item.child_id, item.child_label) == (due, reason, 1, "child 1")


def test_visit_alone(profiles: dict[str, Profile]) -> None:
    child = replace(CHILD, last_seen_alone=date(2027, 1, 5))
    item = one(DueKind.VISIT_ALONE, case(children=(child,)), profiles, date(2027, 2, 2))
    assert (item.due, item.status) == (date(2027, 2, 2), DueStatus.DUE_SOON)
    assert item.reason.endswith("4 weeks after last seen alone on Tue 5 Jan 2027")


@pytest.mark.parametrize(
    ("last_review", "bedroom_seen", "expected"),
    [
        (None, None, [date(2027, 3, 18)]),
        (None, date(2026, 12, 21), []),
        (date(2027, 3, 18), date(2027, 3, 1), [date(2027, 9, 17)]),  # seen only before the review
        (date(2027, 3, 18), date(2027, 3, 18), []),
    ],
)
def test_bedroom_seen_once_per_conference_cycle(
    profiles: dict[str, Profile],
    last_review: date | None,
    bedroom_seen: date | None,
    expected: list[date],
) -> None:
    child = replace(CHILD, last_bedroom_seen=bedroom_seen)
    facts = case(last_review_conference_on=last_review, children=(child,))
    assert [i.due for i in only(DueKind.BEDROOM_SEEN, facts, profiles, ICPC)] == expected


SEEN = replace(CHILD, last_seen_by_lp=date(2027, 1, 5), last_seen_by_any=date(2027, 1, 20))


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        (date(2027, 1, 25), []),  # 4 weeks after 5 Jan is 2 Feb: 6 working days away
        (date(2027, 1, 26), [(date(2027, 2, 2), DueStatus.DUE_SOON, "the LP")]),
        (
            date(2027, 2, 25),
            [
                (date(2027, 2, 2), DueStatus.OVERDUE, "the LP"),
                (date(2027, 3, 3), DueStatus.DUE_SOON, "any agency"),
            ],
        ),
    ],
)
def test_escalation_when_a_child_is_not_seen(
    profiles: dict[str, Profile], as_of: date, expected: list[tuple[date, DueStatus, str]]
) -> None:
    items = only(DueKind.ESCALATION, case(children=(SEEN,)), profiles, as_of)
    assert [(i.due, i.status) for i in items] == [(d, s) for d, s, _ in expected]
    for item, (_, _, by_whom) in zip(items, expected, strict=True):
        assert f"is still not seen by {by_whom}:" in item.reason


def test_open_escalation_steps_replace_the_computed_escalation(
    profiles: dict[str, Profile],
) -> None:
    step = OpenEscalation(
        step_id=3,
        child_id=1,
        trigger=EscalationTrigger.NOT_SEEN_BY_LP,
        step=EscalationStepKind.LINE_MANAGER_DISCUSSION,
        opened_on=date(2027, 2, 3),
    )
    items = only(
        DueKind.ESCALATION,
        case(children=(SEEN,), open_escalations=(step,)),
        profiles,
        date(2027, 2, 4),
    )
    assert len(items) == 1
    assert (items[0].due, items[0].status, items[0].child_id) == (
        date(2027, 2, 3),
        DueStatus.OVERDUE,
        1,
    )
    assert items[0].reason == (
        "escalation for child 1: line manager discussion due at once, since Wed 3 Feb 2027 when "
        "the child was not seen by the LP"
    )


ABSENCE = AbsenceFacts(
    absence_id=1,
    starts_on=date(2027, 1, 4),
    ends_on=None,
    cover_recorded=False,
    cover_cannot_be_met=False,
    senior_manager_notified=False,
)


@pytest.mark.parametrize(
    ("absence", "expected"),
    [
        (ABSENCE, [date(2027, 2, 1)]),
        (replace(ABSENCE, ends_on=date(2027, 2, 1)), []),  # exactly 4 weeks: not more
        (replace(ABSENCE, ends_on=date(2027, 2, 2)), [date(2027, 2, 1)]),
        (replace(ABSENCE, cover_recorded=True), []),
        (replace(ABSENCE, cover_cannot_be_met=True), [date(2027, 2, 1)]),
        (replace(ABSENCE, cover_cannot_be_met=True, senior_manager_notified=True), []),
    ],
)
def test_lp_cover(
    profiles: dict[str, Profile], absence: AbsenceFacts, expected: list[date]
) -> None:
    items = only(DueKind.LP_COVER, case(lp_absence=absence), profiles, date(2027, 1, 10))
    assert [i.due for i in items] == expected
    assert all(i.responsible_person_id == MANAGER for i in items)


def test_actions_and_assessments(profiles: dict[str, Profile]) -> None:
    facts = case(
        open_actions=(OpenAction(action_id=4, by_when=date(2027, 2, 1), who_person_id=9),),
        open_assessments=(
            OpenAssessment(assessment_id=2, title_kind="core", due_on=date(2027, 1, 29)),
        ),
    )
    action = one(DueKind.ACTION, facts, profiles, date(2027, 2, 1))
    assessment = one(DueKind.ASSESSMENT, facts, profiles, date(2027, 2, 1))
    assert (action.due, action.status, action.responsible_person_id) == (
        date(2027, 2, 1),
        DueStatus.DUE_SOON,
        LP,
    )
    assert (assessment.due, assessment.status) == (date(2027, 1, 29), DueStatus.OVERDUE)
    assert assessment.reason == "core assessment due by Fri 29 Jan 2027"


def test_early_help_has_no_conference_items(profiles: dict[str, Profile]) -> None:
    facts = case(
        profile_id="early_help",
        plan_kind=PlanKind.EARLY_HELP,
        initial_conference_on=None,
        first_core_group_held_on=date(2027, 1, 6),
        last_core_group_held_on=date(2027, 1, 6),
        children=(replace(CHILD, last_seen_by_lp=date(2027, 1, 6)),),
    )
    items = due_items([facts], profiles, date(2027, 1, 7))
    assert {i.kind: i.due for i in items} == {
        DueKind.NEXT_CORE_GROUP: date(2027, 3, 31),
        DueKind.VISIT: date(2027, 2, 3),
        DueKind.VISIT_ALONE: date(2027, 3, 31),  # 12 weeks after the first plan meeting
    }


def test_sorted_overdue_first_then_by_date(profiles: dict[str, Profile]) -> None:
    facts = [
        case(
            case_id=n,
            reference=f"CP-{n}",
            initial_conference_on=date(2026, 11, n),
            children=(CHILD,),
        )
        for n in range(1, 20)
    ]
    items = due_items(facts, profiles, date(2027, 1, 10))
    statuses = [i.status is DueStatus.OVERDUE for i in items]
    assert statuses == sorted(statuses, reverse=True) and any(statuses) and not all(statuses)
    assert [i.due for i in items] == sorted(i.due for i in items)


def test_an_unknown_profile_is_refused(profiles: dict[str, Profile]) -> None:
    with pytest.raises(InvalidInput) as refused:
        due_items([case(profile_id="atlantis_cp")], profiles, ICPC)
    assert refused.value.problems[0].field == "case CP-0001.profile_id"
