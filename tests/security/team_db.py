"""Connecting to a team database on the test PostgreSQL server as a given role, as psql would
(the test server trusts loopback connections, so no password is needed)."""

from __future__ import annotations

from typing import Any


def connect_as(url: str, role: str | None = None) -> Any:
    """A psycopg autocommit connection as ``role`` (the URL's owner role when None)."""
    import psycopg
    from sqlalchemy.engine import make_url

    u = make_url(url)
    who = role or u.username
    return psycopg.connect(
        f"host={u.host} port={u.port} user={who} dbname={u.database}", autocommit=True
    )
