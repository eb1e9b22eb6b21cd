"""The composition root: builds the store, loads profiles and forms, and hands services their
context. The only module (with the command line) that imports ``lpdesk.store``."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from lpdesk import paths
from lpdesk.domain import User, UserRole
from lpdesk.forms.registry import FormRegistry
from lpdesk.services.context import Actor, Clock, ServiceContext, SystemClock
from lpdesk.services.profiles import ProfileProvider, install_provider
from lpdesk.store import Store
from lpdesk.store.engine import sqlite_url

log = logging.getLogger("lpdesk")

__all__ = ["App", "open_app"]


@dataclass
class App:
    store: Store
    data_dir: Path
    profiles: ProfileProvider  # shipped profiles and forms, then the authority's own
    clock: Clock = field(default_factory=SystemClock)

    @property
    def forms(self) -> FormRegistry:
        return self.profiles.forms()

    def context(self, actor: Actor) -> ServiceContext:
        return ServiceContext(uow=self.store.unit_of_work, actor=actor, clock=self.clock)

    def actor(self, username: str | None = None) -> Actor:
        """The acting user: the named one, else ``LPDESK_USER``, else the desk's first lead
        professional (an embedded, single-user database), else a local administrator."""
        wanted = username or os.environ.get("LPDESK_USER")
        with self.store.unit_of_work() as uow:
            users = (
                uow.repo(User).find(username=wanted)
                if wanted
                else uow.repo(User).find(role=UserRole.LEAD_PROFESSIONAL)
            )
        if wanted and not users:
            from lpdesk.domain import InvalidInput

            raise InvalidInput.one("user", f'no user "{wanted}" in this database')
        if users:
            u = users[0]
            return Actor(username=u.username, role=u.role, person_id=u.person_id, team=u.team)
        return Actor(username="local", role=UserRole.TEAM_MANAGER)

    def close(self) -> None:
        install_provider(None)
        self.store.close()


def open_app(
    *, data_dir: str | os.PathLike[str] | None = None, database_url: str | None = None
) -> App:
    data = paths.data_dir(data_dir)
    url = (
        database_url
        or os.environ.get("LPDESK_DATABASE_URL")
        or sqlite_url(paths.database_path(data))
    )
    shipped, authority = paths.forms_dir(), data / "forms"
    profiles = ProfileProvider(
        profiles_dir=[shipped / "profiles", authority / "profiles"],
        forms_dir=[shipped / "proformas", authority / "proformas"],
    )
    profiles.profiles(), profiles.forms()  # refuse a broken profile or form now, naming it
    store = Store.open(url, backup_dir=data / "backups")
    install_provider(profiles)
    log.info("opened database (%s)", "postgresql" if url.startswith("postgresql") else "sqlite")
    return App(store=store, data_dir=data, profiles=profiles)
