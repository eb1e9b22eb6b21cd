"""The look of the app: the bundled font, the Fusion style with a calm light palette, and the
status colours. Status is never colour alone: every badge also says what it means in words."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

__all__ = ["BADGE", "apply_style", "register_fonts"]

log = logging.getLogger("lpdesk.gui")

ACCENT = "#1f5f99"
SIDEBAR = "#eef1f5"
TEXT = "#1d232b"
MUTED = "#5b6573"

# status -> (background, foreground): dark text on a pale fill passes WCAG AA contrast.
BADGE = {
    "overdue": (QColor("#fbe3e1"), QColor("#8a1c12")),
    "due_soon": (QColor("#fdf0d2"), QColor("#7a4b00")),
    "ok": (QColor("#e2f2e6"), QColor("#1e5b2e")),
    "info": (QColor("#e4ecf6"), QColor("#1f4a75")),
}

_SHEET = f"""
QWidget#nav_panel {{ background: {SIDEBAR}; border-right: 1px solid #d8dde4; }}
QLabel#brand_label {{ font-size: 17pt; font-weight: bold; color: {ACCENT}; padding: 2px 6px; }}
QLabel#user_label {{ color: {MUTED}; padding: 0 6px 10px 6px; }}
QListWidget#nav_list {{ background: transparent; font-size: 10.5pt; outline: 0; }}
QListWidget#nav_list::item {{ padding: 8px 10px; border-radius: 6px; margin: 1px 0; }}
QListWidget#nav_list::item:selected {{ background: {ACCENT}; color: white; }}
QListWidget#nav_list::item:hover:!selected {{ background: #dde3ea; }}
QLabel[role="page_title"] {{ font-size: 15pt; font-weight: bold; color: {TEXT}; }}
QLabel[role="page_hint"] {{ color: {MUTED}; }}
QLabel[role="section_title"] {{ font-size: 11pt; font-weight: bold; color: {TEXT}; }}
QLabel[role="saved"] {{ color: {MUTED}; }}
QLabel[role="warning"] {{ color: #8a1c12; }}
QTableView, QTreeView, QListView {{ gridline-color: #e3e7ec; selection-background-color: #cfe0f3;
    selection-color: {TEXT}; }}
QHeaderView::section {{ background: #f6f7f9; border: 0; border-bottom: 1px solid #d8dde4;
    padding: 6px 8px; font-weight: bold; color: #39424e; }}
QPushButton {{ padding: 5px 14px; }}
QPushButton[role="primary"] {{ background: {ACCENT}; color: white; border: 1px solid #174a78;
    border-radius: 4px; font-weight: bold; }}
QPushButton[role="primary"]:disabled {{ background: #9fb4c9; border-color: #9fb4c9; }}
QFrame[role="card"] {{ background: white; border: 1px solid #dde2e8; border-radius: 6px; }}
QStatusBar {{ color: {MUTED}; }}
"""


def register_fonts(fonts_dir: Path) -> str | None:
    """Register the bundled DejaVu Sans (a machine with no fonts shows only boxes otherwise).
    Returns the family name, or None when the file is absent."""
    regular = fonts_dir / "DejaVuSans.ttf"
    if not regular.exists():
        return None
    family: str | None = None
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"):
        path = fonts_dir / name
        if path.exists():
            font_id = QFontDatabase.addApplicationFont(str(path))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            if families and family is None:
                family = families[0]
    if family is None:
        log.warning("bundled font could not be registered")
    return family


def apply_style(app: QApplication, family: str | None) -> None:
    app.setStyle("Fusion")
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f7f8fa"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f5f7fa"))
    palette.setColor(QPalette.ColorRole.Text, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Button, QColor("#f1f3f6"))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("#ffffe8"))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8a93a0"))
    app.setPalette(palette)
    if family:
        font = QFont(family)
        font.setPointSizeF(9.5)
        app.setFont(font)
    app.setStyleSheet(_SHEET)
