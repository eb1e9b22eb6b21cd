"""The due list a page at a time, through the real window on a real SQLite team: the first page
shows at once with the whole list's counts, scrolling to the end fetches the next, Enter opens the
row's case, and a change of what is shown asks again from the first page."""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from bench.generate import generate_team
from lpdesk.domain import DueStatus
from lpdesk.services.context import FixedClock
from lpdesk.services.due_page import due_page
from lpdesk.store.engine import sqlite_url
from tests.gui.helpers import open_main_window

PAGE = 25


@pytest.fixture
def team_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    from lpdesk.app import open_app

    monkeypatch.setenv("LPDESK_ENCRYPTION", "off")
    monkeypatch.setattr("lpdesk.gui.caseload.due_view.PAGE_SIZE", PAGE)
    url = sqlite_url(tmp_path / "team.db")
    team = generate_team(url, children=60, years=1, seed=11)
    app = open_app(data_dir=tmp_path / "data", database_url=url)
    app.clock = FixedClock(datetime.combine(team.as_of, time(9, 0)))
    yield app
    app.close()


def _whole(app: Any, show: str) -> list[Any]:
    ctx = app.context(app.actor())
    return list(due_page(ctx, profiles=app.profiles, show=show, limit=None).items)


def test_the_team_due_list_comes_a_page_at_a_time(qtbot, settings, team_app) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, settings, team_app, team_app.actor())
    window.show()
    view = window.due_view
    window.ui.nav_list.setCurrentRow(1)
    assert window.ui.page_stack.currentWidget() is view
    with qtbot.waitSignal(view.sig_loaded, timeout=20000):
        view.scope_combo.setCurrentIndex(1)  # the whole team
    with qtbot.waitSignal(view.sig_loaded, timeout=20000):
        view.status_combo.setCurrentIndex(2)  # everything within the horizon
    whole = _whole(team_app, "all")
    assert len(whole) > 2 * PAGE
    model = view.model
    assert [model.item_at(r) for r in range(PAGE)] == whole[:PAGE]  # the first page, in order
    assert not model.complete
    hint = view.hint_label.text()
    overdue = sum(i.status is DueStatus.OVERDUE for i in whole)
    assert f"{overdue} overdue" in hint  # the whole list's counts, not the page's
    assert f"showing the first {PAGE} of {len(whole)}" in hint

    # scrolling to the end fetches the next page, and on until the list is complete
    bar = view.table_view.verticalScrollBar()
    for _ in range(len(whole) // PAGE + 1):
        if model.complete:
            break
        rows = model.rowCount()
        bar.setValue(bar.maximum())
        qtbot.waitUntil(lambda rows=rows: model.rowCount() > rows, timeout=20000)
    assert model.complete
    assert [model.item_at(r) for r in range(model.rowCount())] == whole
    assert "showing the first" not in view.hint_label.text()

    # Enter opens the case of the row chosen
    row = PAGE + 3
    view.table_view.setFocus()
    view.table_view.setCurrentIndex(view.proxy.index(row, 0))
    qtbot.keyClick(view.table_view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(window.workspaces), timeout=10000)
    assert list(window.workspaces) == [whole[row].case_id]

    # another choice of what is shown asks again, from the first page
    with qtbot.waitSignal(view.sig_loaded, timeout=20000):
        view.status_combo.setCurrentIndex(1)  # overdue only
    overdue_items = _whole(team_app, "overdue")
    shown = [model.item_at(r) for r in range(model.rowCount())]
    assert shown == overdue_items[:PAGE]
    assert all(i.status is DueStatus.OVERDUE for i in shown)
    assert model.complete == (len(overdue_items) <= PAGE)

    # typing a filter loads the rest first, so that it filters the whole list
    view.filter_edit.setText(overdue_items[-1].case_reference)
    qtbot.waitUntil(lambda: model.complete, timeout=20000)
    assert model.rowCount() == len(overdue_items)
    wanted = [i for i in overdue_items if i.case_reference == overdue_items[-1].case_reference]
    assert view.proxy.rowCount() >= len(wanted) > 0
