"""The look of the app: the system's own palette and text size (High Contrast, dark themes and a
larger text scale all carry through), the bundled font where a machine has none, and the status
colours. Status is never colour alone: every badge also says what it means in words."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QColor, QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

__all__ = ["BADGE", "apply_style", "register_fonts", "style_sheet"]

log = logging.getLogger("lpdesk.gui")

# status -> (background, foreground): dark text on a pale fill passes WCAG AA contrast.
BADGE = {
    "overdue": (QColor("#fbe3e1"), QColor("#8a1c12")),
    "due_soon": (QColor("#fdf0d2"), QColor("#7a4b00")),
    "ok": (QColor("#e2f2e6"), QColor("#1e5b2e")),
    "info": (QColor("#e4ecf6"), QColor("#1f4a75")),
}


def style_sheet(base_points: float) -> str:
    """lpdesk's few touches on top of the system's look: every colour is a role of the user's own
    palette (so High Contrast and dark themes carry through), every size a multiple of the user's
    own font size (so the system's text scale carries through)."""

    def pt(times: float) -> str:
        return f"{base_points * times:.1f}pt"

    return f"""
QWidget#nav_panel {{ background: palette(alternate-base); border-right: 1px solid palette(mid); }}
QLabel#brand_label {{ font-size: {pt(1.8)}; font-weight: bold; color: palette(link);
    padding: 2px 6px; }}
QLabel#user_label {{ padding: 0 6px 10px 6px; }}
QListWidget#nav_list {{ background: transparent; font-size: {pt(1.1)}; outline: 0; }}
QListWidget#nav_list::item {{ padding: 8px 10px; border-radius: 6px; margin: 1px 0; }}
QListWidget#nav_list::item:selected {{ background: palette(highlight);
    color: palette(highlighted-text); }}
QLabel[role="page_title"] {{ font-size: {pt(1.6)}; font-weight: bold; }}
QLabel[role="section_title"] {{ font-size: {pt(1.15)}; font-weight: bold; }}
QLabel[role="warning"] {{ font-weight: bold; }}
QHeaderView::section {{ padding: 6px 8px; font-weight: bold; }}
QPushButton {{ padding: 5px 14px; }}
QPushButton[role="primary"] {{ font-weight: bold; }}
QFrame[role="card"] {{ border: 1px solid palette(mid); border-radius: 6px; }}
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
    """The Fusion style with the system's palette and font size. The bundled font is used only on
    a machine that has no fonts of its own (otherwise every glyph is a box)."""
    app.setStyle("Fusion")
    others = set(QFontDatabase.families()) - ({family} if family else set())
    if family and not others:
        font = QFont(app.font())
        font.setFamily(family)
        app.setFont(font)
    app.setStyleSheet(style_sheet(app.font().pointSizeF() or 10.0))
