"""What every command needs: the opened app (signed in, for a team database), atomic file output.

Connected to a team database as a person's own database role, PostgreSQL has signed them in
(``session_user``): no lpdesk password is asked, and ``--user``/``LPDESK_USER`` naming anyone else
is refused. Otherwise (a team database whose roles are not set up yet) a team database trusts no
``--user`` on its own: the command signs in as that user (``--user`` or ``LPDESK_USER``) with a
password typed at the terminal, or, for scheduled jobs with no terminal, read from the file
named by ``LPDESK_PASSWORD_FILE``, which must be a regular file owned by the user running lpdesk
and readable by no one else (mode 0600).
"""

from __future__ import annotations

import argparse
import os
import stat
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lpdesk.app import App

PASSWORD_FILE_ENV = "LPDESK_PASSWORD_FILE"


def bounded(low: int, high: int, what: str) -> Callable[[str], int]:
    """An argparse type: a whole number from ``low`` to ``high``; anything else is refused by
    argparse naming the argument (exit 2), never passed on to overflow a query."""

    def number(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f'"{text}" is not a whole number') from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{text} is not {what}")
        return value

    return number


def record_number(text: str) -> int:
    """A record's number typed on the command line (a meeting, a person, a step): 1 up to the
    largest number the databases hold."""
    from lpdesk.services.validation import INT64_MAX

    return bounded(1, INT64_MAX, "a record number lpdesk holds")(text)


def ask_passphrase(new: bool) -> str:
    """The database passphrase from the terminal (only when there is no keyring)."""
    import getpass

    from lpdesk.domain import LpdeskError

    if not sys.stdin.isatty():
        raise LpdeskError("the database needs its passphrase and there is no terminal to ask on")
    first = getpass.getpass("Database passphrase: " if not new else "New database passphrase: ")
    if new and getpass.getpass("Again: ") != first:
        raise LpdeskError("the two passphrases differ; nothing was changed")
    return first


def ask_database_password(username: str) -> str:
    """The password of the person's own database role, typed at the terminal (PostgreSQL checks
    it; lpdesk keeps it only in memory while it runs)."""
    import getpass

    return getpass.getpass(f"Database password for {username}: ")


@contextmanager
def opened(args: argparse.Namespace, *, signed_in: bool = True) -> Iterator[App]:
    """The opened app; in team mode the user signs in first unless ``signed_in`` is False (only
    the first-password bootstrap, which the service itself restricts)."""
    from lpdesk.app import open_app

    app = open_app(
        data_dir=args.data_dir,
        database_url=args.database_url,
        # a passphrase can only be asked for at a terminal; scripts rely on the keyring
        ask_passphrase=ask_passphrase if sys.stdin.isatty() else None,
        ask_database_password=ask_database_password if sys.stdin.isatty() else None,
    )
    try:
        print_warnings(app)
        if app.person_role is not None:  # PostgreSQL signed them in: no name is taken instead
            app.actor(args.user or os.environ.get("LPDESK_USER"))
        elif app.team_mode and signed_in:
            sign_in(app, args.user)
        yield app
    finally:
        app.close()


def sign_in(app: App, username: str | None) -> None:
    """Sign in to a team database as ``username`` (or ``LPDESK_USER``); ``SignInRefused`` (the
    one message for every refusal) or an ``LpdeskError`` saying what is missing."""
    from lpdesk.domain import LpdeskError

    app.refuse_owner_connection()  # before asking for any password
    who = (username or os.environ.get("LPDESK_USER") or "").strip()
    if not who:
        raise LpdeskError("a team database needs you to sign in: give --user or set LPDESK_USER")
    app.sign_in(who, team_password(who))


def team_password(username: str) -> str:
    """The sign-in password: from ``LPDESK_PASSWORD_FILE`` when set, else typed at a terminal."""
    import getpass

    from lpdesk.domain import LpdeskError

    named = os.environ.get(PASSWORD_FILE_ENV)
    if named:
        return read_password_file(Path(named))
    if not sys.stdin.isatty():
        raise LpdeskError(
            "a team database needs a password and there is no terminal to ask on; for a "
            f"scheduled job set {PASSWORD_FILE_ENV} to a file only you can read (chmod 600)"
        )
    return getpass.getpass(f"Password for {username}: ")


def read_password_file(path: Path) -> str:
    """The password in ``path`` (its first line), refused unless the file is a regular file
    owned by this user and readable by no one else. Checked on the open file itself."""
    from lpdesk.domain import LpdeskError

    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError as exc:
        raise LpdeskError(f"{PASSWORD_FILE_ENV} cannot be read: {exc.strerror}") from None
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fh.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise LpdeskError(f"{PASSWORD_FILE_ENV} must name a regular file")
        if os.name == "posix":
            if info.st_mode & 0o077:
                raise LpdeskError(
                    f"{PASSWORD_FILE_ENV} can be read by others (mode "
                    f"{stat.S_IMODE(info.st_mode):04o}); make it readable only by you: chmod 600"
                )
            if info.st_uid != os.geteuid():
                raise LpdeskError(f"{PASSWORD_FILE_ENV} must belong to the user running lpdesk")
        data = fh.read(4096)
    try:
        lines = data.decode("utf-8").splitlines()
    except UnicodeDecodeError:
        raise LpdeskError(f"{PASSWORD_FILE_ENV} is not UTF-8 text") from None
    return lines[0] if lines else ""


def write_new(path: Path, data: bytes, *, field: str = "output") -> None:
    """Write a new file readable only by its owner (0600), never over an existing one: written
    in full beside the target (created exclusively), then linked into place, which fails if a
    file appeared there meanwhile. ``InvalidInput`` naming ``field`` when the file exists."""
    from lpdesk.domain import InvalidInput

    if path.exists() or path.is_symlink():
        raise InvalidInput.one(
            field, f"{path.name} already exists: lpdesk never writes over a file"
        )
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.link(tmp, path)
        except FileExistsError:
            raise InvalidInput.one(
                field, f"{path.name} already exists: lpdesk never writes over a file"
            ) from None
    finally:
        tmp.unlink(missing_ok=True)


def print_warnings(app: App) -> None:
    """What the person must know before anything else (the audit trail altered, say)."""
    if app.audit_warning:
        print(f"lpdesk: WARNING: {app.audit_warning}", file=sys.stderr)
