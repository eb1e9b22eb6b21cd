"""Input checks the case use cases share: each appends a ``FieldProblem`` naming the field
and lets the use case raise them all together, so a refused change writes nothing."""

from __future__ import annotations

from datetime import date

from lpdesk.domain import Case, Channel, FieldProblem, InvalidInput, Membership, Person
from lpdesk.services import validation
from lpdesk.services.context import ServiceContext
from lpdesk.services.meetings._common import raise_problems
from lpdesk.services.permissions import Permission, require_case
from lpdesk.services.ports import UnitOfWork


def open_case(
    ctx: ServiceContext,
    uow: UnitOfWork,
    case_id: int,
    problems: list[FieldProblem],
    permission: Permission = Permission.ADMINISTER_CASES,
) -> Case | None:
    """The case, if it exists and is open; ``Forbidden`` unless the actor may act on it."""
    found = uow.repo(Case).find(id=case_id)
    if not found:
        problems.append(FieldProblem("case_id", f"no case {case_id}"))
        return None
    require_case(ctx, uow, permission, case_id)
    if found[0].closed_on is not None:
        problems.append(FieldProblem("case_id", f"case {case_id} is closed"))
    return found[0]


def find_person(
    uow: UnitOfWork, field: str, person_id: int, problems: list[FieldProblem]
) -> Person | None:
    found = uow.repo(Person).find(id=person_id)
    if not found:
        problems.append(FieldProblem(field, f"no person {person_id}"))
        return None
    return found[0]


def check_not_future(
    ctx: ServiceContext, field: str, day: date | None, problems: list[FieldProblem]
) -> None:
    validation.check_date_bounds(problems, field, day)
    validation.check_not_future(problems, field, day, ctx.clock.now())


def check_in_range(problems: list[FieldProblem], **days: date | None) -> None:
    """Each date within the years the record holds (``validation.EARLIEST`` to ``LATEST``)."""
    for field, day in days.items():
        validation.check_date_bounds(problems, field, day)


def membership_for_change(ctx: ServiceContext, uow: UnitOfWork, membership_id: int) -> Membership:
    found = uow.repo(Membership).find(id=membership_id)
    if not found:
        raise InvalidInput.one("membership_id", f"no membership {membership_id}")
    problems: list[FieldProblem] = []
    open_case(ctx, uow, found[0].case_id, problems)
    raise_problems([FieldProblem("membership_id", p.message) for p in problems])
    return found[0]


def check_channel(person: Person, channel: Channel, problems: list[FieldProblem]) -> None:
    if channel is Channel.EMAIL and not person.email:
        problems.append(FieldProblem("channel", "email chosen but the person has no email address"))
    if channel is Channel.POST and not person.address:
        problems.append(FieldProblem("channel", "post chosen but the person has no address"))
