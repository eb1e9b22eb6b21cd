"""Who receives what when one person holds two memberships of the core group, and the role sets
that decide it, role by role (each test fails if a role is dropped from a set)."""

from __future__ import annotations

import dataclasses
from collections.abc import Collection

import pytest

from lpdesk.circulation.recipients import RecipientPlan, plan_recipients
from lpdesk.circulation.redaction import RESTRICTED_SECTIONS
from lpdesk.domain import Channel, Child, DocumentKind, InvalidInput, MemberRole

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
    fictional_case,
    member,
)

MIN, PLAN, NOTICE = DocumentKind.MINUTES, DocumentKind.PLAN, DocumentKind.PLAN_CHANGE_NOTICE
SUMMARY, CHILD_PLAN = DocumentKind.EXCLUDED_PARENT_SUMMARY, DocumentKind.CHILD_PLAN
ENTITLED = {MOTHER, FATHER, CARER, CHILD, HEALTH, QA, LP, POLICE}  # 8: not the manager, the chair


def plans_of(
    case: FictionalCase,
    *,
    kinds: Collection[DocumentKind] = (MIN, PLAN),
    invitees: Collection[int] = (),
) -> list[RecipientPlan]:
    return list(
        plan_recipients(
            case_id=CASE_ID,
            memberships=case.memberships,
            people=case.people,
            children=case.children,
            meeting_invitee_ids=invitees,
            as_of=AS_OF,
            child_age_threshold=12,
            kinds=kinds,
        )
    )


def with_extra(case: FictionalCase, extra: object, at: int) -> FictionalCase:
    memberships = list(case.memberships)
    memberships.insert(at, extra)  # type: ignore[arg-type]
    return dataclasses.replace(case, memberships=tuple(memberships))


SECOND_MEMBERSHIPS = {
    "lp-also-professional": member(111, LP, MemberRole.PROFESSIONAL),
    "mother-also-carer": member(111, MOTHER, MemberRole.CARER),
    "manager-also-professional": member(111, LP_MANAGER, MemberRole.PROFESSIONAL),
    "health-twice": member(111, HEALTH, MemberRole.PROFESSIONAL),
}


@pytest.mark.parametrize("at", range(11))
@pytest.mark.parametrize("extra", list(SECOND_MEMBERSHIPS))
def test_a_second_membership_anywhere_stops_nobody(extra: str, at: int) -> None:
    second = SECOND_MEMBERSHIPS[extra]
    case = with_extra(fictional_case(), second, at)
    plans = plans_of(case)
    expected = ENTITLED | ({LP_MANAGER} if extra == "manager-also-professional" else set())
    assert sorted(p.person_id for p in plans) == sorted(expected)  # one entry each
    at_position = [[m.id for m in case.memberships].index(p.membership_id) for p in plans]
    assert at_position == sorted(at_position)  # in the order of the memberships
    assert all(MIN in [d.kind for d in p.documents] for p in plans if p.person_id != MOTHER)


@pytest.mark.parametrize("excluded_first", [True, False])
def test_excluded_on_one_membership_is_excluded_on_every_one(excluded_first: bool) -> None:
    case = fictional_case()
    mother = next(m for m in case.memberships if m.person_id == MOTHER)
    excluded = dataclasses.replace(mother, excluded=True)
    as_carer = member(111, MOTHER, MemberRole.CARER)
    rest = tuple(m for m in case.memberships if m.person_id != MOTHER)
    both = (excluded, as_carer) if excluded_first else (as_carer, excluded)
    case = dataclasses.replace(case, memberships=both + rest)
    plans = {p.person_id: p for p in plans_of(case)}
    assert [d.kind for d in plans[MOTHER].documents] == [SUMMARY]
    assert [d.kind for d in plans[FATHER].documents] == [MIN, PLAN]


def test_a_membership_that_entitles_to_nothing_gives_way_to_the_next() -> None:
    case = with_extra(fictional_case(), member(111, LP_MANAGER, MemberRole.PROFESSIONAL), 11)
    plans = {p.person_id: p for p in plans_of(case)}
    assert (plans[LP_MANAGER].membership_id, plans[LP_MANAGER].role) == (
        111,
        MemberRole.PROFESSIONAL,
    )


ALL_KINDS = (MIN, PLAN, NOTICE, CHILD_PLAN)


@pytest.mark.parametrize(
    ("role", "invited", "expected"),
    [
        (MemberRole.PARENT, False, [MIN, PLAN]),
        (MemberRole.CARER, False, [MIN, PLAN]),
        (MemberRole.FOSTER_CARER, False, [MIN, PLAN]),
        (MemberRole.PROFESSIONAL, False, [MIN, PLAN]),
        (MemberRole.QA_MANAGER, False, [MIN, PLAN]),
        (MemberRole.LEAD_PROFESSIONAL, False, [MIN, PLAN]),
        (MemberRole.LP_MANAGER, False, [NOTICE]),
        (MemberRole.CONFERENCE_CHAIR, False, [NOTICE]),
        (MemberRole.LP_MANAGER, True, [NOTICE, MIN, PLAN]),
        (MemberRole.CONFERENCE_CHAIR, True, [NOTICE, MIN, PLAN]),
        (MemberRole.PROFESSIONAL, True, [MIN, PLAN]),
    ],
)
def test_what_each_role_receives(role: MemberRole, invited: bool, expected: list[object]) -> None:
    case = fictional_case()
    memberships = tuple(
        dataclasses.replace(m, role=role) if m.person_id == POLICE else m for m in case.memberships
    )
    case = dataclasses.replace(case, memberships=memberships)
    plans = {
        p.person_id: p
        for p in plans_of(case, kinds=ALL_KINDS, invitees=(POLICE,) if invited else ())
    }
    assert [d.kind for d in plans[POLICE].documents] == expected
    assert plans[POLICE].role is role


