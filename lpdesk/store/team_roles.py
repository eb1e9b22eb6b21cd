"""Team databases: each person connects as their own PostgreSQL role, which owns nothing.

``setup`` (run by IT with the owner role, after the migrations) creates the group role
``lpdesk_user`` and grants it exactly what the app's use cases need:

- every case table: SELECT, INSERT, UPDATE, DELETE, and the sequences behind their ids;
- ``audit_event``: SELECT and INSERT only, never UPDATE, DELETE or TRUNCATE; not being its owner,
  a user role cannot ALTER it or disable its triggers; a trigger stamps each row a user role
  inserts with the database's own ``session_user``, their lpdesk role and the time, so the app
  cannot forge who acted, in what role, or when;
- ``user``: every column but ``password_hash`` readable, nothing writable (no one promotes
  themselves or reads a hash): creating a user, setting a role and resetting a password go
  through the checked functions of ``lpdesk.store.team_policies``;
- ``alembic_version``: SELECT (the app checks the schema), never a migration.

``add_user`` creates a person's LOGIN role in ``lpdesk_user`` (PostgreSQL stores the password as
SCRAM; or the council's pg_hba uses GSSAPI/LDAP and no password is set), optionally also in
``lpdesk_account_admin``. Row-level security by case and team: ``lpdesk.store.team_policies``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, text

from lpdesk.domain import InvalidInput
from lpdesk.store.tables import metadata
from lpdesk.store.team_policies import ACCOUNT_ADMIN, apply_policies

__all__ = ["GROUP", "Identity", "add_user", "hashes_hidden", "identity", "setup"]

GROUP = "lpdesk_user"
_ROLE_NAME = re.compile(r"^[a-z][a-z0-9._-]{1,62}$")
_USER_READABLE = (
    "id",
    "username",
    "display_name",
    "role",
    "person_id",
    "team",
    "active",
    "failed_sign_ins",
    "locked_until",
)
_STAMP = """
CREATE OR REPLACE FUNCTION audit_event_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- anyone but the table's owner (IT, running setup) is stamped
    IF NOT pg_has_role(session_user, (SELECT c.relowner FROM pg_class c WHERE c.oid = TG_RELID),
                       'MEMBER') THEN
        NEW."user" := session_user;
        NEW.at := localtimestamp(0);
        -- and the role the database knows them by, not the one the client claims
        NEW.role := coalesce((SELECT m.role FROM public.lpdesk_me() m), NEW.role);
    END IF;
    RETURN NEW;
END $$"""


@dataclass(frozen=True)
class Identity:
    """Who the database says is connected. ``person`` is the session's role name when it is a
    person's own role (one that does not own the schema); ``roles_set_up`` when ``setup`` has
    granted ``lpdesk_user`` this database (from then on the owner is for IT's commands only)."""

    session_user: str
    person: str | None
    roles_set_up: bool


def identity(engine: Engine) -> Identity | None:
    """The connection's identity on PostgreSQL (None for SQLite): ``session_user`` is the role
    PostgreSQL authenticated, which no client can change (``SET ROLE`` is refused to user roles)."""
    if engine.dialect.name != "postgresql":
        return None
    with engine.connect() as conn:
        who, owner, set_up = conn.execute(
            text(
                "SELECT session_user::text, "
                "coalesce((SELECT pg_has_role(session_user, c.relowner, 'MEMBER') FROM pg_class c"
                "          WHERE c.oid = to_regclass('public.case')), true), "
                "EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :group)"
            ),
            {"group": GROUP},
        ).one()
        if set_up:
            set_up = bool(
                conn.execute(
                    text(
                        "SELECT to_regclass('public.case') IS NOT NULL AND "
                        "has_table_privilege(:group, 'public.case', 'SELECT')"
                    ),
                    {"group": GROUP},
                ).scalar_one()
            )
    return Identity(session_user=who, person=None if owner else who, roles_set_up=bool(set_up))


def hashes_hidden(conn: Connection) -> bool:
    """True when this connection may not read ``user.password_hash`` (a person's own role):
    the store then reads users without it. Asked once per pooled connection."""
    if conn.dialect.name != "postgresql":
        return False
    cached = conn.info.get("lpdesk_hashes_hidden")
    if cached is None:
        cached = not conn.execute(
            text(
                "SELECT to_regclass('public.\"user\"') IS NULL OR "
                "has_column_privilege('public.\"user\"', 'password_hash', 'SELECT')"
            )
        ).scalar_one()
        conn.info["lpdesk_hashes_hidden"] = cached
    return bool(cached)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def setup(conn: Connection) -> None:
    """Create the group role and its grants (idempotent); run as the schema's owner."""
    if conn.dialect.name != "postgresql":
        raise InvalidInput.one("database_url", "team roles are for a PostgreSQL team database")
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": GROUP}).first()
    if exists is None:
        conn.execute(text(f"CREATE ROLE {GROUP} NOLOGIN"))
    conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {GROUP}"))
    conn.execute(text(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {GROUP}"))
    for table in metadata.sorted_tables:
        if table.name in ("audit_event", "user"):
            continue
        conn.execute(
            text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {_quoted(table.name)} TO {GROUP}")
        )
    conn.execute(text(f"GRANT SELECT, INSERT ON audit_event TO {GROUP}"))
    readable = ", ".join(_quoted(c) for c in _USER_READABLE)
    conn.execute(text(f'GRANT SELECT ({readable}) ON "user" TO {GROUP}'))
    conn.execute(text(f"GRANT SELECT ON alembic_version TO {GROUP}"))
    conn.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {GROUP}"))
    conn.execute(text(_STAMP))
    conn.execute(text("DROP TRIGGER IF EXISTS audit_event_stamp ON audit_event"))
    conn.execute(
        text(
            "CREATE TRIGGER audit_event_stamp BEFORE INSERT ON audit_event "
            "FOR EACH ROW EXECUTE FUNCTION audit_event_stamp()"
        )
    )
    apply_policies(conn, GROUP)


def add_user(
    conn: Connection, username: str, password: str | None = None, *, account_admin: bool = False
) -> None:
    """A LOGIN role for one person in ``lpdesk_user``; with ``password`` PostgreSQL keeps its
    SCRAM verifier (lpdesk keeps nothing), without one the council's pg_hba authenticates.
    ``account_admin`` also makes them a member of ``lpdesk_account_admin``."""
    if not _ROLE_NAME.match(username):
        raise InvalidInput.one(
            "username", "lower-case letters, digits, '.', '_' or '-', starting with a letter"
        )
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": username})
    if exists.first() is not None:
        raise InvalidInput.one("username", f'a database role "{username}" already exists')
    role = _quoted(username)
    conn.execute(text(f"CREATE ROLE {role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE"))
    if password:
        conn.execute(text("SET LOCAL password_encryption = 'scram-sha-256'"))
        literal = conn.execute(text("SELECT quote_literal(:p)"), {"p": password}).scalar_one()
        conn.execute(text(f"ALTER ROLE {role} PASSWORD {literal}"))
    conn.execute(text(f"GRANT {GROUP} TO {role}"))
    if account_admin:
        conn.execute(text(f"GRANT {ACCOUNT_ADMIN} TO {role}"))
