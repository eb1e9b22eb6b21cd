"""The composition root: builds the store, loads profiles and forms, and hands services their
context. The only module (with the command line) that imports ``lpdesk.store``."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lpdesk import paths
from lpdesk.domain import AuditEvent, Setting, User, UserRole
from lpdesk.forms.registry import FormRegistry
from lpdesk.services.context import Actor, Clock, ServiceContext, SystemClock
from lpdesk.services.profiles import ProfileProvider, install_provider
from lpdesk.store import Store
from lpdesk.store.engine import sqlite_url

if TYPE_CHECKING:
    from lpdesk.services.desk import DeskState, DeskUser

log = logging.getLogger("lpdesk")

__all__ = ["App", "open_app"]


@dataclass
class App:
    store: Store
    data_dir: Path
    profiles: ProfileProvider  # shipped profiles and forms, then the authority's own
    clock: Clock = field(default_factory=SystemClock)
    storage_warning: str | None = None  # show it: a network share or a cloud-synced folder
    signed_in: Actor | None = None  # team mode: the person who signed in (``sign_in``)
    audit_warning: str | None = None  # show it: the audit trail's hash chain is broken
    # team mode on a person's own database role: PostgreSQL authenticated them (``session_user``)
    person_role: str | None = None
    owner_connection: bool = False  # the schema owner's URL on a database set up with roles

    @property
    def team_mode(self) -> bool:
        """A shared (PostgreSQL) database: people sign in (decision 0011)."""
        return self.store.database_path is None

    def sign_in(self, username: str, password: str) -> Actor:
        """Check a username and password (``SignInRefused`` otherwise); the person signed in is
        the actor from now on. Connected as a person's own database role there is nothing to
        check (PostgreSQL signed them in); with the owner's URL on a database whose roles are
        set up, no one signs in: that URL is IT's, for ``lpdesk team`` only."""
        from lpdesk.services.auth import sign_in

        if self.person_role is not None:
            return self._signed_in_actor(username)
        self.refuse_owner_connection()
        self.signed_in = sign_in(self.store.unit_of_work, username, password, clock=self.clock)
        return self.signed_in

    @property
    def forms(self) -> FormRegistry:
        return self.profiles.forms()

    def context(self, actor: Actor) -> ServiceContext:
        return ServiceContext(uow=self.store.unit_of_work, actor=actor, clock=self.clock)

    def actor(self, username: str | None = None) -> Actor:
        """The acting user. In team mode only the person who signed in (``sign_in``): a name
        given here or in ``LPDESK_USER`` is never trusted. On the desk's own database: its owner
        (set up on first run; else the first active lead professional, else the first active user,
        else a local manager: the command line on an empty desk); naming another user is refused
        unless the database holds the fictional demo caseload."""
        if self.team_mode:
            return self._signed_in_actor(username)
        from lpdesk.services.desk import OWNER_SETTING

        wanted = (username or os.environ.get("LPDESK_USER") or "").strip()
        # Only what choosing needs (not desk_state, which reads every person): the owner's
        # username, the active users, and the demo marker when another user is named.
        with self.store.unit_of_work() as uow:
            owner_rows = uow.repo(Setting).find(key=OWNER_SETTING)
            users = [u for u in uow.repo(User).find() if u.active]
        set_up = owner_rows[0].value if owner_rows else None
        leads = [u for u in users if u.role is UserRole.LEAD_PROFESSIONAL]
        owner: User | None = next((u for u in users if u.username == set_up), None) or (
            (leads or users)[0] if (leads or users) else None
        )
        chosen = owner
        if wanted and (owner is None or wanted != owner.username):
            named = [u for u in users if u.username == wanted]
            if not named:
                from lpdesk.domain import InvalidInput

                raise InvalidInput.one("user", f'no active user "{wanted}" in this database')
            with self.store.unit_of_work() as uow:
                demo = bool(uow.repo(AuditEvent).find(action="demo.load"))
            if not demo:
                from lpdesk.domain import LpdeskError

                raise LpdeskError(
                    "this desk belongs to its owner: acting as another user is only for the "
                    "demo database (a team database signs each person in)"
                )
            chosen = named[0]
        if chosen is None:
            return Actor(username="local", role=UserRole.TEAM_MANAGER)
        return Actor(
            username=chosen.username, role=chosen.role, person_id=chosen.person_id, team=chosen.team
        )

    def desk_owner(self) -> DeskUser | None:
        """The desk's owner as ``desk_state`` gives it (an active user named by the owner
        setting), read alone: the start of a set-up desk needs nothing else, and ``desk_state``
        builds every person and agency of the database (the first run's directory)."""
        from lpdesk.domain import Person
        from lpdesk.services.desk import OWNER_SETTING, DeskUser

        with self.store.unit_of_work() as uow:
            setting = uow.repo(Setting).find(key=OWNER_SETTING)
            named = uow.repo(User).find(username=setting[0].value) if setting else []
            user = next((u for u in named if u.active), None)
            if user is None:
                return None
            person = uow.repo(Person).find(id=user.person_id) if user.person_id is not None else []
        return DeskUser(
            username=user.username,
            name=user.display_name or user.username,
            role=user.role,
            team=user.team,
            person_id=user.person_id,
            job_title=person[0].job_title if person else "",
        )

    def desk_state(self) -> DeskState:
        """Who this desk belongs to, whether it holds the demo, and its users (``services.desk``)."""
        from lpdesk.services.desk import desk_state

        return desk_state(self.store.unit_of_work)

    def set_up_owner(self, **form: Any) -> DeskUser:
        """First run of the desk's own database: make its owner (``services.desk.set_up_owner``)."""
        from lpdesk.services.desk import set_up_owner

        setup = Actor(username="lpdesk.setup", role=UserRole.TEAM_MANAGER)
        return set_up_owner(self.context(setup), **form)

    def claim_desk(self, username: str) -> DeskUser:
        from lpdesk.services.desk import claim_desk

        setup = Actor(username="lpdesk.setup", role=UserRole.TEAM_MANAGER)
        return claim_desk(self.context(setup), username=username)

    def _signed_in_actor(self, username: str | None) -> Actor:
        from lpdesk.domain import LpdeskError

        if self.signed_in is None:
            raise LpdeskError("a team database needs you to sign in first")
        if username and username.strip() != self.signed_in.username:
            raise LpdeskError(f'signed in as "{self.signed_in.username}", not as "{username}"')
        return self.signed_in

    def refuse_owner_connection(self) -> None:
        """``LpdeskError`` when connected with the owner's URL to a database set up with roles:
        no one works as the owner (it bypasses every policy); it is IT's, for ``lpdesk team``."""
        from lpdesk.domain import LpdeskError

        if self.owner_connection:
            raise LpdeskError(
                "this is the database owner's connection, for lpdesk team setup and add-user "
                "only: connect with your own database role (a URL naming you, without the "
                "owner's name or password)"
            )

    def _session_person(self) -> None:
        """Team mode on a person's own role: the actor is the lpdesk user named like the role
        PostgreSQL authenticated (``session_user``), whatever name the client gives."""
        from lpdesk.domain import LpdeskError
        from lpdesk.store.team_roles import identity

        found = identity(self.store.engine)
        if found is None:
            return
        if found.person is None:
            self.owner_connection = found.roles_set_up
            return
        self.person_role = found.person
        with self.store.unit_of_work() as uow:
            users = [u for u in uow.repo(User).find(username=found.person) if u.active]
        if not users:
            raise LpdeskError(
                f'the database role "{found.person}" has no active lpdesk user: ask IT to add '
                "you (lpdesk team add-user)"
            )
        u = users[0]
        self.signed_in = Actor(username=u.username, role=u.role, person_id=u.person_id, team=u.team)

    def backup_if_due(self) -> Path | None:
        """A scheduled, verified backup of the desk's database into ``backups`` when the newest
        is a day old (``services.backups``); None when none was due or the database is
        PostgreSQL (backed up by its administrator). Slow: call it off the UI thread."""
        if self.store.database_path is None:
            return None
        from lpdesk.services.backups import backup_if_due

        return backup_if_due(self.store.backup, self.data_dir / "backups", now=self.clock.now())

    def close(self) -> None:
        install_provider(None)
        self.store.close()


