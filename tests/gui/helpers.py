"""Driving the real windows the way a person does: typing (including text QTest cannot send,
non-ASCII), the main window signed in, dialogs saved, and the stored records read back."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialogButtonBox, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Send one key press and release per character, carrying the character as the event text
    (qtbot.keyClicks aborts the process on characters outside ASCII)."""
    widget.setFocus()
    for char in text:
        key = Qt.Key.Key_Return if char == "\n" else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(
                widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            )


# -- driving the real windows (shared by the journey tests) ------------------------------------


def signed_in(app: Any, username: str) -> Any:
    """The actor a user record signs in as."""
    from lpdesk.domain import User
    from lpdesk.services.context import Actor

    with app.store.unit_of_work() as uow:
        (user,) = uow.repo(User).find(username=username)
    return Actor(username=user.username, role=user.role, person_id=user.person_id, team=user.team)


def open_main_window(qtbot: Any, settings: Any, app: Any, actor: Any) -> Any:
    """The main window at 1366x768 with ``actor``'s session open and the caseload loaded."""
    from lpdesk.gui.shell.main import create_application, start_main_window
    from lpdesk.gui.shell.session import GuiSession

    def open_session() -> GuiSession:
        return GuiSession(
            ctx=app.context(actor),
            profiles=app.profiles,
            forms=app.forms,
            data_dir=app.data_dir,
            close=lambda: None,
        )

    create_application()
    window = start_main_window(open_session, settings=settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    with qtbot.waitSignal(window.caseload_view.sig_loaded, timeout=10000):
        pass
    return window


def click_save(qtbot: Any, dialog: Any) -> None:
    """Click a record dialog's Save button (``RecordDialog.attach`` keeps its button box)."""
    box = dialog.button_box
    button = box.button(QDialogButtonBox.StandardButton.Save) or box.button(
        QDialogButtonBox.StandardButton.Ok
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def save_dialog(qtbot: Any, dialog: Any) -> Any:
    """Click Save and wait for the record to be stored; the refusal is the failure message."""
    with qtbot.waitSignal(dialog.sig_saved, timeout=10000, raising=False) as blocker:
        click_save(qtbot, dialog)
    assert blocker.signal_triggered, dialog.error_label.text() + repr(
        {k: w.toolTip() for k, w in dialog.field_widgets.items() if w.toolTip()}
    )
    return blocker.args[0] if blocker.args else None


def type_into(qtbot: Any, widget: Any, text: str) -> None:
    """Replace a line's text as typed, then leave the field."""
    widget.clear()
    qtbot.keyClicks(widget, text)
    widget.editingFinished.emit()


def case_dialog(qtbot: Any, ws: Any, key: str, cls: type) -> Any:
    """Click one of the workspace's case buttons; the one dialog it opened."""
    qtbot.mouseClick(ws.case_actions.buttons[key], Qt.MouseButton.LeftButton)
    found = [d for d in ws.findChildren(cls) if d.isVisible()]
    assert len(found) == 1
    return found[0]


def rows(app: Any, cls: type, **where: Any) -> list[Any]:
    """Stored records, read straight from the database."""
    with app.store.unit_of_work() as uow:
        return uow.repo(cls).find(**where)
