"""Journey 6 from an empty database, through the real windows: commission the core assessment and
a specialist one and complete the core assessment; log a significant event and tell the LP's
manager, the conference chair and the core group's professionals (each an email draft of their
own, or a telephone call for someone with no address; each recorded); save a change to the plan
with the members consulted."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from lpdesk.domain import (
    AuditEvent,
    SignificantEvent,
)
from tests.gui.helpers import rows, type_text
from tests.gui.journey_record_steps import (
    assessments_commissioned_and_completed,
    plan_change_consulted,
    significant_event_told,
)
from tests.gui.journey_steps import qdate, said

pytestmark = pytest.mark.slow


def test_assessments_commissioned_and_completed(qtbot, lp_workspace, empty_app, journey):
    ws = lp_workspace
    today = date.today()
    assessments_commissioned_and_completed(qtbot, ws, empty_app)
    refused = ws.open_assessment_dialog()  # due before commissioned: refused, field marked
    type_text(refused.title_edit, "Parenting assessment")
    refused.due_on_edit.setDate(qdate(today - timedelta(days=1)))
    refused.save()
    qtbot.waitUntil(lambda: refused.due_on_edit.property("invalid") is True, timeout=10000)
    assert refused.isVisible()
    refused.reject()


def test_event_told_to_manager_chair_and_core_group(
    qtbot, lp_workspace, empty_app, journey, tmp_path: Path
):
    significant_event_told(
        qtbot,
        lp_workspace,
        empty_app,
        tmp_path / "notices",
        told={
            journey.manager_id: "Morgan Teamlead, the lead professional's manager: email draft",
            journey.chair_id: "Chris Chair, the conference chair: email draft",
            journey.health_visitor_id: "Gale Visitor, core group member: email draft",
            journey.teacher_id: "Harper Teacher, core group member: no email address: telephone them",
        },  # professionals only: the family are told in person
        reference="CP-2026-0901",
        child="Finn",
    )
    notes = [e for e in rows(empty_app, AuditEvent) if e.action == "event.notify"]
    assert any("by=telephone" in n.detail for n in notes)


def test_event_logged_without_telling_anyone_and_refused_without_text(
    qtbot, lp_workspace, empty_app, journey
):
    ws = lp_workspace
    dialog = ws.open_event_dialog()
    dialog.save()  # nothing typed: refused, the field marked, nothing stored
    qtbot.waitUntil(lambda: dialog.description_edit.property("invalid") is True, timeout=10000)
    type_text(dialog.description_edit, "Finn moved to a new school.")
    with qtbot.waitSignal(dialog.sig_saved, timeout=10000):
        dialog.save()
    assert "Told" not in said(qtbot, ws)
    with empty_app.store.unit_of_work() as uow:
        assert len(uow.repo(SignificantEvent).find(case_id=journey.case_id)) == 1
        assert not [e for e in uow.repo(AuditEvent).find() if e.action == "event.notify"]


def test_plan_change_with_the_core_group_consulted(qtbot, lp_workspace, empty_app, journey):
    plan_change_consulted(
        qtbot, lp_workspace, empty_app, (journey.mother_id, journey.health_visitor_id)
    )
