"""Each new case dialog fits a 1366x768 screen (its minimum size, with room for the taskbar and
title bar), has a title, a name on every input and every input on the tab chain."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from tests.gui.helpers import type_text
from tests.gui.test_dialogs import check_labelled

OPENERS = [
    "open_invitations_dialog",
    "open_reschedule_dialog",
    "open_escalation_dialog",
    "open_assessment_dialog",
    "open_event_dialog",
    "open_review_report_dialog",
    "open_lac_review_dialog",
]


@pytest.fixture
def with_meeting(qtbot, lp_workspace, journey):  # type: ignore[no-untyped-def]
    from lpdesk.services.meetings import convene_meeting

    ws = lp_workspace
    day = date.today() + timedelta(days=9)
    meeting = convene_meeting(
        ws.session.ctx,
        case_id=journey.case_id,
        scheduled_at=datetime(day.year, day.month, day.day, 10, 0),
        venue="Family centre",
        chair_person_id=journey.manager_id,
        minute_taker_person_id=journey.health_visitor_id,
    )
    ws.refresh()
    qtbot.waitUntil(lambda: bool(ws.snapshot.meetings), timeout=10000)
    ws.select_meeting(meeting.id)
    return ws


@pytest.mark.parametrize("opener", OPENERS)
def test_case_dialogs_fit_and_are_labelled(qtbot, with_meeting, opener) -> None:
    dialog = getattr(with_meeting, opener)()
    assert dialog is not None
    minimum = dialog.minimumSizeHint()
    assert minimum.width() <= 1366 and minimum.height() <= 700
    assert dialog.width() <= 1366 and dialog.height() <= 700
    check_labelled(dialog, dialog.windowTitle())
    dialog.reject()


def test_documents_panel_is_labelled(qtbot, lp_workspace) -> None:
    panel = lp_workspace.documents_panel
    lp_workspace.ui.section_tabs.setCurrentWidget(lp_workspace.ui.documents_tab)
    qtbot.waitUntil(lambda: panel.document_combo.count() > 0, timeout=10000)
    check_labelled(panel, "Documents")


def test_dates_are_typed_the_british_way(qtbot, lp_workspace, empty_app, journey) -> None:
    from lpdesk.domain import Assessment

    dialog = lp_workspace.open_assessment_dialog()
    type_text(dialog.title_edit, "Core assessment")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    dialog.due_on_edit.setFocus()
    dialog.due_on_edit.clear()
    qtbot.keyClicks(dialog.due_on_edit, "17/12/2026")
    dialog.due_on_edit.clearFocus()  # leaving the field tidies it
    assert dialog.due_on_edit.text() == "17 Dec 2026"  # the one date format on screen
    dialog.commissioned_on_edit.clear()
    qtbot.keyClicks(dialog.commissioned_on_edit, "31/02/2026")  # no such day: nothing saved
    dialog.save()
    assert (
        "Day it was commissioned: type a date like 17/12/2026." in dialog.error_label_widget.text()
    )
    with empty_app.store.unit_of_work() as uow:
        assert uow.repo(Assessment).find() == []
    dialog.commissioned_on_edit.setText("1 Dec 2026")
    with qtbot.waitSignal(dialog.sig_saved, timeout=10000) as saved:
        dialog.save()
    assert saved.args[0].due_on == date(2026, 12, 17)
    assert saved.args[0].commissioned_on == date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("17/12/2026", date(2026, 12, 17)),
        ("17-12-26", date(2026, 12, 17)),
        ("17 Dec 2026", date(2026, 12, 17)),
        ("Thu 17 December 2026", date(2026, 12, 17)),
        ("6 jan 2027", date(2027, 1, 6)),
        ("6 Ionawr 2027", date(2027, 1, 6)),
        ("31/02/2026", None),
        ("12/2026", None),
        ("2026-12-17", None),
        ("17 Foo 2026", None),
    ],
)
def test_parse_day(text: str, expected: date | None) -> None:
    from lpdesk.gui.case.date_fields import parse_day

    assert parse_day(text) == expected


def test_parse_moment() -> None:
    from lpdesk.gui.case.date_fields import parse_moment

    assert parse_moment("17/12/2026 13:30") == datetime(2026, 12, 17, 13, 30)
    assert parse_moment("Thu 17 Dec 2026 09:05") == datetime(2026, 12, 17, 9, 5)
    assert parse_moment("17/12/2026 25:00") is None
    assert parse_moment("17/12/2026") is None
