"""The team manager's front door to the team, from an empty database: the Team button on the
manager's page, a worker added (a bad username refused naming the field, nothing written), a line
manager recorded, and the list showing names and roles in words, never ids."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from lpdesk.domain import Person, User, UserRole
from lpdesk.gui.manager.account_dialog import AccountDialog
from lpdesk.gui.manager.line_manager_dialog import LineManagerDialog
from lpdesk.gui.manager.manager_view import ManagerView
from lpdesk.gui.manager.team_dialog import TeamDialog
from lpdesk.gui.shell.session import GuiSession
from lpdesk.services.context import Actor, FixedClock
from tests.gui.helpers import click_save, rows, save_dialog, type_into
from tests.gui.test_dialogs import check_labelled


@pytest.fixture
def empty_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    from lpdesk.app import open_app

    monkeypatch.setenv("LPDESK_ENCRYPTION", "off")
    app = open_app(data_dir=tmp_path / "data")
    app.clock = FixedClock(datetime(2026, 12, 18, 9, 30))
    yield app
    app.close()


def _team_dialog(qtbot: Any, runner: Any, settings: Any, app: Any) -> TeamDialog:
    session = GuiSession(
        ctx=app.context(Actor(username="local", role=UserRole.TEAM_MANAGER)),
        profiles=app.profiles,
        forms=app.forms,
        data_dir=app.data_dir,
        close=lambda: None,
    )
    view = ManagerView(runner, settings=settings)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.sig_loaded, timeout=10000):
        view.bind(session)
    assert view.team_button.isVisibleTo(view)
    qtbot.mouseClick(view.team_button, Qt.MouseButton.LeftButton)
    dialog = view.team_dialog
    qtbot.waitUntil(lambda: dialog.hint_label.text() != "Loading…", timeout=10000)
    return dialog


def _opened(qtbot: Any, team: TeamDialog, button: Any) -> Any:
    with qtbot.waitSignal(team.sig_dialog_opened, timeout=5000) as opened:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return opened.args[0]


def _add(
    qtbot: Any, team: TeamDialog, name: str, role: UserRole, qualified: bool, username: str = ""
) -> None:
    dialog = _opened(qtbot, team, team.add_button)
    assert isinstance(dialog, AccountDialog)
    qtbot.keyClicks(dialog.name_edit, name)
    if username:
        type_into(qtbot, dialog.username_edit, username)
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(role.value))
    dialog.qualified_check.setChecked(qualified)
    with qtbot.waitSignal(team.sig_loaded, timeout=10000):
        save_dialog(qtbot, dialog)


def _cells(team: TeamDialog) -> list[list[str]]:
    table = team.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_the_team_manager_adds_workers_and_records_a_line_manager(
    qtbot, runner, settings, empty_app
) -> None:  # type: ignore[no-untyped-def]
    team = _team_dialog(qtbot, runner, settings, empty_app)
    assert team.table.rowCount() == 0
    check_labelled(team, team.windowTitle())
    _add(qtbot, team, "Dana Mills", UserRole.TEAM_MANAGER, False)

    dialog = _opened(qtbot, team, team.add_button)  # a bad username: refused, nothing written
    check_labelled(dialog, dialog.windowTitle())
    qtbot.keyClicks(dialog.name_edit, "Sam Okafor")
    assert dialog.username_edit.text() == "sam.okafor"  # suggested from the name
    type_into(qtbot, dialog.username_edit, "Sam Okafor!")
    dialog.qualified_check.setChecked(True)
    assert dialog.manager_combo.currentText().startswith("Dana Mills")
    click_save(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.error_label_widget.isVisible(), timeout=5000)
    refusal = dialog.error_label_widget.text()
    assert "• Username (to sign in): 2 to 63 lower-case letters" in refusal
    assert "_" not in refusal and dialog.username_edit.property("invalid") is True
    assert dialog.isVisible()
    assert [u.username for u in rows(empty_app, User)] == ["dana.mills"]
    type_into(qtbot, dialog.username_edit, "sam.okafor")
    with qtbot.waitSignal(team.sig_loaded, timeout=10000):
        save_dialog(qtbot, dialog)
    people = {p.name: p for p in rows(empty_app, Person)}
    assert people["Sam Okafor"].manager_id == people["Dana Mills"].id
    assert people["Sam Okafor"].qualified_social_worker is True

    _add(qtbot, team, "Kim Lee", UserRole.LEAD_PROFESSIONAL, True)
    team.select("Kim Lee")
    editor = _opened(qtbot, team, team.manager_button)
    assert isinstance(editor, LineManagerDialog)
    check_labelled(editor, editor.windowTitle())
    assert "Kim Lee" not in [
        editor.manager_combo.itemText(i) for i in range(editor.manager_combo.count())
    ]
    editor.manager_combo.setCurrentIndex(
        editor.manager_combo.findText("Sam Okafor (lead professional)")
    )
    with qtbot.waitSignal(team.sig_loaded, timeout=10000):
        save_dialog(qtbot, editor)
    assert _cells(team) == [
        ["Dana Mills", "Team manager", "No", "None recorded"],
        ["Kim Lee", "Lead professional", "Yes", "Sam Okafor"],
        ["Sam Okafor", "Lead professional", "Yes", "Dana Mills"],
    ]
    people = {p.name: p for p in rows(empty_app, Person)}
    assert people["Kim Lee"].manager_id == people["Sam Okafor"].id

    team.select("Sam Okafor")  # Sam manages Kim: Kim cannot manage Sam
    editor = _opened(qtbot, team, team.manager_button)
    editor.manager_combo.setCurrentIndex(
        editor.manager_combo.findText("Kim Lee (lead professional)")
    )
    click_save(qtbot, editor)
    qtbot.waitUntil(lambda: editor.error_label_widget.isVisible(), timeout=5000)
    assert "• Line manager: Kim Lee is managed by Sam Okafor" in editor.error_label_widget.text()
    people = {p.name: p for p in rows(empty_app, Person)}
    assert people["Sam Okafor"].manager_id == people["Dana Mills"].id
