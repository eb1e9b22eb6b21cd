"""From an empty database, an LP with no line manager recorded cannot convene the first core group
of a child protection plan (their line manager chairs it): the convene page says so in words and
says where the team manager records it; once it is recorded in the Team window, the line manager
is offered as the chair."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from lpdesk.domain import Person
from lpdesk.gui.manager.line_manager_dialog import LineManagerDialog
from tests.gui.helpers import rows, save_dialog
from tests.gui.journey_steps import open_empty_database, start_case_from_icpc, window_of


@pytest.fixture
def empty_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any, settings: Any
) -> Iterator[Any]:
    monkeypatch.setenv("LPDESK_ENCRYPTION", "off")
    app = open_empty_database(tmp_path / "data", qtbot, settings)
    yield app
    app.close()


def _set_line_manager(qtbot: Any, settings: Any, app: Any, worker: str, manager: str) -> None:
    """Dana's Team window: the worker's line manager (``manager`` "None recorded" clears it)."""
    window = window_of(qtbot, settings, app, "dana.mills")
    view = window.manager_view
    qtbot.waitUntil(lambda: view.team_button.isVisibleTo(view), timeout=10000)
    qtbot.mouseClick(view.team_button, Qt.MouseButton.LeftButton)
    team = view.team_dialog
    qtbot.waitUntil(lambda: team.table.rowCount() == 3, timeout=10000)
    team.select(worker)
    with qtbot.waitSignal(team.sig_dialog_opened, timeout=5000) as opened:
        qtbot.mouseClick(team.manager_button, Qt.MouseButton.LeftButton)
    dialog = opened.args[0]
    assert isinstance(dialog, LineManagerDialog)
    dialog.manager_combo.setCurrentIndex(
        dialog.manager_combo.findText(manager, Qt.MatchFlag.MatchStartsWith)
    )
    with qtbot.waitSignal(team.sig_loaded, timeout=10000):
        save_dialog(qtbot, dialog)
    team.close()
    window.close()


def _convene_page(qtbot: Any, ws: Any) -> Any:
    wizard = ws.open_new_meeting()
    qtbot.addWidget(wizard)
    page = wizard.convene_page
    qtbot.waitUntil(lambda: page.proposals_list.count() > 0, timeout=10000)
    return wizard, page


def test_the_convene_page_says_where_the_line_manager_is_recorded(
    qtbot, settings, empty_app
) -> None:  # type: ignore[no-untyped-def]
    app = empty_app
    _set_line_manager(qtbot, settings, app, "Sam Okafor", "None recorded")
    (sam,) = rows(app, Person, name="Sam Okafor")
    assert sam.manager_id is None

    window = window_of(qtbot, settings, app, "sam.okafor")
    _case_id, ws = start_case_from_icpc(qtbot, window, app)
    wizard, page = _convene_page(qtbot, ws)
    qtbot.waitUntil(lambda: "line manager" in page.error_label.text(), timeout=10000)
    message = page.error_label.text()
    assert "no line manager is recorded for Sam Okafor" in message
    assert "Team oversight page, press Team…, choose Sam Okafor, then Line manager…" in message
    assert "_" not in message and page.chair_combo.count() == 0
    wizard.close()

    _set_line_manager(qtbot, settings, app, "Sam Okafor", "Dana Mills")
    (dana,) = rows(app, Person, name="Dana Mills")
    wizard, page = _convene_page(qtbot, ws)
    qtbot.waitUntil(lambda: page.chair_combo.findData(dana.id) >= 0, timeout=10000)
    assert page.chair_combo.currentText().startswith("Dana Mills")
    assert "line manager" not in page.error_label.text()
    wizard.close()
    window.close()
