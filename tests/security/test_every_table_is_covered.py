"""Every table of a team database is under row-level security, or is exempt for a stated reason
with no write grant; and the last tables brought under it (agencies, settings, staff absences)
give each role what it may have, on the real PostgreSQL server (the two teams of
``test_team_policies``, fictional people)."""

from __future__ import annotations

import psycopg
import pytest

from lpdesk.cli import main
from lpdesk.store.team_policies import EXEMPT, SECURED
from tests.security.team_db import connect_as
from tests.security.test_team_policies import team  # noqa: F401  (the module's team database)

pytestmark = pytest.mark.postgres
REFUSED = psycopg.errors.InsufficientPrivilege


def test_every_table_has_row_level_security_or_a_stated_exemption(team):  # noqa: F811
    with connect_as(team) as owner:
        tables = dict(
            owner.execute(
                "SELECT c.relname, c.relrowsecurity FROM pg_class c "
                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')"
            ).fetchall()
        )
        commands = {}
        for name, cmd in owner.execute("SELECT tablename, cmd FROM pg_policies").fetchall():
            commands.setdefault(name, set()).add(cmd)
        writable = {
            (r[0], r[1])
            for r in owner.execute(
                "SELECT table_name, privilege_type FROM information_schema.role_table_grants "
                "WHERE grantee = 'lpdesk_user'"
            )
        }
    assert len(tables) >= 25  # every table of the schema, not an empty list
    for name, secured in tables.items():
        if name in EXEMPT:
            assert not secured, name
            assert len(EXEMPT[name]) > 40, name  # a reason, in words
            assert {p for t, p in writable if t == name} <= {"SELECT"}, name
            continue
        assert secured, f"{name} has no row-level security and no stated exemption"
        assert name in SECURED, name
        granted = {p for t, p in writable if t == name} & {"SELECT", "INSERT", "UPDATE", "DELETE"}
        policies = commands.get(name, set())
        assert granted, name  # a secured table the app cannot use would be a mistake
        assert granted <= policies or "ALL" in policies, f"{name}: {granted - policies}"


def _setting(con, key: str, by: str) -> None:
    con.execute(
        "INSERT INTO setting (key, value, updated_at, updated_by) "
        "VALUES (%s, 'Example Council', localtimestamp, %s)",
        (key, by),
    )


def test_settings_are_read_by_all_and_written_only_for_every_team(team, tmp_path):  # noqa: F811
    """The North manager may not change what South prints; a manager of no team may, under
    their own name only; the app's own journey as that manager sets a setting."""
    from sqlalchemy.engine import make_url

    from lpdesk.app import open_app
    from lpdesk.domain import Forbidden
    from lpdesk.services.settings import get_setting, set_setting

    argv = ["--database-url", team, "team", "add-user", "top.tm", "--name", "Toby Example"]
    with connect_as(team) as owner:
        if owner.execute("SELECT 1 FROM pg_roles WHERE rolname = 'top.tm'").fetchone() is None:
            assert main([*argv, "--role", "team_manager", "--team", "", "--no-password"]) == 0
        _setting(owner, "team_name", "it.setup")
    for role in ("ana.lp", "mo.tm", "cy.chair", "qa.one", "it.admin"):
        with connect_as(team, role) as con:
            assert con.execute("SELECT count(*) FROM setting").fetchone()[0] >= 1, role
            with pytest.raises(REFUSED):
                _setting(con, "authority_name", role)
            shared = "WHERE key NOT LIKE 'caseload.%'"  # workload facts: their own test
            assert con.execute(f"UPDATE setting SET value = 'x' {shared}").rowcount == 0, role
            assert con.execute(f"DELETE FROM setting {shared}").rowcount == 0, role
    with connect_as(team, "top.tm") as con:
        with pytest.raises(REFUSED):  # never under another's name
            _setting(con, "authority_name", "mo.tm")
        _setting(con, "authority_name", "top.tm")
        assert con.execute("DELETE FROM setting WHERE key = 'authority_name'").rowcount == 1
    for who, allowed in (("mo.tm", False), ("top.tm", True)):
        url = make_url(team).set(username=who).render_as_string(hide_password=False)
        app = open_app(data_dir=tmp_path, database_url=url)
        try:
            ctx = app.context(app.actor())
            if allowed:
                set_setting(ctx, key="authority_name", value="Example Borough Council")
                assert get_setting(ctx, "authority_name") == "Example Borough Council"
            else:
                with pytest.raises(Forbidden):
                    set_setting(ctx, key="authority_name", value="Steered Council")
        finally:
            app.close()
    with connect_as(team) as owner:
        assert owner.execute(
            "SELECT value, updated_by FROM setting WHERE key = 'authority_name'"
        ).fetchall() == [("Example Borough Council", "top.tm")]


