"""The steps of an LP's year that record what happens between meetings, through the real
windows, shared by each journey's own test and the continuous walk from an empty database: a
refused visit and its escalation (journey 5); assessments, a significant event and a change to the
plan (6). Each step asserts what was stored."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, Qt, QTime

from lpdesk.domain import (
    Assessment,
    AssessmentKind,
    AuditEvent,
    DueKind,
    EscalationStep,
    PlanVersion,
    SignificantEvent,
    Visit,
    VisitOutcome,
)
from tests.gui.helpers import (
    rows,
    type_text,
)
from tests.gui.journey_steps import qdate, said
from tests.gui.test_dialogs import check_labelled

# -- journey 5: a refused visit and its escalation -------------------------------------------------


def refused_visit_then_escalation(
    qtbot: Any, ws: Any, app: Any, *, visitor_id: int, child: str, manager: str
) -> None:
    """A refused visit recorded six days late shows its findings at once (recorded late, the
    language check, the five escalation steps it opened) and says what was saved; each step is then
    completed with who, when and the decision, and leaves the due list."""
    today = ws.session.ctx.clock.today()
    case_id = ws.case_id

    def escalations_due() -> int:
        return sum(1 for item in ws.snapshot.due if item.kind is DueKind.ESCALATION)

    dialog = ws.open_visit_dialog()
    dialog.ui.child_combo.setCurrentIndex(dialog.ui.child_combo.findText(child))
    visited = date.fromordinal(today.toordinal() - 6)
    dialog.ui.visited_at_edit.setDateTime(QDateTime(qdate(visited), QTime(16, 0)))
    dialog.ui.visitor_combo.setCurrentIndex(dialog.ui.visitor_combo.findData(visitor_id))
    dialog.ui.outcome_combo.setCurrentIndex(dialog.ui.outcome_combo.findData(VisitOutcome.REFUSED))
    type_text(dialog.ui.present_edit, "Mother, at the door")
    type_text(dialog.ui.observations_edit, "Mother was aggressive and would not open the door")
    with qtbot.waitSignal(dialog.sig_saved, timeout=10000) as saved:
        dialog.save()
    result = saved.args[0]
    assert result.late and len(result.escalation_steps) == 5
    text = said(qtbot, ws)
    assert f"Saved: the visit to {child}" in text
    assert "Recorded late" in text
    assert "“aggressive”" in text
    assert "Discussion with the line manager" in text
    assert "Legal threshold meeting considered" in text
    assert "_" not in text  # no stored values on screen
    assert len(rows(app, Visit, case_id=case_id)) == 1
    qtbot.waitUntil(lambda: escalations_due() == 5, timeout=10000)

    for number, step in enumerate(result.escalation_steps, start=1):
        escalation = ws.open_escalation_dialog()
        qtbot.waitUntil(lambda e=escalation: e.step_combo.count() > 0, timeout=10000)
        if number == 1:
            check_labelled(escalation, escalation.windowTitle())
        escalation.select_step(step.id)
        type_text(escalation.with_whom_edit, manager)
        type_text(escalation.decision_edit, f"Decision {number}: visit again with the police")
        with qtbot.waitSignal(escalation.sig_saved, timeout=10000):
            escalation.save()
        assert "left the due list" in said(qtbot, ws)
        qtbot.waitUntil(lambda n=number: escalations_due() == 5 - n, timeout=10000)

    steps = rows(app, EscalationStep, case_id=case_id)
    assert len(steps) == 5
    for step in steps:
        assert step.done_on == today and step.done_by == ws.session.ctx.actor.username
        assert step.note.startswith(f"With {manager}. Decision")


# -- journey 6: assessments, a significant event, a change to the plan ----------------------------


def assessments_commissioned_and_completed(qtbot: Any, ws: Any, app: Any) -> None:
    today = ws.session.ctx.clock.today()
    due = date.fromordinal(today.toordinal() + 30)
    for kind, title in (
        (AssessmentKind.CORE, "Core assessment"),
        (AssessmentKind.SPECIALIST, "Speech and language assessment"),
    ):
        dialog = ws.open_assessment_dialog()
        check_labelled(dialog, dialog.windowTitle())
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(kind))
        type_text(dialog.title_edit, title)
        type_text(dialog.provider_edit, "Children's services" if kind == "core" else "NHS SLT")
        dialog.due_on_edit.setDate(qdate(due))
        with qtbot.waitSignal(dialog.sig_saved, timeout=10000):
            dialog.save()
        assert f"Saved: {title} commissioned on" in said(qtbot, ws)

    dialog = ws.open_assessment_dialog()
    qtbot.waitUntil(lambda: dialog.open_combo.count() == 2, timeout=10000)
    dialog.complete_radio.setChecked(True)
    assert not dialog.title_edit.isEnabled()
    dialog.open_combo.setCurrentIndex(0)
    with qtbot.waitSignal(dialog.sig_saved, timeout=10000):
        dialog.save()
    assert "Saved: Core assessment completed on" in said(qtbot, ws)
    stored = {a.title: a for a in rows(app, Assessment, case_id=ws.case_id)}
    assert stored["Core assessment"].completed_on == today
    assert stored["Core assessment"].kind is AssessmentKind.CORE
    assert stored["Speech and language assessment"].completed_on is None
    assert stored["Speech and language assessment"].due_on == due


def significant_event_told(
    qtbot: Any,
    ws: Any,
    app: Any,
    folder: Path,
    *,
    told: dict[int, str],
    reference: str,
    child: str,
) -> None:
    """A significant event told to the LP's manager, the chair and the core group's
    professionals (``told``: each person id and the line saying how they were told)."""
    dialog = ws.open_event_dialog()
    check_labelled(dialog, dialog.windowTitle())
    today = ws.session.ctx.clock.today()
    dialog.occurred_on_edit.setDate(qdate(date.fromordinal(today.toordinal() - 1)))
    type_text(dialog.description_edit, "Police were called to the home after an argument.")
    for check in (dialog.manager_check, dialog.chair_check, dialog.core_group_check):
        check.setChecked(True)
    dialog.folder_edit.setText(str(folder))
    with qtbot.waitSignal(dialog.sig_saved, timeout=10000) as saved:
        dialog.save()
    _logged, notified = saved.args[0]
    text = said(qtbot, ws)
    assert "Saved: the significant event on" in text
    for line in told.values():
        assert line in text, text
    assert {n.person_id for n in notified.notices} == set(told), text
    for notice in notified.notices:
        if notice.draft is None:
            continue
        msg = message_from_bytes(notice.draft.read_bytes(), policy=policy.default)
        assert "," not in str(msg["To"]) and reference in str(msg["Subject"])
        assert child not in str(msg["Subject"]) and "Police were called" in msg.get_content()
        assert (notice.draft.stat().st_mode & 0o777) == 0o600
    (event,) = rows(app, SignificantEvent, case_id=ws.case_id)
    notes = [e for e in rows(app, AuditEvent) if e.action == "event.notify"]
    assert event.description.startswith("Police were called")
    assert len(notes) == len(told) and all(n.entity_id == event.id for n in notes)


def plan_change_consulted(qtbot: Any, ws: Any, app: Any, consulted: Iterable[int]) -> None:
    """A version of the plan saved with the members consulted ticked."""
    wanted = set(consulted)
    dialog = ws.open_plan_dialog("version")
    page = dialog.version_page
    type_text(page.summary_edit, "Weekly food parcel added after the school's concern.")
    for i in range(page.consulted_list.count()):
        item = page.consulted_list.item(i)
        if item.data(Qt.ItemDataRole.UserRole) in wanted:
            item.setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(dialog.sig_saved, timeout=10000):
        dialog.save()
    version = max(rows(app, PlanVersion), key=lambda v: v.id or 0)  # the newest
    assert set(version.consulted_person_ids) == wanted
    assert version.notify_manager_and_chair
    dialog.close()
