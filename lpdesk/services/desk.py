"""Who the desk belongs to: an embedded (single-desk) install belongs to one named person, set up
on first run; the demo lets a visitor choose which demo user to be.

``desk_state`` is read by the composition root before anyone is acting (it needs no permission:
it names the desk's users, as a sign-in screen would). ``set_up_owner`` works only on a desk that
has no users yet: the first run. It writes the owner's user (and, unless they chose themselves in
the directory, their person record) and the ``desk_owner`` setting, audited as the new owner.
"""

from __future__ import annotations

from dataclasses import dataclass

from lpdesk.domain import (
    Agency,
    AuditEvent,
    FieldProblem,
    InvalidInput,
    Person,
    Setting,
    User,
    UserRole,
)
from lpdesk.services.context import Actor, ServiceContext, record
from lpdesk.services.people import check_text
from lpdesk.services.ports import UnitOfWorkFactory

__all__ = [
    "OWNER_SETTING",
    "DeskPerson",
    "DeskState",
    "DeskUser",
    "claim_desk",
    "desk_state",
    "set_up_owner",
]

OWNER_SETTING = "desk_owner"
_USERNAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.-_")


@dataclass(frozen=True, kw_only=True, slots=True)
class DeskUser:
    username: str
    name: str
    role: UserRole
    team: str
    person_id: int | None
    job_title: str = ""

    @property
    def actor(self) -> Actor:
        return Actor(
            username=self.username, role=self.role, person_id=self.person_id, team=self.team
        )


@dataclass(frozen=True, kw_only=True, slots=True)
class DeskPerson:
    """A professional in the directory the owner may say they are."""

    id: int
    name: str
    job_title: str
    agency: str


@dataclass(frozen=True, kw_only=True, slots=True)
class DeskState:
    owner: DeskUser | None  # the person the desk belongs to, once set up
    demo: bool  # the fictional demo caseload is loaded: a visitor chooses who to be
    users: tuple[DeskUser, ...]  # every active user, by name
    people: tuple[DeskPerson, ...]  # professionals (people with an agency), by name

    @property
    def first_run(self) -> bool:
        return self.owner is None and not self.users


def desk_state(uow_factory: UnitOfWorkFactory) -> DeskState:
    with uow_factory() as uow:
        users = [u for u in uow.repo(User).find() if u.active]
        people = uow.repo(Person).find()
        agencies = {a.id: a.name for a in uow.repo(Agency).find()}
        owner_rows = uow.repo(Setting).find(key=OWNER_SETTING)
        demo = bool(uow.repo(AuditEvent).find(action="demo.load"))
    titles = {p.id: p.job_title for p in people}
    desk_users = tuple(
        sorted(
            (
                DeskUser(
                    username=u.username,
                    name=u.display_name or u.username,
                    role=u.role,
                    team=u.team,
                    person_id=u.person_id,
                    job_title=titles.get(u.person_id, ""),
                )
                for u in users
            ),
            key=lambda u: (u.name.casefold(), u.username),
        )
    )
    owner_name = owner_rows[0].value if owner_rows else ""
    owner = next((u for u in desk_users if u.username == owner_name), None)
    directory = tuple(
        sorted(
            (
                DeskPerson(
                    id=p.id,
                    name=p.name,
                    job_title=p.job_title,
                    agency=agencies.get(p.agency_id, ""),
                )
                for p in people
                if p.id is not None and p.agency_id is not None
            ),
            key=lambda p: (p.name.casefold(), p.id),
        )
    )
    return DeskState(owner=owner, demo=demo, users=desk_users, people=directory)


def username_for(name: str) -> str:
    """ "Aisha Rahman" -> "aisha.rahman" (letters and digits only; "owner" if none are left)."""
    words = ["".join(c for c in w.casefold() if c in _USERNAME_CHARS) for w in name.split()]
    return ".".join(w for w in words if w)[:60] or "owner"


def set_up_owner(
    ctx: ServiceContext,
    *,
    name: str,
    role: UserRole,
    team: str = "",
    person_id: int | None = None,
    job_title: str = "",
    qualified_social_worker: bool = False,
) -> DeskUser:
    """Make the desk's owner on first run (refused once the desk has any user). ``person_id``
    names who they are in the directory; without it a person record is made for them."""
    problems: list[FieldProblem] = []
    check_text(problems, "name", name, required=True, max_length=200)
    check_text(problems, "team", team, max_length=120)
    check_text(problems, "job_title", job_title, max_length=200)
    with ctx.uow() as uow:
        if uow.repo(User).find():
            problems.append(FieldProblem("name", "this desk already belongs to someone"))
        person: Person | None = None
        if person_id is not None:
            found = uow.repo(Person).find(id=person_id)
            if not found:
                problems.append(FieldProblem("person_id", "no such person in the directory"))
            else:
                person = found[0]
        if problems:
            raise InvalidInput(problems)
        username, role = username_for(name), UserRole(role)
        owner_ctx = ServiceContext(
            uow=ctx.uow,
            actor=Actor(username=username, role=role, team=team.strip()),
            clock=ctx.clock,
        )
        if person is None:
            person = uow.repo(Person).add(
                Person(
                    name=name.strip(),
                    job_title=job_title.strip(),
                    qualified_social_worker=qualified_social_worker,
                )
            )
            record(uow, owner_ctx, "person.add", "person", person.id)
        user = uow.repo(User).add(
            User(
                username=username,
                display_name=name.strip(),
                role=role,
                person_id=person.id,
                team=team.strip(),
            )
        )
        uow.repo(Setting).add(
            Setting(
                key=OWNER_SETTING,
                value=username,
                updated_at=ctx.clock.now(),
                updated_by=username,
            )
        )
        record(uow, owner_ctx, "desk.owner", "user", user.id)
    return DeskUser(
        username=username,
        name=user.display_name,
        role=role,
        team=user.team,
        person_id=person.id,
        job_title=person.job_title,
    )


def claim_desk(ctx: ServiceContext, *, username: str) -> DeskUser:
    """A desk with users but no owner yet (an imported directory): the person at the desk says
    which user they are, once; refused once the desk has an owner."""
    with ctx.uow() as uow:
        if uow.repo(Setting).find(key=OWNER_SETTING):
            raise InvalidInput.one("username", "this desk already belongs to someone")
    chosen = next((u for u in desk_state(ctx.uow).users if u.username == username), None)
    if chosen is None:
        raise InvalidInput.one("username", "no such user on this desk")
    owner_ctx = ServiceContext(uow=ctx.uow, actor=chosen.actor, clock=ctx.clock)
    with ctx.uow() as uow:
        uow.repo(Setting).add(
            Setting(
                key=OWNER_SETTING, value=username, updated_at=ctx.clock.now(), updated_by=username
            )
        )
        record(uow, owner_ctx, "desk.owner", "user", None)
    return chosen
