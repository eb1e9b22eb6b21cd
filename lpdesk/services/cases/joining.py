"""Joining the core group as a new person, the child joining when of age and understanding, and a
person's contact details kept in one place (every case they are on reads the same record)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from lpdesk.domain import (
    Agency,
    Case,
    Channel,
    Child,
    FieldProblem,
    InvalidInput,
    MemberRole,
    Membership,
    Person,
)
from lpdesk.services.cases.checks import check_channel, check_not_future, open_case
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.meetings._common import as_enum, raise_problems
from lpdesk.services.people import _add_person, check_email, check_text
from lpdesk.services.permissions import Permission, require
from lpdesk.services.ports import UnitOfWork
from lpdesk.services.profiles import shared_provider

__all__ = ["add_child_member", "add_new_member", "update_contact_details"]


def _check_withheld(
    problems: list[FieldProblem], withheld: bool, reason: str, address: str
) -> None:
    check_text(problems, "address_withheld_reason", reason, max_length=200)
    if withheld and not reason.strip():
        problems.append(FieldProblem("address_withheld_reason", "say why the address is withheld"))
    if withheld and not address.strip():
        problems.append(
            FieldProblem("address", "a withheld address must be recorded to withhold it")
        )


def _agency_id(uow: UnitOfWork, ctx: ServiceContext, name: str) -> int | None:
    name = name.strip()
    if not name:
        return None
    for agency in uow.repo(Agency).find():
        if agency.name.casefold() == name.casefold():
            return agency.id
    stored = uow.repo(Agency).add(Agency(name=name))
    record(uow, ctx, "agency.add", "agency", stored.id)
    return stored.id


def add_new_member(
    ctx: ServiceContext,
    *,
    case_id: int,
    name: str,
    role: MemberRole | str,
    joined_on: date,
    agency: str = "",
    job_title: str = "",
    email: str = "",
    phone: str = "",
    address: str = "",
    address_withheld: bool = False,
    address_withheld_reason: str = "",
    access_needs: str = "",
    channel: Channel | str = Channel.EMAIL,
    wants_editable: bool = False,
    share_address: bool = False,
) -> Membership:
    """A person new to the directory joins the core group (one transaction: the person, their
    agency if new, and the membership)."""
    problems: list[FieldProblem] = []
    member_role = as_enum(MemberRole, "role", role, problems)
    if member_role is MemberRole.LEAD_PROFESSIONAL:
        problems.append(FieldProblem("role", "the lead professional is assigned, not added"))
    chosen = as_enum(Channel, "channel", channel, problems)
    check_text(problems, "agency", agency, max_length=120)
    check_text(problems, "access_needs", access_needs, max_length=300)
    _check_withheld(problems, address_withheld, address_withheld_reason, address)
    check_not_future(ctx, "joined_on", joined_on, problems)
    person = Person(
        name=name.strip(),
        job_title=job_title.strip(),
        email=email.strip(),
        phone=phone.strip(),
        address=address.strip(),
        address_withheld=address_withheld,
        address_withheld_reason=address_withheld_reason.strip() if address_withheld else "",
        access_needs=access_needs.strip(),
    )
    if isinstance(chosen, Channel):
        check_channel(person, chosen, problems)
    with ctx.uow() as uow:
        open_case(ctx, uow, case_id, problems)
        try:
            if problems:
                raise InvalidInput(problems)
            stored = _add_person(uow, ctx, replace(person, agency_id=_agency_id(uow, ctx, agency)))
        except InvalidInput as err:
            raise InvalidInput([*problems, *err.problems]) from None
        assert isinstance(member_role, MemberRole) and isinstance(chosen, Channel)
        assert stored.id is not None
        member = uow.repo(Membership).add(
            Membership(
                case_id=case_id,
                person_id=stored.id,
                role=member_role,
                joined_on=joined_on,
                channel=chosen,
                wants_editable=wants_editable,
                share_address=share_address,
            )
        )
        record(uow, ctx, "member.add", "membership", member.id, f"case={case_id}")
    return member


def add_child_member(
    ctx: ServiceContext,
    *,
    child_id: int,
    joined_on: date,
    channel: Channel | str = Channel.HAND,
    override_reason: str = "",
) -> Membership:
    """The child joins the core group: at the profile's age of understanding, or younger with a
    recorded reason (the override is kept on the child and decides what they receive)."""
    problems: list[FieldProblem] = []
    chosen = as_enum(Channel, "channel", channel, problems)
    check_text(problems, "override_reason", override_reason, multiline=True, max_length=500)
    check_not_future(ctx, "joined_on", joined_on, problems)
    with ctx.uow() as uow:
        found = uow.repo(Child).find(id=child_id)
        if not found:
            raise InvalidInput.one("child_id", f"no child {child_id}")
        child = found[0]
        case = open_case(ctx, uow, child.case_id, problems)
        person = uow.repo(Person).get(child.person_id)
        if isinstance(chosen, Channel):
            check_channel(person, chosen, problems)
        threshold = _document_age(case)
        age = child.age_on(joined_on)
        if age is None:
            problems.append(FieldProblem("child_id", "a child joins the core group once born"))
        elif age < threshold and not override_reason.strip():
            problems.append(
                FieldProblem(
                    "override_reason",
                    f"{person.name} is {age}: under {threshold}, record why they are of the age"
                    " and understanding to join",
                )
            )
        if any(
            m.person_id == child.person_id and m.role is MemberRole.CHILD and m.left_on is None
            for m in uow.repo(Membership).find(case_id=child.case_id)
        ):
            problems.append(FieldProblem("child_id", "already a member"))
        raise_problems(problems)
        assert isinstance(chosen, Channel)
        if override_reason.strip():
            uow.repo(Child).update(
                replace(
                    child,
                    receives_documents=True,
                    receives_documents_reason=override_reason.strip(),
                )
            )
            record(uow, ctx, "child.documents_override", "child", child_id)
        member = uow.repo(Membership).add(
            Membership(
                case_id=child.case_id,
                person_id=child.person_id,
                role=MemberRole.CHILD,
                joined_on=joined_on,
                channel=chosen,
            )
        )
        record(uow, ctx, "member.add", "membership", member.id, f"case={child.case_id}")
    return member


def _document_age(case: Case | None) -> int:
    profile = shared_provider().profiles().get(case.profile_id) if case is not None else None
    return profile.child_document_age if profile is not None else 12


def update_contact_details(
    ctx: ServiceContext,
    *,
    person_id: int,
    email: str,
    phone: str,
    address: str,
    address_withheld: bool,
    address_withheld_reason: str = "",
    access_needs: str = "",
) -> Person:
    """A person's contact details and access needs, in one place for every case they are on. A
    member who receives by email keeps an email address (post: an address)."""
    require(ctx, Permission.ADMINISTER_CASES)
    problems: list[FieldProblem] = []
    check_email(problems, "email", email.strip())
    check_text(problems, "phone", phone, max_length=40)
    check_text(problems, "address", address, multiline=True, max_length=500)
    check_text(problems, "access_needs", access_needs, max_length=300)
    _check_withheld(problems, address_withheld, address_withheld_reason, address)
    with ctx.uow() as uow:
        found = uow.repo(Person).find(id=person_id)
        if not found:
            raise InvalidInput.one("person_id", f"no person {person_id}")
        new = replace(
            found[0],
            email=email.strip(),
            phone=phone.strip(),
            address=address.strip(),
            address_withheld=address_withheld,
            address_withheld_reason=address_withheld_reason.strip() if address_withheld else "",
            access_needs=access_needs.strip(),
        )
        for member in uow.repo(Membership).find(person_id=person_id):
            if member.left_on is None:
                check_channel(new, member.channel, problems)
        raise_problems(list(dict.fromkeys(problems)))
        stored = uow.repo(Person).update(new)
        record(uow, ctx, "person.contact_details", "person", person_id)
    return stored
