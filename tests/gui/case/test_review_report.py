"""Journey 8 from an empty database, through the real window: the LP starts the report to the
review conference from the records, edits it, submits it to the chair by the deadline, sees the
chair's request for changes and answers it, and shares it with the parents (a copy each, read
back with pdftotext)."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from lpdesk.domain import ReportStatus, ReviewReport, UserRole
from lpdesk.gui.shell.labels import fmt_date
from tests.gui.helpers import type_text
from tests.gui.test_dialogs import check_labelled

pytestmark = pytest.mark.slow


def _stored(app) -> ReviewReport:  # type: ignore[no-untyped-def]
    with app.store.unit_of_work() as uow:
        (report,) = uow.repo(ReviewReport).find()
    return report


def _act(qtbot, dialog, button) -> str:  # type: ignore[no-untyped-def]
    with (
        qtbot.waitSignal(dialog.sig_loaded, timeout=30000),
        qtbot.waitSignal(dialog.sig_saved, timeout=30000),
    ):
        button.click()
    for box in dialog.findChildren(QMessageBox, "saved_message"):
        box.accept()
    return dialog.last_message


def test_report_started_edited_submitted_answered_and_shared(
    qtbot, lp_workspace, empty_app, journey, tmp_path: Path
):
    from lpdesk.services.context import Actor
    from lpdesk.services.review_conference import request_changes

    ws = lp_workspace
    dialog = ws.open_review_report_dialog()
    qtbot.waitUntil(lambda: dialog.start_button.isEnabled(), timeout=10000)
    check_labelled(dialog, dialog.windowTitle())
    assert fmt_date(journey.review_on) in dialog.deadlines_label.text()
    assert not dialog.submit_button.isEnabled()

    assert "started from the records" in _act(qtbot, dialog, dialog.start_button)
    assert "The plan" in dialog.records_view.toPlainText()
    assert "Visits: 0 in the period" in dialog.records_view.toPlainText()
    type_text(dialog.recommendation_edit, "Finn is eating at school; the plan should continue.")
    assert "Saved" in _act(qtbot, dialog, dialog.save_button)
    assert _stored(empty_app).recommendation.startswith("Finn is eating")

    said = _act(qtbot, dialog, dialog.submit_button)
    assert said == f"Submitted to the conference chair on {fmt_date(date.today())}."  # not late
    report = _stored(empty_app)
    assert report.status is ReportStatus.SUBMITTED and report.submitted_on == date.today()
    assert dialog.recommendation_edit.isReadOnly() and dialog.share_button.isEnabled()
    dialog.close()

    chair = empty_app.context(
        Actor(username="chris.chair", role=UserRole.CONFERENCE_CHAIR, person_id=journey.chair_id)
    )
    request_changes(chair, report_id=report.id, comments="Please add the school's attendance.")

    again = ws.open_review_report_dialog()
    qtbot.waitUntil(lambda: again.submit_button.isEnabled(), timeout=10000)
    assert "Please add the school's attendance." in again.comments_label.text()
    assert "asked for changes" in again.status_label.text()
    type_text(again.recommendation_edit, " Attendance is 94% this term.")
    _act(qtbot, again, again.submit_button)
    report = _stored(empty_app)
    assert report.status is ReportStatus.SUBMITTED
    assert report.recommendation.endswith("Attendance is 94% this term.")

    again.folder_edit.setText(str(tmp_path / "parents"))
    said = _act(qtbot, again, again.share_button)
    assert said.startswith(f"Shared with the parents on {fmt_date(date.today())}")
    assert _stored(empty_app).shared_with_parents_on == date.today()
    copies = sorted((tmp_path / "parents").iterdir())
    assert len(copies) == 2  # mother and father, each their own copy
    for copy in copies:
        assert (copy.stat().st_mode & 0o777) == 0o600 and "Finn" not in copy.name
        text = subprocess.run(
            ["pdftotext", str(copy), "-"], capture_output=True, check=True
        ).stdout.decode()
        assert "Attendance is 94% this term." in " ".join(text.split())
    assert not again.share_button.isEnabled()