def open_app(
    *,
    data_dir: str | os.PathLike[str] | None = None,
    database_url: str | None = None,
    ask_passphrase: Callable[[bool], str] | None = None,
    ask_database_password: Callable[[str], str] | None = None,
) -> App:
    """``ask_passphrase(new)`` is called only when the embedded database is keyed by passphrase
    (no keyring): the GUI shows a dialog, the command line uses getpass.
    ``ask_database_password(username)``: a team database's server wants the password of the
    person's own role (SCRAM) and no ``.pgpass`` or ``PGPASSWORD`` gave it."""
    data = paths.data_dir(data_dir)
    url = database_url or os.environ.get("LPDESK_DATABASE_URL")
    shipped, authority = paths.forms_dir(), data / "forms"
    profiles = ProfileProvider(
        profiles_dir=[shipped / "profiles", authority / "profiles"],
        forms_dir=[shipped / "proformas", authority / "proformas"],
    )
    # refuse a broken profile or form now, naming its file, line and key
    profiles.profiles()
    profiles.forms()
    if url:
        store = Store.open(url, backup_dir=data / "backups", ask_password=ask_database_password)
    else:
        store = _open_embedded(paths.database_path(data), data / "backups", ask_passphrase)
    warning = None
    if store.database_path is not None:
        from lpdesk.services.durability import storage_warning

        warning = storage_warning(store.database_path)
        if warning:
            log.warning("the database is in an unsafe place (network share or cloud folder)")
    audit_warning = _start_checks(store, data)
    install_provider(profiles)
    log.info(
        "opened database (%s)",
        "postgresql"
        if store.database_path is None
        else ("sqlcipher" if store.encrypted else "sqlite"),
    )
    app = App(
        store=store,
        data_dir=data,
        profiles=profiles,
        storage_warning=warning,
        audit_warning=audit_warning,
    )
    if store.database_path is None:
        try:
            app._session_person()
        except BaseException:
            app.close()
            raise
    return app


