"""A window's first size that fits the screen it opens on: the size it asks for, shrunk to the
screen's free area (less room for the title bar) on a small screen or at a large display scale, so
that its buttons are never below the bottom of the screen (1366x768 at 150 % leaves 911x512)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

__all__ = ["fit_to_screen"]

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
