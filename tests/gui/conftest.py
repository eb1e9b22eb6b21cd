"""GUI test fixtures: a QSettings file of the test's own, and a real session on a real SQLite file."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "lpdesk.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def runner(qtbot) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from lpdesk.gui.shell.tasks import TaskRunner

    task_runner = TaskRunner()
    yield task_runner
    task_runner.shutdown(wait=True)


@pytest.fixture(scope="session")
def demo_database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One demo database per test session (migrations applied, demo loaded), copied per test.

    Plain SQLite: an encrypted file's key is kept per path, so a copy could not be opened; the
    screens are the same either way and encryption has tests of its own (tests/store, security).
    """
    from lpdesk.app import open_app
    from lpdesk.domain import UserRole
    from lpdesk.services.context import Actor
    from lpdesk.services.demo import load_demo

    data = tmp_path_factory.mktemp("demo") / "data"
    with pytest.MonkeyPatch.context() as env:
        env.setenv("LPDESK_ENCRYPTION", "off")
        app = open_app(data_dir=data)
        load_demo(app.context(Actor(username="demo.loader", role=UserRole.TEAM_MANAGER)))
        app.close()
    yield data / "lpdesk.db"


@pytest.fixture
def demo_app(
    tmp_path: Path, demo_database: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[object]:
    """A real SQLite file of this test's own holding the demo caseload."""
    from lpdesk.app import open_app

    monkeypatch.setenv("LPDESK_ENCRYPTION", "off")
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    shutil.copy2(demo_database, data / "lpdesk.db")
    app = open_app(data_dir=data)
    yield app
    app.close()


@pytest.fixture
def session_factory(demo_app):  # type: ignore[no-untyped-def]
    """The same shape of factory the command line hands ``run_gui``; the app stays open for the
    test to check results through the services."""
    from lpdesk.gui.shell.session import GuiSession

    def open_session() -> GuiSession:
        return GuiSession(
            ctx=demo_app.context(demo_app.actor()),
            profiles=demo_app.profiles,
            forms=demo_app.forms,
            data_dir=demo_app.data_dir,
            close=lambda: None,
        )

    return open_session


@pytest.fixture
def main_window(qtbot, settings, session_factory):  # type: ignore[no-untyped-def]
    from lpdesk.gui.shell.main import create_application, start_main_window

    create_application()
    window = start_main_window(session_factory, settings=settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.caseload_view.sig_loaded, timeout=10000):
        pass
    yield window
    window.close()


@pytest.fixture
def window_as(qtbot, settings, demo_app) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """``window_as(username)``: the main window of the demo as that user, its caseload loaded."""
    from lpdesk.gui.shell.main import create_application, start_main_window
    from lpdesk.gui.shell.session import GuiSession

    create_application()
    windows = []

    def start(username: str):  # type: ignore[no-untyped-def]
        def open_session() -> GuiSession:
            return GuiSession(
                ctx=demo_app.context(demo_app.actor(username)),
                profiles=demo_app.profiles,
                forms=demo_app.forms,
                data_dir=demo_app.data_dir,
                close=lambda: None,
            )

        window = start_main_window(open_session, settings=settings)
        qtbot.addWidget(window)
        windows.append(window)
        with qtbot.waitSignal(window.caseload_view.sig_loaded, timeout=10000):
            pass
        return window

    yield start
    for window in windows:
        window.close()
