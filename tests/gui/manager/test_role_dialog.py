"""The team manager changes a worker's role in the Team window, on a real SQLite database: the
role chosen in words, the change confirmed first (it changes what the worker can see), the list
showing it at once; "Keep it" changes nothing; the team's last team manager is refused with a
sentence and nothing is written."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from lpdesk.domain import AuditEvent, User, UserRole
from lpdesk.gui.manager.role_dialog import RoleDialog
from lpdesk.gui.manager.team_dialog import TeamDialog
from tests.gui.helpers import click_save, rows
from tests.gui.journey_steps import saved_message
from tests.gui.manager.test_team_dialog import (  # noqa: F401 (the fixture)
    _add,
    _cells,
    _opened,
    _team_dialog,
    empty_app,
)
from tests.gui.test_dialogs import check_labelled


def _roles(app: Any) -> dict[str, UserRole]:
    return {u.display_name: u.role for u in rows(app, User)}


def _role_dialog(qtbot: Any, team: TeamDialog, name: str, role: UserRole) -> RoleDialog:
    team.select(name)
    dialog = _opened(qtbot, team, team.role_button)
    assert isinstance(dialog, RoleDialog)
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(role.value))
    return dialog


def test_the_team_manager_changes_a_role_after_confirming(
    qtbot,
    runner,
    settings,
    empty_app,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    team = _team_dialog(qtbot, runner, settings, empty_app)
    _add(qtbot, team, "Dana Mills", UserRole.TEAM_MANAGER, False)
    _add(qtbot, team, "Kim Lee", UserRole.LEAD_PROFESSIONAL, True)

    dialog = _role_dialog(qtbot, team, "Kim Lee", UserRole.ADMINISTRATOR)
    check_labelled(dialog, dialog.windowTitle())
    assert dialog.windowTitle() == "Role of Kim Lee"
    assert [dialog.role_combo.itemText(i) for i in range(dialog.role_combo.count())] == [
        "Lead professional",
        "Team manager",
        "Administrator",
        "Conference chair",
        "Quality assurance manager",
    ]
    assert dialog.reach_label.text().startswith("An administrator reads cases")
    click_save(qtbot, dialog)  # asked first: nothing written yet
    box = dialog.confirm_box
    assert box is not None
    assert box.text().startswith(
        "Change Kim Lee's role from lead professional to administrator? It changes what Kim Lee "
        "can see and do."
    )
    keep = next(b for b in box.buttons() if b.text() == "Keep it")
    keep.click()
    assert dialog.isVisible() and _roles(empty_app)["Kim Lee"] is UserRole.LEAD_PROFESSIONAL

    click_save(qtbot, dialog)
    with qtbot.waitSignal(team.sig_loaded, timeout=10000):
        dialog.confirm_box.findChild(object, "confirm_button").click()
    assert _roles(empty_app)["Kim Lee"] is UserRole.ADMINISTRATOR
    assert [row[:2] for row in _cells(team)] == [
        ["Dana Mills", "Team manager"],
        ["Kim Lee", "Administrator"],
    ]
    told = saved_message(qtbot, team)
    assert told.text().startswith("Kim Lee's role is now administrator.")
    told.accept()
    changed = rows(empty_app, AuditEvent, action="user.set_role")
    assert [(e.user, e.detail) for e in changed] == [("local", "role=administrator")]

    same = _role_dialog(qtbot, team, "Kim Lee", UserRole.ADMINISTRATOR)  # no change to make
    click_save(qtbot, same)
    assert same.confirm_box is None
    assert "Kim Lee's role is already administrator" in same.error_label_widget.text()
    same.reject()


def test_the_last_team_manager_is_refused_with_a_sentence(
    qtbot,
    runner,
    settings,
    empty_app,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    team = _team_dialog(qtbot, runner, settings, empty_app)
    _add(qtbot, team, "Dana Mills", UserRole.TEAM_MANAGER, False)
    dialog = _role_dialog(qtbot, team, "Dana Mills", UserRole.LEAD_PROFESSIONAL)
    click_save(qtbot, dialog)
    dialog.confirm_box.findChild(object, "confirm_button").click()
    qtbot.waitUntil(lambda: dialog.error_label_widget.isVisible(), timeout=10000)
    refusal = dialog.error_label_widget.text()
    assert refusal == (
        "Dana Mills is the only team manager of this database: make someone else team manager "
        "first, so that the team keeps one."
    )
    assert dialog.isVisible() and dialog.buttons.isEnabled()
    assert _roles(empty_app)["Dana Mills"] is UserRole.TEAM_MANAGER
    assert _cells(team)[0][:2] == ["Dana Mills", "Team manager"]
    dialog.reject()

    team.table.clearSelection()
    team.table.setCurrentCell(-1, -1)
    qtbot.mouseClick(team.role_button, Qt.MouseButton.LeftButton)  # no one chosen
    assert team.error_label.text() == "Choose a worker first."
