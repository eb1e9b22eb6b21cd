"""The lead professional's absences and who covers them, recorded by their manager."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from lpdesk.domain import Absence, FieldProblem, InvalidInput
from lpdesk.services.cases.checks import find_person
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.meetings._common import raise_problems
from lpdesk.services.permissions import Permission, require, require_staff_of_team
from lpdesk.services.ports import UnitOfWork

__all__ = [
    "record_absence",
    "record_cover",
    "record_cover_cannot_be_met",
]


def record_absence(
    ctx: ServiceContext, *, person_id: int, starts_on: date, ends_on: date | None = None
) -> Absence:
    require(ctx, Permission.ALLOCATE)
    problems: list[FieldProblem] = []
    if ends_on is not None and ends_on < starts_on:
        problems.append(FieldProblem("ends_on", "before the absence starts"))
    with ctx.uow() as uow:
        find_person(uow, "person_id", person_id, problems)
        raise_problems(problems)
        require_staff_of_team(ctx, uow, Permission.ALLOCATE, person_id)
        absence = uow.repo(Absence).add(
            Absence(person_id=person_id, starts_on=starts_on, ends_on=ends_on)
        )
        record(uow, ctx, "absence.record", "absence", absence.id)
    return absence


def _absence(uow: UnitOfWork, absence_id: int) -> Absence:
    found = uow.repo(Absence).find(id=absence_id)
    if not found:
        raise InvalidInput.one("absence_id", f"no absence {absence_id}")
    return found[0]


def record_cover(
    ctx: ServiceContext, *, absence_id: int, cover_person_id: int, recorded_on: date | None = None
) -> Absence:
    """The LP's manager records who covers the lead professional role."""
    require(ctx, Permission.ALLOCATE)
    problems: list[FieldProblem] = []
    with ctx.uow() as uow:
        absence = _absence(uow, absence_id)
        require_staff_of_team(ctx, uow, Permission.ALLOCATE, absence.person_id)
        find_person(uow, "cover_person_id", cover_person_id, problems)
        if cover_person_id == absence.person_id:
            problems.append(FieldProblem("cover_person_id", "cannot cover their own absence"))
        raise_problems(problems)
        stored = uow.repo(Absence).update(
            replace(
                absence,
                cover_person_id=cover_person_id,
                cover_recorded_on=recorded_on or ctx.clock.today(),
                cover_cannot_be_met=False,
            )
        )
        record(uow, ctx, "absence.cover", "absence", absence_id)
    return stored


def record_cover_cannot_be_met(
    ctx: ServiceContext, *, absence_id: int, notified_on: date | None = None
) -> Absence:
    """The LP's manager records that cover cannot be met and that their own manager was told."""
    require(ctx, Permission.ALLOCATE)
    with ctx.uow() as uow:
        absence = _absence(uow, absence_id)
        require_staff_of_team(ctx, uow, Permission.ALLOCATE, absence.person_id)
        if absence.cover_person_id is not None:
            raise InvalidInput.one("absence_id", "cover is already recorded for this absence")
        stored = uow.repo(Absence).update(
            replace(
                absence,
                cover_cannot_be_met=True,
                senior_manager_notified_on=notified_on or ctx.clock.today(),
            )
        )
        record(uow, ctx, "absence.cover_cannot_be_met", "absence", absence_id)
    return stored