def _start_checks(store: Store, data: Path) -> str | None:
    """What every start does on the desk's own database: sweep what a killed run left (half-
    written files, pack staging, old previews) and verify the audit trail's hash chain. Returns a
    sentence to show when the trail has been tampered with."""
    import tempfile

    from lpdesk.services.leftovers import sweep_folder, sweep_previews

    sweep_previews()
    for folder in (data, data / "backups", Path(tempfile.gettempdir())):
        sweep_folder(folder)
    if store.database_path is None:
        return None
    problems = store.audit_chain_problems()
    if not problems:
        return None
    log.error("the audit trail failed its check at start: %d problems", len(problems))
    return (
        "The audit trail of this database has been altered outside lpdesk: "
        + "; ".join(problems[:3])
        + ". Tell your team manager and data protection officer; run lpdesk audit --verify."
    )


def _open_embedded(db: Path, backups: Path, ask_passphrase: Callable[[bool], str] | None) -> Store:
    """The desk's own database, encrypted whenever it can be keyed (decision 0010): an encrypted
    file always; otherwise when a keyring answers or a passphrase can be asked for.
    ``LPDESK_ENCRYPTION=off`` keeps a new or plain database plain."""
    from lpdesk.domain import LpdeskError
    from lpdesk.store import crypto

    named = os.environ.get(crypto.PASSPHRASE_FILE_ENV)
    if named:
        ask_passphrase = crypto.passphrase_from_file(Path(named))
    state = crypto.file_state(db)
    wanted = os.environ.get("LPDESK_ENCRYPTION", "auto").lower() != "off"
    keyed = crypto.salt_path(db).exists() or crypto.keyring_available() or ask_passphrase
    if state == "encrypted" or (wanted and keyed):
        return Store.open_encrypted(db, backup_dir=backups, ask_passphrase=ask_passphrase)
    if wanted and state == "new":
        raise LpdeskError(
            "there is no keyring and no terminal to ask for a passphrase, so the new database "
            "could not be encrypted; nothing was created. Unlock the keyring, or set "
            f"{crypto.PASSPHRASE_FILE_ENV} to a file only you can read (chmod 600), or set "
            "LPDESK_ENCRYPTION=off to keep it unencrypted"
        )
    if wanted:
        log.warning("no keyring and no way to ask for a passphrase: the database is not encrypted")
    return Store.open(sqlite_url(db), backup_dir=backups)
