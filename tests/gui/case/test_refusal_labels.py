"""A refused save names each field by the words beside it on screen, never by the service's field
name: a refused visit with nobody recorded as present reads "Who was present: required"."""

from __future__ import annotations

from lpdesk.domain import Visit, VisitOutcome
from tests.gui.helpers import click_save, rows, type_text


def test_a_refused_visit_names_who_was_present_by_its_label(
    qtbot, lp_workspace, empty_app, journey
) -> None:  # type: ignore[no-untyped-def]
    ws = lp_workspace
    qtbot.waitUntil(lambda: ws.snapshot is not None, timeout=10000)
    before = len(rows(empty_app, Visit))
    dialog = ws.open_visit_dialog()
    dialog.ui.visitor_combo.setCurrentIndex(dialog.ui.visitor_combo.findData(journey.lp_id))
    dialog.ui.outcome_combo.setCurrentIndex(dialog.ui.outcome_combo.findData(VisitOutcome.REFUSED))
    type_text(dialog.ui.present_edit, "")
    type_text(dialog.ui.observations_edit, "Nobody answered the door")
    click_save(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.ui.error_label.isVisible(), timeout=10000)
    text = dialog.ui.error_label.text()
    assert "• Who was present: required" in text, text
    assert "• present:" not in text and "_" not in text
    assert dialog.ui.present_edit.property("invalid") is True
    assert dialog.isVisible() and len(rows(empty_app, Visit)) == before
    assert dialog.field_label("visitor_person_id") == "Visitor"  # the label beside the combo
    assert dialog.field_label("spoke_with_child") == "Spoke with the child"  # a check box's text
    assert dialog.field_label("no_such_field") == "No such field"
