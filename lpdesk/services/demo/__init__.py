"""The fictional demo caseload: six families, nine children, a team and its partners.

Everything is invented, the authority (Northvale Council) included. Dates are set around the day
it is loaded (the context's clock), so the due list always has something due soon and something
overdue; conferences and core groups fall on working days. The caseload is written through the case services
(people, cases) and, for records whose services belong elsewhere (meetings, visits,
disagreements, plan outcomes and actions, events, assessments, review reports), straight through
the unit of work. All of it is one transaction: a failure leaves the database as it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import TracebackType

from lpdesk.domain import Agency, Case, Child, InvalidInput, Person, Setting, User
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.demo.england import add_england_families
from lpdesk.services.demo.others import add_other_families
from lpdesk.services.demo.staff import add_staff
from lpdesk.services.permissions import Permission, require
from lpdesk.services.ports import UnitOfWork

__all__ = ["DEMO_SETTINGS", "DemoSummary", "load_demo"]


@dataclass(frozen=True, kw_only=True, slots=True)
class DemoSummary:
    cases: int
    children: int
    people: int
    users: int

    def __str__(self) -> str:
        return (
            f"{self.cases} cases, {self.children} children, {self.people} people,"
            f" {self.users} users"
        )


class _Joined:
    """A unit of work that joins an outer one: entering returns it, leaving neither commits nor
    rolls back, so every service call inside ``load_demo`` shares one transaction."""

    def __init__(self, outer: UnitOfWork) -> None:
        self._outer = outer

    def __enter__(self) -> UnitOfWork:
        return self._outer

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        return None


# The fictional authority the demo belongs to, on every header and letter (kept if already set).
DEMO_SETTINGS = {
    "authority_name": "Northvale Council",
    "team_name": "North Children's Social Work Team",
}


def _name_the_authority(ctx: ServiceContext, uow: UnitOfWork) -> None:
    from lpdesk.services.settings import set_setting

    for key, value in DEMO_SETTINGS.items():
        if not uow.repo(Setting).find(key=key):
            set_setting(ctx, key=key, value=value)


def load_demo(ctx: ServiceContext) -> DemoSummary:
    """Load the demo caseload into an empty database; refused (``demo``) if anything is there.
    Only a team manager may (the demo allocates lead professionals)."""
    require(ctx, Permission.ALLOCATE)
    with ctx.uow() as uow:
        if any(uow.repo(cls).find() for cls in (Case, Person, Agency, User)):
            raise InvalidInput.one("demo", "already loaded: the database is not empty")
        joined = ServiceContext(uow=lambda: _Joined(uow), actor=ctx.actor, clock=ctx.clock)  # type: ignore[arg-type,return-value]
        _name_the_authority(joined, uow)
        staff = add_staff(joined, uow)
        add_england_families(joined, uow, staff)
        add_other_families(joined, uow, staff)
        summary = DemoSummary(
            cases=len(uow.repo(Case).find()),
            children=len(uow.repo(Child).find()),
            people=len(uow.repo(Person).find()),
            users=len(uow.repo(User).find()),
        )
        record(uow, ctx, "demo.load", detail=f"cases={summary.cases}")
    return summary
