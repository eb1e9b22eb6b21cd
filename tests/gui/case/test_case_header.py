"""The case workspace's header at any width: side by side when the title, summary and buttons fit,
the buttons on a row of their own under the title when they do not (a 1366x768 panel at 150 %),
and never a title cut short or a button squeezed below its text."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QWidget


def _at(ws: QWidget, width: int) -> None:
    ws.resize(width, 700)
    QApplication.processEvents()
    ws.layout().activate()
    QApplication.processEvents()


def _rect(ws: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(ws, QPoint(0, 0)), widget.size())


def _buttons(ws):  # type: ignore[no-untyped-def]
    ui = ws.ui
    return [ui.convene_button, ui.visit_button, ui.more_button, ui.refresh_button, ui.close_button]


def _everything_whole(ws) -> None:  # type: ignore[no-untyped-def]
    title, summary = ws.ui.title_label, ws.ui.summary_label
    assert title.width() >= title.sizeHint().width(), (title.width(), title.sizeHint())
    assert summary.height() >= summary.heightForWidth(summary.width())
    for button in _buttons(ws):
        assert button.width() >= button.sizeHint().width(), button.objectName()
    shown = [title, summary, *_buttons(ws)]
    for i, first in enumerate(shown):
        for second in shown[i + 1 :]:
            common = _rect(ws, first) & _rect(ws, second)
            assert common.isEmpty(), (first.objectName(), second.objectName())


def test_the_header_takes_two_rows_when_narrow_and_one_when_wide(lp_workspace) -> None:  # type: ignore[no-untyped-def]
    ws = lp_workspace
    assert "Case " in ws.ui.title_label.text() and ws.ui.summary_label.text()
    _at(ws, 1366)
    assert not ws.header.stacked
    title_bottom = _rect(ws, ws.ui.title_label).bottom()
    for button in _buttons(ws):
        assert _rect(ws, button).top() < title_bottom, button.objectName()  # beside the title
        assert _rect(ws, button).left() > _rect(ws, ws.ui.title_label).right()
    _everything_whole(ws)

    _at(ws, 640)  # the workspace's share of a 911x512 desktop (a 1366x768 panel at 150 %)
    assert ws.header.stacked
    summary_bottom = _rect(ws, ws.ui.summary_label).bottom()
    tops = {_rect(ws, button).top() for button in _buttons(ws)}
    assert len(tops) == 1 and min(tops) > summary_bottom  # one row, under the title and summary
    lefts = [_rect(ws, button).left() for button in _buttons(ws)]
    assert lefts == sorted(lefts)  # in the same order as before
    _everything_whole(ws)

    _at(ws, 1366)
    assert not ws.header.stacked
    _everything_whole(ws)


def test_a_longer_title_moves_the_buttons_down_sooner(lp_workspace) -> None:  # type: ignore[no-untyped-def]
    """The width is decided from the texts shown, so a long reference or a language with longer
    words stacks the header rather than cutting the title."""
    ws = lp_workspace
    _at(ws, 1100)
    assert not ws.header.stacked
    ws.ui.title_label.setText("Case " + "CP-2026-0141-" * 6)
    ws.header.relayout()
    QApplication.processEvents()
    ws.layout().activate()
    assert ws.header.stacked
    _everything_whole(ws)
