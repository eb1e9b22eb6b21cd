"""Signing in to a shared (team) database, and setting passwords.

Passwords are stored as a self-describing string ``scrypt$n=16384,r=8,p=1$<salt>$<hash>`` (base64,
a random 16-byte salt per password) computed with ``hashlib.scrypt``: the parameters travel with
the hash, so they can be raised later without locking anyone out. A refused sign-in says the same
thing whatever went wrong (no such user, wrong password, account not active, no password set) and
costs the same time, so it tells an outsider nothing about which usernames exist.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import replace
from datetime import datetime, timedelta

from lpdesk.domain import AuditEvent, Forbidden, InvalidInput, LpdeskError, User, UserRole
from lpdesk.services.context import Actor, Clock, ServiceContext, SystemClock, record
from lpdesk.services.permissions import Permission, require, require_account
from lpdesk.services.ports import UnitOfWork, UnitOfWorkFactory

__all__ = [
    "DATABASE_PASSWORD",
    "MAX_FAILED_SIGN_INS",
    "MIN_PASSWORD_LENGTH",
    "SignInRefused",
    "hash_password",
    "set_password",
    "sign_in",
    "verify_password",
]

MIN_PASSWORD_LENGTH = 10
DATABASE_PASSWORD = (
    "connected as your own database role, passwords are the database's: a person changes "
    "their own with \\password in psql, IT resets someone else's"
)
_N, _R, _P = 2**14, 8, 1  # ~50 ms; 16 MiB of memory
_MAXMEM = 64 * 1024 * 1024
_SCHEME = "scrypt"


class SignInRefused(LpdeskError):
    """The one message for every refused sign-in."""

    def __init__(self) -> None:
        super().__init__(
            "the username or password is not right, or the account is not active; "
            "ask your team manager if you cannot sign in"
        )


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def hash_password(password: str, *, n: int = _N, r: int = _R, p: int = _P) -> str:
    """A new self-describing scrypt hash of ``password`` with a random salt."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=_MAXMEM)
    return f"{_SCHEME}$n={n},r={r},p={p}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    """True when ``password`` matches the stored hash; False for anything malformed."""
    try:
        scheme, params, salt_b64, digest_b64 = stored.split("$")
        if scheme != _SCHEME:
            return False
        values = dict(item.split("=", 1) for item in params.split(","))
        n, r, p = int(values["n"]), int(values["r"]), int(values["p"])
        salt, expected = base64.b64decode(salt_b64), base64.b64decode(digest_b64)
        digest = hashlib.scrypt(
            password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=_MAXMEM, dklen=len(expected)
        )
    except (ValueError, KeyError, TypeError):
        return False
    return hmac.compare_digest(digest, expected)


_DUMMY_HASH = hash_password(secrets.token_urlsafe(16))


def _check_new_password(username: str, password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput.one(
            "password", f"must be at least {MIN_PASSWORD_LENGTH} characters long"
        )
    if password.strip().casefold() == username.strip().casefold():
        raise InvalidInput.one("password", "must not be the username")


def set_password(ctx: ServiceContext, *, username: str, password: str) -> User:
    """Set ``username``'s password: a person sets their own; anyone else's needs
    ``MANAGE_ACCOUNTS`` (a team manager). Connected to a team database as a person's own role
    passwords are the database's: refused with a sentence saying so (``InvalidInput``)."""
    if ctx.actor.username != username:
        require(ctx, Permission.MANAGE_ACCOUNTS)
    with ctx.uow() as uow:
        accounts = uow.accounts()
        if accounts.database_roles:  # PostgreSQL signs them in: said before any other problem
            raise InvalidInput.one("password", DATABASE_PASSWORD)
        _check_new_password(username, password)
        users = uow.repo(User).find(username=username)
        if not users:
            raise InvalidInput.one("username", f'no user "{username}" in this database')
        require_account(ctx, uow, users[0])
        updated = accounts.set_password(users[0], hash_password(password))
        record(uow, ctx, "user.set_password", "user", updated.id)
    return updated


