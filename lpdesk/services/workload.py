"""Caseload weighting and allocation: how heavy each worker's caseload is, against the time they
have, so a manager sees over-allocation before allocating.

A case weighs its children: 1 for each child on a child protection plan, 0.5 on an Early Help or
GIRFEC plan, plus 1 while the case has court work. A worker's capacity is the team's full-time
capacity (``FULL_TIME_CAPACITY`` unless set) less their protected time (a percentage: training,
a reduced caseload in the first year, a part-time contract). These are kept as settings in the
database under the ``caseload.`` keys, set here by a team manager, each change audited.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from lpdesk.domain import FieldProblem, InvalidInput, PlanKind, Setting
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.permissions import Permission, require
from lpdesk.services.ports import UnitOfWork

__all__ = [
    "FULL_TIME_CAPACITY",
    "Weighting",
    "case_weight",
    "court_work_cases",
    "set_court_work",
    "set_protected_time",
    "weighting",
]

FULL_TIME_CAPACITY = 18.0  # weighted children a full-time social worker carries
CP_CHILD, OTHER_CHILD, COURT_WORK = 1.0, 0.5, 1.0
_PROTECTED = "caseload.protected."
_COURT = "caseload.court."
_CAPACITY = "caseload.capacity"


@dataclass(frozen=True, kw_only=True, slots=True)
class Weighting:
    capacity: float  # full time
    protected: dict[int, int]  # person id -> percent of their time protected
    court_cases: frozenset[int]  # case ids with court work

    def capacity_of(self, person_id: int) -> float:
        return round(self.capacity * (100 - self.protected.get(person_id, 0)) / 100, 1)


def weighting(uow: UnitOfWork) -> Weighting:
    """The weighting settings, read inside an open unit of work."""
    protected: dict[int, int] = {}
    court: set[int] = set()
    capacity = FULL_TIME_CAPACITY
    for s in uow.repo(Setting).find():
        if s.key.startswith(_PROTECTED) and s.key[len(_PROTECTED) :].isdigit():
            protected[int(s.key[len(_PROTECTED) :])] = int(s.value or 0)
        elif s.key.startswith(_COURT) and s.key[len(_COURT) :].isdigit() and s.value == "yes":
            court.add(int(s.key[len(_COURT) :]))
        elif s.key == _CAPACITY and s.value:
            capacity = float(s.value)
    return Weighting(capacity=capacity, protected=protected, court_cases=frozenset(court))


def case_weight(*, children: int, plan_kind: PlanKind, court_work: bool) -> float:
    per_child = CP_CHILD if PlanKind(plan_kind) is PlanKind.CHILD_PROTECTION else OTHER_CHILD
    return children * per_child + (COURT_WORK if court_work else 0.0)


def _put(uow: UnitOfWork, ctx: ServiceContext, key: str, value: str) -> Setting:
    repo = uow.repo(Setting)
    found = repo.find(key=key)
    now, who = ctx.clock.now(), ctx.actor.username
    if found:
        return repo.update(replace(found[0], value=value, updated_at=now, updated_by=who))
    return repo.add(Setting(key=key, value=value, updated_at=now, updated_by=who))


def set_protected_time(ctx: ServiceContext, *, person_id: int, percent: int) -> int:
    """A worker's protected time, 0-90 per cent of a full-time caseload (team managers)."""
    require(ctx, Permission.ALLOCATE)
    if not 0 <= percent <= 90:
        raise InvalidInput([FieldProblem("percent", "must be between 0 and 90 per cent")])
    with ctx.uow() as uow:
        saved = _put(uow, ctx, f"{_PROTECTED}{person_id}", str(percent))
        record(uow, ctx, "caseload.protected_time", "person", person_id, f"setting={saved.id}")
    return percent


def court_work_cases(ctx: ServiceContext) -> frozenset[int]:
    """The ids of the cases marked as having court work."""
    require(ctx, Permission.OVERSEE)
    with ctx.uow() as uow:
        return weighting(uow).court_cases


def set_court_work(ctx: ServiceContext, *, case_id: int, court_work: bool) -> bool:
    """Whether a case has court work (care proceedings): it weighs more (team managers)."""
    require(ctx, Permission.ALLOCATE)
    with ctx.uow() as uow:
        _put(uow, ctx, f"{_COURT}{case_id}", "yes" if court_work else "no")
        record(uow, ctx, "caseload.court_work", "case", case_id)
    return court_work
