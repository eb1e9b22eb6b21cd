"""What every use case receives: who is acting, the clock, and the unit-of-work factory.

Use cases are functions taking a ``ServiceContext`` first and keyword-only ids and plain values
after; they return frozen dataclasses, never store objects. Every change writes an audit event in
the same unit of work (``record``), so a refused change writes neither.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from lpdesk.domain import AuditEvent, UserRole
from lpdesk.services.ports import UnitOfWork, UnitOfWorkFactory

__all__ = ["Actor", "Clock", "FixedClock", "ServiceContext", "SystemClock", "record"]


@dataclass(frozen=True, kw_only=True, slots=True)
class Actor:
    """The signed-in user. ``person_id`` links to their Person record (an LP's own cases)."""

    username: str
    role: UserRole
    person_id: int | None = None
    team: str = ""


class Clock(Protocol):
    def now(self) -> datetime: ...

    def today(self) -> date: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now().replace(microsecond=0)

    def today(self) -> date:
        return date.today()


@dataclass
class FixedClock:
    """The clock for tests and ``--as-of``: time stands still unless moved."""

    current: datetime

    def now(self) -> datetime:
        return self.current

    def today(self) -> date:
        return self.current.date()


@dataclass(frozen=True, kw_only=True, slots=True)
class ServiceContext:
    uow: UnitOfWorkFactory
    actor: Actor
    clock: Clock


def record(
    uow: UnitOfWork,
    ctx: ServiceContext,
    action: str,
    entity: str = "",
    entity_id: int | None = None,
    detail: str = "",
) -> None:
    """Append the audit event for a change in the change's own transaction. ``detail`` carries
    identifiers only: never names or narrative."""
    uow.audit(
        AuditEvent(
            at=ctx.clock.now(),
            user=ctx.actor.username,
            role=ctx.actor.role.value,
            action=action,
            entity=entity,
            entity_id=entity_id,
            detail=detail,
        )
    )
