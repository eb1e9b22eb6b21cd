"""Each new case dialog fits a 1366x768 screen (its minimum size, with room for the taskbar and
title bar), has a title, a name on every input and every input on the tab chain."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

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
