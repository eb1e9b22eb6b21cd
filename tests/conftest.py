"""Suite-wide set-up. Qt must be told there is no display before anything imports it, or it aborts
the whole pytest process instead of failing one test."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LPDESK_LOG_LEVEL", "WARNING")

_PRIVATE = pytest.StashKey[contextlib.ExitStack]()


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    """A pytest-xdist worker gets its own folders, D-Bus session and keyring (tests/workers.py)
    before anything is collected."""
    if os.environ.get("PYTEST_XDIST_WORKER"):
        from tests.workers import private_worker

        stack = contextlib.ExitStack()
        stack.enter_context(private_worker())
        config.stash[_PRIVATE] = stack


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The PostgreSQL case of a test marked ``sqlite_only`` is not run (deselected: its outcome
    cannot depend on the backend, docs/testing.md). The few tests marked ``slowest`` go first, in
    the random order pytest-randomly gave them (it reorders before this hook), and the rest follow
    in theirs: on ``make test``'s workers a long test started last would finish the run alone."""
    sqlite_alone = [
        i
        for i in items
        if i.get_closest_marker("sqlite_only")
        and getattr(i, "callspec", None) is not None
        and i.callspec.params.get("backend") == "postgresql"
    ]
    if sqlite_alone:
        config.hook.pytest_deselected(items=sqlite_alone)
        dropped = set(map(id, sqlite_alone))
        items[:] = [i for i in items if id(i) not in dropped]
    items[:] = [i for i in items if i.get_closest_marker("slowest")] + [
        i for i in items if not i.get_closest_marker("slowest")
    ]


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    stack = config.stash.get(_PRIVATE, None)
    if stack is not None:
        stack.close()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """After pytest-qt has closed a test's widgets, delete them for real before the next test.

    pytest-qt only asks for deletion (``deleteLater``), which Qt carries out when an event loop
    next runs, so each test's windows lived on into the next and were deleted in the middle of
    it, and a style change walked through a thousand widgets from earlier tests (it crashed there).
    Top-level windows a test left open are closed and deleted too. A widget the app has already
    deleted (a wizard closed with WA_DeleteOnClose) is dropped from pytest-qt's list first: its
    Python wrapper can outlive it, and closing it again would raise."""
    registered = getattr(item, "qt_widgets", None)
    if registered:
        import shiboken6

        item.qt_widgets = [  # type: ignore[attr-defined]
            (ref, before_close)
            for ref, before_close in registered
            if ref() is not None and shiboken6.isValid(ref())
        ]
    result = yield
    if "PySide6.QtWidgets" in sys.modules:
        from PySide6.QtCore import QCoreApplication, QEvent
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if isinstance(app, QApplication):
            for widget in app.topLevelWidgets():
                widget.close()
                widget.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            app.processEvents()
    return result
