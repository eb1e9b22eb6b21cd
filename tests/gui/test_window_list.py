"""What a screen reader lists as the application's windows: a meeting wizard cancelled with
Escape is gone from it, not left behind as a hidden window (nor its combo boxes' popups)."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication


def test_a_cancelled_meeting_wizard_leaves_no_hidden_window(qtbot, main_window) -> None:
    main_window.show()
    row = main_window.caseload_view.model.row_at(0)
    workspace = main_window.open_case(row.case_id, row.reference)
    qtbot.waitUntil(lambda: workspace.snapshot is not None, timeout=10000)
    before = set(QApplication.topLevelWidgets())
    opened = weakref.ref(workspace.open_new_meeting())
    qtbot.waitUntil(lambda: QApplication.activeWindow() is opened(), timeout=3000)
    assert opened() in set(QApplication.topLevelWidgets()) - before
    gc.disable()  # freed by its own deletion, not by a later collection
    try:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # cancel
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
        assert opened() is None, "the closed wizard is still alive"
    finally:
        gc.enable()
    assert workspace.wizards == []
    left = set(QApplication.topLevelWidgets()) - before
    assert left == set(), [(type(w).__name__, w.windowTitle(), w.isVisible()) for w in left]
