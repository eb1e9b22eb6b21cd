"""The conference chair's page on a real SQLite file holding the demo caseload: the demo's draft
review report is submitted by its lead professional, then reviewed here."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from lpdesk.domain import ReportStatus, UserRole
from lpdesk.gui.chair.chair_view import ChairView
from lpdesk.gui.shell.session import GuiSession
from lpdesk.services.review_conference import report_for, reports_awaiting_review, submit_report
from tests.gui.test_dialogs import check_labelled

CHAIR = "rahel.tesfaye"
LP = "tomas.ferreira"  # leads the demo case whose review report is in draft
REPORT_ID = 1


def _session(demo_app, username: str) -> GuiSession:  # type: ignore[no-untyped-def]
    return GuiSession(
        ctx=demo_app.context(demo_app.actor(username)),
        profiles=demo_app.profiles,
        forms=demo_app.forms,
        data_dir=demo_app.data_dir,
        close=lambda: None,
    )


@pytest.fixture
def chair_view(qtbot, runner, demo_app, settings):  # type: ignore[no-untyped-def]
    submit_report(demo_app.context(demo_app.actor(LP)), report_id=REPORT_ID)
    view = ChairView(runner, settings=settings)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.sig_summary_shown, timeout=10000):
        view.bind(_session(demo_app, CHAIR))
    return view


def answer_confirmation(view: ChairView, *, yes: bool = True) -> list[str]:
    """Answer the next confirmation box the view shows; returns its texts as they were asked."""
    asked: list[str] = []

    def on_box(box: QMessageBox) -> None:
        asked.append(box.text())
        role = QMessageBox.ButtonRole.AcceptRole if yes else QMessageBox.ButtonRole.RejectRole
        button = next(b for b in box.buttons() if box.buttonRole(b) == role)
        QTimer.singleShot(0, button.click)

    view.sig_confirming.connect(on_box)
    return asked


def _status(demo_app) -> ReportStatus:  # type: ignore[no-untyped-def]
    return report_for(demo_app.context(demo_app.actor(CHAIR)), report_id=REPORT_ID).status


def test_the_submitted_report_is_listed_with_a_read_only_summary(chair_view, demo_app) -> None:
    awaiting = reports_awaiting_review(demo_app.context(demo_app.actor(CHAIR)))
    assert [r.id for r in awaiting] == [REPORT_ID]
    assert chair_view.model.rowCount() == 1
    assert chair_view.proxy.index(0, 0).data() == "CP-2026-0119"
    text = chair_view.summary_edit.toPlainText()
    assert "Case CP-2026-0119" in text
    assert "Remain on a plan: progress too recent to be sure." in text
    assert "Core group" in text and "Visits in the period" in text
    assert chair_view.summary_edit.isReadOnly()


def test_accept_changes_the_status(qtbot, chair_view, demo_app) -> None:
    chair_view.comments_edit.setPlainText("Clear and balanced.")
    asked = answer_confirmation(chair_view)
    with qtbot.waitSignal(chair_view.sig_loaded, timeout=10000) as reloaded:
        chair_view.accept_button.click()
    assert _status(demo_app) is ReportStatus.ACCEPTED
    stored = report_for(demo_app.context(demo_app.actor(CHAIR)), report_id=REPORT_ID)
    assert stored.chair_comments == "Clear and balanced." and stored.reviewed_on is not None
    assert reloaded.args == [0] and chair_view.model.rowCount() == 0
    assert asked and "can no longer be changed" in asked[0]
    assert chair_view.reviewed_model.rowCount() == 1  # now among the reviewed


def test_a_cancelled_confirmation_changes_nothing(qtbot, chair_view, demo_app) -> None:
    chair_view.comments_edit.setPlainText("Not sure yet.")
    asked = answer_confirmation(chair_view, yes=False)
    chair_view.accept_button.click()
    assert asked and _status(demo_app) is ReportStatus.SUBMITTED
    assert chair_view.comments_edit.toPlainText() == "Not sure yet."


def test_request_changes_sends_the_comments_back(qtbot, chair_view, demo_app) -> None:
    chair_view.comments_edit.setPlainText("Please add the school's view.")
    answer_confirmation(chair_view)
    with qtbot.waitSignal(chair_view.sig_report_changed, timeout=10000) as changed:
        chair_view.changes_button.click()
    assert changed.args[0].status is ReportStatus.CHANGES_REQUESTED
    lp_sees = report_for(demo_app.context(demo_app.actor(LP)), report_id=REPORT_ID)
    assert lp_sees.status is ReportStatus.CHANGES_REQUESTED
    assert lp_sees.chair_comments == "Please add the school's view."


def test_a_comment_keeps_the_report_awaiting_review(qtbot, chair_view, demo_app) -> None:
    chair_view.comments_edit.setPlainText("Reading it now.")
    with qtbot.waitSignal(chair_view.sig_report_changed, timeout=10000):
        chair_view.comment_button.click()
    assert _status(demo_app) is ReportStatus.SUBMITTED
    assert report_for(demo_app.context(demo_app.actor(CHAIR)), report_id=REPORT_ID).chair_comments


def test_changes_without_comments_are_refused_beside_the_field(qtbot, chair_view, demo_app) -> None:
    chair_view.comments_edit.clear()
    chair_view.changes_button.click()
    qtbot.waitUntil(lambda: not chair_view.error_label.isHidden(), timeout=10000)
    assert chair_view.error_label.text()
    assert _status(demo_app) is ReportStatus.SUBMITTED
    assert chair_view.changes_button.isEnabled()


def test_only_a_chair_loads_the_page(qtbot, runner, demo_app, settings) -> None:
    view = ChairView(runner, settings=settings)
    qtbot.addWidget(view)
    view.bind(_session(demo_app, "beatriz.santos"))
    assert "conference chairs" in view.hint_label.text() and runner.pending == 0
    assert ChairView.is_available(UserRole.CONFERENCE_CHAIR)
    assert not ChairView.is_available(UserRole.ADMINISTRATOR)


def test_every_input_is_named_and_reachable_by_tab(chair_view) -> None:
    chain = [
        chair_view.refresh_button,
        chair_view.reports_table,
        chair_view.summary_edit,
        chair_view.comments_edit,
        chair_view.comment_button,
        chair_view.changes_button,
        chair_view.accept_button,
    ]
    for widget in (chair_view.reports_table, chair_view.summary_edit, chair_view.comments_edit):
        assert widget.accessibleName()
    assert in_tab_order(chain)
    check_labelled(chair_view, chair_view.windowTitle())


def in_tab_order(chain: list[QWidget]) -> bool:
    """Whether Tab from the first widget reaches the others in this order (Qt's scroll area
    viewports sit between them in the focus chain but take no focus)."""
    order: list[QWidget] = []
    current = chain[0]
    for _ in range(500):
        order.append(current)
        current = current.nextInFocusChain()
        if current is chain[0]:
            break
    positions = [order.index(w) for w in chain if w in order]
    return len(positions) == len(chain) and positions == sorted(positions)


def test_changes_asked_the_lp_answers_and_the_chair_accepts(qtbot, runner, demo_app, settings):
    """The whole review: the chair asks for changes (confirmed, with a comment); the lead
    professional sees the outcome and the comment on their own page, revises the recommendation
    (with a name in Arabic) and sends it again; the chair reads the revised report as a document,
    with the Arabic shaped by Qt in its logical order, and accepts it; the history says so."""
    from lpdesk.gui.chair.lp_reports_view import LeadReportsView

    submit_report(demo_app.context(demo_app.actor(LP)), report_id=REPORT_ID)
    chair = ChairView(runner, settings=settings)
    qtbot.addWidget(chair)
    with qtbot.waitSignal(chair.sig_summary_shown, timeout=10000):
        chair.bind(_session(demo_app, CHAIR))
    chair.comments_edit.setPlainText("Please add the mother's view.")
    asked = answer_confirmation(chair)
    with qtbot.waitSignal(chair.sig_loaded, timeout=10000):
        chair.changes_button.click()
    assert "goes back to the lead professional" in asked[0]
    assert chair.model.rowCount() == 0 and chair.reviewed_model.rowCount() == 1

    lp = LeadReportsView(runner)
    qtbot.addWidget(lp)
    with qtbot.waitSignal(lp.sig_summary_shown, timeout=10000):
        lp.bind(_session(demo_app, LP))
    assert lp.outcome_label.text() == "Changes asked for: Please add the mother's view."
    assert lp.resubmit_button.isEnabled()
    history = lp.document_view.toPlainText()
    assert "Chair asked for changes to the review report by Rahel Tesfaye" in history
    arabic = "أميرة حداد"
    lp.recommendation_edit.setPlainText(f"Remain on a plan. {arabic} wants the children home.")
    with qtbot.waitSignals([lp.sig_loaded, chair.sig_summary_shown], timeout=10000):
        lp.resubmit_button.click()  # the chair's page reloads itself from the change notice
    assert report_for(demo_app.context(demo_app.actor(LP)), report_id=REPORT_ID).status is (
        ReportStatus.SUBMITTED
    )
    assert chair.model.rowCount() == 1
    document = chair.summary_edit.document()
    text = document.toPlainText()
    assert f"{arabic} wants the children home." in text  # logical order, never pre-reordered
    assert arabic[::-1] not in text
    block = document.begin()
    while block.isValid() and arabic not in block.text():
        block = block.next()
    assert block.isValid()
    # Qt shapes and orders the Arabic itself: its first letter is drawn right of its last
    document.setTextWidth(900)
    document.documentLayout().blockBoundingRect(block)  # lays the block out
    start = block.text().index(arabic)
    line = block.layout().lineForTextPosition(start)
    first_x = _x(line.cursorToX(start + 1))
    last_x = _x(line.cursorToX(start + len(arabic) - 1))
    assert first_x > last_x
    assert "Progress against the plan" in text and "Core group" in text
    assert "Review report submitted to the chair by Tomás Ferreira" in text
    asked = answer_confirmation(chair)
    with qtbot.waitSignal(chair.sig_loaded, timeout=10000):
        chair.accept_button.click()
    assert _status(demo_app) is ReportStatus.ACCEPTED
    chair.lists_tabs.setCurrentIndex(1)
    with qtbot.waitSignal(chair.sig_summary_shown, timeout=10000):
        chair.reviewed_table.selectRow(0)
        chair._list_changed(1)
    reviewed = chair.summary_edit.toPlainText()
    assert "Review report accepted by Rahel Tesfaye" in reviewed
    assert not chair.accept_button.isEnabled()  # a reviewed report is read, not answered
    with qtbot.waitSignal(lp.sig_summary_shown, timeout=10000):
        lp.refresh()
    assert lp.outcome_label.text().startswith("Accepted")
    assert not lp.resubmit_button.isEnabled()


def _x(value) -> float:  # type: ignore[no-untyped-def]
    return float(value[0] if isinstance(value, tuple) else value)


def test_the_chair_resolves_a_disagreement_escalated_to_them(qtbot, runner, demo_app, settings):
    """Across cases: the demo's disagreement escalated to the chair is listed; the chair records
    a resolution (confirmed) that the lead professional then sees on the case."""
    from lpdesk.services.disagreements import list_disagreements

    view = ChairView(runner, settings=settings)
    qtbot.addWidget(view)
    panel = view.disagreements_panel
    with qtbot.waitSignal(panel.sig_loaded, timeout=10000) as loaded:
        view.bind(_session(demo_app, CHAIR))
    assert loaded.args[0] >= 1 and "1 open" in view.desk_tabs.tabText(1)
    item = panel.current
    assert item is not None and item.disagreement.resolved_on is None
    assert all(who for who, _position in item.positions)  # names, not ids
    assert item.disagreement.subject in panel.detail_view.toPlainText()
    panel.outcome_edit.setPlainText("Contact stays supervised until the review conference.")
    asked: list[str] = []

    def on_box(box: QMessageBox) -> None:
        asked.append(box.text())
        go = next(
            b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
        )
        QTimer.singleShot(0, go.click)

    panel.sig_confirming.connect(on_box)
    with qtbot.waitSignal(panel.sig_loaded, timeout=10000) as reloaded:
        panel.resolve_button.click()
    assert asked and reloaded.args[0] == loaded.args[0] - 1
    lead = demo_app.context(demo_app.actor("aisha.rahman"))
    seen = next(
        d
        for d in list_disagreements(lead, case_id=item.disagreement.case_id)
        if d.id == item.disagreement.id
    )
    assert seen.outcome == "Contact stays supervised until the review conference."
    assert seen.resolved_on is not None


def test_enter_on_a_report_moves_to_the_report_itself(qtbot, chair_view) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    chair_view.show()
    chair_view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is chair_view, timeout=3000)
    table = chair_view.reports_table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(chair_view.summary_edit.hasFocus, timeout=3000)
