"""Sign-in to a team database: scrypt hashes with a random salt, one message for every refusal,
and an audit trail that names the person."""

from __future__ import annotations

import pytest

from lpdesk.domain import AuditEvent, Forbidden, InvalidInput, User, UserRole
from lpdesk.services.auth import (
    SignInRefused,
    hash_password,
    set_password,
    sign_in,
    verify_password,
)
from tests.services.conftest import make_ctx

PASSWORD = "correct horse battery"


@pytest.fixture
def users(store):
    with store.unit_of_work() as uow:
        repo = uow.repo(User)
        repo.add(User(username="ana.lp", display_name="Ana", role=UserRole.LEAD_PROFESSIONAL))
        repo.add(
            User(
                username="tm.north",
                display_name="Tam",
                role=UserRole.TEAM_MANAGER,
                team="North",
            )
        )
        repo.add(
            User(
                username="gone.lp",
                display_name="Gone",
                role=UserRole.LEAD_PROFESSIONAL,
                active=False,
            )
        )


def test_a_hash_describes_itself_and_is_salted():
    first, second = hash_password(PASSWORD), hash_password(PASSWORD)
    assert first.startswith("scrypt$n=16384,r=8,p=1$")
    assert first != second  # a random salt each time
    assert verify_password(PASSWORD, first) and verify_password(PASSWORD, second)
    assert not verify_password(PASSWORD + "x", first)
    assert not verify_password(PASSWORD, "not a hash")
    assert not verify_password(PASSWORD, "")
    cheap = hash_password(PASSWORD, n=2**10)  # parameters travel with the hash
    assert cheap.startswith("scrypt$n=1024,") and verify_password(PASSWORD, cheap)


def test_sign_in_gives_the_actor_and_audits_it_by_name(store, clock, users):
    tm = make_ctx(store, clock, role=UserRole.TEAM_MANAGER, username="tm.north")
    set_password(tm, username="ana.lp", password=PASSWORD)
    actor = sign_in(store.unit_of_work, "ana.lp", PASSWORD, clock=clock)
    assert actor.username == "ana.lp" and actor.role is UserRole.LEAD_PROFESSIONAL
    with store.unit_of_work() as uow:
        events = uow.repo(AuditEvent).find(action="user.sign_in")
        stored = uow.repo(User).find(username="ana.lp")[0]
    assert [(e.user, e.entity) for e in events] == [("ana.lp", "user")]
    assert PASSWORD not in stored.password_hash and verify_password(PASSWORD, stored.password_hash)


@pytest.mark.parametrize(
    ("username", "password"),
    [
        ("ana.lp", "wrong password!"),  # wrong password
        ("nobody", PASSWORD),  # no such user
        ("gone.lp", PASSWORD),  # inactive
        ("tm.north", ""),  # no password set: nobody can sign in as them
    ],
)
def test_every_refusal_says_the_same_thing(store, clock, users, username, password):
    tm = make_ctx(store, clock, role=UserRole.TEAM_MANAGER, username="tm.north")
    set_password(tm, username="ana.lp", password=PASSWORD)
    set_password(tm, username="gone.lp", password=PASSWORD)
    with pytest.raises(SignInRefused) as refused:
        sign_in(store.unit_of_work, username, password, clock=clock)
    assert str(refused.value) == str(SignInRefused())
    assert username not in str(refused.value)
    with store.unit_of_work() as uow:
        assert uow.repo(AuditEvent).find(action="user.sign_in") == []


def test_a_person_sets_only_their_own_password(store, clock, users):
    ana = make_ctx(store, clock, username="ana.lp")
    set_password(ana, username="ana.lp", password=PASSWORD)
    with pytest.raises(Forbidden):
        set_password(ana, username="tm.north", password=PASSWORD)
    with store.unit_of_work() as uow:
        assert uow.repo(User).find(username="tm.north")[0].password_hash == ""


@pytest.mark.parametrize("password", ["short", "ana.lp", "  ANA.LP  "])
def test_weak_passwords_are_refused_naming_the_field(store, clock, users, password):
    ana = make_ctx(store, clock, username="ana.lp")
    with pytest.raises(InvalidInput) as refused:
        set_password(ana, username="ana.lp", password=password)
    assert refused.value.problems[0].field == "password"
    with store.unit_of_work() as uow:
        assert uow.repo(User).find(username="ana.lp")[0].password_hash == ""
        assert uow.repo(AuditEvent).find() == []


@pytest.mark.parametrize("role", [r for r in UserRole if r is not UserRole.TEAM_MANAGER])
def test_only_a_team_manager_sets_another_persons_password(store, clock, users, role):
    """Everyone sets their own; anyone else's needs MANAGE_ACCOUNTS (a team manager's)."""
    someone = make_ctx(store, clock, role=role, username="ana.lp")
    set_password(someone, username="ana.lp", password=PASSWORD)
    with pytest.raises(Forbidden):
        set_password(someone, username="gone.lp", password=PASSWORD)
    tm = make_ctx(store, clock, role=UserRole.TEAM_MANAGER, username="tm.north")
    set_password(tm, username="gone.lp", password=PASSWORD)
    with store.unit_of_work() as uow:
        assert verify_password(PASSWORD, uow.repo(User).find(username="gone.lp")[0].password_hash)


def test_a_new_team_database_gets_its_first_password_for_a_team_manager_only(store, clock, users):
    from lpdesk.services.auth import set_first_password

    with pytest.raises(InvalidInput) as refused:
        set_first_password(store.unit_of_work, username="ana.lp", password=PASSWORD, clock=clock)
    assert refused.value.problems[0].field == "username"
    set_first_password(store.unit_of_work, username="tm.north", password=PASSWORD, clock=clock)
    actor = sign_in(store.unit_of_work, "tm.north", PASSWORD, clock=clock)
    assert actor.role is UserRole.TEAM_MANAGER
    with store.unit_of_work() as uow:
        assert [e.action for e in uow.repo(AuditEvent).find(action="user.first_password")] == [
            "user.first_password"
        ]
    with pytest.raises(Forbidden):  # once anyone has a password, the bootstrap is closed
        set_first_password(
            store.unit_of_work, username="tm.north", password="another long one", clock=clock
        )
