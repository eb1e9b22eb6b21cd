"""People and agencies: add, update, and withhold an address.

Checks shared by every use case that takes a person's details live here too (``check_text``,
``check_email``): one way to say what a name, an email address or a phone number may contain.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Final

from lpdesk.domain import (
    Agency,
    Case,
    FieldProblem,
    InvalidInput,
    LeadAssignment,
    Person,
    Plan,
    PlanKind,
)
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.permissions import Permission, require, require_person
from lpdesk.services.ports import UnitOfWork
from lpdesk.services.validation import CP_LEAD_QUALIFIED

__all__ = [
    "KEEP",
    "add_agency",
    "add_person",
    "check_email",
    "check_person_details",
    "check_text",
    "set_address_withheld",
    "update_person",
]

# Control characters, lone surrogates (they cannot be stored as UTF-8) and direction overrides.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\u202a-\u202e\u2066-\u2069]")
_CONTROL_EXCEPT_NEWLINE = re.compile(
    r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\u202a-\u202e\u2066-\u2069]"
)
_PHONE = re.compile(r"^[0-9+() .\-]*$")
MAX_TEXT: Final = 200


class _Keep:
    """The value of an ``update_person`` argument that is left as it is."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP: Final = _Keep()


def check_text(
    problems: list[FieldProblem],
    field: str,
    value: str,
    *,
    required: bool = False,
    multiline: bool = False,
    max_length: int = MAX_TEXT,
) -> None:
    """Append a problem if ``value`` is missing (when required), too long, or holds control
    characters (line breaks only where ``multiline``)."""
    if required and not value.strip():
        problems.append(FieldProblem(field, "required"))
        return
    if len(value) > max_length:
        problems.append(FieldProblem(field, f"longer than {max_length} characters"))
    pattern = _CONTROL_EXCEPT_NEWLINE if multiline else _CONTROL
    if pattern.search(value):
        what = "control characters" if multiline else "line breaks or control characters"
        problems.append(FieldProblem(field, f"must not contain {what}"))


def check_email(problems: list[FieldProblem], field: str, value: str) -> None:
    """An empty address is allowed (not everyone has one); anything else must be one that a pack
    can be sent to: the same check circulation makes (``circulation.addresses``)."""
    if not value:
        return
    from lpdesk.circulation.addresses import email_problem  # its checker: not needed at start-up

    problem = email_problem(value)
    if problem is not None:
        problems.append(FieldProblem(field, problem))


def check_person_details(
    problems: list[FieldProblem],
    field: Callable[[str], str],
    *,
    name: str,
    job_title: str,
    email: str,
    phone: str,
    address: str,
) -> None:
    """A person's own details; ``field`` turns a field name into the name to report."""
    from lpdesk.circulation.email_draft import holds_encoded_word  # not needed at start-up

    check_text(problems, field("name"), name, required=True)
    if holds_encoded_word(name):  # a mail client would decode it into more recipients
        problems.append(FieldProblem(field("name"), "must not contain =?...?= (an encoded word)"))
    check_text(problems, field("job_title"), job_title)
    check_email(problems, field("email"), email)
    check_text(problems, field("phone"), phone, max_length=40)
    if phone and not _CONTROL.search(phone) and not _PHONE.match(phone):
        problems.append(
            FieldProblem(field("phone"), "only digits, spaces, +, -, ( and ) are allowed")
        )
    check_text(problems, field("address"), address, multiline=True, max_length=500)


def _check_person_fields(
    uow: UnitOfWork,
    problems: list[FieldProblem],
    *,
    person_id: int | None,
    name: str,
    agency_id: int | None,
    job_title: str,
    email: str,
    phone: str,
    address: str,
    manager_id: int | None,
) -> None:
    check_person_details(
        problems,
        lambda f: f,
        name=name,
        job_title=job_title,
        email=email,
        phone=phone,
        address=address,
    )
    if agency_id is not None and not uow.repo(Agency).find(id=agency_id):
        problems.append(FieldProblem("agency_id", f"no agency {agency_id}"))
    if manager_id is not None:
        if manager_id == person_id:
            problems.append(FieldProblem("manager_id", "a person cannot be their own manager"))
        elif not uow.repo(Person).find(id=manager_id):
            problems.append(FieldProblem("manager_id", f"no person {manager_id}"))


def add_agency(ctx: ServiceContext, *, name: str, kind: str = "") -> Agency:
    require(ctx, Permission.ADMINISTER_CASES)
    problems: list[FieldProblem] = []
    check_text(problems, "name", name, required=True)
    check_text(problems, "kind", kind, max_length=60)
    with ctx.uow() as uow:
        if problems:
            raise InvalidInput(problems)
        agency = uow.repo(Agency).add(Agency(name=name.strip(), kind=kind.strip()))
        record(uow, ctx, "agency.add", "agency", agency.id)
    return agency


def add_person(
    ctx: ServiceContext,
    *,
    name: str,
    agency_id: int | None = None,
    job_title: str = "",
    email: str = "",
    phone: str = "",
    address: str = "",
    address_withheld: bool = False,
    qualified_social_worker: bool = False,
    manager_id: int | None = None,
) -> Person:
    """A family member, child, professional, chair or manager. ``address`` lines are separated by
    line breaks; every other field is one line."""
    require(ctx, Permission.ADMINISTER_CASES)
    with ctx.uow() as uow:
        return _add_person(
            uow,
            ctx,
            Person(
                name=name.strip(),
                agency_id=agency_id,
                job_title=job_title.strip(),
                email=email.strip(),
                phone=phone.strip(),
                address=address.strip(),
                address_withheld=address_withheld,
                qualified_social_worker=qualified_social_worker,
                manager_id=manager_id,
            ),
        )


