"""Who receives what: one row per role and rule."""

from __future__ import annotations

import dataclasses
from collections.abc import Collection
from datetime import date

import pytest

from lpdesk.circulation.recipients import RecipientPlan, plan_recipients
from lpdesk.domain import Channel, DocumentKind, InvalidInput, MemberRole

from .conftest import (
    AS_OF,
    CARER,
    CASE_ID,
    CHAIR,
    CHILD,
    FATHER,
    HEALTH,
    LP,
    LP_MANAGER,
    MOTHER,
    POLICE,
    QA,
    FictionalCase,
    member,
    person,
)

MIN, PLAN, NOTICE = DocumentKind.MINUTES, DocumentKind.PLAN, DocumentKind.PLAN_CHANGE_NOTICE
SUMMARY = DocumentKind.EXCLUDED_PARENT_SUMMARY
RECORD = (MIN, PLAN)


def plan_for(
    case: FictionalCase,
    *,
    kinds: Collection[DocumentKind] = RECORD,
    invitees: Collection[int] = (),
    threshold: int = 12,
    as_of: date = AS_OF,
) -> dict[int, RecipientPlan]:
    plans = plan_recipients(
        case_id=CASE_ID,
        memberships=case.memberships,
        people=case.people,
        children=case.children,
        meeting_invitee_ids=invitees,
        as_of=as_of,
        child_age_threshold=threshold,
        kinds=kinds,
    )
    assert len({p.person_id for p in plans}) == len(plans)
    return {p.person_id: p for p in plans}


def received(plan: RecipientPlan) -> list[tuple[DocumentKind, tuple[str, ...]]]:
    return [(d.kind, d.formats) for d in plan.documents]


def with_membership(case: FictionalCase, person_id: int, **changes: object) -> FictionalCase:
    memberships = tuple(
        dataclasses.replace(m, **changes) if m.person_id == person_id else m  # type: ignore[arg-type]
        for m in case.memberships
    )
    return dataclasses.replace(case, memberships=memberships)


def with_child(case: FictionalCase, **changes: object) -> FictionalCase:
    children = tuple(dataclasses.replace(c, **changes) for c in case.children)  # type: ignore[arg-type]
    return dataclasses.replace(case, children=children)


@pytest.mark.parametrize(
    ("person_id", "expected"),
    [
        (MOTHER, [(MIN, ("pdf",)), (PLAN, ("pdf",))]),
        (FATHER, [(MIN, ("pdf",)), (PLAN, ("pdf",))]),
        (CARER, [(MIN, ("pdf",)), (PLAN, ("pdf",))]),
        (CHILD, [(MIN, ("pdf",)), (PLAN, ("pdf",))]),
        (HEALTH, [(MIN, ("pdf", "docx")), (PLAN, ("pdf", "docx"))]),
        (POLICE, [(MIN, ("pdf",)), (PLAN, ("pdf",))]),
        (QA, [(MIN, ("pdf",)), (PLAN, ("pdf",))]),
        (LP, [(MIN, ("pdf",)), (PLAN, ("pdf",))]),
    ],
)
def test_core_group_members_receive_minutes_and_plan(
    case: FictionalCase, person_id: int, expected: list[tuple[DocumentKind, tuple[str, ...]]]
) -> None:
    assert received(plan_for(case)[person_id]) == expected


def test_carer_role_receives_like_a_parent(case: FictionalCase) -> None:
    case = with_membership(case, FATHER, role=MemberRole.CARER)
    assert received(plan_for(case)[FATHER]) == [(MIN, ("pdf",)), (PLAN, ("pdf",))]


def test_family_never_gets_word_copies_even_when_asked(case: FictionalCase) -> None:
    case = with_membership(case, CARER, wants_editable=True)
    assert received(plan_for(case)[CARER]) == [(MIN, ("pdf",)), (PLAN, ("pdf",))]


def test_lp_manager_and_chair_only_told_of_plan_change(case: FictionalCase) -> None:
    without_change = plan_for(case)
    assert LP_MANAGER not in without_change and CHAIR not in without_change
    with_change = plan_for(case, kinds=(MIN, PLAN, NOTICE))
    assert received(with_change[LP_MANAGER]) == [(NOTICE, ("pdf",))]
    assert received(with_change[CHAIR]) == [(NOTICE, ("pdf",))]
    assert all(
        NOTICE not in dict(received(p))
        for k, p in with_change.items()
        if k not in {LP_MANAGER, CHAIR}
    )


def test_lp_manager_who_chaired_the_meeting_also_gets_the_record(case: FictionalCase) -> None:
    plans = plan_for(case, invitees=(LP_MANAGER, MOTHER), kinds=(MIN, PLAN, NOTICE))
    assert [k for k, _ in received(plans[LP_MANAGER])] == [NOTICE, MIN, PLAN]


@pytest.mark.parametrize(("threshold", "gets"), [(12, True), (14, True), (15, False)])
def test_child_by_age_threshold(case: FictionalCase, threshold: int, gets: bool) -> None:
    assert (CHILD in plan_for(case, threshold=threshold)) is gets


def test_child_unborn_or_without_birth_date_receives_nothing(case: FictionalCase) -> None:
    case = with_child(case, date_of_birth=None, expected_birth_date=date(2027, 1, 5))
    assert CHILD not in plan_for(case, threshold=0)


