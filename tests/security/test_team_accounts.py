"""Account changes made in the app as a person's own PostgreSQL role: the services go through the
database's checked functions (``lpdesk_create_user``, ``lpdesk_set_role``), never a write to
``user``, which the role may not make. On the real PostgreSQL server, with the two teams of
``test_team_policies`` (fictional people); and on a desk (SQLite) the same services write the
rows as before."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy.engine import make_url

from lpdesk.domain import AuditEvent, Forbidden, InvalidInput, LpdeskError, User, UserRole
from lpdesk.services.auth import set_password
from lpdesk.services.users import (
    add_user,
    list_staff,
    needs_database_role,
    set_line_manager,
    set_role,
)
from tests.gui.conftest import runner, settings  # noqa: F401
from tests.security.team_db import connect_as
from tests.security.test_team_policies import team  # noqa: F401  (the module's team database)
from tests.services.conftest import make_ctx


def _as(url: str, role: str) -> str:
    return make_url(url).set(username=role, password=None).render_as_string(hide_password=False)


@pytest.fixture
def quiet(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    for name in ("LPDESK_USER", "LPDESK_PASSWORD_FILE", "LPDESK_DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LPDESK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("LPDESK_LOG_LEVEL", "WARNING")


def _people(url: str) -> dict[str, int]:
    with connect_as(url) as owner:
        return dict(owner.execute('SELECT username, person_id FROM "user"').fetchall())


def _events(url: str, entity: str, entity_id: int) -> list[tuple[str, str, str]]:
    with connect_as(url) as owner:
        rows = owner.execute(
            'SELECT action, "user", role FROM audit_event WHERE entity = %s AND entity_id = %s '
            "ORDER BY id",
            (entity, entity_id),
        )
        return [tuple(r) for r in rows.fetchall()]


@pytest.mark.postgres
def test_a_team_manager_adds_a_worker_and_sets_line_managers_as_their_own_role(
    team,  # noqa: F811
    tmp_path,
    quiet,
):
    """Mo (a team manager) adds Gil through ``add_user`` and records Gil's line manager: the
    user row comes from ``lpdesk_create_user``, linked to Gil's new person; every act is audited
    under Mo's own role. Gil signs in once IT has created the database role; passwords are the
    database's; a role Mo may not give is refused by the database with a sentence."""
    from lpdesk.app import open_app
    from lpdesk.cli import main

    people = _people(team)
    app = open_app(data_dir=tmp_path, database_url=_as(team, "mo.tm"))
    try:
        assert app.person_role == "mo.tm"
        ctx = app.context(app.actor())
        assert needs_database_role(ctx)
        gil = add_user(
            ctx,
            username="gil.lp",
            display_name="Gil Example",
            role=UserRole.LEAD_PROFESSIONAL,
            team="North",
            email="gil@example.org",
            qualified_social_worker=True,
            line_manager_id=people["mo.tm"],
        )
        assert (gil.username, gil.role, gil.team) == ("gil.lp", UserRole.LEAD_PROFESSIONAL, "North")
        assert gil.person_id is not None and gil.password_hash == ""
        (member,) = [s for s in list_staff(ctx) if s.username == "gil.lp"]
        assert (member.name, member.line_manager_id) == ("Gil Example", people["mo.tm"])
        assert _events(team, "user", gil.id or 0) == [
            ("user.create", "mo.tm", "team_manager"),  # by the database's function
            ("user.add", "mo.tm", "team_manager"),  # by the service, stamped by the trigger
        ]

        moved = set_line_manager(ctx, person_id=gil.person_id, manager_id=people["ana.lp"])
        assert (moved.username, moved.line_manager_id) == ("gil.lp", people["ana.lp"])
        assert ("person.line_manager", "mo.tm", "team_manager") in _events(
            team, "person", gil.person_id
        )

        assert set_role(ctx, username="gil.lp", role=UserRole.ADMINISTRATOR).role is (
            UserRole.ADMINISTRATOR
        )
        assert _events(team, "user", gil.id or 0)[2:] == [
            ("user.set_role", "mo.tm", "team_manager"),
            ("user.set_role", "mo.tm", "team_manager"),
        ]
        with pytest.raises(LpdeskError, match="your role may not do it; nothing was saved"):
            set_role(ctx, username="gil.lp", role=UserRole.TEAM_MANAGER)  # not Mo's to give
        with pytest.raises(Forbidden):
            set_role(ctx, username="mo.tm", role=UserRole.QA_MANAGER)  # never their own
        with pytest.raises(InvalidInput, match=r"\\password in psql"):
            set_password(ctx, username="gil.lp", password="a long enough password")
        with pytest.raises(InvalidInput, match=r"\\password in psql"):
            set_password(ctx, username="mo.tm", password="x")  # said before any other problem
    finally:
        app.close()
    with connect_as(team) as owner:
        assert owner.execute(
            'SELECT role, person_id FROM "user" WHERE username = %s', ("gil.lp",)
        ).fetchone() == ("administrator", gil.person_id)

    with pytest.raises(LpdeskError):  # no database role for Gil yet: PostgreSQL refuses him
        open_app(data_dir=tmp_path, database_url=_as(team, "gil.lp")).close()
    argv = ["--database-url", team, "team", "add-user", "gil.lp", "--no-password"]
    assert main([*argv, "--name", "Gil Example", "--role", "administrator", "--team", "North"]) == 0
    app = open_app(data_dir=tmp_path, database_url=_as(team, "gil.lp"))
    try:
        actor = app.actor()
        assert (actor.username, actor.person_id, actor.role) == (
            "gil.lp",
            gil.person_id,
            UserRole.ADMINISTRATOR,
        )
    finally:
        app.close()


