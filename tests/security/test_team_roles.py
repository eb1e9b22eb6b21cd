"""A person's own PostgreSQL role cannot do what the shared owner role could: rewrite or delete
audit rows, disable the audit trigger, forge who acted, promote themselves, read password hashes
or alter the schema. Run on the test PostgreSQL server, connecting as that role (as psql would)."""

from __future__ import annotations

import pytest

from lpdesk.cli import main
from lpdesk.domain import UserRole
from tests.security.team_db import connect_as as _as

pytestmark = pytest.mark.postgres


@pytest.fixture
def team(monkeypatch):
    from tests.store.pg import fresh_database, postgres_available, running_postgres

    if not postgres_available():
        pytest.skip("PostgreSQL server binaries not found")
    monkeypatch.setenv("LPDESK_LOG_LEVEL", "WARNING")
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "a database password 1")
    with running_postgres() as server, fresh_database(server) as url:
        assert main(["--database-url", url, "team", "setup"]) == 0
        argv = ["--database-url", url, "team", "add-user", "ana.lp", "--name", "Ana"]
        assert main([*argv, "--role", UserRole.LEAD_PROFESSIONAL.value, "--team", "North"]) == 0
        yield url


def test_a_users_role_cannot_touch_the_trail_or_promote_itself(team):
    import psycopg

    with _as(team, "ana.lp") as con:
        con.execute(
            'INSERT INTO audit_event (at, "user", role, action, entity, detail) '
            "VALUES ('2001-01-01', 'someone.else', 'team_manager', 'case.close', '', '')"
        )
        (who, role, when) = con.execute(
            'SELECT "user", role, at FROM audit_event ORDER BY id DESC LIMIT 1'
        ).fetchone()
        assert who == "ana.lp" and when.year > 2001  # the database says who and when
        assert role == "lead_professional"  # and in what role
        for attack in (
            "UPDATE audit_event SET \"user\" = 'x'",
            "DELETE FROM audit_event",
            "TRUNCATE audit_event",
            "ALTER TABLE audit_event DISABLE TRIGGER ALL",
            "DROP TRIGGER audit_event_no_change ON audit_event",
            "UPDATE \"user\" SET role = 'team_manager' WHERE username = 'ana.lp'",
            'SELECT password_hash FROM "user"',
            "CREATE TABLE mine (x int)",
            'ALTER TABLE "case" ADD COLUMN x int',
            "UPDATE alembic_version SET version_num = 'x'",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                con.execute(attack)
        assert con.execute('SELECT count(*) FROM "case"').fetchone() == (0,)
        assert con.execute('SELECT username, role FROM "user"').fetchall() == [
            ("ana.lp", "lead_professional")
        ]


def test_the_owner_still_sees_every_event(team):
    with _as(team) as c:
        actions = [r[0] for r in c.execute("SELECT action FROM audit_event ORDER BY id")]
    assert "user.add_role" in actions
