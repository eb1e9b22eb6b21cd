"""A window's first size that fits the screen it opens on: the size it asks for, shrunk to the
screen's free area (less room for the title bar) on a small screen or at a large display scale, so
that its buttons are never below the bottom of the screen (1366x768 at 150 % leaves 911x512)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QVBoxLayout, QWidget

__all__ = ["fit_to_screen", "scroll_when_taller"]

TITLE_BAR = 40  # logical pixels kept free above a window for its title bar and frame
FRAME = 16  # and either side


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width`` x ``height``, or less where the screen is smaller (never
    below the widget's own minimum: its layout decides what it cannot do without)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        width = min(width, free.width() - FRAME)
        height = min(height, free.height() - TITLE_BAR)
    widget.resize(width, height)


def scroll_when_taller(dialog: QWidget, buttons: QWidget) -> None:
    """A dialog taller than the screen's free area (a long form at 150 % or 200 %) gets its fields
    in a scroll area, with ``buttons`` kept below it and so always on screen; on a screen with
    room it is left as it is."""
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    layout = dialog.layout()
    if screen is None or layout is None:
        return
    free = screen.availableGeometry()
    if layout.sizeHint().height() <= free.height() - TITLE_BAR:
        return
    _remove(layout, buttons)
    fields = QWidget()
    fields.setLayout(layout)  # Qt moves the layout, and the widgets in it, to ``fields``
    area = QScrollArea(dialog)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(fields)
    outer = QVBoxLayout(dialog)
    outer.addWidget(area, 1)
    outer.addWidget(buttons)
    scrollbar = area.verticalScrollBar().sizeHint().width()
    fit_to_screen(dialog, fields.sizeHint().width() + scrollbar + FRAME, free.height())


def _remove(layout: QLayout, widget: QWidget) -> bool:
    """Take ``widget`` out of ``layout`` or of the layout inside it that holds it."""
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        if item.widget() is widget:
            layout.takeAt(index)
            return True
        inner = item.layout()
        if inner is not None and _remove(inner, widget):
            return True
    return False
