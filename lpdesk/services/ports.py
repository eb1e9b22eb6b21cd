"""The ports through which services reach the store. ``lpdesk.app`` wires the SQLAlchemy
implementation (``lpdesk.store``) in; tests may wire anything that satisfies these protocols.

A unit of work is a transaction: leaving its ``with`` block normally commits, an exception rolls
everything back, so a refused change writes nothing, not even its audit event.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from lpdesk.domain import (
    AuditEvent,
    CaseFacts,
    Child,
    Conference,
    DueItem,
    DueKind,
    ReviewReport,
    User,
    UserRole,
)

if TYPE_CHECKING:  # the rules import the working-day calendar (holidays): not at start-up
    from lpdesk.rules.compliance import CoreGroupRow, VisitRow

T = TypeVar("T")


class Repository(Protocol[T]):
    def add(self, obj: T) -> T:
        """Insert; returns the object with its new ``id``."""

    def add_all(self, objs: Sequence[T]) -> list[T]:
        """Insert many at once (bulk); returns them with ids, in order."""

    def get(self, ident: int) -> T:
        """The object with this id, or ``NotFound``."""

    def find(self, **where: Any) -> list[T]:
        """Objects whose fields equal the given values (a list or tuple value means IN), by id."""

    def update(self, obj: T) -> T:
        """Replace the stored row. For entities with a ``revision`` field the stored revision must
        equal ``obj.revision`` (else ``Conflict``); the returned object has revision + 1."""

    def delete(self, ident: int) -> None:
        """Delete by id (``NotFound`` if absent)."""


class Accounts(Protocol):
    """Account changes in the unit of work's transaction. On a desk the ``user`` row is written;
    connected to a team database as a person's own role, through the database's checked
    functions (which refuse what the caller's role may not do, and audit the act themselves)."""

    @property
    def database_roles(self) -> bool:
        """True when people sign in as their own database role: a new user needs one from IT
        (``lpdesk team add-user``) before they can sign in, and passwords are the database's."""

    def create_user(self, user: User) -> User:
        """Insert a new user; returns it with its id."""

    def set_role(self, user: User, role: UserRole) -> User:
        """Change a stored user's role; returns the user as stored."""

    def set_password(self, user: User, password_hash: str) -> User:
        """Store lpdesk's own password hash (``InvalidInput`` when passwords are the
        database's); returns the user."""


DueCursor = tuple[date, int, int, str]
"""An item's place in the due list: (due, case id, seq, reason); see ``KeptDueItems``."""


class KeptDueItems(Protocol):
    """Each open case's due items that do not depend on the day, kept beside its due facts.

    The list's order is (due, case id, seq, reason): ``seq`` is the kind's place among the
    ``DueKind`` members shifted left 32 bits, plus the child's id (0 for none); reasons compare
    by code point. ``limits`` gives, per profile, (the last day "due soon" covers, the last due
    day listed); an item kept as ``soon_only`` is listed only when due by the first."""

    def itemize(
        self, stamp: str, make: Callable[[list[CaseFacts]], list[tuple[DueItem, int, bool]]]
    ) -> int:
        """Keep ``make``'s items (item, seq, soon only) for each open case whose facts hold
        and whose items are not of ``stamp``; returns how many cases."""

    def live_cases(self, as_of: date, stamp: str) -> list[int]:
        """The cases open on ``as_of`` whose kept items cannot be used that day."""

    def page(
        self,
        *,
        limits: Mapping[str, tuple[date, date]],
        kinds: Sequence[DueKind] | None,
        exclude: Sequence[int],
        after: DueCursor | None,
        limit: int | None,
    ) -> list[tuple[DueItem, DueCursor, str]]:
        """Kept items in order after ``after`` (statuses left OK), without ``exclude``'s; each
        with its place and its case's profile."""

    def counts(
        self,
        *,
        as_of: date,
        limits: Mapping[str, tuple[date, date]],
        kinds: Sequence[DueKind] | None,
        exclude: Sequence[int],
    ) -> tuple[int, int, int]:
        """(overdue, due soon, every item listed) among the kept items, without ``exclude``'s."""

    def cover_groups(self, as_of: date, exclude: Sequence[int]) -> list[tuple[CaseFacts, int]]:
        """The kept open cases whose LP is absent on ``as_of``, by LP and profile: facts with
        only what the cover rule reads (the group's first case), and how many cases."""

    def cover_cases(
        self,
        lp_person_id: int,
        profile_id: str,
        exclude: Sequence[int],
        from_case: int | None,
        limit: int | None,
    ) -> list[tuple[int, str]]:
        """(id, reference) of one such group's cases, by id from ``from_case``, at most
        ``limit``."""


class UnitOfWork(Protocol):
    def __enter__(self) -> UnitOfWork: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    def repo(self, cls: type[T]) -> Repository[T]: ...

    def audit(self, event: AuditEvent) -> None:
        """Append an audit event in this transaction (the table is append-only)."""

    def accounts(self) -> Accounts:
        """Creating users, setting roles and passwords (``Accounts``)."""

    def case_facts(
        self, *, as_of: date, case_ids: Sequence[int] | None = None, lp_person_id: int | None = None
    ) -> list[CaseFacts]:
        """Facts for every open case (or the given ones, or one LP's), in a fixed small number of
        aggregate queries whatever the number of cases."""

    def kept_due(self) -> KeptDueItems | None:
        """The due items kept per case (docs/decisions/0020-paged-due-list.md), or None where
        they cannot be used (a team member's session: their few cases are computed live)."""

    def child_names(self, child_ids: Sequence[int]) -> dict[int, str]:
        """Each child's name, by child id (only the two columns that needs)."""

    def caseload_labels(
        self, case_ids: Sequence[int]
    ) -> dict[int, tuple[str, tuple[str, ...], str]]:
        """Each case's (reference, children's names, current lead professional's name or ""), by
        case id: the caseload's columns besides the due facts (only the columns they need)."""

    def compliance_records(
        self,
        *,
        case_ids: Sequence[int],
        lead_of: Mapping[int, int],
        period_start: date,
        period_end: date,
        meetings_from: date,
    ) -> tuple[
        list[Child], list[VisitRow], list[Conference], list[CoreGroupRow], list[ReviewReport]
    ]:
        """(children, visits, conferences, core groups, review reports) of the cases, for a
        compliance report over [period_start, period_end]: only the columns the measures read
        (the rest left at their defaults; visits and core groups as the measures' narrow rows,
        ``lpdesk.rules.compliance.VisitRow`` and ``CoreGroupRow``) and only the rows the period can
        touch (visits in the
        period and the last ones by the case's LP, ``lead_of``, before it; core groups held from
        ``meetings_from``; every child, conference and review report)."""


UnitOfWorkFactory = Callable[[], UnitOfWork]