@pytest.mark.postgres
def test_a_lead_professional_is_refused_account_changes_as_her_own_role(
    team,  # noqa: F811
    tmp_path,
    quiet,
):
    """Ana (a lead professional) is refused adding a worker, setting a line manager and a role
    with a sentence; written directly, the database refuses promoting herself."""
    from lpdesk.app import open_app

    people = _people(team)
    app = open_app(data_dir=tmp_path, database_url=_as(team, "ana.lp"))
    try:
        ctx = app.context(app.actor())
        attempts = (
            lambda: add_user(
                ctx, username="hal.lp", display_name="Hal", role=UserRole.LEAD_PROFESSIONAL
            ),
            lambda: set_line_manager(ctx, person_id=people["ben.lp"], manager_id=people["ana.lp"]),
            lambda: set_role(ctx, username="ana.lp", role=UserRole.TEAM_MANAGER),
        )
        for attempt in attempts:
            with pytest.raises(Forbidden, match="a lead professional may not"):
                attempt()
    finally:
        app.close()
    with connect_as(team, "ana.lp") as con:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute("""UPDATE "user" SET role = 'team_manager' WHERE username = 'ana.lp'""")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute("SELECT lpdesk_create_user('hal.lp', 'Hal', 'lead_professional', 'North')")
    with connect_as(team) as owner:
        assert owner.execute(
            """SELECT role FROM "user" WHERE username = 'ana.lp'"""
        ).fetchone() == ("lead_professional",)
        assert (
            owner.execute("""SELECT 1 FROM "user" WHERE username = 'hal.lp'""").fetchone() is None
        )


@pytest.mark.postgres
def test_a_created_user_is_linked_only_to_a_person_the_caller_can_see(team):  # noqa: F811
    """Linking an account to a person makes them visible to everyone: a team manager may not
    link one hidden from them (South's child), nor one that does not exist."""
    with connect_as(team) as owner:
        (child,) = owner.execute(
            """SELECT p.id FROM person p WHERE p.name = 'Sam Southone'"""
        ).fetchone()
    with connect_as(team, "mo.tm") as con:
        for person in (child, 2_000_000):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                con.execute(
                    "SELECT lpdesk_create_user('ivy.lp', 'Ivy', 'lead_professional', 'North', %s)",
                    (person,),
                )


def test_without_database_roles_the_same_services_write_the_rows(store, clock):
    """A desk (SQLite), or a team database on one shared URL: add a worker, change their role,
    set their password, each written to ``user`` and audited as before."""
    from lpdesk.services.auth import verify_password

    manager = make_ctx(store, clock, UserRole.TEAM_MANAGER, username="mo.tm")
    assert not needs_database_role(manager)
    add_user(manager, username="gil.lp", display_name="Gil", role=UserRole.LEAD_PROFESSIONAL)
    changed = set_role(manager, username="gil.lp", role=UserRole.ADMINISTRATOR)
    assert changed.role is UserRole.ADMINISTRATOR
    unchanged = set_role(manager, username="gil.lp", role=UserRole.ADMINISTRATOR)  # no event
    assert unchanged == changed
    set_password(manager, username="gil.lp", password="a long enough password")
    with store.unit_of_work() as uow:
        (stored,) = uow.repo(User).find(username="gil.lp")
        events = [(e.action, e.user) for e in uow.repo(AuditEvent).find(entity="user")]
    assert stored.role is UserRole.ADMINISTRATOR
    assert verify_password("a long enough password", stored.password_hash)
    assert events == [
        ("user.add", "mo.tm"),
        ("user.set_role", "mo.tm"),
        ("user.set_password", "mo.tm"),
    ]
    with pytest.raises(InvalidInput, match="no user"):
        set_role(manager, username="nobody", role=UserRole.ADMINISTRATOR)
    add_user(
        manager,
        username="north.lp",
        display_name="N",
        role=UserRole.LEAD_PROFESSIONAL,
        team="North",
    )
    south = make_ctx(store, clock, UserRole.TEAM_MANAGER, username="sue.tm", team="South")
    with pytest.raises(Forbidden, match="another team"):
        set_role(south, username="north.lp", role=UserRole.ADMINISTRATOR)


