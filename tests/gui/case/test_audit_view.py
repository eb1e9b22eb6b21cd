"""The History tab of a case workspace: the case's audit trail for QA and team managers, newest
first; a sentence saying who may for anyone else (and no query)."""

from __future__ import annotations

import re

import pytest

from lpdesk.services import audit_trail
from lpdesk.services.context import Actor

TEAM_MANAGER = "daniel.kowalczyk"  # lpdesk/services/demo/staff.py
QA_MANAGER = "ioannis.georgiou"
LEAD_PROFESSIONAL = "aisha.rahman"


def _open_first_case(qtbot, window):  # type: ignore[no-untyped-def]
    row = window.caseload_view.model.row_at(0)
    ws = window.open_case(row.case_id, row.reference)
    qtbot.waitUntil(lambda: ws.snapshot is not None, timeout=5000)
    return ws


def _table_rows(table) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


@pytest.mark.parametrize("username", [TEAM_MANAGER, QA_MANAGER])
def test_managers_see_the_case_history_newest_first(qtbot, window_as, demo_app, username) -> None:  # type: ignore[no-untyped-def]
    window = window_as(username)
    ws = _open_first_case(qtbot, window)
    tabs = ws.ui.section_tabs
    assert tabs.tabText(tabs.indexOf(ws.audit_view)) == "History"
    manager = demo_app.context(demo_app.actor(TEAM_MANAGER))
    audit_trail.record_opened(manager, "case", ws.case_id)
    with qtbot.waitSignal(ws.audit_view.sig_loaded, timeout=5000):
        ws.show_history()
    view = ws.audit_view
    expected = audit_trail.history_for_case(
        demo_app.context(demo_app.actor(username)), case_id=ws.case_id
    )
    assert expected, "the demo case has audit events"
    assert len(view.events) == len(expected) == view.table.rowCount()
    assert [(e.at, e.event_id) for e in view.events] == sorted(
        ((e.at, e.id) for e in expected), reverse=True
    )
    times = [e.at for e in view.events]
    assert times == sorted(times, reverse=True)
    first = view.events[0]
    row = _table_rows(view.table)[0]
    assert row[1] == first.who and row[3] == first.sentence
    assert row[2] == first.role and "_" not in row[2]
    # every event in words with people's names: no internal names, no record numbers
    sentences = [r[3] for r in _table_rows(view.table)]
    for text in sentences:
        assert " by " in text
        assert not re.search(r"[a-z]+[._][a-z]+|\d{2,}|document \d", text), text
    assert "Case viewed by Daniel Kowalczyk" in sentences
    assert "Minutes approved by the demo set-up" in sentences
    assert view.table.isVisible()
    assert "newest first" in view.note_label.text()


def test_a_lead_professional_sees_who_may_read_the_history(qtbot, window_as, demo_app) -> None:  # type: ignore[no-untyped-def]
    window = window_as(LEAD_PROFESSIONAL)
    assert window.session.ctx.actor.role.value == "lead_professional"
    ws = _open_first_case(qtbot, window)
    before = window.runner.pending
    ws.show_history()
    view = ws.audit_view
    assert window.runner.pending == before  # no query is made
    assert not view.table.isVisible()
    assert "QA managers and team managers" in view.note_label.text()
    assert view.note_label.isVisible()
    assert view.events == []


def test_a_case_opened_by_the_manager_is_in_the_history_after_refresh(
    qtbot, window_as, demo_app
) -> None:  # type: ignore[no-untyped-def]
    window = window_as(TEAM_MANAGER)
    ws = _open_first_case(qtbot, window)
    with qtbot.waitSignal(ws.audit_view.sig_loaded, timeout=5000):
        ws.show_history()
    count = len(ws.audit_view.events)
    ctx = demo_app.context(Actor(username="qa.check", role=demo_app.actor(QA_MANAGER).role))
    audit_trail.record_opened(ctx, "case", ws.case_id)
    with qtbot.waitSignal(ws.audit_view.sig_loaded, timeout=5000):
        ws.refresh()
    assert len(ws.audit_view.events) == count + 1
    newest = ws.audit_view.events[0]
    assert newest.sentence == "Case viewed by qa.check"
    assert _table_rows(ws.audit_view.table)[0][1] == "qa.check"
