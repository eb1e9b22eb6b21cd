"""The base of a part of a view kept in a module of its own (a mixin: the circulation queue's batch
production, the oversight page's bar, the Circulate page's pack), so that the view stays a layout.

To the type checker it is a ``QWidget``, so the part may build widgets on ``self``; at run time it
is a plain class, so that PySide builds the view's one meta-object from the view alone (a second
``QWidget`` base leaves the view's slots out of order: libpyside's "Sort Warning")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

__all__ = ["ViewPart"]

if TYPE_CHECKING:
    ViewPart = QWidget
else:
    ViewPart = object
