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
        refused = pytest.raises(LpdeskError, match="refused this: your role may not")
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


@pytest.fixture
def scram_role(team, monkeypatch: pytest.MonkeyPatch):  # noqa: F811
    """``pw.lp``, a North LP whose role the server authenticates by SCRAM password (a pg_hba line
    for that role only, ahead of the test server's loopback trust)."""
    from pathlib import Path

    monkeypatch.setattr("getpass.getpass", lambda prompt="": "pw.lp's own secret 1")
    argv = ["--database-url", team, "team", "add-user", "pw.lp", "--name", "Pat Example"]
    with connect_as(team) as owner:
        if owner.execute("SELECT 1 FROM pg_roles WHERE rolname = 'pw.lp'").fetchone() is None:
            assert main([*argv, "--role", "lead_professional", "--team", "North"]) == 0
        hba = Path(owner.execute("SHOW hba_file").fetchone()[0])
        original = hba.read_text()
        hba.write_text('host all "pw.lp" 127.0.0.1/32 scram-sha-256\n' + original)
        owner.execute("SELECT pg_reload_conf()")
    monkeypatch.undo()
    try:
        yield _as(team, "pw.lp")
    finally:
        hba.write_text(original)
        with connect_as(team) as owner:
            owner.execute("SELECT pg_reload_conf()")


def test_a_scram_password_is_postgresqls_asked_for_and_kept_nowhere(
    scram_role, tmp_path, quiet, capsys, monkeypatch: pytest.MonkeyPatch
):
    from lpdesk.app import open_app
    from lpdesk.domain import LpdeskError

    asked: list[str] = []

    def wrong(username: str) -> str:
        asked.append(username)
        return "not the password"

    with pytest.raises(LpdeskError, match='did not accept the password for "pw\\.lp"'):
        open_app(data_dir=tmp_path, database_url=scram_role, ask_database_password=wrong)
    assert asked == ["pw.lp"] * 3
    asked.clear()

    def right(username: str) -> str:
        asked.append(username)
        return "pw.lp's own secret 1"

    app = open_app(data_dir=tmp_path, database_url=scram_role, ask_database_password=right)
    try:
        assert app.actor().username == "pw.lp" and app.person_role == "pw.lp"
        for _ in range(3):  # further connections of the pool: asked once
            with app.store.engine.connect() as conn, conn.begin():
                pass
    finally:
        app.close()
    assert asked == ["pw.lp"]
    assert not [p for p in tmp_path.rglob("*") if p.is_file() and b"secret" in p.read_bytes()]
    # a scheduled job: libpq's own PGPASSWORD (or a .pgpass file), no lpdesk password
    monkeypatch.setenv("PGPASSWORD", "pw.lp's own secret 1")
    assert main(["--data-dir", str(tmp_path), "--database-url", scram_role, "due"]) == 0
    monkeypatch.setenv("PGPASSWORD", "wrong")
    assert main(["--data-dir", str(tmp_path), "--database-url", scram_role, "due"]) != 0
    err = capsys.readouterr().err
    assert "Traceback" not in err and "secret" not in err


def test_the_desktop_asks_for_the_database_password_and_acts_as_that_role(scram_role, qtbot, quiet):
    """``lpdesk`` with no command on a person's own SCRAM role: the sign-in dialog asks for the
    database's password (a wrong one is asked for again), and the session acts as the role
    PostgreSQL authenticated, whatever --user said."""
    import threading

    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from lpdesk.cli import build_parser
    from lpdesk.cli.gui_command import session_factory
    from lpdesk.gui.shell.sign_in_dialog import OnUiThread, SignInDialog

    args = build_parser().parse_args(["--database-url", scram_role])
    factory = session_factory(args, OnUiThread())
    passwords = ["not the password", "pw.lp's own secret 1"]
    outcome: dict[str, object] = {}

    def answer() -> None:
        for widget in QApplication.topLevelWidgets():
            waiting = isinstance(widget, SignInDialog) and widget.isVisible()
            if waiting and not widget.password_edit.text() and passwords:
                assert widget.username_edit.text() == "pw.lp"
                widget.password_edit.setText(passwords.pop(0))
                qtbot.mouseClick(widget.sign_in_button, Qt.MouseButton.LeftButton)

    def build() -> None:
        try:
            outcome["session"] = factory()
        except BaseException as err:  # handed to the test
            outcome["error"] = err

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(answer)
    timer.start()
    worker = threading.Thread(target=build)
    worker.start()
    qtbot.waitUntil(lambda: not worker.is_alive(), timeout=30000)
    timer.stop()
    assert "error" not in outcome, outcome.get("error")
    session = outcome["session"]
    try:
        assert session.ctx.actor.username == "pw.lp"  # type: ignore[attr-defined]
    finally:
        session.close()  # type: ignore[attr-defined]
    assert passwords == []


@pytest.mark.parametrize(
    ("role", "refs"),
    [
        ("cy.chair", {"S1"}),  # the case of the meeting they chair
        ("qa.one", {"N1", "N2", "N3", "S1"}),  # every case, to review
        ("mo.tm", {"N1", "N2", "N3"}),  # their team's
        ("cal.lp", {"S1"}),
    ],
)
def test_each_roles_app_lists_what_the_database_lets_it_see(team, tmp_path, quiet, role, refs):  # noqa: F811
    from lpdesk.app import open_app
    from lpdesk.services.cases.overview import list_cases

    app = open_app(data_dir=tmp_path, database_url=_as(team, role))
    try:
        actor = app.actor()
        assert actor.username == role
        assert {c.reference for c in list_cases(app.context(actor))} == refs
    finally:
        app.close()