@pytest.mark.postgres
def test_the_team_window_says_it_must_still_create_the_database_role(
    team,  # noqa: F811
    tmp_path,
    quiet,
    qtbot,
    runner,  # noqa: F811
    settings,  # noqa: F811
    monkeypatch,
):
    """Mo, on his own role, adds a worker in the Team window: the account is saved through the
    database's function, and the message says the worker signs in once IT has created their
    database role. Mo then makes the worker an administrator there (``lpdesk_set_role``); making
    them a team manager is refused by the database with a sentence, and nothing changes."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel, QMessageBox

    from lpdesk.app import open_app
    from lpdesk.gui.manager.account_dialog import AccountDialog
    from lpdesk.gui.manager.manager_view import ManagerView
    from lpdesk.gui.manager.role_dialog import RoleDialog
    from lpdesk.gui.shell.session import GuiSession
    from tests.gui.helpers import click_save, save_dialog
    from tests.gui.journey_steps import said

    app = open_app(data_dir=tmp_path, database_url=_as(team, "mo.tm"))
    try:
        session = GuiSession(
            ctx=app.context(app.actor()),
            profiles=app.profiles,
            forms=app.forms,
            data_dir=app.data_dir,
            close=lambda: None,
        )
        view = ManagerView(runner, settings=settings)
        qtbot.addWidget(view)
        with qtbot.waitSignal(view.sig_loaded, timeout=10000):
            view.bind(session)
        qtbot.mouseClick(view.team_button, Qt.MouseButton.LeftButton)
        window = view.team_dialog
        qtbot.waitUntil(lambda: window.hint_label.text() != "Loading…", timeout=10000)
        with qtbot.waitSignal(window.sig_dialog_opened, timeout=5000) as opened:
            qtbot.mouseClick(window.add_button, Qt.MouseButton.LeftButton)
        dialog = opened.args[0]
        assert isinstance(dialog, AccountDialog)
        qtbot.keyClicks(dialog.name_edit, "Jo Example")
        assert dialog.username_edit.text() == "jo.example"
        dialog.role_combo.setCurrentIndex(
            dialog.role_combo.findData(UserRole.LEAD_PROFESSIONAL.value)
        )
        with qtbot.waitSignal(window.sig_loaded, timeout=10000):
            save_dialog(qtbot, dialog)
        message = said(qtbot, window)
        assert "once IT has created their database role" in message
        assert "lpdesk team add-user jo.example" in message
        names = {window.table.item(r, 0).text() for r in range(window.table.rowCount())}
        assert "Jo Example" in names

        # Jo's role, through the database's lpdesk_set_role: administrator is Mo's to give,
        # team manager is not (refused with a sentence, nothing changed)
        monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
        for role in (UserRole.ADMINISTRATOR, UserRole.TEAM_MANAGER):
            window.select("Jo Example")
            with qtbot.waitSignal(window.sig_dialog_opened, timeout=5000) as opened:
                qtbot.mouseClick(window.role_button, Qt.MouseButton.LeftButton)
            dialog = opened.args[0]
            assert isinstance(dialog, RoleDialog)
            assert "between lead professional and administrator only" in (
                " ".join(label.text() for label in dialog.findChildren(QLabel))
            )
            dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(role.value))
            if role is UserRole.ADMINISTRATOR:
                with qtbot.waitSignal(window.sig_loaded, timeout=10000):
                    save_dialog(qtbot, dialog)
            else:
                click_save(qtbot, dialog)
                qtbot.waitUntil(dialog.error_label_widget.isVisible, timeout=10000)
                refusal = dialog.error_label_widget.text().lower()
                assert refusal.startswith("the team database refused this: your role may not")
                dialog.reject()
        roles = {
            window.table.item(r, 0).text(): window.table.item(r, 1).text()
            for r in range(window.table.rowCount())
        }
        assert roles["Jo Example"] == "Administrator"
        window.close()
    finally:
        app.close()
    assert ("user.create", "mo.tm", "team_manager") in _events(team, "user", _user_id(team))
    assert (
        _events(team, "user", _user_id(team)).count(("user.set_role", "mo.tm", "team_manager")) == 2
    )
    with connect_as(team) as owner:
        assert owner.execute(
            """SELECT role FROM "user" WHERE username = 'jo.example'"""
        ).fetchone() == ("administrator",)


def _user_id(url: str, username: str = "jo.example") -> int:
    with connect_as(url) as owner:
        return owner.execute('SELECT id FROM "user" WHERE username = %s', (username,)).fetchone()[0]


@pytest.mark.postgres
def test_lpdesk_user_add_on_a_personal_role_says_it_must_still_create_the_role(
    team,  # noqa: F811
    tmp_path,
    quiet,
    capsys,
):
    from lpdesk.cli import main

    url = _as(team, "mo.tm")
    argv = ["--data-dir", str(tmp_path), "--database-url", url, "user", "add", "kay.lp"]
    assert main([*argv, "--name", "Kay Example", "--team", "North"]) == 0
    out = capsys.readouterr().out
    assert "account kay.lp added" in out
    assert "once IT has created their database role (lpdesk team add-user kay.lp" in out
    assert ("user.add", "mo.tm", "team_manager") in _events(team, "user", _user_id(team, "kay.lp"))
