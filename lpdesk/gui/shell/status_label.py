"""A label that says how something stands ("Saved 14:02", an error, a count): hidden while it has
nothing to say, because a screen reader announces an empty label as a blank line. Hidden, it keeps
its room, so nothing on the screen moves when it speaks."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLayout, QWidget

__all__ = ["StatusLabel", "status_label_in_place_of"]


class StatusLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.setVisible(False)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text.strip()))

    def clear(self) -> None:
        self.setText("")


def _layout_holding(layout: QLayout, widget: QWidget) -> QLayout | None:
    if layout.indexOf(widget) >= 0:
        return layout
    for i in range(layout.count()):
        item = layout.itemAt(i)
        inner = item.layout() if item is not None else None
        found = _layout_holding(inner, widget) if inner is not None else None
        if found is not None:
            return found
    return None


def status_label_in_place_of(label: QLabel) -> StatusLabel:
    """A StatusLabel where a label drawn in Designer was: same name, look and place."""
    parent = label.parentWidget()
    status = StatusLabel(parent)
    status.setObjectName(label.objectName())
    status.setWordWrap(label.wordWrap())
    status.setTextFormat(label.textFormat())
    status.setStyleSheet(label.styleSheet())
    status.setAccessibleName(label.accessibleName())
    for name in label.dynamicPropertyNames():
        key = bytes(name.data()).decode()
        status.setProperty(key, label.property(key))
    status.setText(label.text())
    top = parent.layout() if parent is not None else None
    holder = _layout_holding(top, label) if top is not None else None
    if holder is not None:
        holder.replaceWidget(label, status)
    label.hide()
    label.deleteLater()
    return status
