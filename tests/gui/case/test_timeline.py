"""The timeline's gaps: any interval longer than the cadence, from the plan's start to today."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from lpdesk.gui.case.timeline_model import Timeline, find_gaps, lane
from lpdesk.gui.case.timeline_widget import TimelineWidget

TODAY = date(2026, 11, 23)


def test_gaps_from_the_anchor_between_events_and_to_today() -> None:
    gaps = find_gaps(
        [date(2026, 10, 20), date(2026, 11, 1)],
        anchor=date(2026, 10, 1),
        today=TODAY,
        cadence_days=14,
    )
    assert [(g.start, g.end, g.open) for g in gaps] == [
        (date(2026, 10, 1), date(2026, 10, 20), False),
        (date(2026, 11, 1), TODAY, True),
    ]


def test_no_gap_when_contact_keeps_the_cadence() -> None:
    seen = [date(2026, 11, 2), date(2026, 11, 13), date(2026, 11, 20)]
    assert find_gaps(seen, anchor=date(2026, 10, 30), today=TODAY, cadence_days=14) == ()


def test_events_before_the_plan_do_not_hide_a_gap_after_it() -> None:
    gaps = find_gaps([date(2026, 9, 1)], anchor=date(2026, 10, 1), today=TODAY, cadence_days=28)
    assert [(g.start, g.open) for g in gaps] == [(date(2026, 10, 1), True)]


def test_widget_describes_the_gaps_in_words(qtbot) -> None:
    widget = TimelineWidget()
    qtbot.addWidget(widget)
    timeline = Timeline(
        start=date(2026, 9, 1),
        end=date(2026, 12, 7),
        today=TODAY,
        lanes=(
            lane(
                "Child seen",
                [date(2026, 10, 20)],
                anchor=date(2026, 10, 1),
                today=TODAY,
                cadence_days=14,
                cadence_label="every 2 weeks",
            ),
        ),
    )
    widget.set_timeline(timeline)
    widget.resize(800, widget.sizeHint().height())
    widget.show()
    image = widget.grab().toImage()
    assert not image.isNull()
    text = widget.accessibleDescription()
    assert text.startswith(f"Today is {TODAY.day} {TODAY:%b %Y}.")
    assert (
        "Child seen: 1 recorded, the last on 20 Oct 2026; 1 gap longer than every 2 weeks" in text
    )
    assert "none since 20 Oct 2026" in text and "days so far, longer than every 2 weeks" in text
    assert widget.focusPolicy() == Qt.FocusPolicy.StrongFocus