def set_first_password(
    uow: UnitOfWorkFactory, *, username: str, password: str, clock: Clock | None = None
) -> User:
    """Bootstrap a new team database: while no user has a password, an active team manager's
    may be set without signing in (there is nobody to sign in as). Refused once anyone has one."""
    _check_new_password(username, password)
    clock = clock or SystemClock()
    with uow() as work:
        users = work.repo(User).find()
        if any(u.password_hash for u in users):
            raise Forbidden("anyone", "set a first password once a user has a password: sign in")
        found = [u for u in users if u.username == username]
        if not found or not found[0].active or found[0].role is not UserRole.TEAM_MANAGER:
            raise InvalidInput.one(
                "username", "the first password must be an active team manager's"
            )
        updated = work.repo(User).update(replace(found[0], password_hash=hash_password(password)))
        work.audit(
            AuditEvent(
                at=clock.now(),
                user=updated.username,
                role=updated.role.value,
                action="user.first_password",
                entity="user",
                entity_id=updated.id,
            )
        )
    return updated


MAX_FAILED_SIGN_INS = 5
_FIRST_WAIT = timedelta(minutes=1)
_LONGEST_WAIT = timedelta(hours=1)


def _wait_after(failures: int) -> timedelta | None:
    """How long an account waits after ``failures`` wrong passwords in a row: nothing below 5,
    then 1 minute, doubling with each further failure, at most an hour."""
    if failures < MAX_FAILED_SIGN_INS:
        return None
    wait: timedelta = _FIRST_WAIT * (2 ** (failures - MAX_FAILED_SIGN_INS))
    return min(wait, _LONGEST_WAIT)


def sign_in(
    uow: UnitOfWorkFactory, username: str, password: str, *, clock: Clock | None = None
) -> Actor:
    """The ``Actor`` for a username and password, or ``SignInRefused``. Both outcomes are
    audited (a refusal only when the username exists, under that user's id).

    Every attempt costs one scrypt verification, whatever is wrong (no such user, no password
    set, an inactive or waiting account): against the dummy hash when there is nothing real to
    check, so the time taken says nothing about which usernames exist. After
    ``MAX_FAILED_SIGN_INS`` wrong passwords in a row the account waits (``locked_until``, in the
    database, audited); a right password during the wait is refused too."""
    clock = clock or SystemClock()
    now = clock.now()
    with uow() as work:
        found = work.repo(User).find(username=username.strip())
        user = found[0] if found else None
        waiting = user is not None and user.locked_until is not None and now < user.locked_until
        usable = user is not None and bool(user.password_hash) and not waiting
        stored = user.password_hash if usable and user is not None else _DUMMY_HASH
        matched = verify_password(password, stored)
        ok = matched and usable and user is not None and user.active
        if user is not None:
            action, detail = "user.sign_in", ""
            if ok:
                user = _after_success(work, user)
            elif waiting:
                action, detail = "user.sign_in_refused", "account waiting"
            else:
                user, action, detail = _after_failure(work, user, now)
            work.audit(
                AuditEvent(
                    at=now,
                    user=user.username,
                    role=user.role.value,
                    action=action,
                    entity="user",
                    entity_id=user.id,
                    detail=detail,
                )
            )
    if not ok or user is None:
        raise SignInRefused()
    return Actor(username=user.username, role=user.role, person_id=user.person_id, team=user.team)


def _after_success(work: UnitOfWork, user: User) -> User:
    if user.failed_sign_ins == 0 and user.locked_until is None:
        return user
    return work.repo(User).update(replace(user, failed_sign_ins=0, locked_until=None))


def _after_failure(work: UnitOfWork, user: User, now: datetime) -> tuple[User, str, str]:
    failures = user.failed_sign_ins + 1
    wait = _wait_after(failures)
    locked_until = now + wait if wait is not None else None
    updated = work.repo(User).update(
        replace(user, failed_sign_ins=failures, locked_until=locked_until)
    )
    if wait is None:
        return updated, "user.sign_in_refused", f"failures={failures}"
    minutes = int(wait.total_seconds() // 60)
    return updated, "user.sign_in_locked", f"failures={failures} wait_minutes={minutes}"
