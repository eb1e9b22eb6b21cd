"""``lpdesk --self-test``: proves an installed bundle works with no display and no network.

Opens a temporary database (migrations applied), loads the demo caseload, computes the due list and
renders a document in both formats. Prints one line per step and exits 0, or names the step that
failed and exits 1. Touches nothing outside its temporary folder.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="lpdesk-selftest-") as tmp:
        state: dict[str, object] = {}
        steps: list[tuple[str, Callable[[], str]]] = [
            ("open database", lambda: _open(Path(tmp), state)),
            ("load demo caseload", lambda: _demo(state)),
            ("due list", lambda: _due(state)),
            ("render documents", lambda: _render(state)),
        ]
        try:
            for name, step in steps:
                started = time.perf_counter()
                detail = step()
                print(f"ok   {name}: {detail} ({(time.perf_counter() - started) * 1000:.0f} ms)")
        except Exception as err:  # the point of a self-test is to name any failure
            print(f"FAIL {name}: {type(err).__name__}: {err}")
            return 1
        finally:
            app = state.get("app")
            if app is not None:
                app.close()  # type: ignore[attr-defined]
    print("self-test passed")
    return 0


def _open(tmp: Path, state: dict[str, object]) -> str:
    from lpdesk.app import open_app

    app = open_app(data_dir=tmp)
    state["app"] = app
    return f"{len(app.profiles)} profiles"


def _demo(state: dict[str, object]) -> str:
    from lpdesk.domain import UserRole
    from lpdesk.services.context import Actor
    from lpdesk.services.demo import load_demo

    app = state["app"]
    summary = load_demo(app.context(Actor(username="self.test", role=UserRole.TEAM_MANAGER)))  # type: ignore[attr-defined]
    return str(summary)


def _due(state: dict[str, object]) -> str:
    from lpdesk.services.due import due_list

    app = state["app"]
    items = due_list(app.context(app.actor()), profiles=app.profiles)  # type: ignore[attr-defined]
    return f"{len(items)} items"


def _render(state: dict[str, object]) -> str:
    from lpdesk.services.rendering import render_sample

    app = state["app"]
    files = render_sample(app.context(app.actor()), profiles=app.profiles, forms=app.forms)  # type: ignore[attr-defined]
    return ", ".join(f"{f.filename} {len(f.data)} bytes" for f in files)
