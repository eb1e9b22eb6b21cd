"""The lead professional writes an outcome and an action in the child's own words in the plan
dialog, and the child's "My plan" shows those words instead of the adults' wording."""

from __future__ import annotations

import subprocess

from lpdesk.domain import Case, Child
from tests.gui.helpers import type_text


def test_the_childs_words_written_in_the_plan_dialog_reach_my_plan(qtbot, runner, demo_app):  # type: ignore[no-untyped-def]
    from lpdesk.gui.case.case_loader import load_case
    from lpdesk.gui.case.plan_dialog import PlanDialog
    from lpdesk.gui.shell.session import GuiSession
    from lpdesk.services.rendering import render_document

    session = GuiSession(
        ctx=demo_app.context(demo_app.actor("daniel.kowalczyk")),  # the team manager
        profiles=demo_app.profiles,
        forms=demo_app.forms,
        data_dir=demo_app.data_dir,
        close=lambda: None,
    )
    with demo_app.store.unit_of_work() as uow:
        case = uow.repo(Case).find(reference="GM-2026-0033")[0]
        child = uow.repo(Child).find(case_id=case.id)[0]
    snapshot = load_case(session, case.id)
    dialog = PlanDialog(runner, session, snapshot.overview, snapshot.plan, "outcome")
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.outcome_page
    assert page.child_words_edit in page.chain()
    type_text(page.description_edit, "Ciorstaidh feels safe walking to school")
    page.indicator_combo.setCurrentIndex(page.indicator_combo.findData("safe"))
    type_text(page.child_words_edit, "I feel safe when I walk to school")
    with qtbot.waitSignal(dialog.sig_saved, timeout=5000) as saved:
        dialog.save()
    outcome = saved.args[0].value
    assert outcome.child_words == "I feel safe when I walk to school"
    assert page.child_words_edit.toPlainText() == ""  # cleared for the next outcome

    dialog.tabs.setCurrentIndex(dialog.PAGES.index("action"))
    actions = dialog.action_page
    qtbot.waitUntil(lambda: actions.outcome_combo.findData(outcome.id) > 0, timeout=5000)
    actions.outcome_combo.setCurrentIndex(actions.outcome_combo.findData(outcome.id))
    type_text(actions.what_edit, "Walking bus with the school from Monday")
    actions.who_combo.setCurrentIndex(1)
    type_text(actions.measure_edit, "Ciorstaidh walks with the group each day")
    type_text(actions.child_words_edit, "I walk with my friends and a teacher")
    with qtbot.waitSignal(dialog.sig_saved, timeout=5000) as saved:
        dialog.save()
    assert saved.args[0].value.child_words == "I walk with my friends and a teacher"

    file = render_document(
        session.ctx,
        kind="child_plan",
        record_id=child.id or 0,
        fmt="pdf",
        profiles=session.profiles,
    )
    out = subprocess.run(["pdftotext", "-", "-"], input=file.data, capture_output=True, check=True)
    text = " ".join(out.stdout.decode("utf-8").split())
    assert "Safe: what we want, number 3" in text
    assert "I feel safe when I walk to school" in text
    assert "I walk with my friends and a teacher" in text
    assert "Walking bus" not in text
