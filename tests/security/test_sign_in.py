"""Sign-in gives nothing away and cannot be guessed at forever.

Enumeration: every refusal (no such user, no password set, inactive, wrong password, an account
waiting) runs exactly one scrypt verification against a real scrypt hash: the same code path, so
the same work. The test asserts the path (which hash was checked), never a timing.
Guessing: after 5 wrong passwords in a row the account waits, recorded in the database and audited;
the right password is refused while it waits, and accepted afterwards.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from lpdesk.domain import AuditEvent, User, UserRole
from lpdesk.services import auth
from lpdesk.services.auth import MAX_FAILED_SIGN_INS, SignInRefused, hash_password, sign_in

PASSWORD = "correct horse battery"


@pytest.fixture
def users(store):
    with store.unit_of_work() as uow:
        repo = uow.repo(User)
        good = hash_password(PASSWORD)
        repo.add(
            User(
                username="ana.lp",
                display_name="A",
                role=UserRole.LEAD_PROFESSIONAL,
                password_hash=good,
            )
        )
        repo.add(User(username="no.pass", display_name="N", role=UserRole.LEAD_PROFESSIONAL))
        repo.add(
            User(
                username="gone.lp",
                display_name="G",
                role=UserRole.LEAD_PROFESSIONAL,
                active=False,
                password_hash=good,
            )
        )


@pytest.fixture
def checked(monkeypatch):
    """The stored hashes each sign-in verified against (wrapping the real verification)."""
    seen: list[str] = []
    real = auth.verify_password

    def spy(password: str, stored: str) -> bool:
        seen.append(stored)
        return real(password, stored)

    monkeypatch.setattr(auth, "verify_password", spy)
    return seen


@pytest.mark.parametrize(
    ("username", "password"),
    [
        ("nobody.here", PASSWORD),  # no such user
        ("no.pass", PASSWORD),  # no password set (was refused at once, without any hashing)
        ("gone.lp", PASSWORD),  # not active
        ("ana.lp", "wrong password!"),  # wrong password
    ],
)
def test_every_refusal_does_the_same_work(store, clock, users, checked, username, password):
    with pytest.raises(SignInRefused):
        sign_in(store.unit_of_work, username, password, clock=clock)
    assert len(checked) == 1, "one verification per attempt"
    assert checked[0].startswith("scrypt$n=16384,r=8,p=1$"), "a real scrypt hash was checked"


def test_after_five_wrong_passwords_the_account_waits(store, clock, users, checked):
    for _ in range(MAX_FAILED_SIGN_INS):
        with pytest.raises(SignInRefused):
            sign_in(store.unit_of_work, "ana.lp", "a wrong guess", clock=clock)
    with store.unit_of_work() as uow:
        (ana,) = uow.repo(User).find(username="ana.lp")
        assert ana.failed_sign_ins == MAX_FAILED_SIGN_INS
        assert ana.locked_until == clock.current + timedelta(minutes=1)
        locked = uow.repo(AuditEvent).find(action="user.sign_in_locked")
        assert [(e.user, e.entity_id) for e in locked] == [("ana.lp", ana.id)]
    checked.clear()
    with pytest.raises(SignInRefused):  # the right password, while the account waits
        sign_in(store.unit_of_work, "ana.lp", PASSWORD, clock=clock)
    assert len(checked) == 1 and checked[0] == auth._DUMMY_HASH  # same work, nothing learnt
    clock.current += timedelta(minutes=1, seconds=1)
    assert sign_in(store.unit_of_work, "ana.lp", PASSWORD, clock=clock).username == "ana.lp"
    with store.unit_of_work() as uow:
        (ana,) = uow.repo(User).find(username="ana.lp")
        assert (ana.failed_sign_ins, ana.locked_until) == (0, None)


def test_each_further_failure_doubles_the_wait_up_to_an_hour(store, clock, users):
    waits = []
    for _ in range(MAX_FAILED_SIGN_INS + 8):
        with store.unit_of_work() as uow:
            (ana,) = uow.repo(User).find(username="ana.lp")
        if ana.locked_until is not None:
            clock.current = ana.locked_until  # the wait is over: guess again
        with pytest.raises(SignInRefused):
            sign_in(store.unit_of_work, "ana.lp", "a wrong guess", clock=clock)
        with store.unit_of_work() as uow:
            (ana,) = uow.repo(User).find(username="ana.lp")
        if ana.locked_until is not None:
            waits.append(int((ana.locked_until - clock.current).total_seconds() // 60))
    assert waits == [1, 2, 4, 8, 16, 32, 60, 60, 60]