@pytest.mark.parametrize(
    ("role", "formats"),
    [
        (MemberRole.PARENT, ("pdf",)),
        (MemberRole.CARER, ("pdf",)),
        (MemberRole.FOSTER_CARER, ("pdf",)),
        (MemberRole.PROFESSIONAL, ("pdf", "docx")),
        (MemberRole.QA_MANAGER, ("pdf", "docx")),
    ],
)
def test_only_professionals_get_word_copies(role: MemberRole, formats: tuple[str, ...]) -> None:
    case = fictional_case()
    memberships = tuple(
        dataclasses.replace(m, role=role, wants_editable=True) if m.person_id == POLICE else m
        for m in case.memberships
    )
    plans = {p.person_id: p for p in plans_of(dataclasses.replace(case, memberships=memberships))}
    assert {d.formats for d in plans[POLICE].documents} == {formats}


def test_the_child_gets_the_childs_plan_and_an_excluded_child_the_summary() -> None:
    case = fictional_case()
    plans = {p.person_id: p for p in plans_of(case, kinds=ALL_KINDS)}
    assert [d.kind for d in plans[CHILD].documents] == [MIN, PLAN, CHILD_PLAN]
    memberships = tuple(
        dataclasses.replace(m, excluded=True) if m.person_id == CHILD else m
        for m in case.memberships
    )
    plans = {
        p.person_id: p
        for p in plans_of(dataclasses.replace(case, memberships=memberships), kinds=ALL_KINDS)
    }
    assert [d.kind for d in plans[CHILD].documents] == [SUMMARY]
    assert plans[CHILD].channel is Channel.HAND


def test_a_postal_address_on_several_lines_is_sendable() -> None:
    plans = {p.person_id: p for p in plans_of(fictional_case())}
    assert plans[FATHER].channel is Channel.POST
    assert plans[FATHER].problems == () and plans[FATHER].sendable


def test_each_plan_carries_the_recipients_own_redaction() -> None:
    plans = {p.person_id: p for p in plans_of(fictional_case())}
    assert all(p.redaction.recipient_person_id == k for k, p in plans.items())
    assert plans[HEALTH].redaction.allowed_sections == RESTRICTED_SECTIONS
    assert plans[MOTHER].redaction.allowed_sections == frozenset()


def test_the_section_access_given_is_the_one_used() -> None:
    case = fictional_case()
    plans = plan_recipients(
        case_id=CASE_ID,
        memberships=case.memberships,
        people=case.people,
        children=case.children,
        meeting_invitee_ids=(),
        as_of=AS_OF,
        child_age_threshold=12,
        kinds=(MIN, PLAN),
        section_access={MemberRole.PROFESSIONAL: frozenset({"health_information"})},
    )
    by_person = {p.person_id: p for p in plans}
    assert by_person[HEALTH].redaction.allowed_sections == frozenset({"health_information"})
    assert by_person[QA].redaction.allowed_sections == frozenset()


def test_an_excluded_chair_gets_the_summary_before_the_notice() -> None:
    case = fictional_case()
    memberships = tuple(
        dataclasses.replace(m, excluded=True) if m.person_id == CHAIR else m
        for m in case.memberships
    )
    plans = {
        p.person_id: p
        for p in plans_of(
            dataclasses.replace(case, memberships=memberships), kinds=ALL_KINDS, invitees=(CHAIR,)
        )
    }
    assert [d.kind for d in plans[CHAIR].documents] == [SUMMARY, NOTICE]


def refused(case: FictionalCase) -> list[tuple[str, str]]:
    with pytest.raises(InvalidInput) as caught:
        plans_of(case)
    return [(p.field, p.message) for p in caught.value.problems]


def test_every_problem_is_named_with_its_field() -> None:
    case = fictional_case()
    stranger = member(120, 77, MemberRole.PROFESSIONAL)  # person 77 is not in people
    elsewhere = member(122, HEALTH, MemberRole.PROFESSIONAL, case_id=2)
    child_member = member(121, 78, MemberRole.CHILD)
    people = {**case.people, 78: dataclasses.replace(case.people[HEALTH], id=78)}
    other_child = Child(id=202, case_id=2, person_id=CHILD)
    override = Child(id=203, case_id=CASE_ID, person_id=CHILD, receives_documents=True)
    broken = dataclasses.replace(
        case,
        people=people,
        memberships=(*case.memberships, stranger, child_member, elsewhere),
        children=(*case.children, other_child, override),
    )
    assert refused(broken) == [
        ("memberships[10]", "person 77 unknown"),
        ("memberships[12]", "membership 122 belongs to case 2, not case 1"),
        ("children[1]", "child 202 belongs to case 2"),
        (
            "children[2].receives_documents_reason",
            "child 203: an override of the age rule needs its reason",
        ),
        ("memberships[11]", "person 78 is a child member with no child record"),
    ]
