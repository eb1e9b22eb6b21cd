"""What every place that produces circulation packs shares (the wizard's Circulate page and the
administrator's queue): how a pack is produced, in words, the folder it goes to, and progress."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFileDialog, QLineEdit, QProgressBar, QWidget

__all__ = ["choose_folder", "pack_mode_combo", "show_progress"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("pack_controls", text)


# channel value the pack service takes -> its words (the first is the default)
PACK_MODES = (
    ("own", "Everyone on their own channel"),
    ("eml", "Email drafts only"),
    ("post", "Printable post only"),
    ("files", "Files only"),
)


def pack_mode_combo(parent: QWidget, accessible_name: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName("mode_combo")
    combo.setAccessibleName(accessible_name)
    for value, words in PACK_MODES:
        combo.addItem(_tr(words), value)
    return combo


def choose_folder(parent: QWidget, edit: QLineEdit, title: str) -> None:
    """Ask for a folder, starting from the one in ``edit``; keep it there if one was chosen."""
    folder = QFileDialog.getExistingDirectory(parent, title, edit.text())
    if folder:
        edit.setText(folder)


def show_progress(bar: QProgressBar, done: int, total: int) -> None:
    bar.setRange(0, max(total, 1))
    bar.setValue(done)
