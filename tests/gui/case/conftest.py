"""A case started from an empty database (no demo), and the lead professional's session on it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture
def empty_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    from lpdesk.app import open_app

    monkeypatch.setenv("LPDESK_ENCRYPTION", "off")
    data = tmp_path / "data"
    app = open_app(data_dir=data)
    yield app
    app.close()


@pytest.fixture
def journey(empty_app):  # type: ignore[no-untyped-def]
    from tests.gui.case.journey_case import start_case

    return start_case(empty_app)


@pytest.fixture
def lp_workspace(qtbot, runner, empty_app, journey):  # type: ignore[no-untyped-def]
    """The case's workspace as its lead professional sees it."""
    from lpdesk.domain import UserRole
    from lpdesk.gui.case.case_workspace import CaseWorkspace
    from lpdesk.gui.shell.main import create_application
    from lpdesk.gui.shell.session import GuiSession
    from lpdesk.services.context import Actor

    create_application()
    actor = Actor(username="alex.worker", role=UserRole.LEAD_PROFESSIONAL, person_id=journey.lp_id)
    session = GuiSession(
        ctx=empty_app.context(actor),
        profiles=empty_app.profiles,
        forms=empty_app.forms,
        data_dir=empty_app.data_dir,
        close=lambda: None,
    )
    ws = CaseWorkspace(runner, journey.case_id)
    qtbot.addWidget(ws)
    ws.resize(1366, 768)
    ws.show()
    ws.bind(session)
    qtbot.waitUntil(lambda: ws.snapshot is not None, timeout=10000)
    return ws
