"""The due list's items about children and tasks where a slip would hide a child: siblings in
every order, a child with no recorded date of birth, open escalation steps per trigger, actions in
the store's order (by id, not by date), a baby born on the day of the pre-birth conference, and
visit due dates that fall on a weekend or bank holiday."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from itertools import permutations

import pytest

from lpdesk.domain import (
    AbsenceFacts,
    ChildFacts,
    DueKind,
    DueStatus,
    EscalationStepKind,
    EscalationTrigger,
    OpenAction,
    OpenAssessment,
    OpenEscalation,
)
from lpdesk.rules.calendar import fmt_date
from lpdesk.rules.due import due_items
from lpdesk.rules.profile import Profile

from .test_due import case, one, only

BORN = ChildFacts(child_id=1, label="child 1", date_of_birth=date(2019, 5, 1))
UNBORN = ChildFacts(child_id=2, label="unborn child", expected_birth_date=date(2027, 3, 1))
NO_DATE = ChildFacts(child_id=3, label="child 2")  # born, date of birth not recorded
CHILD_KINDS = {DueKind.VISIT, DueKind.VISIT_ALONE, DueKind.BEDROOM_SEEN, DueKind.ESCALATION}

# From the ICPC on Fri 18 Dec 2026, for a child never seen, on Mon 1 Feb 2027:
FROM_ICPC = {
    (DueKind.VISIT, date(2027, 1, 6)),  # 10 working days
    (DueKind.VISIT_ALONE, date(2027, 1, 15)),  # 4 weeks
    (DueKind.ESCALATION, date(2027, 1, 15)),  # not seen by the LP: 4 weeks
    (DueKind.ESCALATION, date(2027, 1, 29)),  # not seen by any agency: 6 weeks
    (DueKind.BEDROOM_SEEN, date(2027, 3, 18)),  # before the first review conference
}


def child_items(children: tuple[ChildFacts, ...], profiles: dict[str, Profile]) -> set[object]:
    items = due_items([case(children=children)], profiles, date(2027, 2, 1))
    return {(i.child_id, i.kind, i.due) for i in items if i.kind in CHILD_KINDS}


@pytest.mark.parametrize(
    "children",
    [
        *permutations((BORN, UNBORN, NO_DATE)),
        *permutations((BORN, UNBORN)),
        *permutations((NO_DATE, UNBORN)),
        (UNBORN, replace(UNBORN, child_id=4), BORN),
    ],
    ids=lambda children: "-".join(c.label.replace(" ", "_") for c in children),
)
def test_every_born_sibling_has_its_items_whatever_the_order(
    profiles: dict[str, Profile], children: tuple[ChildFacts, ...]
) -> None:
    born = [c.child_id for c in children if c is not UNBORN and c.child_id != 4]
    expected = {(child_id, kind, due) for child_id in born for kind, due in FROM_ICPC}
    assert child_items(children, profiles) == expected


@pytest.mark.parametrize(
    ("child", "has_items"),
    [
        (NO_DATE, True),  # no date of birth, no expected date: born, date not recorded
        (replace(NO_DATE, expected_birth_date=date(2027, 3, 1)), False),  # expected: unborn
        (replace(NO_DATE, date_of_birth=date(2020, 1, 1)), True),
        # born and the expected date kept: the date of birth wins
        (
            replace(NO_DATE, date_of_birth=date(2020, 1, 1), expected_birth_date=date(2019, 1, 1)),
            True,
        ),
    ],
)
def test_a_child_without_a_date_of_birth(
    profiles: dict[str, Profile], child: ChildFacts, has_items: bool
) -> None:
    expected = {(3, kind, due) for kind, due in FROM_ICPC} if has_items else set()
    assert child_items((child,), profiles) == expected


SEEN = replace(BORN, last_seen_by_lp=date(2027, 1, 5), last_seen_by_any=date(2027, 1, 20))


def step(trigger: EscalationTrigger, child_id: int = 1) -> OpenEscalation:
    return OpenEscalation(
        step_id=len(trigger.value) + child_id,
        child_id=child_id,
        trigger=trigger,
        step=EscalationStepKind.LINE_MANAGER_DISCUSSION,
        opened_on=date(2027, 2, 3),
    )


LP_STEP = step(EscalationTrigger.NOT_SEEN_BY_LP)
ANY_STEP = step(EscalationTrigger.NOT_SEEN_BY_ANY_AGENCY)
COMPUTED_LP = (
    date(2027, 2, 2),
    "escalate to the LP's manager by Tue 2 Feb 2027 if child 1 is still not seen by the LP: 4 weeks after the last visit on Tue 5 Jan 2027",
)
COMPUTED_ANY = (
    date(2027, 3, 3),
    "escalate to the LP's manager by Wed 3 Mar 2027 if child 1 is still not seen by any agency: 6 weeks after the last visit on Wed 20 Jan 2027",
)
OPEN_LP = (
    date(2027, 2, 3),
    "escalation for child 1: line manager discussion due at once, since Wed 3 Feb 2027 when the child was not seen by the LP",
)
OPEN_ANY = (
    date(2027, 2, 3),
    "escalation for child 1: line manager discussion due at once, since Wed 3 Feb 2027 when the child was not seen by any agency",
)


@pytest.mark.parametrize(
    ("steps", "expected"),
    [
        ((), [COMPUTED_LP, COMPUTED_ANY]),
        ((LP_STEP,), [OPEN_LP, COMPUTED_ANY]),  # the 6-week escalation still appears
        ((ANY_STEP,), [COMPUTED_LP, OPEN_ANY]),
        ((LP_STEP, ANY_STEP), [OPEN_LP, OPEN_ANY]),
        (
            (step(EscalationTrigger.NOT_SEEN_BY_LP, child_id=2),),  # another child's step
            [COMPUTED_LP, COMPUTED_ANY],
        ),
        (
            (step(EscalationTrigger.CONTACT_REFUSED),),
            [
                COMPUTED_LP,
                (
                    date(2027, 2, 3),
                    "escalation for child 1: line manager discussion due at once, since Wed 3 Feb "
                    "2027 when contact was refused or avoided",
                ),
                COMPUTED_ANY,
            ],
        ),
    ],
    ids=["none", "lp-open", "any-open", "both-open", "other-child", "contact-refused"],
)
def test_an_open_step_replaces_only_its_own_trigger(
    profiles: dict[str, Profile],
    steps: tuple[OpenEscalation, ...],
    expected: list[tuple[date, str]],
) -> None:
    facts = case(children=(SEEN,), open_escalations=steps)
    items = only(DueKind.ESCALATION, facts, profiles, date(2027, 2, 25))
    got = [(i.due, i.reason) for i in items if i.child_id == 1]
    assert sorted(got) == sorted(expected)


def test_an_open_step_for_the_whole_case(profiles: dict[str, Profile]) -> None:
    whole = replace(step(EscalationTrigger.CONTACT_REFUSED), child_id=None)
    item = one(DueKind.ESCALATION, case(open_escalations=(whole,)), profiles, date(2027, 2, 4))
    assert (item.child_id, item.child_label, item.status) == (None, "", DueStatus.OVERDUE)
    assert item.reason.startswith("escalation for the case: line manager discussion due at once")


AS_OF = date(2027, 3, 1)
FAR = OpenAction(action_id=1, by_when=date(2030, 1, 1))  # beyond a 28-day horizon
OVERDUE = OpenAction(action_id=2, by_when=date(2027, 2, 1))
SOON = OpenAction(action_id=3, by_when=date(2027, 3, 3))
LATER = OpenAction(action_id=4, by_when=date(2027, 3, 20))  # within 28 days


@pytest.mark.parametrize("actions", list(permutations((FAR, OVERDUE, SOON, LATER))))
def test_an_action_beyond_the_horizon_hides_no_other(
    profiles: dict[str, Profile], actions: tuple[OpenAction, ...]
) -> None:
    facts = case(open_actions=actions, open_assessments=())
    items = [
        i for i in due_items([facts], profiles, AS_OF, horizon_days=28) if i.kind is DueKind.ACTION
    ]
    assert [(i.reason, i.status) for i in items] == [
        ("a plan action due by Mon 1 Feb 2027, as the plan says", DueStatus.OVERDUE),
        ("a plan action due by Wed 3 Mar 2027, as the plan says", DueStatus.DUE_SOON),
        ("a plan action due by Sat 20 Mar 2027, as the plan says", DueStatus.OK),
    ]


def test_actions_and_assessments_due_the_same_day_are_one_item(
    profiles: dict[str, Profile],
) -> None:
    """Two rows reading the same (no record numbers on screen) would be indistinguishable to the
    user and to the list's order: the same day's actions, and assessments of a kind, are one."""
    same = (OVERDUE, replace(OVERDUE, action_id=9), SOON)
    tests = (
        OpenAssessment(assessment_id=1, title_kind="specialist", due_on=date(2027, 3, 3)),
        OpenAssessment(assessment_id=2, title_kind="specialist", due_on=date(2027, 3, 3)),
        OpenAssessment(assessment_id=3, title_kind="core", due_on=date(2027, 3, 3)),
    )
    facts = case(open_actions=same, open_assessments=tests)
    items = due_items([facts], profiles, AS_OF, horizon_days=28)
    assert sorted(i.reason for i in items if i.kind is DueKind.ACTION) == [
        "2 plan actions due by Mon 1 Feb 2027, as the plan says",
        "a plan action due by Wed 3 Mar 2027, as the plan says",
    ]
    assert sorted(i.reason for i in items if i.kind is DueKind.ASSESSMENT) == [
        "2 specialist assessments due by Wed 3 Mar 2027",
        "core assessment due by Wed 3 Mar 2027",
    ]


PRE_BIRTH = date(2027, 1, 13)  # Wed


@pytest.mark.parametrize(
    ("born", "due", "reason"),
    [
        # born the day of the conference: the birth counts, 20 working days after it
        (
            PRE_BIRTH,
            date(2027, 2, 10),
            "first review conference due by Wed 10 Feb 2027: 20 working days after the birth on "
            "Wed 13 Jan 2027, sooner than 3 months after the pre-birth conference on Wed 13 Jan "
            "2027",
        ),
        (
            date(2027, 1, 14),
            date(2027, 2, 11),
            "first review conference due by Thu 11 Feb 2027: 20 working days after the birth on "
            "Thu 14 Jan 2027, sooner than 3 months after the pre-birth conference on Wed 13 Jan "
            "2027",
        ),
        # born the day before: an older sibling, not the baby the conference was about
        (
            date(2027, 1, 12),
            date(2027, 4, 13),
            "first review conference due by Tue 13 Apr 2027: 3 months after the pre-birth "
            "conference on Wed 13 Jan 2027; the baby is not yet born (once born: 20 working days "
            "after the birth, if that is sooner)",
        ),
    ],
)
def test_a_baby_born_on_the_day_of_the_pre_birth_conference(
    profiles: dict[str, Profile], born: date, due: date, reason: str
) -> None:
    baby = ChildFacts(child_id=2, label="child 1", date_of_birth=born)
    facts = case(initial_conference_on=PRE_BIRTH, pre_birth=True, children=(baby,))
    for horizon in (None, 90):
        items = [
            i
            for i in due_items([facts], profiles, PRE_BIRTH, horizon_days=horizon)
            if i.kind is DueKind.REVIEW_CONFERENCE
        ]
        assert [(i.due, i.reason) for i in items] == [(due, reason)], horizon


@pytest.mark.parametrize(
    ("last_seen_alone", "due", "moved"),
    [
        (date(2026, 10, 16), date(2026, 11, 13), ""),  # Fri + 4 weeks: a Friday
        (date(2026, 10, 17), date(2026, 11, 13), "; Sat 14 Nov 2026 is not a working day"),
        (date(2026, 10, 18), date(2026, 11, 13), "; Sun 15 Nov 2026 is not a working day"),
        (date(2027, 4, 5), date(2027, 4, 30), "; Mon 3 May 2027 is not a working day"),
        (date(2026, 11, 30), date(2026, 12, 24), "; Mon 28 Dec 2026 is not a working day"),
    ],
)
def test_seen_alone_is_due_on_a_working_day(
    profiles: dict[str, Profile], last_seen_alone: date, due: date, moved: str
) -> None:
    child = replace(BORN, last_seen_alone=last_seen_alone)
    item = one(DueKind.VISIT_ALONE, case(children=(child,)), profiles, last_seen_alone)
    assert item.due == due
    assert item.reason == (
        f"child 1 to be seen alone by {fmt_date(due)}: 4 weeks after last seen alone on "
        f"{fmt_date(last_seen_alone)}{moved}"
    )
    assert "reason" not in item.reason  # a reason why not does not stand in for seeing the child


@pytest.mark.parametrize(
    ("last_seen", "lp_due", "any_due"),
    [
        # seen by the LP on Sat 17 Oct: 4 weeks is Sat 14 Nov, 6 weeks Sat 28 Nov
        (date(2026, 10, 17), date(2026, 11, 13), date(2026, 11, 27)),
        (date(2026, 10, 16), date(2026, 11, 13), date(2026, 11, 27)),
        (date(2026, 11, 30), date(2026, 12, 24), date(2027, 1, 11)),  # 28 Dec a bank holiday
    ],
)
def test_not_seen_escalations_fall_on_working_days(
    profiles: dict[str, Profile], last_seen: date, lp_due: date, any_due: date
) -> None:
    child = replace(BORN, last_seen_by_lp=last_seen, last_seen_by_any=last_seen)
    items = only(DueKind.ESCALATION, case(children=(child,)), profiles, date(2027, 3, 1))
    assert [i.due for i in items] == [lp_due, any_due]
    assert all(i.due.weekday() < 5 for i in items)


def test_lp_cover_falls_on_a_working_day(profiles: dict[str, Profile]) -> None:
    absence = AbsenceFacts(
        absence_id=1,
        starts_on=date(2027, 1, 2),  # Sat: 4 weeks on is Sat 30 Jan
        ends_on=None,
        cover_recorded=False,
        cover_cannot_be_met=False,
        senior_manager_notified=False,
    )
    item = one(DueKind.LP_COVER, case(lp_absence=absence), profiles, date(2027, 1, 10))
    assert item.due == date(2027, 1, 29)
    assert item.reason == (
        "the LP's manager must record cover, or that it cannot be met and tell their own manager "
        "by Fri 29 Jan 2027: the LP is absent from Sat 2 Jan 2027 with no end date, more than 4 "
        "weeks; Sat 30 Jan 2027 is not a working day"
    )