@pytest.mark.parametrize(
    ("override", "threshold", "gets"),
    [(True, 18, True), (False, 12, False)],
)
def test_child_override_with_reason(
    case: FictionalCase, override: bool, threshold: int, gets: bool
) -> None:
    case = with_child(
        case, receives_documents=override, receives_documents_reason="agreed at conference 3"
    )
    assert (CHILD in plan_for(case, threshold=threshold)) is gets


@pytest.mark.parametrize("override", [True, False])
def test_child_override_without_reason_is_refused(case: FictionalCase, override: bool) -> None:
    case = with_child(case, receives_documents=override, receives_documents_reason="  ")
    with pytest.raises(InvalidInput) as caught:
        plan_for(case)
    assert caught.value.problems[0].field == "children[0].receives_documents_reason"


def test_child_plan_goes_to_the_child_only(case: FictionalCase) -> None:
    plans = plan_for(case, kinds=(MIN, PLAN, DocumentKind.CHILD_PLAN))
    assert [k for k, _ in received(plans[CHILD])] == [MIN, PLAN, DocumentKind.CHILD_PLAN]
    assert all(
        DocumentKind.CHILD_PLAN not in dict(received(p)) for k, p in plans.items() if k != CHILD
    )


def test_excluded_parent_gets_the_summary_instead(case: FictionalCase) -> None:
    case = with_membership(case, FATHER, excluded=True, exclusion_reason="risk to others")
    assert received(plan_for(case)[FATHER]) == [(SUMMARY, ("pdf",))]


def test_member_who_left_receives_nothing(case: FictionalCase) -> None:
    case = with_membership(case, HEALTH, left_on=date(2026, 11, 1))
    assert HEALTH not in plan_for(case)
    assert HEALTH in plan_for(case, as_of=date(2026, 10, 30))


def test_member_of_another_case_is_refused(case: FictionalCase) -> None:
    stranger = member(999, 50, MemberRole.PARENT, case_id=2)
    people = {**case.people, 50: person(50, "Other Family", email="other@example.org")}
    case = dataclasses.replace(case, memberships=(*case.memberships, stranger), people=people)
    with pytest.raises(InvalidInput, match="membership 999 belongs to case 2"):
        plan_for(case)


def test_invitee_who_is_not_a_member_is_refused(case: FictionalCase) -> None:
    with pytest.raises(InvalidInput) as caught:
        plan_for(case, invitees=(MOTHER, 77))
    assert caught.value.problems[0].field == "meeting_invitee_ids"
    assert "person 77" in str(caught.value)


def test_child_of_another_case_is_refused(case: FictionalCase) -> None:
    case = with_child(case, case_id=2)
    with pytest.raises(InvalidInput, match="child 201 belongs to case 2"):
        plan_for(case)


@pytest.mark.parametrize(
    ("changes", "membership", "problem"),
    [
        ({"email": ""}, {}, "email channel but no valid email address"),
        ({"email": "pat@health.example\r\nBcc: all@example.org"}, {}, "no valid email address"),
        ({"email": "not an address"}, {}, "no valid email address"),
        (
            {"address_withheld": True},
            {"channel": Channel.POST},
            "post channel but address withheld",
        ),
        ({"address": ""}, {"channel": Channel.POST}, "post channel but no address"),
        ({"address": "1 Road\r\nX"}, {"channel": Channel.POST}, "control character"),
        ({}, {"channel": Channel.NONE}, "no channel"),
        ({"name": "Pat\nBcc: everyone@example.org"}, {}, "line break or control character"),
    ],
)
def test_unreachable_recipient_is_listed_with_a_problem(
    case: FictionalCase, changes: dict[str, object], membership: dict[str, object], problem: str
) -> None:
    people = dict(case.people)
    people[HEALTH] = dataclasses.replace(
        people[HEALTH],
        **{"address": "1 Clinic Road\nTown", **changes},  # type: ignore[arg-type]
    )
    case = with_membership(dataclasses.replace(case, people=people), HEALTH, **membership)
    plan = plan_for(case)[HEALTH]
    assert plan.documents
    assert not plan.sendable
    assert any(problem in p for p in plan.problems), plan.problems
    assert all("member 105 (person 5)" in p for p in plan.problems)


def test_plans_carry_identifiers_not_names(case: FictionalCase) -> None:
    for plan in plan_for(case).values():
        text = " ".join(plan.redactions + plan.problems)
        assert all(p.name not in text for p in case.people.values())
        assert plan.organisation_id == case.people[plan.person_id].agency_id


def test_hand_channel_and_valid_email_have_no_problems(case: FictionalCase) -> None:
    plans = plan_for(case)
    assert plans[CHILD].channel is Channel.HAND and plans[CHILD].sendable
    assert plans[HEALTH].sendable and plans[MOTHER].sendable


@pytest.mark.parametrize(("share", "listed"), [(False, True), (True, False)])
def test_foster_carer_address_redaction_is_listed_unless_shared(
    case: FictionalCase, share: bool, listed: bool
) -> None:
    case = with_membership(case, CARER, share_address=share)
    plans = plan_for(case)
    note = f"address of person {CARER} removed (foster carer, not shared)"
    assert (note in plans[MOTHER].redactions) is listed
    assert note not in plans[CARER].redactions  # never from the carer's own copy
    assert f"address of person {MOTHER} removed (withheld)" in plans[CARER].redactions
