"""The app on a team database connected as a person's own PostgreSQL role: PostgreSQL says who
they are (``session_user``), lpdesk asks no password of its own and reads no password hash, and
the owner's URL no longer opens the app once the roles are set up. On the real PostgreSQL server,
with the two teams of ``test_team_policies`` (fictional people)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import event
from sqlalchemy.engine import make_url

from lpdesk.cli import main
from tests.security.team_db import connect_as
from tests.security.test_team_policies import team  # noqa: F401  (the module's team database)

pytestmark = pytest.mark.postgres


def _as(url: str, role: str) -> str:
    """The team database's URL naming ``role`` (the test server trusts loopback: no password)."""
    return make_url(url).set(username=role, password=None).render_as_string(hide_password=False)


@pytest.fixture
def quiet(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    for name in ("LPDESK_USER", "LPDESK_PASSWORD_FILE", "LPDESK_DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LPDESK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("LPDESK_LOG_LEVEL", "WARNING")


def _ids(url: str) -> tuple[dict[str, int], dict[str, int]]:
    with connect_as(url) as owner:
        cases = dict(owner.execute('SELECT reference, id FROM "case"').fetchall())
        people = dict(owner.execute('SELECT username, person_id FROM "user"').fetchall())
    return cases, people


def test_an_lps_journeys_run_as_her_own_role(team, tmp_path, quiet):  # noqa: F811
    """Ana opens the app with her own role's URL: she is signed in by PostgreSQL, lists her
    caseload, records a visit and convenes a core group; every statement the app sends leaves
    the password hash alone, and every event is stamped with her role."""
    from lpdesk.app import open_app
    from lpdesk.domain import User, UserRole
    from lpdesk.services.cases.membership import add_member
    from lpdesk.services.cases.overview import case_overview, list_cases
    from lpdesk.services.due import caseload
    from lpdesk.services.meetings.convene import convene_meeting
    from lpdesk.services.people import add_person
    from lpdesk.services.visits import record_visit

    cases, people = _ids(team)
    ana = people["ana.lp"]
    app = open_app(data_dir=tmp_path, database_url=_as(team, "ana.lp"))
    statements: list[str] = []
    event.listen(
        app.store.engine, "before_cursor_execute", lambda *a: statements.append(a[2].lower())
    )
    try:
        assert app.team_mode and app.person_role == "ana.lp"
        actor = app.actor()
        assert (actor.username, actor.role, actor.person_id) == (
            "ana.lp",
            UserRole.LEAD_PROFESSIONAL,
            ana,
        )
        ctx = app.context(actor)
        assert {c.reference for c in list_cases(ctx)} == {"N1", "N3"}
        assert [row.reference for row in caseload(ctx, profiles=app.profiles, lp_person_id=ana)]
        kit = case_overview(ctx, case_id=cases["N1"]).children[0]
        now = app.clock.now().replace(microsecond=0)
        visit = record_visit(
            ctx,
            case_id=cases["N1"],
            child_id=kit.child.id,
            visitor_person_id=ana,
            visited_at=now - timedelta(hours=3),
            present="Kit and his mother",
            spoke_with_child=True,
            seen_alone=True,
            bedroom_seen=True,
        )
        officers = []
        for name, title in (("Hal Visitor", "Health visitor"), ("Nia Nurse", "School nurse")):
            person = add_person(ctx, name=name, job_title=title, email="office@example.org")
            add_member(
                ctx,
                case_id=cases["N1"],
                person_id=person.id,
                role="professional",
                joined_on=now.date(),
            )
            officers.append(person.id)
        meeting = convene_meeting(
            ctx,
            case_id=cases["N1"],
            scheduled_at=(now + timedelta(days=9)).replace(hour=10, minute=0, second=0),
            venue="Family Centre, 1 Example Road",
            chair_person_id=officers[0],
            minute_taker_person_id=officers[1],
            profiles=app.profiles,
        )
        with app.store.unit_of_work() as uow:  # the staff directory reads without hashes
            staff = uow.repo(User).find()
        assert {u.username for u in staff} >= {"ana.lp", "mo.tm"}
        assert all(u.password_hash == "" for u in staff)
    finally:
        app.close()
    assert statements and not [s for s in statements if '"user".password_hash' in s]
    with connect_as(team) as owner:
        stamped = owner.execute(
            'SELECT DISTINCT "user" FROM audit_event WHERE (entity, entity_id) IN '
            "(('visit', %s), ('meeting', %s))",
            (visit.visit.id, meeting.id),
        ).fetchall()
    assert stamped == [("ana.lp",)]


def test_identity_is_the_session_user_whatever_the_client_claims(
    team,  # noqa: F811
    tmp_path,
    quiet,
    capsys,
    monkeypatch: pytest.MonkeyPatch,
):
    from lpdesk.app import open_app
    from lpdesk.domain import LpdeskError

    url = _as(team, "ana.lp")
    # no lpdesk password asked (no terminal, no password file): PostgreSQL signed her in
    assert main(["--data-dir", str(tmp_path), "--database-url", url, "due", "--json"]) == 0
    capsys.readouterr()
    for argv in (["--user", "mo.tm"], ["--user", "qa.one"]):
        assert main(["--data-dir", str(tmp_path), "--database-url", url, *argv, "due"]) == 1
        assert 'not as "' in capsys.readouterr().err
    monkeypatch.setenv("LPDESK_USER", "mo.tm")
    assert main(["--data-dir", str(tmp_path), "--database-url", url, "due"]) == 1
    assert 'signed in as "ana.lp"' in capsys.readouterr().err
    monkeypatch.delenv("LPDESK_USER")
    app = open_app(data_dir=tmp_path, database_url=url)
    try:
        for claim in ("mo.tm", "it.admin"):
            with pytest.raises(LpdeskError, match="not as"):
                app.actor(claim)
            with pytest.raises(LpdeskError, match="not as"):
                app.sign_in(claim, "any password at all")
        assert app.sign_in("ana.lp", "").username == "ana.lp"  # no lpdesk password to check
        refused = pytest.raises(Exception, match="permission denied")
        with app.store.unit_of_work() as uow, refused:  # SET ROLE to another person: refused
            uow.connection.exec_driver_sql('SET ROLE "mo.tm"')
    finally:
        app.close()


def test_the_hash_is_unreadable_and_the_owner_url_is_for_it_only(
    team,  # noqa: F811
    tmp_path,
    quiet,
    capsys,
):
    import psycopg

    from lpdesk.app import open_app
    from lpdesk.domain import LpdeskError

    for role in ("ana.lp", "mo.tm", "qa.one", "it.admin"):
        with connect_as(team, role) as con:
            for sql in (
                'SELECT password_hash FROM "user"',
                'SELECT * FROM "user"',
                'SELECT u FROM "user" u',
            ):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    con.execute(sql)
            assert con.execute('SELECT count(username) FROM "user"').fetchone()[0] >= 9
    app = open_app(data_dir=tmp_path, database_url=team)  # the owner's URL
    try:
        assert app.owner_connection and app.person_role is None
        with pytest.raises(LpdeskError, match="owner's connection"):
            app.sign_in("mo.tm", "a password")
    finally:
        app.close()
    assert main(["--data-dir", str(tmp_path), "--database-url", team, "--user", "mo.tm", "due"])
    assert "owner's connection" in capsys.readouterr().err
    assert main(["--database-url", team, "team", "setup"]) == 0  # IT's command still works


def test_a_role_without_an_lpdesk_user_is_refused(team, tmp_path, quiet, capsys):  # noqa: F811
    with connect_as(team) as owner:
        owner.execute('CREATE ROLE "nobody.lp" LOGIN IN ROLE lpdesk_user')
    try:
        argv = ["--data-dir", str(tmp_path), "--database-url", _as(team, "nobody.lp"), "due"]
        assert main(argv) == 1
        assert "has no active lpdesk user" in capsys.readouterr().err
    finally:
        with connect_as(team) as owner:
            owner.execute('DROP ROLE "nobody.lp"')
