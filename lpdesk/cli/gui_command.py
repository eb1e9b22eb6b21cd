"""``lpdesk`` with no command: the desktop app.

The session is built on the GUI's database thread, after the window is on screen, so the heavy
imports (SQLAlchemy, the store, the rules) never delay the first paint. Two questions may need the
person at the desk while it is built: the database passphrase (the desk's encrypted database with
no keyring) and, for a team (PostgreSQL) database, the sign-in. Both dialogs run on the UI thread
through ``OnUiThread`` (a blocking queued call): the database thread waits for the answer, so
neither question has to be predicted before the database is opened, and the window stays
responsive behind the dialog. The session's actor in team mode is the role PostgreSQL
authenticated when the URL names a person's own database role (the dialog then asks only for the
database's password, if the server wants one), else the person ``App.sign_in`` accepted;
``--user`` and ``LPDESK_USER`` only fill in the username field. On the desk's own
database the actor is its owner, set up on the first run; the demo asks the visitor which demo
user to be (``desk_actor``).
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lpdesk.app import App
    from lpdesk.gui.shell.session import SessionFactory
    from lpdesk.gui.shell.sign_in_dialog import OnUiThread
    from lpdesk.services.context import Actor

_PASSPHRASE_TRIES = 3


def run(args: argparse.Namespace) -> int:
    from lpdesk import gc_hold

    gc_hold.hold(gc_hold.START_UP)  # until the first screen is shown (the main window releases)
    from lpdesk.gui.shell.main import create_application, run_gui
    from lpdesk.gui.shell.sign_in_dialog import OnUiThread

    create_application()
    return run_gui(session_factory(args, OnUiThread()))  # created here, on the UI thread


def session_factory(args: argparse.Namespace, ui: OnUiThread) -> SessionFactory:
    """What ``run_gui`` calls on the database thread: open the database (asking for its
    passphrase if need be), sign in to a team database, and hand the GUI its session."""
    from lpdesk.gui.shell.passphrase_dialog import ask_passphrase_on_screen
    from lpdesk.gui.shell.session import GuiSession
    from lpdesk.gui.shell.sign_in_dialog import sign_in_on_screen

    asked: list[bool] = []

    def ask_passphrase(new: bool) -> str:
        asked.append(new)
        return ui.call(lambda: ask_passphrase_on_screen(new))

    def ask_database_password(username: str) -> str:
        """A team database's server wants the password of the person's own role: the sign-in
        dialog asks for it (PostgreSQL checks it; a wrong one is asked for again)."""

        def typed(name: str, password: str) -> str:
            if name != username:
                from lpdesk.domain import LpdeskError

                raise LpdeskError(f'this connection is for "{username}"')
            return password

        return ui.call(lambda: sign_in_on_screen(typed, username=username))

    def open_session() -> GuiSession:
        app = _open_app(args, ask_passphrase, asked, ask_database_password)
        try:
            acting_name, demo = "", False
            if app.signed_in is not None:  # a person's own database role: PostgreSQL's sign-in
                actor = app.signed_in
            elif app.team_mode:
                app.refuse_owner_connection()  # the owner's URL is IT's: no one signs in on it
                who = args.user or os.environ.get("LPDESK_USER") or ""
                actor = ui.call(lambda: sign_in_on_screen(app.sign_in, username=who))
            else:
                if args.demo_if_empty:  # the fictional demo only ever on the desk's own file
                    from lpdesk.cli.case_commands import load_demo_if_empty

                    load_demo_if_empty(app)
                actor, acting_name, demo = desk_actor(app, args.user, ui)
            return GuiSession(
                ctx=app.context(actor),
                acting_name=acting_name,
                demo=demo,
                profiles=app.profiles,
                forms=app.forms,
                data_dir=app.data_dir,
                close=app.close,
                storage_warning=app.storage_warning,
                backup_due=app.backup_if_due,
            )
        except BaseException:
            app.close()
            raise

    return open_session


def desk_actor(app: App, username: str | None, ui: OnUiThread) -> tuple[Actor, str, bool]:
    """Who acts on the desk's own database, with their name and whether it is the demo:
    ``--user``/``LPDESK_USER`` if given; else the desk's owner; on the demo, the user the visitor
    chooses on the start screen; on a first run, the owner set up there and then; on a desk with
    users but no owner, the user the person at the desk says they are (recorded as its owner)."""
    named = username or os.environ.get("LPDESK_USER")
    if not named:  # a set-up desk (every start but the first): its owner, read alone
        owner = app.desk_owner()
        if owner is not None:
            return owner.actor, owner.name, False
    from lpdesk.gui.shell.first_run_dialog import set_up_desk_on_screen
    from lpdesk.gui.shell.start_screen_dialog import choose_user_on_screen

    state = app.desk_state()
    if named:
        actor = app.actor(named)
        name = next((u.name for u in state.users if u.username == actor.username), "")
        return actor, name, state.demo
    if state.owner is not None:
        return state.owner.actor, state.owner.name, False
    if state.demo:
        chosen = ui.call(lambda: choose_user_on_screen(state.users, demo=True))
        return chosen.actor, chosen.name, True
    if state.first_run:
        owner = ui.call(lambda: set_up_desk_on_screen(app.set_up_owner, state.people))
        return owner.actor, owner.name, False
    chosen = ui.call(lambda: choose_user_on_screen(state.users, demo=False))
    owner = app.claim_desk(chosen.username)
    return owner.actor, owner.name, False


def _open_app(
    args: argparse.Namespace,
    ask_passphrase: Callable[[bool], str],
    asked: list[bool],
    ask_database_password: Callable[[str], str] | None = None,
) -> App:
    """``open_app``, asking again (up to three times) when a typed passphrase was wrong."""
    from lpdesk.app import open_app
    from lpdesk.store.crypto import EncryptionError

    for attempt in range(1, _PASSPHRASE_TRIES + 1):
        asked.clear()
        try:
            return open_app(
                data_dir=args.data_dir,
                database_url=args.database_url,
                ask_passphrase=ask_passphrase,
                ask_database_password=ask_database_password,
            )
        except EncryptionError:
            if not asked or asked[-1] or attempt == _PASSPHRASE_TRIES:
                raise  # not a typed passphrase of an existing database: asking again won't help
    raise AssertionError("unreachable")
