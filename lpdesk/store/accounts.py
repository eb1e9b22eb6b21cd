"""Account changes (create a user, set a role, set lpdesk's own password) inside a unit of work.

On a desk (SQLite), or on a team database reached with one shared URL, the ``user`` row is
written as any other. Connected as a person's own PostgreSQL role the role may not write
``user`` at all: a new user and a new role go through the checked SECURITY DEFINER functions
``lpdesk_create_user`` and ``lpdesk_set_role`` (``lpdesk.store.team_policies``), which check the
caller's role and audit the act under the database's own ``session_user``. Such a person signs
in with their database role, so lpdesk's own password means nothing there: setting one is refused
with a sentence (their password is PostgreSQL's).
"""

from __future__ import annotations

import re
from dataclasses import replace

from sqlalchemy import Connection, text

from lpdesk.domain import InvalidInput, User, UserRole
from lpdesk.store.team_roles import hashes_hidden
from lpdesk.store.uow import SqlRepository

__all__ = ["SqlAccounts"]

_ROLE_NAME = re.compile(r"^[a-z][a-z0-9._-]{1,62}$")  # lpdesk_create_user's own rule


class SqlAccounts:
    """``Accounts`` over one unit of work's connection."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._users = SqlRepository(conn, User)

    @property
    def database_roles(self) -> bool:
        """True on a person's own database role: they sign in as a PostgreSQL role, which IT
        creates (``lpdesk team add-user``), and their password is the database's."""
        return hashes_hidden(self._conn)

    def create_user(self, user: User) -> User:
        if not self.database_roles:
            return self._users.add(user)
        if not _ROLE_NAME.match(user.username):
            raise InvalidInput.one("username", "must start with a letter in a team database")
        new_id = self._conn.execute(
            text("SELECT lpdesk_create_user(:username, :name, :role, :team, :person)"),
            {
                "username": user.username,
                "name": user.display_name,
                "role": user.role.value,
                "team": user.team,
                "person": user.person_id,
            },
        ).scalar_one()
        return self._users.get(new_id)

    def set_role(self, user: User, role: UserRole) -> User:
        if not self.database_roles:
            return self._users.update(replace(user, role=role))
        self._conn.execute(
            text("SELECT lpdesk_set_role(:username, :role)"),
            {"username": user.username, "role": role.value},
        )
        return self._users.get(user.id or 0)

    def set_password(self, user: User, password_hash: str) -> User:
        if self.database_roles:
            raise InvalidInput.one("password", "a team database's passwords are its own")
        return self._users.update(replace(user, password_hash=password_hash))
