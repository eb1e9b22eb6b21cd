"""The organisation's directory: everyone lpdesk knows, to pick a member, a chair or a lead
professional from instead of typing them again."""

from __future__ import annotations

from dataclasses import dataclass

from lpdesk.domain import Agency, Child, Person
from lpdesk.services.context import ServiceContext
from lpdesk.services.permissions import Permission, require

__all__ = ["DirectoryEntry", "directory"]


@dataclass(frozen=True, kw_only=True, slots=True)
class DirectoryEntry:
    person: Person
    agency: str

    @property
    def label(self) -> str:
        extra = " · ".join(p for p in (self.person.job_title, self.agency) if p)
        return f"{self.person.name} ({extra})" if extra else self.person.name


def directory(ctx: ServiceContext) -> list[DirectoryEntry]:
    """People by name, children left out (a child is on their own case, not in the directory)."""
    require(ctx, Permission.READ_CASE)
    with ctx.uow() as uow:
        children = {c.person_id for c in uow.repo(Child).find()}
        agencies = {a.id: a.name for a in uow.repo(Agency).find()}
        people = [p for p in uow.repo(Person).find() if p.id not in children]
    people.sort(key=lambda p: (p.name.casefold(), p.id or 0))
    return [DirectoryEntry(person=p, agency=agencies.get(p.agency_id or -1, "")) for p in people]
