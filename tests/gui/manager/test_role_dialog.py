"""The team manager changes a worker's role in the Team window, on a real SQLite database: the
role chosen in words, the change confirmed first (it changes what the worker can see), the list
showing it at once; answering No changes nothing; the team's last team manager is refused with a
sentence and nothing is written."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox

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


class _Asked(list):  # type: ignore[type-arg]
    """The confirmations asked, as (title, text); each answered with ``answer``."""

    answer = QMessageBox.StandardButton.Yes


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> _Asked:
    questions = _Asked()

    def question(_parent: Any, title: str, text: str, *_a: Any) -> Any:
        questions.append((title, text))
        return questions.answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return questions


@pytest.fixture
def team(
    qtbot,
    runner,
    settings,
    empty_app,  # noqa: F811
) -> TeamDialog:  # type: ignore[no-untyped-def]
    return _team_dialog(qtbot, runner, settings, empty_app)


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
    team,
    asked,
    empty_app,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
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
    assert "team database" not in " ".join(q.text() for q in dialog.findChildren(QLabel))
    asked.answer = QMessageBox.StandardButton.No
    click_save(qtbot, dialog)  # asked first; No keeps the role
    assert asked == [
        (
            "Change the role?",
            "Change Kim Lee's role from lead professional to administrator? It changes what "
            "Kim Lee can see and do. An administrator reads cases, arranges meetings and "
            "produces and sends the circulation packs.",
        )
    ]
    assert dialog.isVisible() and _roles(empty_app)["Kim Lee"] is UserRole.LEAD_PROFESSIONAL

    asked.answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(team.sig_loaded, timeout=10000):
        click_save(qtbot, dialog)
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
    assert len(asked) == 2  # nothing asked
    assert "Kim Lee's role is already administrator" in same.error_label_widget.text()
    same.reject()


def test_the_last_team_manager_is_refused_with_a_sentence(
    qtbot,
    team,
    asked,
    empty_app,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    _add(qtbot, team, "Dana Mills", UserRole.TEAM_MANAGER, False)
    dialog = _role_dialog(qtbot, team, "Dana Mills", UserRole.LEAD_PROFESSIONAL)
    click_save(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.error_label_widget.isVisible(), timeout=10000)
    assert len(asked) == 1
    assert dialog.error_label_widget.text() == (
        "Dana Mills is the only team manager of this database: make someone else team manager "
        "first, so that the team keeps one."
    )
    assert dialog.isVisible() and dialog.buttons.isEnabled()
    assert _roles(empty_app)["Dana Mills"] is UserRole.TEAM_MANAGER
    assert _cells(team)[0][:2] == ["Dana Mills", "Team manager"]
    assert rows(empty_app, AuditEvent, action="user.set_role") == []
    dialog.reject()

    _add(qtbot, team, "Lee Local", UserRole.TEAM_MANAGER, False, username="local")
    own = _role_dialog(qtbot, team, "Lee Local", UserRole.LEAD_PROFESSIONAL)  # the one acting
    words = " ".join(q.text() for q in own.findChildren(QLabel))
    assert "This is your own account (team manager): another team manager changes your role." in (
        words
    )
    save = own.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled() and not own.role_combo.isEnabled()
    own.reject()
    assert len(asked) == 1 and _roles(empty_app)["Lee Local"] is UserRole.TEAM_MANAGER

    team.table.setCurrentCell(-1, -1)
    qtbot.mouseClick(team.role_button, Qt.MouseButton.LeftButton)  # no one chosen
    assert team.error_label.text() == "Choose a worker first."
