"""Journey 5 from an empty database, through the real windows: a refused visit recorded late shows
its findings at once (recorded late, the language check, the escalation steps it opened) and says
what was saved; each escalation step is then completed in the app with who, when and the
decision, and leaves the due list."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from lpdesk.domain import EscalationStep, VisitOutcome
from tests.gui.helpers import type_text
from tests.gui.journey_record_steps import refused_visit_then_escalation

pytestmark = pytest.mark.slow


def test_refused_visit_findings_then_each_step_completed(qtbot, lp_workspace, empty_app, journey):
    refused_visit_then_escalation(
        qtbot,
        lp_workspace,
        empty_app,
        visitor_id=journey.lp_id,
        child="Finn Example",
        manager="Morgan Teamlead",
    )


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
