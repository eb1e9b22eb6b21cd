"""The children on a case and its core group: add, leave, exclude, and how each member receives
documents (an email needs an email address; post needs a postal address)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from lpdesk.domain import Channel, Child, FieldProblem, MemberRole, Membership, Person
from lpdesk.services.cases.checks import (
    check_channel,
    check_in_range,
    check_not_future,
    find_person,
    membership_for_change,
    open_case,
)
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.meetings._common import as_enum, raise_problems
from lpdesk.services.people import _add_person, check_text

__all__ = [
    "add_child",
    "add_member",
    "exclude_member",
    "leave_member",
    "set_circulation_preferences",
]


def add_child(
    ctx: ServiceContext,
    *,
    case_id: int,
    name: str,
    date_of_birth: date | None = None,
    expected_birth_date: date | None = None,
    receives_documents: bool | None = None,
    receives_documents_reason: str = "",
) -> Child:
    """Add a child (a Person and a Child). An unborn child has an expected birth date instead of
    a date of birth. Overriding the profile's rule on who receives documents needs a reason."""
    problems: list[FieldProblem] = []
    if date_of_birth is None and expected_birth_date is None:
        problems.append(FieldProblem("date_of_birth", "a date of birth or an expected birth date"))
    check_not_future(ctx, "date_of_birth", date_of_birth, problems)
    if receives_documents is not None and not receives_documents_reason.strip():
        problems.append(FieldProblem("receives_documents_reason", "required with an override"))
    check_text(problems, "receives_documents_reason", receives_documents_reason, max_length=500)
    check_text(problems, "name", name, required=True)
    with ctx.uow() as uow:
        open_case(ctx, uow, case_id, problems)
        raise_problems(problems)
        person = _add_person(uow, ctx, Person(name=name.strip()))
        assert person.id is not None
        child = uow.repo(Child).add(
            Child(
                case_id=case_id,
                person_id=person.id,
                date_of_birth=date_of_birth,
                expected_birth_date=expected_birth_date,
                receives_documents=receives_documents,
                receives_documents_reason=receives_documents_reason.strip(),
            )
        )
        record(uow, ctx, "child.add", "child", child.id, f"case={case_id}")
    return child


def add_member(
    ctx: ServiceContext,
    *,
    case_id: int,
    person_id: int,
    role: MemberRole | str,
    joined_on: date,
    channel: Channel | str = Channel.EMAIL,
    wants_editable: bool = False,
    share_address: bool = False,
) -> Membership:
    """Add a person to the core group. Email needs an address; post needs a postal address."""
    problems: list[FieldProblem] = []
    member_role = as_enum(MemberRole, "role", role, problems)
    if member_role is MemberRole.LEAD_PROFESSIONAL:
        problems.append(FieldProblem("role", "the lead professional is assigned, not added"))
    chosen = as_enum(Channel, "channel", channel, problems)
    check_in_range(problems, joined_on=joined_on)
    with ctx.uow() as uow:
        open_case(ctx, uow, case_id, problems)
        person = find_person(uow, "person_id", person_id, problems)
        if person is not None and isinstance(chosen, Channel):
            check_channel(person, chosen, problems)
        if any(
            m.person_id == person_id and m.role == member_role and m.left_on is None
            for m in uow.repo(Membership).find(case_id=case_id)
        ):
            problems.append(FieldProblem("person_id", "already a member in this role"))
        raise_problems(problems)
        assert isinstance(member_role, MemberRole) and isinstance(chosen, Channel)
        member = uow.repo(Membership).add(
            Membership(
                case_id=case_id,
                person_id=person_id,
                role=member_role,
                joined_on=joined_on,
                channel=chosen,
                wants_editable=wants_editable,
                share_address=share_address,
            )
        )
        record(uow, ctx, "member.add", "membership", member.id, f"case={case_id}")
    return member


def leave_member(ctx: ServiceContext, *, membership_id: int, left_on: date) -> Membership:
    with ctx.uow() as uow:
        member = membership_for_change(ctx, uow, membership_id)
        problems: list[FieldProblem] = []
        check_in_range(problems, left_on=left_on)
        if member.role is MemberRole.LEAD_PROFESSIONAL:
            problems.append(
                FieldProblem("membership_id", "the lead professional leaves by a transfer")
            )
        if member.left_on is not None:
            problems.append(FieldProblem("membership_id", "already left the core group"))
        if left_on < member.joined_on:
            problems.append(FieldProblem("left_on", "before the member joined"))
        raise_problems(problems)
        stored = uow.repo(Membership).update(replace(member, left_on=left_on))
        record(uow, ctx, "member.leave", "membership", membership_id)
    return stored


def exclude_member(
    ctx: ServiceContext, *, membership_id: int, reason: str, excluded_on: date | None = None
) -> Membership:
    """Exclude a member (usually a parent) from the core group from ``excluded_on`` (default
    today): they are no longer invited and receive a summary of discussions and outcomes instead
    of the record."""
    problems: list[FieldProblem] = []
    check_text(problems, "reason", reason, required=True, multiline=True, max_length=1000)
    check_not_future(ctx, "excluded_on", excluded_on, problems)
    day = excluded_on or ctx.clock.today()
    with ctx.uow() as uow:
        member = membership_for_change(ctx, uow, membership_id)
        if day < member.joined_on:
            problems.append(FieldProblem("excluded_on", "before the member joined"))
        if member.excluded:
            problems.append(FieldProblem("membership_id", "already excluded"))
        if not member.role.is_family:
            problems.append(FieldProblem("membership_id", "only a family member can be excluded"))
        raise_problems(problems)
        stored = uow.repo(Membership).update(
            replace(member, excluded=True, exclusion_reason=reason.strip(), excluded_on=day)
        )
        record(uow, ctx, "member.exclude", "membership", membership_id)
    return stored


def set_circulation_preferences(
    ctx: ServiceContext,
    *,
    membership_id: int,
    channel: Channel | str,
    wants_editable: bool,
    share_address: bool,
) -> Membership:
    problems: list[FieldProblem] = []
    chosen = as_enum(Channel, "channel", channel, problems)
    with ctx.uow() as uow:
        member = membership_for_change(ctx, uow, membership_id)
        person = find_person(uow, "membership_id", member.person_id, problems)
        if person is not None and isinstance(chosen, Channel):
            check_channel(person, chosen, problems)
        raise_problems(problems)
        assert isinstance(chosen, Channel)
        stored = uow.repo(Membership).update(
            replace(
                member, channel=chosen, wants_editable=wants_editable, share_address=share_address
            )
        )
        record(uow, ctx, "member.preferences", "membership", membership_id)
    return stored
