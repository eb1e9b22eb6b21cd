"""lpdesk respects the system's look: its palette (High Contrast, dark themes) and its text size."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from lpdesk.gui.shell.style import apply_style, style_sheet


def test_the_system_palette_and_text_size_are_kept(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    saved_palette, saved_font, saved_sheet = app.palette(), app.font(), app.styleSheet()
    high_contrast = QPalette(QColor("black"), QColor("black"))
    high_contrast.setColor(QPalette.ColorRole.WindowText, QColor("yellow"))
    large = QFont(saved_font)
    large.setPointSizeF(18.0)
    try:
        app.setPalette(high_contrast)
        app.setFont(large)
        apply_style(app, "DejaVu Sans")
        assert app.palette().color(QPalette.ColorRole.WindowText) == QColor("yellow")
        assert app.font().pointSizeF() == 18.0
        assert "pt(" not in app.styleSheet()
        sizes = [float(s) for s in re.findall(r"font-size: ([0-9.]+)pt", app.styleSheet())]
        assert sizes and min(sizes) >= 18.0  # every size a multiple of the user's own
        assert not re.search(r"#[0-9a-fA-F]{6}", app.styleSheet())  # colours from the palette
    finally:
        app.setStyleSheet(saved_sheet)
        app.setPalette(saved_palette)
        app.setFont(saved_font)


def test_sizes_follow_the_base_size() -> None:
    small, doubled = style_sheet(9.0), style_sheet(18.0)
    first = float(re.findall(r"font-size: ([0-9.]+)pt", small)[0])
    second = float(re.findall(r"font-size: ([0-9.]+)pt", doubled)[0])
    assert second == 2 * first
