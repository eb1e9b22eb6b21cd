"""The foot of a dialog or a detail pane: a status line that says nothing until it has something
to say, then Close (which closes the dialog) or the page's actions on the right."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from lpdesk.gui.shell.status_tail import action_tail, close_tail


def test_close_tail_says_nothing_until_told_and_closes_the_dialog(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    status = close_tail(dialog, layout, "error_label", "warning")
    dialog.show()
    assert (status.objectName(), status.property("role")) == ("error_label", "warning")
    assert status.isHidden() and status.wordWrap()
    status.setText("Choose a worker first.")
    assert status.isVisible()
    status.clear()
    assert status.isHidden()
    box = dialog.findChild(QDialogButtonBox)
    assert layout.indexOf(status) == layout.indexOf(box) - 1
    box.button(QDialogButtonBox.StandardButton.Close).click()
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_action_tail_puts_the_error_line_above_the_actions_on_the_right(qtbot) -> None:  # type: ignore[no-untyped-def]
    pane = QWidget()
    qtbot.addWidget(pane)
    pane.resize(600, 200)
    column = QVBoxLayout(pane)
    first, second = QPushButton("Save comment", pane), QPushButton("Accept report", pane)
    error = action_tail(pane, column, [first, second])
    pane.show()
    assert (error.objectName(), error.property("role")) == ("error_label", "error")
    assert error.isHidden()
    row = column.itemAt(column.count() - 1).layout()
    assert [row.itemAt(i).widget() for i in range(1, row.count())] == [first, second]
    qtbot.waitUntil(lambda: second.geometry().right() > pane.width() - 40)
    assert first.geometry().left() > pane.width() / 2
