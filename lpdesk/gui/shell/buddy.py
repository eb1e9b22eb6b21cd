"""A visible label tied to the control it names (its buddy). On Linux Qt announces a non-editable
combo box by its current value and names its purpose through the label tied to it, so every combo
box needs one; Alt with the label's underlined letter also moves to the control."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

__all__ = ["buddy_label"]


def buddy_label(text: str, control: QWidget, parent: QWidget | None = None) -> QLabel:
    """A QLabel showing ``text`` (translated by the caller, "&" marks the shortcut letter) that
    names ``control`` for a screen reader and moves the focus to it."""
    label = QLabel(text, parent if parent is not None else control.parentWidget())
    label.setObjectName(f"{control.objectName() or 'control'}_label")
    label.setBuddy(control)
    return label
