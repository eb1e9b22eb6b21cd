"""Journey 9 from an empty database: every document the case's records make, in Word or PDF, from
the case's Documents tab, handed to the system's viewer; written owner-only into a private folder
inside lpdesk's data folder (never a shared temporary folder), removed when the case is closed."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from lpdesk.domain import DocumentKind, GeneratedDocument, VisitOutcome
from tests.gui.helpers import rows
from tests.gui.journey_meeting_steps import documents_on_demand, stand_in_viewer

pytestmark = pytest.mark.slow


@pytest.fixture
def viewer():  # type: ignore[no-untyped-def]
    yield from stand_in_viewer()


def test_every_document_in_word_and_pdf_opened_safely(
    qtbot, lp_workspace, empty_app, journey, viewer
):
    from lpdesk.services.meetings import convene_meeting
    from lpdesk.services.plans import save_plan_version
    from lpdesk.services.review_conference import report_state, start_report
    from lpdesk.services.visits import record_visit

    ws = lp_workspace
    ctx = ws.session.ctx
    day = date.today() + timedelta(days=5)
    convene_meeting(
        ctx,
        case_id=journey.case_id,
        scheduled_at=datetime(day.year, day.month, day.day, 10, 0),
        venue="Family centre",
        chair_person_id=journey.manager_id,
        minute_taker_person_id=journey.health_visitor_id,
    )
    record_visit(
        ctx,
        case_id=journey.case_id,
        child_id=journey.child_id,
        visitor_person_id=journey.lp_id,
        visited_at=datetime.now().replace(second=0, microsecond=0) - timedelta(hours=3),
        present="Mother and Finn",
        spoke_with_child=True,
        seen_alone=True,
        observations="Finn showed me his drawings.",
    )
    plan_id = ws.snapshot.plan.plan.id
    save_plan_version(ctx, plan_id=plan_id, summary="Food parcel added.", consulted_person_ids=[])
    state = report_state(ctx, case_id=journey.case_id)
    start_report(ctx, conference_id=state.conference.id, recommendation="The plan continues.")
    ws.refresh()  # written through the services: the workspace is told by hand
    labels = documents_on_demand(
        qtbot,
        ws,
        empty_app,
        viewer,
        expected=["Report to the review", "Visit record"],
        names=["Finn", "Dana"],
    )
    assert "The plan" in labels and "My plan, for Finn Example" in labels
    assert any(label.startswith("Plan change notice, version 1") for label in labels)
    assert any(label.startswith("Report to the review conference on") for label in labels)
    assert any(label.startswith("Invitation to Dana Example") for label in labels)
    assert any(label.startswith("Visit record, Finn Example") for label in labels)
    assert "Guide for the family" in labels
    kinds = {d.kind for d in rows(empty_app, GeneratedDocument, case_id=journey.case_id)}
    assert {DocumentKind.PLAN, DocumentKind.CHILD_PLAN, DocumentKind.INVITATION} <= kinds
    assert {DocumentKind.VISIT_RECORD, DocumentKind.PLAN_CHANGE_NOTICE} <= kinds
    assert {DocumentKind.REVIEW_REPORT, DocumentKind.FAMILY_GUIDE} <= kinds

    # The report comes with the case's snapshot: a refresh lists every document at once, the
    # report among them, and keeps it chosen
    report = next(label for label in labels if label.startswith("Report to the review"))
    panel = ws.documents_panel
    panel.select(report, "pdf")
    with qtbot.waitSignal(panel.sig_choices, timeout=10000):
        ws.refresh()
    assert panel.document_combo.currentText() == report and panel.open_button.isEnabled()
    assert panel.document_combo.count() == len(labels)
    from_snapshot = [label for label, _data in panel.choices(ws.snapshot)]
    assert from_snapshot == labels  # the whole list, from the case's snapshot alone

    folder = viewer.opened[-1].parent
    ws.ui.close_button.click()  # closing the case removes every copy handed to the viewer
    assert not folder.exists()


def test_a_document_that_cannot_be_made_says_why(qtbot, lp_workspace, viewer):
    from lpdesk.services.visits import record_visit

    ws = lp_workspace
    record_visit(
        ws.session.ctx,
        case_id=ws.snapshot.overview.case.id,
        child_id=ws.snapshot.overview.children[0].child.id,
        visitor_person_id=ws.snapshot.overview.lead.assignment.person_id,
        visited_at=datetime.now().replace(second=0, microsecond=0) - timedelta(hours=1),
        outcome=VisitOutcome.NO_ACCESS,
    )
    panel = ws.documents_panel
    ws.refresh()
    qtbot.waitUntil(lambda: panel.document_combo.count() >= 3, timeout=10000)
    panel.document_combo.setItemData(0, (DocumentKind.MINUTES, 999, None))  # no such meeting
    with qtbot.waitSignal(panel.sig_failed, timeout=10000) as failed:
        panel.open_button.click()
    assert failed.args[0] and viewer.opened == []
    assert panel.open_button.isEnabled()


def test_copies_left_by_a_crash_are_swept(tmp_path: Path) -> None:
    import os
    import time

    from lpdesk.gui.case.documents_panel import ViewerFolder

    viewer = ViewerFolder(tmp_path)
    fresh = viewer.write("CP-1_plan.pdf", b"%PDF-1.7")
    old = tmp_path / "viewing" / "open-old"
    old.mkdir()
    (old / "CP-1_plan.pdf").write_bytes(b"%PDF-1.7")
    day_ago = time.time() - 24 * 3600
    os.utime(old, (day_ago, day_ago))
    assert viewer.sweep() == 1
    assert not old.exists() and fresh.exists()
