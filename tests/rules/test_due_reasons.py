"""Due items word for word where a reason depends on a branch (scheduled or not, approved or not,
seen or never seen, with or without an end date), and the edge cases around them: an item exactly
on a boundary, a case with no conference, a step for no known child, items in any order with a
horizon. England, ICPC Fri 18 Dec 2026 unless said."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from itertools import permutations

import pytest

from lpdesk.domain import (
    AbsenceFacts,
    ChildFacts,
    DueKind,
    EscalationStepKind,
    EscalationTrigger,
    InvalidInput,
    OpenAssessment,
    OpenEscalation,
    UncirculatedMeeting,
)
from lpdesk.rules.due import due_items
from lpdesk.rules.profile import Profile

from .test_due import CHILD, ICPC, case, one, only

REVIEW_DUE = date(2027, 3, 18)  # 3 months after the ICPC


def test_final_core_group_and_reports_name_the_review_due(profiles: dict[str, Profile]) -> None:
    items = due_items([case()], profiles, ICPC)
    reasons = {i.kind: i.reason for i in items}
    assert reasons[DueKind.FINAL_CORE_GROUP] == (
        "final core group due by Thu 4 Mar 2027: 10 working days before the review conference "
        "due by Thu 18 Mar 2027"
    )
    assert reasons[DueKind.LP_REPORT] == (
        "LP's report due by Thu 11 Mar 2027: 5 working days before the review conference due by "
        "Thu 18 Mar 2027"
    )
    assert reasons[DueKind.REVIEW_CONFERENCE] == (
        "first review conference due by Thu 18 Mar 2027: 3 months after the ICPC on Fri 18 Dec 2026"
    )
    assert all(i.case_id == 1 for i in items)


@pytest.mark.parametrize(
    ("scheduled", "suffix"),
    [
        (date(2027, 3, 25), "; it is scheduled for Thu 25 Mar 2027, later than that"),
        (REVIEW_DUE, ""),  # on the due day: not later
        (date(2027, 3, 11), ""),
    ],
)
def test_a_review_scheduled_later_than_due_says_so(
    profiles: dict[str, Profile], scheduled: date, suffix: str
) -> None:
    item = one(DueKind.REVIEW_CONFERENCE, case(next_review_scheduled_for=scheduled), profiles, ICPC)
    assert item.reason == (
        "first review conference due by Thu 18 Mar 2027: 3 months after the ICPC on Fri 18 Dec "
        f"2026{suffix}"
    )


@pytest.mark.parametrize(
    ("scheduled", "suffix"),
    [
        (date(2027, 2, 10), "; the next one is scheduled for Wed 10 Feb 2027, later than that"),
        (date(2027, 2, 3), ""),  # on the due day
        (None, ""),
    ],
)
def test_a_core_group_scheduled_later_than_due_says_so(
    profiles: dict[str, Profile], scheduled: date | None, suffix: str
) -> None:
    held = date(2027, 1, 6)
    facts = case(
        first_core_group_held_on=held,
        last_core_group_held_on=held,
        next_core_group_scheduled_on=scheduled,
    )
    item = one(DueKind.NEXT_CORE_GROUP, facts, profiles, held)
    assert item.reason == (
        "next core group due by Wed 3 Feb 2027: 4 weeks after the last core group on Wed 6 Jan "
        f"2027{suffix}"
    )


@pytest.mark.parametrize(
    ("held", "listed"),
    [
        (REVIEW_DUE, False),  # held on the review day itself: within the interval
        (date(2027, 2, 18), False),  # 4 weeks before: the interval's first day
        (date(2027, 2, 17), True),
        (date(2027, 3, 19), True),  # after the review
    ],
)
def test_final_core_group_held_within_the_interval(
    profiles: dict[str, Profile], held: date, listed: bool
) -> None:
    facts = case(last_core_group_before_review_on=held)
    assert bool(only(DueKind.FINAL_CORE_GROUP, facts, profiles, ICPC)) is listed


def test_minutes_reason_when_approved(profiles: dict[str, Profile]) -> None:
    meeting = UncirculatedMeeting(meeting_id=1, held_on=date(2027, 1, 6), approved=True)
    item = one(DueKind.MINUTES_CIRCULATION, case(uncirculated_meetings=(meeting,)), profiles, ICPC)
    assert item.reason == (
        "minutes of the meeting on Wed 6 Jan 2027 to be circulated by Wed 20 Jan 2027: 10 "
        "working days after it"
    )


@pytest.mark.parametrize("order", [0, 1])
def test_minutes_beyond_the_horizon_hide_no_other(profiles: dict[str, Profile], order: int) -> None:
    as_of = date(2027, 3, 1)
    recent = UncirculatedMeeting(meeting_id=1, held_on=as_of, approved=True)  # due 15 Mar
    old = UncirculatedMeeting(meeting_id=2, held_on=date(2027, 1, 6), approved=True)
    meetings = (recent, old) if order == 0 else (old, recent)
    items = due_items([case(uncirculated_meetings=meetings)], profiles, as_of, horizon_days=0)
    minutes = [i.due for i in items if i.kind is DueKind.MINUTES_CIRCULATION]
    assert minutes == [date(2027, 1, 20)]


@pytest.mark.parametrize(
    "assessments",
    list(
        permutations(
            (
                OpenAssessment(assessment_id=1, title_kind="core", due_on=date(2030, 1, 1)),
                OpenAssessment(assessment_id=2, title_kind="core", due_on=date(2027, 2, 1)),
                OpenAssessment(assessment_id=3, title_kind="single", due_on=date(2027, 3, 3)),
            )
        )
    ),
)
def test_an_assessment_beyond_the_horizon_hides_no_other(
    profiles: dict[str, Profile], assessments: tuple[OpenAssessment, ...]
) -> None:
    items = due_items(
        [case(open_assessments=assessments)], profiles, date(2027, 3, 1), horizon_days=28
    )
    assert [i.reason for i in items if i.kind is DueKind.ASSESSMENT] == [
        "core assessment due by Mon 1 Feb 2027",
        "single assessment due by Wed 3 Mar 2027",
    ]


def step(child_id: int | None, opened_on: date, step_id: int = 1) -> OpenEscalation:
    return OpenEscalation(
        step_id=step_id,
        child_id=child_id,
        trigger=EscalationTrigger.CONTACT_REFUSED,
        step=EscalationStepKind.CHAIR_DISCUSSION,
        opened_on=opened_on,
    )


def test_a_step_for_a_child_not_on_the_case_is_for_the_case(profiles: dict[str, Profile]) -> None:
    facts = case(children=(CHILD,), open_escalations=(step(99, date(2027, 2, 3)),))
    items = [i for i in only(DueKind.ESCALATION, facts, profiles, date(2027, 2, 4))]
    reasons = [i.reason for i in items if i.due == date(2027, 2, 3)]
    assert reasons == [
        "escalation for the case: chair discussion due at once, since Wed 3 Feb 2027 when contact "
        "was refused or avoided"
    ]


@pytest.mark.parametrize("order", [0, 1])
def test_a_step_beyond_the_horizon_hides_no_other(profiles: dict[str, Profile], order: int) -> None:
    later, now = step(None, date(2030, 1, 1), 1), step(None, date(2027, 2, 3), 2)
    steps = (later, now) if order == 0 else (now, later)
    items = due_items([case(open_escalations=steps)], profiles, date(2027, 2, 4), horizon_days=28)
    assert [i.due for i in items if i.kind is DueKind.ESCALATION] == [date(2027, 2, 3)]


NEVER_SEEN = ChildFacts(child_id=1, label="child 1", date_of_birth=date(2019, 5, 1))


def test_reasons_for_a_child_never_seen(profiles: dict[str, Profile]) -> None:
    items = due_items([case(children=(NEVER_SEEN,))], profiles, date(2027, 2, 1))
    reasons = sorted(i.reason for i in items if i.kind in {DueKind.VISIT_ALONE, DueKind.ESCALATION})
    assert reasons == [
        "child 1 to be seen alone by Fri 15 Jan 2027: 4 weeks after the ICPC on Fri 18 Dec 2026; "
        "not yet seen alone",
        "escalate to the LP's manager by Fri 15 Jan 2027 if child 1 is still not seen by the "
        "LP: 4 weeks after the ICPC on Fri 18 Dec 2026",
        "escalate to the LP's manager by Fri 29 Jan 2027 if child 1 is still not seen by any "
        "agency: 6 weeks after the ICPC on Fri 18 Dec 2026",
    ]


def test_bedroom_reason(profiles: dict[str, Profile]) -> None:
    item = one(DueKind.BEDROOM_SEEN, case(children=(NEVER_SEEN,)), profiles, ICPC)
    assert item.reason == (
        "child 1's bedroom to be seen before the review conference due by Thu 18 Mar 2027: not "
        "seen since the conference on Fri 18 Dec 2026"
    )


@pytest.mark.parametrize(
    ("by_lp", "by_any", "any_due"),
    [
        (date(2027, 1, 5), date(2027, 1, 20), date(2027, 3, 3)),  # another agency saw later
        (date(2027, 1, 20), date(2027, 1, 5), date(2027, 3, 3)),  # the LP's visit counts
        (date(2027, 1, 20), None, date(2027, 3, 3)),
        (None, date(2027, 1, 20), date(2027, 3, 3)),  # never seen by the LP
    ],
)
def test_not_seen_by_any_agency_counts_the_lp(
    profiles: dict[str, Profile], by_lp: date | None, by_any: date | None, any_due: date
) -> None:
    child = replace(NEVER_SEEN, last_seen_by_lp=by_lp, last_seen_by_any=by_any)
    items = only(DueKind.ESCALATION, case(children=(child,)), profiles, date(2027, 3, 1))
    assert [i.due for i in items if "any agency" in i.reason] == [any_due]


def test_without_a_conference_or_first_meeting_only_the_agency_clock_runs(
    profiles: dict[str, Profile],
) -> None:
    child = replace(NEVER_SEEN, last_seen_by_any=date(2027, 1, 4))
    facts = case(profile_id="early_help", initial_conference_on=None, children=(child,))
    items = due_items([facts], profiles, date(2027, 4, 1))
    assert [(i.kind, i.due) for i in items] == [(DueKind.ESCALATION, date(2027, 3, 25))]
    assert items[0].reason == (  # 12 weeks is Easter Monday; Good Friday before it
        "escalate to the LP's manager by Thu 25 Mar 2027 if child 1 is still not seen by any "
        "agency: 12 weeks after the last visit on Mon 4 Jan 2027; Mon 29 Mar 2027 is not a "
        "working day"
    )


def test_a_conference_case_without_a_conference_held(profiles: dict[str, Profile]) -> None:
    facts = case(
        initial_conference_on=None,
        first_core_group_held_on=date(2027, 1, 6),
        last_core_group_held_on=date(2027, 1, 6),
        children=(NEVER_SEEN,),
    )
    kinds = {i.kind for i in due_items([facts], profiles, date(2027, 1, 7))}
    assert DueKind.REVIEW_CONFERENCE not in kinds
    assert DueKind.BEDROOM_SEEN not in kinds  # no conference cycle to see it in
    assert DueKind.VISIT in kinds
    visit = one(DueKind.VISIT, facts, profiles, date(2027, 1, 7))
    assert visit.reason == (
        "child 1 to be seen by the LP by Wed 20 Jan 2027: 10 working days after the first plan "
        "meeting on Wed 6 Jan 2027; not yet seen by the LP"
    )


def test_a_child_born_on_the_day_of_the_icpc(profiles: dict[str, Profile]) -> None:
    child = replace(NEVER_SEEN, date_of_birth=ICPC)
    item = one(DueKind.VISIT, case(children=(child,)), profiles, ICPC)
    assert item.reason.endswith(
        "10 working days after the ICPC on Fri 18 Dec 2026; not yet "
        "seen by the LP; 25 Dec, 28 Dec and 1 Jan are bank holidays"
    )


def test_pre_birth_review_when_both_dates_agree(profiles: dict[str, Profile]) -> None:
    conference = date(2027, 1, 13)
    baby = ChildFacts(child_id=2, label="child 1", date_of_birth=date(2027, 3, 12))
    facts = case(initial_conference_on=conference, pre_birth=True, children=(baby,))
    item = one(DueKind.REVIEW_CONFERENCE, facts, profiles, conference)
    assert item.due == date(2027, 4, 13)
    assert item.reason == (
        "first review conference due by Tue 13 Apr 2027: 3 months after the pre-birth "
        "conference on Wed 13 Jan 2027, sooner than 20 working days after the birth on Fri 12 "
        "Mar 2027 (Tue 13 Apr 2027)"
    )


def test_a_birth_after_an_ordinary_icpc_does_not_bring_the_review_forward(
    profiles: dict[str, Profile],
) -> None:
    # born the day of an ordinary ICPC: 20 working days on (19 Jan) is within 40 days, the
    # review (18 Mar) is not, and only a pre-birth plan counts from the birth
    sibling = ChildFacts(child_id=2, label="child 2", date_of_birth=ICPC)
    facts = case(children=(sibling,))
    assert only(DueKind.REVIEW_CONFERENCE, facts, profiles, ICPC) != []
    items = due_items([facts], profiles, ICPC, horizon_days=40)
    assert [i for i in items if i.kind is DueKind.REVIEW_CONFERENCE] == []


ABSENCE = AbsenceFacts(
    absence_id=1,
    starts_on=date(2027, 1, 4),
    ends_on=date(2027, 2, 10),
    cover_recorded=False,
    cover_cannot_be_met=False,
    senior_manager_notified=False,
)


@pytest.mark.parametrize(
    ("absence", "as_of", "reason"),
    [
        (
            ABSENCE,
            date(2027, 2, 10),  # the last day of the absence: not yet over
            "the LP's manager must record cover, or that it cannot be met and tell their own "
            "manager by Mon 1 Feb 2027: the LP is absent from Mon 4 Jan 2027 until Wed 10 Feb "
            "2027, more than 4 weeks",
        ),
        (
            replace(ABSENCE, cover_cannot_be_met=True),
            date(2027, 1, 10),
            "cover cannot be met: the LP's manager must tell their own manager by Mon 1 Feb "
            "2027: the LP is absent from Mon 4 Jan 2027 until Wed 10 Feb 2027, more than 4 weeks",
        ),
        (ABSENCE, date(2027, 2, 11), None),  # over
    ],
)
def test_lp_cover_reasons(
    profiles: dict[str, Profile], absence: AbsenceFacts, as_of: date, reason: str | None
) -> None:
    items = only(DueKind.LP_COVER, case(lp_absence=absence), profiles, as_of)
    assert [i.reason for i in items] == ([] if reason is None else [reason])


def test_refusals_name_the_field_and_say_why(profiles: dict[str, Profile]) -> None:
    with pytest.raises(InvalidInput) as negative:
        due_items([case()], profiles, ICPC, horizon_days=-1)
    assert [(p.field, p.message) for p in negative.value.problems] == [
        ("horizon_days", "must be 0 or more days (or none, for every item)")
    ]
    with pytest.raises(InvalidInput) as unknown:
        due_items([case(profile_id="atlantis_cp")], profiles, ICPC)
    assert [(p.field, p.message) for p in unknown.value.problems] == [
        ("case CP-0001.profile_id", "no practice profile 'atlantis_cp' is loaded")
    ]