def test_agencies_are_read_by_all_added_by_case_workers_changed_by_managers(team):  # noqa: F811
    with connect_as(team, "ana.lp") as con:
        con.execute("INSERT INTO agency (name, kind) VALUES ('Example Health Trust', 'health')")
        assert con.execute("UPDATE agency SET name = 'x'").rowcount == 0
        assert con.execute("DELETE FROM agency").rowcount == 0
    for role in ("cy.chair", "qa.one"):
        with connect_as(team, role) as con:
            assert con.execute("SELECT count(*) FROM agency").fetchone()[0] >= 1
            with pytest.raises(REFUSED):
                con.execute("INSERT INTO agency (name, kind) VALUES ('Steer Ltd', '')")
    with connect_as(team, "mo.tm") as con:
        changed = con.execute(
            "UPDATE agency SET kind = 'NHS' WHERE name = 'Example Health Trust'"
        ).rowcount
        assert changed == 1


def test_staff_absences_are_seen_by_those_they_concern(team):  # noqa: F811
    """Cal (South) is away and Dee (North) covers: Cal, Dee, Cal's team, the QA manager see it;
    Ana (North, not covering) and the North manager do not."""
    seen = {}
    for role in ("cal.lp", "dee.lp", "ana.lp", "mo.tm", "qa.one", "cy.chair"):
        with connect_as(team, role) as con:
            seen[role] = con.execute(
                "SELECT count(*) FROM absence a JOIN person p ON p.id = a.person_id "
                "WHERE p.name = 'Cal Example'"
            ).fetchone()[0]
    assert seen == {
        "cal.lp": 1,
        "dee.lp": 1,
        "ana.lp": 0,
        "mo.tm": 0,
        "qa.one": 1,
        "cy.chair": 0,
    }


def test_workload_settings_are_written_by_the_manager_of_that_worker_or_case(team, tmp_path):  # noqa: F811
    """Protected time and court work live in ``setting``: the North manager sets them for a North
    worker and a North case through the app; a South worker's or case's are refused by the
    database, and an LP writes neither."""
    from sqlalchemy.engine import make_url

    from lpdesk.app import open_app
    from lpdesk.services.workload import set_court_work, set_protected_time

    with connect_as(team) as owner:
        people = dict(owner.execute('SELECT username, person_id FROM "user"').fetchall())
        cases = dict(owner.execute('SELECT reference, id FROM "case"').fetchall())
    url = make_url(team).set(username="mo.tm").render_as_string(hide_password=False)
    app = open_app(data_dir=tmp_path, database_url=url)
    try:
        ctx = app.context(app.actor())
        assert set_protected_time(ctx, person_id=people["ben.lp"], percent=20) == 20
        assert set_court_work(ctx, case_id=cases["N1"], court_work=True) is True
    finally:
        app.close()
    south = (f"caseload.protected.{people['cal.lp']}", f"caseload.court.{cases['S1']}")
    for role in ("mo.tm", "ana.lp"):
        with connect_as(team, role) as con:
            for key in south + (f"caseload.protected.{people['ben.lp']}",) * (role == "ana.lp"):
                with pytest.raises(REFUSED):
                    _setting(con, key, role)
    with connect_as(team) as owner:
        written = dict(owner.execute("SELECT key, updated_by FROM setting").fetchall())
    assert written[f"caseload.protected.{people['ben.lp']}"] == "mo.tm"
    assert written[f"caseload.court.{cases['N1']}"] == "mo.tm"


def test_a_manager_records_cover_and_the_database_widens_the_lps_scope(team, tmp_path):  # noqa: F811
    """Through the app, each on their own role: the North manager records Ben's absence and Ana
    as his cover; Ana's app then lists Ben's case; Eve (North) sees the absence but not the case;
    Cal (South) sees neither."""
    from datetime import timedelta

    from sqlalchemy.engine import make_url

    from lpdesk.app import open_app
    from lpdesk.services.cases.absences import record_absence, record_cover
    from lpdesk.services.cases.overview import list_cases

    def app_as(role: str):
        url = make_url(team).set(username=role).render_as_string(hide_password=False)
        return open_app(data_dir=tmp_path, database_url=url)

    with connect_as(team) as owner:
        people = dict(owner.execute('SELECT username, person_id FROM "user"').fetchall())
    manager = app_as("mo.tm")
    try:
        ctx = manager.context(manager.actor())
        today = manager.clock.today()
        away = record_absence(
            ctx,
            person_id=people["ben.lp"],
            starts_on=today - timedelta(days=1),
            ends_on=today + timedelta(days=5),
        )
        record_cover(ctx, absence_id=away.id, cover_person_id=people["ana.lp"])
    finally:
        manager.close()
    try:
        for role, refs, absences in (
            ("ana.lp", {"N1", "N2", "N3"}, 1),
            ("eve.lp", {"N3"}, 1),  # Ben's team sees his absence, not his case
            ("cal.lp", {"S1"}, 0),
        ):
            app = app_as(role)
            try:
                assert {c.reference for c in list_cases(app.context(app.actor()))} == refs, role
            finally:
                app.close()
            with connect_as(team, role) as con:
                seen = con.execute("SELECT count(*) FROM absence WHERE id = %s", (away.id,))
                assert seen.fetchone()[0] == absences, role
    finally:
        with connect_as(team) as owner:
            owner.execute("DELETE FROM absence WHERE id = %s", (away.id,))
