"""The main window shows a storage warning on top, and makes the scheduled backup on the database
lane once the session is open."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

import pytest

from lpdesk.services.backups import scheduled_backups

WARNING = "The database is in a folder synced by OneDrive. Move it to a local folder."


@pytest.fixture
def open_window(qtbot, settings):  # type: ignore[no-untyped-def]
    from lpdesk.gui.shell.main import create_application, start_main_window

    create_application()
    windows = []

    def start(factory):  # type: ignore[no-untyped-def]
        window = start_main_window(factory, settings=settings)
        qtbot.addWidget(window)
        windows.append(window)
        with qtbot.waitSignal(window.sig_session_ready, timeout=10000):
            pass
        return window

    yield start
    for window in windows:
        window.close()


def test_a_storage_warning_is_shown_in_a_banner_at_the_top(
    open_window, session_factory, demo_app
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(
        lambda: replace(session_factory(), storage_warning=WARNING, backup_due=None)
    )
    banner = window.storage_banner
    assert banner.isVisible()
    assert WARNING in banner.text()
    assert window.ui.central_layout.indexOf(banner) == 0  # above the navigation and pages


def test_no_banner_when_the_database_is_somewhere_safe(open_window, session_factory) -> None:  # type: ignore[no-untyped-def]
    window = open_window(session_factory)
    assert not window.storage_banner.isVisible()


def test_the_scheduled_backup_runs_on_the_database_lane_after_the_session_opens(
    qtbot, open_window, session_factory, demo_app
) -> None:  # type: ignore[no-untyped-def]
    threads: list[str] = []
    made: list[Path | None] = []

    def backup_due() -> Path | None:
        threads.append(threading.current_thread().name)
        path = demo_app.backup_if_due()
        made.append(path)
        return path

    window = open_window(lambda: replace(session_factory(), backup_due=backup_due))
    qtbot.waitUntil(lambda: bool(made), timeout=10000)
    assert threads[0].startswith("lpdesk-db")
    folder = demo_app.data_dir / "backups"
    assert [p for _w, p in scheduled_backups(folder)] == [made[0]]
    qtbot.waitUntil(lambda: "Backup made" in window.ui.status_bar.currentMessage(), timeout=5000)
    assert demo_app.backup_if_due() is None  # not due again the same day


def test_a_failed_scheduled_backup_is_reported_in_the_status_bar(
    qtbot, open_window, session_factory
) -> None:  # type: ignore[no-untyped-def]
    def backup_due() -> Path | None:
        raise OSError(28, "No space left on device")

    window = open_window(lambda: replace(session_factory(), backup_due=backup_due))
    qtbot.waitUntil(
        lambda: "could not be made" in window.ui.status_bar.currentMessage(), timeout=5000
    )
