"""Who a pack goes to (``services.circulation.who``), on a check built in memory: the chosen
recipients are only ever the case's own, in the check's order; anyone left out needs a reason;
anyone who cannot be reached blocks the pack until resolved or left out with a reason; email
drafts come from the lead professional's own valid address. Fast enough for the mutation run."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from lpdesk.circulation.email_draft import Mailbox
from lpdesk.circulation.recipients import PlannedDocument, RecipientPlan
from lpdesk.circulation.redaction import Redaction
from lpdesk.domain import (
    Case,
    Channel,
    DocumentKind,
    InvalidInput,
    Meeting,
    MemberRole,
    Person,
)
from lpdesk.services.circulation.preview import CirculationPreview, PreviewRecipient
from lpdesk.services.circulation.who import check_left_out, chosen, sender
from lpdesk.services.rendering import CaseData

LP, PARENT, POLICE, SCHOOL, OUTSIDER = 3, 5, 8, 11, 20
PEOPLE = {
    LP: Person(id=LP, name="Sam Lead", email="sam.lead@council.example"),
    PARENT: Person(id=PARENT, name="Alex Parent", email=""),
    POLICE: Person(id=POLICE, name="Officer Dee", email="dee@police.example"),
    SCHOOL: Person(id=SCHOOL, name="Ms Teach", email="teach@school.example"),
    OUTSIDER: Person(id=OUTSIDER, name="Not Amember"),
}
PROBLEMS = {PARENT: ("no postal address", "no email"), SCHOOL: ("no email",)}
ORDER = (LP, PARENT, POLICE, SCHOOL)  # the check's order, not the ids'


def recipient(person_id: int) -> PreviewRecipient:
    plan = RecipientPlan(
        person_id=person_id,
        membership_id=person_id * 10,
        role=MemberRole.PROFESSIONAL,
        organisation_id=None,
        channel=Channel.EMAIL,
        documents=(PlannedDocument(kind=DocumentKind.MINUTES, formats=("pdf",)),),
        redaction=Redaction(
            recipient_person_id=person_id,
            blank_address_ids=frozenset(),
            allowed_sections=frozenset(),
            withheld_sections=frozenset(),
            reasons=(),
        ),
        redactions=(),
        problems=PROBLEMS.get(person_id, ()),
    )
    return PreviewRecipient(
        person_id=person_id,
        name=PEOPLE[person_id].name,
        role=plan.role,
        organisation="",
        channel=plan.channel,
        documents=plan.documents,
        redactions=(),
        problems=plan.problems,
        plan=plan,
    )


def check(
    order: tuple[int, ...] = ORDER, lead: int | None = LP, people: dict[int, Person] = PEOPLE
) -> CirculationPreview:
    case = Case(id=1, reference="CP-0042", profile_id="england", opened_on=date(2026, 9, 1))
    return CirculationPreview(
        meeting=Meeting(id=9, case_id=1, scheduled_at=datetime(2026, 12, 1, 10)),
        case_reference=case.reference,
        recipients=tuple(recipient(p) for p in order),
        notice_version_ids=(),
        data=CaseData(
            case=case,
            children=(),
            memberships=(),
            people=people,
            agencies={},
            lead_id=lead,
            plan=None,
        ),
    )


def refused(error: pytest.ExceptionInfo[InvalidInput]) -> tuple[str, str]:
    (problem,) = error.value.problems
    return problem.field, problem.message


# -- sender ----------------------------------------------------------------------------------------

NO_SENDER = ("sender", "the lead professional needs a valid email address to send email drafts")


@pytest.mark.parametrize(
    ("lead", "email"),
    [
        (None, "sam.lead@council.example"),  # no lead professional
        (99, "sam.lead@council.example"),  # a lead who is not among the case's people
        (LP, ""),
        (LP, "sam.lead"),
        (LP, "sam lead@council.example"),
    ],
)
def test_no_sender_without_the_leads_valid_address(lead: int | None, email: str) -> None:
    people = {**PEOPLE, LP: Person(id=LP, name="Sam Lead", email=email)}
    with pytest.raises(InvalidInput) as error:
        sender(check(lead=lead, people=people))
    assert refused(error) == NO_SENDER


def test_the_sender_is_the_lead_professional() -> None:
    assert sender(check()) == Mailbox(name="Sam Lead", email="sam.lead@council.example")
    # whoever the lead is, not the first recipient
    assert sender(check(lead=POLICE)) == Mailbox(name="Officer Dee", email="dee@police.example")


# -- chosen ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("only", "expected"),
    [
        (None, list(ORDER)),  # everyone, in the check's order
        ([], []),
        ([SCHOOL, LP], [LP, SCHOOL]),  # the check's order, whatever order they were picked in
        ((POLICE,), [POLICE]),
        ({PARENT, POLICE, SCHOOL}, [PARENT, POLICE, SCHOOL]),
        ([POLICE, POLICE], [POLICE]),
    ],
)
def test_chosen_recipients(only: list[int] | None, expected: list[int]) -> None:
    plans = chosen(check(), only)
    assert [p.person_id for p in plans] == expected
    assert all(isinstance(p, RecipientPlan) for p in plans)


@pytest.mark.parametrize(
    ("only", "named"),
    [
        ([OUTSIDER], "Not Amember"),  # a person, but not a recipient of this case
        ([LP, 77], "someone not in the case"),
        ([77, OUTSIDER, SCHOOL], "Not Amember, someone not in the case"),  # by id
    ],
)
def test_only_the_cases_own_recipients_can_be_chosen(only: list[int], named: str) -> None:
    with pytest.raises(InvalidInput) as error:
        chosen(check(), only)
    assert refused(error) == (
        "only_person_ids",
        f"not recipients of case CP-0042's circulation: {named}",
    )


# -- left out --------------------------------------------------------------------------------------

BLOCKED_BOTH = (
    "left_out",
    "resolve these recipients first, or record why they are not sent: "
    "Alex Parent: no postal address, no email; Ms Teach: no email",
)


@pytest.mark.parametrize(
    ("left_out", "only", "reasons"),
    [
        (
            {PARENT: "moved away", SCHOOL: "  term ended "},
            None,
            {PARENT: "moved away", SCHOOL: "term ended"},
        ),
        ({PARENT: "moved away"}, [LP, PARENT, POLICE], {PARENT: "moved away"}),
        ({}, [LP, POLICE], {}),  # nobody chosen has a problem
        ({}, [], {}),
        ({POLICE: "on leave"}, [POLICE], {POLICE: "on leave"}),  # left out without a problem
    ],
)
def test_left_out_with_reasons(
    left_out: dict[int, str], only: list[int] | None, reasons: dict[int, str]
) -> None:
    assert check_left_out(check(), left_out, only) == reasons


@pytest.mark.parametrize(
    ("left_out", "only", "expected"),
    [
        ({}, None, BLOCKED_BOTH),
        ({POLICE: "on leave"}, None, BLOCKED_BOTH),
        (
            {PARENT: "moved away"},
            None,
            (
                "left_out",
                "resolve these recipients first, or record why they are not sent: Ms Teach: no email",
            ),
        ),
        (
            {},
            [SCHOOL],
            (
                "left_out",
                "resolve these recipients first, or record why they are not sent: Ms Teach: no email",
            ),
        ),
        ({PARENT: ""}, None, ("left_out", "say why each recipient left out is not sent")),
        (
            {PARENT: "moved", SCHOOL: " \t"},
            None,
            ("left_out", "say why each recipient left out is not sent"),
        ),
        ({OUTSIDER: "not ours"}, None, ("left_out", "not recipients: Not Amember")),
        (
            {77: "x", OUTSIDER: "y", PARENT: "z"},
            None,
            ("left_out", "not recipients: Not Amember, someone not in the case"),
        ),
    ],
)
def test_nothing_is_produced_until_everyone_is_resolved_or_left_out(
    left_out: dict[int, str], only: list[int] | None, expected: tuple[str, str]
) -> None:
    with pytest.raises(InvalidInput) as error:
        check_left_out(check(), left_out, only)
    assert refused(error) == expected


def test_blocked_recipients_in_the_checks_order() -> None:
    with pytest.raises(InvalidInput) as error:
        check_left_out(check(order=(SCHOOL, LP, PARENT)), {}, None)
    assert refused(error)[1].endswith(
        "Ms Teach: no email; Alex Parent: no postal address, no email"
    )