def _add_person(uow: UnitOfWork, ctx: ServiceContext, person: Person) -> Person:
    """Check and insert a person inside an open unit of work (``add_child`` creates one too)."""
    problems: list[FieldProblem] = []
    _check_person_fields(
        uow,
        problems,
        person_id=None,
        name=person.name,
        agency_id=person.agency_id,
        job_title=person.job_title,
        email=person.email,
        phone=person.phone,
        address=person.address,
        manager_id=person.manager_id,
    )
    if problems:
        raise InvalidInput(problems)
    stored = uow.repo(Person).add(person)
    record(uow, ctx, "person.add", "person", stored.id)
    return stored


def update_person(
    ctx: ServiceContext,
    *,
    person_id: int,
    name: str | _Keep = KEEP,
    agency_id: int | _Keep | None = KEEP,
    job_title: str | _Keep = KEEP,
    email: str | _Keep = KEEP,
    phone: str | _Keep = KEEP,
    address: str | _Keep = KEEP,
    qualified_social_worker: bool | _Keep = KEEP,
    manager_id: int | _Keep | None = KEEP,
    expected_revision: int | None = None,
) -> Person:
    """Change the given fields; those left as ``KEEP`` stay as they are. With
    ``expected_revision`` the change is refused (``Conflict``) if someone saved it since."""
    require(ctx, Permission.ADMINISTER_CASES)
    with ctx.uow() as uow:
        current = _get_person(uow, person_id)
        require_person(ctx, uow, Permission.ADMINISTER_CASES, person_id)
        new = Person(
            id=current.id,
            name=current.name if isinstance(name, _Keep) else name.strip(),
            agency_id=current.agency_id if isinstance(agency_id, _Keep) else agency_id,
            job_title=current.job_title if isinstance(job_title, _Keep) else job_title.strip(),
            email=current.email if isinstance(email, _Keep) else email.strip(),
            phone=current.phone if isinstance(phone, _Keep) else phone.strip(),
            address=current.address if isinstance(address, _Keep) else address.strip(),
            address_withheld=current.address_withheld,
            qualified_social_worker=(
                current.qualified_social_worker
                if isinstance(qualified_social_worker, _Keep)
                else qualified_social_worker
            ),
            manager_id=current.manager_id if isinstance(manager_id, _Keep) else manager_id,
            revision=current.revision if expected_revision is None else expected_revision,
        )
        problems: list[FieldProblem] = []
        _check_person_fields(
            uow,
            problems,
            person_id=person_id,
            name=new.name,
            agency_id=new.agency_id,
            job_title=new.job_title,
            email=new.email,
            phone=new.phone,
            address=new.address,
            manager_id=new.manager_id,
        )
        if current.qualified_social_worker and not new.qualified_social_worker:
            for reference in _child_protection_cases_led(uow, person_id):
                problems.append(
                    FieldProblem(
                        "qualified_social_worker",
                        f"{CP_LEAD_QUALIFIED}, and {new.name} is the lead professional of case"
                        f" {reference}: transfer the case first",
                    )
                )
        if problems:
            raise InvalidInput(problems)
        stored = uow.repo(Person).update(new)
        record(uow, ctx, "person.update", "person", person_id)
    return stored


def _child_protection_cases_led(uow: UnitOfWork, person_id: int) -> list[str]:
    """The references of the open cases this person currently leads that run a child protection
    plan (the current plan's kind; with no plan yet, the kind the case's profile runs)."""
    from lpdesk.services.profiles import shared_provider

    references = []
    for lead in uow.repo(LeadAssignment).find(person_id=person_id):
        if lead.ended_on is not None:
            continue
        case = uow.repo(Case).get(lead.case_id)
        if case.closed_on is not None:
            continue
        plans = [p for p in uow.repo(Plan).find(case_id=case.id) if p.ended_on is None]
        if plans:
            kind = plans[-1].kind
        else:
            profile = shared_provider().profiles().get(case.profile_id)
            kind = profile.plan_kind if profile is not None else PlanKind.CHILD_PROTECTION
        if kind is PlanKind.CHILD_PROTECTION:
            references.append(case.reference)
    return references


def set_address_withheld(ctx: ServiceContext, *, person_id: int, withheld: bool) -> Person:
    """Mark an address (a refuge, a placement) that must never reach anyone not entitled to it."""
    require(ctx, Permission.ADMINISTER_CASES)
    with ctx.uow() as uow:
        current = _get_person(uow, person_id)
        require_person(ctx, uow, Permission.ADMINISTER_CASES, person_id)
        stored = uow.repo(Person).update(replace(current, address_withheld=withheld))
        record(uow, ctx, "person.address_withheld", "person", person_id, f"withheld={withheld}")
    return stored


def _get_person(uow: UnitOfWork, person_id: int) -> Person:
    found = uow.repo(Person).find(id=person_id)
    if not found:
        raise InvalidInput.one("person_id", f"no person {person_id}")
    return found[0]
