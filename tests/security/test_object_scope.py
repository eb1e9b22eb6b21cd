"""Object-level checks: a permission is not enough, the object must be the actor's.

Each test is an attack that worked before: a manager of one team setting another team's manager's
or the QA manager's password (account takeover), and on the desk's own (SQLite) database, naming
any user with ``--user`` to become the team manager.
"""

from __future__ import annotations

import pytest

from lpdesk.domain import Forbidden, LpdeskError, User, UserRole
from lpdesk.services.auth import hash_password, set_password, sign_in
from tests.services.conftest import make_ctx

PASSWORD = "a long enough password"


def _users(store) -> None:
    with store.unit_of_work() as uow:
        repo = uow.repo(User)
        for name, role, team in (
            ("tm.north", UserRole.TEAM_MANAGER, "North"),
            ("tm.south", UserRole.TEAM_MANAGER, "South"),
            ("lp.north", UserRole.LEAD_PROFESSIONAL, "North"),
            ("lp.south", UserRole.LEAD_PROFESSIONAL, "South"),
            ("qa.lead", UserRole.QA_MANAGER, ""),
            ("tm.north2", UserRole.TEAM_MANAGER, "North"),
        ):
            repo.add(
                User(
                    username=name,
                    display_name=name,
                    role=role,
                    team=team,
                    password_hash=hash_password(PASSWORD, n=2**4),
                )
            )


@pytest.mark.parametrize("target", ["tm.south", "lp.south", "qa.lead", "tm.north2"])
def test_a_manager_cannot_take_over_another_account(store, clock, target):
    _users(store)
    north = make_ctx(store, clock, role=UserRole.TEAM_MANAGER, username="tm.north", team="North")
    with pytest.raises(Forbidden):
        set_password(north, username=target, password="taken over now!")
    # the owner's password still works, the attacker's does not
    assert sign_in(store.unit_of_work, target, PASSWORD, clock=clock).username == target


def test_a_manager_still_sets_their_own_teams_passwords(store, clock):
    _users(store)
    north = make_ctx(store, clock, role=UserRole.TEAM_MANAGER, username="tm.north", team="North")
    set_password(north, username="lp.north", password="a new password 1")
    set_password(north, username="tm.north", password="my own new one 2")
    assert sign_in(store.unit_of_work, "lp.north", "a new password 1", clock=clock)


def _desk(tmp_path, monkeypatch):
    from lpdesk.app import open_app

    monkeypatch.setenv("LPDESK_ENCRYPTION", "off")
    monkeypatch.delenv("LPDESK_USER", raising=False)
    monkeypatch.delenv("LPDESK_DATABASE_URL", raising=False)
    return open_app(data_dir=tmp_path / "desk")


def test_on_a_desk_user_does_not_make_anyone_the_team_manager(tmp_path, monkeypatch):
    app = _desk(tmp_path, monkeypatch)
    try:
        with app.store.unit_of_work() as uow:
            uow.repo(User).add(
                User(username="me", display_name="Me", role=UserRole.LEAD_PROFESSIONAL)
            )
            uow.repo(User).add(
                User(username="boss", display_name="Boss", role=UserRole.TEAM_MANAGER)
            )
        assert app.actor().username == "me"
        assert app.actor("me").role is UserRole.LEAD_PROFESSIONAL
        with pytest.raises(LpdeskError, match="demo"):
            app.actor("boss")
        monkeypatch.setenv("LPDESK_USER", "boss")
        with pytest.raises(LpdeskError, match="demo"):
            app.actor()
    finally:
        app.close()


def test_on_the_demo_database_any_demo_user_may_be_chosen(tmp_path, monkeypatch):
    from lpdesk.cli.case_commands import load_demo_if_empty

    app = _desk(tmp_path, monkeypatch)
    try:
        assert load_demo_if_empty(app)
        with app.store.unit_of_work() as uow:
            manager = uow.repo(User).find(role=UserRole.TEAM_MANAGER)[0]
        assert app.actor(manager.username).role is UserRole.TEAM_MANAGER
    finally:
        app.close()
