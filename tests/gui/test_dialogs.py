"""Every dialog has a window title, an accessible name on each input, and a tab order that reaches
every input; and a refused save keeps the dialog open with the field marked."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QWidget,
)

from lpdesk.domain import Visit
from tests.gui.helpers import type_text

_INPUTS = (
    QLineEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractButton,
    QTableWidget,
    QListWidget,
)


def _inputs(dialog: QWidget) -> list[QWidget]:
    return [
        w
        for w in dialog.findChildren(QWidget)
        if isinstance(w, _INPUTS)
        and w.isVisibleTo(dialog)
        and w.focusPolicy() != 0
        and type(w).__name__ not in ("QToolButton",)  # combo and calendar internals
        and not w.objectName().startswith("qt_")
    ]


def check_labelled(widget: QWidget, title: str) -> None:
    """Shared with the wizard tests: a title, names on inputs, every input on the tab chain."""
    _check_dialog(widget, title)


def _tab_chain(dialog: QWidget, start: QWidget) -> set[QWidget]:
    seen: set[QWidget] = set()
    current = start
    for _ in range(500):
        seen.add(current)
        current = current.nextInFocusChain()
        if current is start:
            break
    return seen


def _check_dialog(dialog: QWidget, title: str | None = None) -> None:
    assert (title if title is not None else dialog.windowTitle()).strip(), "a window title"
    inputs = _inputs(dialog)
    assert inputs
    unnamed = [
        w.objectName() or type(w).__name__
        for w in inputs
        if not w.accessibleName().strip() and not isinstance(w, QAbstractButton)
    ]
    assert unnamed == [], f"inputs without an accessible name: {unnamed}"
    chain = _tab_chain(dialog, inputs[0])
    missing = [w.objectName() or type(w).__name__ for w in inputs if w not in chain]
    assert missing == [], f"inputs outside the tab order: {missing}"


@pytest.fixture
def workspace(qtbot, main_window):  # type: ignore[no-untyped-def]
    row = main_window.caseload_view.model.row_at(0)
    ws = main_window.open_case(row.case_id, row.reference)
    qtbot.waitUntil(lambda: ws.snapshot is not None, timeout=5000)
    return ws


@pytest.mark.parametrize(
    "opener",
    [
        "open_visit_dialog",
        "open_disagreement_dialog",
        "open_absence_dialog",
        "open_escalation_dialog",
    ],
)
def test_dialogs_are_labelled_and_reachable_by_keyboard(qtbot, workspace, opener) -> None:
    dialog = getattr(workspace, opener)()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, QDialog)
    _check_dialog(dialog)
    dialog.reject()


def test_meeting_wizard_pages_are_labelled(qtbot, workspace) -> None:
    wizard = workspace.open_new_meeting()
    qtbot.addWidget(wizard)
    assert wizard.windowTitle()
    _check_dialog(wizard.convene_page, wizard.convene_page.title())
    wizard.close()


def test_a_refused_visit_keeps_the_dialog_open_and_marks_the_field(
    qtbot, workspace, demo_app
) -> None:
    dialog = workspace.open_visit_dialog()
    qtbot.addWidget(dialog)
    # completed, not seen alone, no reason given, nobody named as present: refused, nothing stored
    with demo_app.store.unit_of_work() as uow:
        before = len(uow.repo(Visit).find())
    dialog.save()
    qtbot.waitUntil(lambda: dialog.ui.error_label.isVisibleTo(dialog), timeout=5000)
    assert dialog.isVisible()
    assert dialog.ui.not_alone_reason_edit.property("invalid") is True
    assert "not seen alone" in dialog.ui.not_alone_reason_edit.toolTip()
    with demo_app.store.unit_of_work() as uow:
        assert len(uow.repo(Visit).find()) == before

    type_text(dialog.ui.present_edit, "Mother, Zoë (sister)")
    dialog.ui.alone_check.setChecked(True)
    type_text(dialog.ui.observations_edit, "Home warm; food in the fridge")
    with qtbot.waitSignal(dialog.sig_saved, timeout=5000) as saved:
        dialog.save()
    assert saved.args[0].visit.present == "Mother, Zoë (sister)"
    assert not dialog.isVisible()
