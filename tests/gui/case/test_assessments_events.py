"""Journey 6 from an empty database, through the real windows: commission the core assessment and
a specialist one and complete the core assessment; log a significant event and tell the LP's
manager, the conference chair and the core group's professionals (each an email draft of their
own, or a telephone call for someone with no address; each recorded); save a change to the plan
with the members consulted."""

from __future__ import annotations

from datetime import date, timedelta
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from lpdesk.domain import (
    Assessment,
    AssessmentKind,
    AuditEvent,
    PlanVersion,
    SignificantEvent,
)
from tests.gui.helpers import type_text
from tests.gui.test_dialogs import check_labelled

pytestmark = pytest.mark.slow


def _message(qtbot, ws) -> QMessageBox:  # type: ignore[no-untyped-def]
    found: list[QMessageBox] = []

    def shown() -> bool:
        found[:] = [b for b in ws.findChildren(QMessageBox, "saved_message") if b.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=10000)
    box = found[-1]
    text = box.text()
    box.accept()
    return text  # type: ignore[return-value]


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def test_assessments_commissioned_and_completed(qtbot, lp_workspace, empty_app, journey):
    ws = lp_workspace
    today = date.today()
    for kind, title in (
        (AssessmentKind.CORE, "Core assessment"),
        (AssessmentKind.SPECIALIST, "Speech and language assessment"),
    ):
        dialog = ws.open_assessment_dialog()
        check_labelled(dialog, dialog.windowTitle())
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(kind))
        type_text(dialog.title_edit, title)
        type_text(dialog.provider_edit, "Children's services" if kind == "core" else "NHS SLT")
        dialog.due_on_edit.setDate(_qdate(today + timedelta(days=30)))
        with qtbot.waitSignal(dialog.sig_saved, timeout=10000):
            dialog.save()
        assert f"Saved: {title} commissioned on" in _message(qtbot, ws)

    dialog = ws.open_assessment_dialog()
    qtbot.waitUntil(lambda: dialog.open_combo.count() == 2, timeout=10000)
    dialog.complete_radio.setChecked(True)
    assert not dialog.title_edit.isEnabled()
    dialog.open_combo.setCurrentIndex(0)
    with qtbot.waitSignal(dialog.sig_saved, timeout=10000):
        dialog.save()
    assert "Saved: Core assessment completed on" in _message(qtbot, ws)
    with empty_app.store.unit_of_work() as uow:
        stored = {a.title: a for a in uow.repo(Assessment).find(case_id=journey.case_id)}
    assert stored["Core assessment"].completed_on == today
    assert stored["Core assessment"].kind is AssessmentKind.CORE
    assert stored["Speech and language assessment"].completed_on is None
    assert stored["Speech and language assessment"].due_on == today + timedelta(days=30)

    refused = ws.open_assessment_dialog()  # due before commissioned: refused, field marked
    type_text(refused.title_edit, "Parenting assessment")
    refused.due_on_edit.setDate(_qdate(today - timedelta(days=1)))
    refused.save()
    qtbot.waitUntil(lambda: refused.due_on_edit.property("invalid") is True, timeout=10000)
    assert refused.isVisible()
    refused.reject()


def test_event_told_to_manager_chair_and_core_group(
    qtbot, lp_workspace, empty_app, journey, tmp_path: Path
):
    ws = lp_workspace
    dialog = ws.open_event_dialog()
    check_labelled(dialog, dialog.windowTitle())
    dialog.occurred_on_edit.setDate(_qdate(date.today() - timedelta(days=1)))
    type_text(dialog.description_edit, "Police were called to the home after an argument.")
    for check in (dialog.manager_check, dialog.chair_check, dialog.core_group_check):
        check.setChecked(True)
    dialog.folder_edit.setText(str(tmp_path / "notices"))
    with qtbot.waitSignal(dialog.sig_saved, timeout=10000) as saved:
        dialog.save()
    _logged, told = saved.args[0]
    text = _message(qtbot, ws)
    assert "Saved: the significant event on" in text
    assert "Morgan Teamlead, the lead professional's manager: email draft" in text
    assert "Chris Chair, the conference chair: email draft" in text
    assert "Harper Teacher, core group member: no email address: telephone them" in text
    people = {n.person_id for n in told.notices}
    assert people == {
        journey.manager_id,
        journey.chair_id,
        journey.health_visitor_id,
        journey.teacher_id,
    }  # professionals only: the family are told in person
    for notice in told.notices:
        if notice.draft is None:
            continue
        msg = message_from_bytes(notice.draft.read_bytes(), policy=policy.default)
        assert "," not in str(msg["To"]) and "CP-2026-0901" in str(msg["Subject"])
        assert "Finn" not in str(msg["Subject"]) and "Police were called" in msg.get_content()
        assert (notice.draft.stat().st_mode & 0o777) == 0o600
    with empty_app.store.unit_of_work() as uow:
        (event,) = uow.repo(SignificantEvent).find(case_id=journey.case_id)
        notes = [e for e in uow.repo(AuditEvent).find() if e.action == "event.notify"]
    assert event.description.startswith("Police were called")
    assert len(notes) == 4 and all(n.entity_id == event.id for n in notes)
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
    assert "Told" not in _message(qtbot, ws)
    with empty_app.store.unit_of_work() as uow:
        assert len(uow.repo(SignificantEvent).find(case_id=journey.case_id)) == 1
        assert not [e for e in uow.repo(AuditEvent).find() if e.action == "event.notify"]


def test_plan_change_with_the_core_group_consulted(qtbot, lp_workspace, empty_app, journey):
    ws = lp_workspace
    dialog = ws.open_plan_dialog("version")
    page = dialog.version_page
    type_text(page.summary_edit, "Weekly food parcel added after the school's concern.")
    for i in range(page.consulted_list.count()):
        item = page.consulted_list.item(i)
        if item.data(Qt.ItemDataRole.UserRole) in (journey.mother_id, journey.health_visitor_id):
            item.setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(dialog.sig_saved, timeout=10000):
        dialog.save()
    with empty_app.store.unit_of_work() as uow:
        (version,) = uow.repo(PlanVersion).find()
    assert set(version.consulted_person_ids) == {journey.mother_id, journey.health_visitor_id}
    assert version.notify_manager_and_chair
