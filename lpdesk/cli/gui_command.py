"""``lpdesk`` with no command: the desktop app."""

from __future__ import annotations

import argparse


def run(args: argparse.Namespace) -> int:
    from lpdesk.gui.main import run_gui
    from lpdesk.gui.session import GuiSession

    def open_session() -> GuiSession:
        # Runs on the GUI's database thread after the window is shown: the heavy imports
        # (SQLAlchemy, the store, the rules) never delay the first paint.
        from lpdesk.app import open_app

        app = open_app(data_dir=args.data_dir, database_url=args.database_url)
        if args.demo_if_empty:
            from lpdesk.cli.case_commands import load_demo_if_empty

            load_demo_if_empty(app)
        return GuiSession(
            ctx=app.context(app.actor(args.user)),
            profiles=app.profiles,
            forms=app.forms,
            data_dir=app.data_dir,
            close=app.close,
        )

    return run_gui(open_session)
