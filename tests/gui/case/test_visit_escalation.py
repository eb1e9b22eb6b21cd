"""Journey 5 from an empty database, through the real windows: a refused visit recorded late shows
its findings at once (recorded late, the language check, the escalation steps it opened) and says
what was saved; each escalation step is then completed in the app with who, when and the
decision, and leaves the due list."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QMessageBox

from lpdesk.domain import DueKind, EscalationStep, Visit, VisitOutcome
from tests.gui.helpers import type_text
from tests.gui.test_dialogs import check_labelled

pytestmark = pytest.mark.slow


def _message(qtbot, ws) -> QMessageBox:  # type: ignore[no-untyped-def]
    found: list[QMessageBox] = []

    def shown() -> bool:
        found[:] = [b for b in ws.findChildren(QMessageBox, "saved_message") if b.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=10000)
    return found[-1]


def _escalations_due(ws) -> int:  # type: ignore[no-untyped-def]
    return sum(1 for item in ws.snapshot.due if item.kind is DueKind.ESCALATION)


def test_refused_visit_findings_then_each_step_completed(qtbot, lp_workspace, empty_app, journey):
    ws = lp_workspace
    dialog = ws.open_visit_dialog()
    visited = datetime.combine(date.today() - timedelta(days=6), datetime.min.time()).replace(
        hour=16
    )
    dialog.ui.visited_at_edit.setDateTime(
        QDateTime(QDate(visited.year, visited.month, visited.day), QTime(16, 0))
    )
    dialog.ui.visitor_combo.setCurrentIndex(dialog.ui.visitor_combo.findData(journey.lp_id))
    dialog.ui.outcome_combo.setCurrentIndex(dialog.ui.outcome_combo.findData(VisitOutcome.REFUSED))
    type_text(dialog.ui.present_edit, "Mother, at the door")
    type_text(dialog.ui.observations_edit, "Mother was aggressive and would not open the door")
    with qtbot.waitSignal(dialog.sig_saved, timeout=10000) as saved:
        dialog.save()
    result = saved.args[0]
    assert result.late and len(result.escalation_steps) == 5
    text = _message(qtbot, ws).text()
    assert "Saved: the visit to Finn Example" in text
    assert "Recorded late" in text
    assert "“aggressive”" in text
    assert "Discussion with the line manager" in text
    assert "Legal threshold meeting considered" in text
    assert "_" not in text  # no stored values on screen
    with empty_app.store.unit_of_work() as uow:
        assert len(uow.repo(Visit).find(case_id=journey.case_id)) == 1
    qtbot.waitUntil(lambda: _escalations_due(ws) == 5, timeout=10000)

    for number, step in enumerate(result.escalation_steps, start=1):
        escalation = ws.open_escalation_dialog()
        qtbot.waitUntil(lambda e=escalation: e.step_combo.count() > 0, timeout=10000)
        if number == 1:
            check_labelled(escalation, escalation.windowTitle())
        escalation.select_step(step.id)
        type_text(escalation.with_whom_edit, "Morgan Teamlead")
        type_text(escalation.decision_edit, f"Decision {number}: visit again with the police")
        with qtbot.waitSignal(escalation.sig_saved, timeout=10000):
            escalation.save()
        assert "left the due list" in _message(qtbot, ws).text()
        _message(qtbot, ws).accept()
        qtbot.waitUntil(lambda n=number: _escalations_due(ws) == 5 - n, timeout=10000)

    with empty_app.store.unit_of_work() as uow:
        steps = uow.repo(EscalationStep).find(case_id=journey.case_id)
    assert len(steps) == 5
    for step in steps:
        assert step.done_on == date.today() and step.done_by == "alex.worker"
        assert step.note.startswith("With Morgan Teamlead. Decision")


def test_an_escalation_step_needs_who_and_the_decision(qtbot, lp_workspace, empty_app, journey):
    from lpdesk.services.visits import record_visit

    ws = lp_workspace
    record_visit(
        ws.session.ctx,
        case_id=journey.case_id,
        child_id=journey.child_id,
        visitor_person_id=journey.lp_id,
        visited_at=datetime.now().replace(second=0, microsecond=0) - timedelta(hours=2),
        outcome=VisitOutcome.NO_ACCESS,
    )
    dialog = ws.open_escalation_dialog()
    qtbot.waitUntil(lambda: dialog.step_combo.count() == 5, timeout=10000)
    dialog.save()
    assert "With whom" in dialog.error_label_widget.text() and dialog.isVisible()
    type_text(dialog.with_whom_edit, "Chris Chair")
    dialog.save()  # no decision: refused by the use case, the field marked
    qtbot.waitUntil(lambda: dialog.decision_edit.property("invalid") is True, timeout=10000)
    assert "• Decision: required" in dialog.error_label_widget.text()
    with empty_app.store.unit_of_work() as uow:
        assert all(s.done_on is None for s in uow.repo(EscalationStep).find())
    dialog.reject()
