"""The plan dialog: SMART actions refused without a measure, saved actions shown on the workspace's
Plan tab, completion refused without impact, versions record who was consulted; all labelled."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from lpdesk.domain import Action, ActionStatus, PlanStage, PlanVersion
from tests.gui.helpers import type_text
from tests.gui.test_dialogs import check_labelled


@pytest.fixture
def workspace(qtbot, main_window):  # type: ignore[no-untyped-def]
    row = main_window.caseload_view.model.row_at(0)
    ws = main_window.open_case(row.case_id, row.reference)
    qtbot.waitUntil(lambda: ws.snapshot is not None, timeout=5000)
    assert ws.snapshot.plan is not None, "the first demo case has a plan"
    return ws


def _actions(demo_app) -> list[Action]:  # type: ignore[no-untyped-def]
    with demo_app.store.unit_of_work() as uow:
        return list(uow.repo(Action).find())


def _table_texts(table) -> list[str]:  # type: ignore[no-untyped-def]
    return [table.item(r, 0).text() for r in range(table.rowCount()) if table.item(r, 0)]


@pytest.mark.parametrize("page", ["outcome", "action", "progress", "text", "version"])
def test_every_page_is_labelled_and_reachable_by_keyboard(qtbot, workspace, page) -> None:
    dialog = workspace.open_plan_dialog(page)
    qtbot.addWidget(dialog)
    check_labelled(dialog, dialog.windowTitle())
    dialog.reject()


def test_an_action_without_a_measure_is_refused_then_saved_and_shown(
    qtbot, workspace, demo_app
) -> None:
    dialog = workspace.open_plan_dialog("action")
    qtbot.addWidget(dialog)
    page = dialog.action_page
    before = len(_actions(demo_app))
    type_text(page.what_edit, "Health visitor checks Zoë's weight weekly")
    page.who_combo.setCurrentIndex(1)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error_label_widget.isVisibleTo(dialog), timeout=5000)
    assert dialog.isVisible()
    assert page.measure_edit.property("invalid") is True
    assert page.measure_edit.toolTip()
    assert page.what_edit.property("invalid") is False
    assert len(_actions(demo_app)) == before

    type_text(page.measure_edit, "Weight on the centile chart at each visit")
    with qtbot.waitSignal(dialog.sig_saved, timeout=5000) as saved:
        dialog.save()
    assert saved.args[0].value.measure == "Weight on the centile chart at each visit"
    assert dialog.isVisible() and not dialog.error_label_widget.isVisibleTo(dialog)
    assert len(_actions(demo_app)) == before + 1
    qtbot.waitUntil(
        lambda: (
            "Health visitor checks Zoë's weight weekly" in _table_texts(workspace.ui.actions_table)
        ),
        timeout=5000,
    )
    # the progress page reloaded with the new action
    qtbot.waitUntil(
        lambda: dialog.progress_page.action_combo.findData(saved.args[0].value.id) > 0,
        timeout=5000,
    )


def test_completing_an_action_needs_its_impact(qtbot, workspace, demo_app) -> None:
    action = next(a for a in _actions(demo_app) if a.plan_id == workspace.snapshot.plan.plan.id)
    dialog = workspace.open_plan_dialog("progress")
    qtbot.addWidget(dialog)
    page = dialog.progress_page
    page.select_action(action.id)
    page.status_combo.setCurrentIndex(page.status_combo.findData(ActionStatus.COMPLETED.value))
    page.impact_edit.clear()
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error_label_widget.isVisibleTo(dialog), timeout=5000)
    assert page.impact_edit.property("invalid") is True
    stored = next(a for a in _actions(demo_app) if a.id == action.id)
    assert stored.status is action.status

    type_text(page.impact_edit, "Attendance up to 95%")
    with qtbot.waitSignal(dialog.sig_saved, timeout=5000):
        dialog.save()
    stored = next(a for a in _actions(demo_app) if a.id == action.id)
    assert stored.status is ActionStatus.COMPLETED
    assert stored.impact == "Attendance up to 95%"


def test_saving_a_version_records_who_was_consulted(qtbot, workspace, demo_app) -> None:
    dialog = workspace.open_plan_dialog("version")
    qtbot.addWidget(dialog)
    page = dialog.version_page
    assert "conference chair" in dialog.findChild(QLabel, "version_notice_label").text()
    assert page.consulted_list.count() >= 2
    for i in (0, 1):
        page.consulted_list.item(i).setCheckState(Qt.CheckState.Checked)
    chosen = page.consulted()
    type_text(page.summary_edit, "Added weekly weighing after the core group")
    with qtbot.waitSignal(dialog.sig_saved, timeout=5000) as saved:
        dialog.save()
    version = saved.args[0]
    with demo_app.store.unit_of_work() as uow:
        stored = uow.repo(PlanVersion).find(id=version.id)[0]
    assert list(stored.consulted_person_ids) == chosen and len(chosen) == 2
    assert stored.notify_manager_and_chair
    assert page.summary_edit.toPlainText() == ""


def test_language_findings_are_shown_as_a_warning_and_the_outcome_is_kept(
    qtbot, workspace, demo_app
) -> None:
    dialog = workspace.open_plan_dialog("outcome")
    qtbot.addWidget(dialog)
    type_text(dialog.outcome_page.description_edit, "Home is no longer chaotic")
    with qtbot.waitSignal(dialog.sig_saved, timeout=5000) as saved:
        dialog.save()
    assert saved.args[0].value.description == "Home is no longer chaotic"
    assert dialog.findings_label.isVisibleTo(dialog)
    assert "chaotic" in dialog.findings_label.text()
    assert "Outcome sought" in dialog.findings_label.text()
    assert dialog.outcome_page.description_edit.toPlainText() == ""
    qtbot.waitUntil(
        lambda: "Home is no longer chaotic" in [o.description for o in dialog.view.outcomes],
        timeout=5000,
    )
    assert dialog.action_page.outcome_combo.findData(saved.args[0].value.id) > 0


def test_the_outline_plan_is_made_detailed(qtbot, workspace) -> None:
    dialog = workspace.open_plan_dialog("outcome")
    qtbot.addWidget(dialog)
    assert dialog.view.plan.stage is PlanStage.OUTLINE
    assert dialog.make_detailed_button.isVisibleTo(dialog)
    with qtbot.waitSignal(dialog.sig_saved, timeout=5000) as saved:
        dialog.make_detailed_button.click()
    assert saved.args[0].stage is PlanStage.DETAILED
    qtbot.waitUntil(lambda: not dialog.make_detailed_button.isVisibleTo(dialog), timeout=5000)
    qtbot.waitUntil(lambda: "detailed" in workspace.ui.plan_label.text(), timeout=5000)


def test_contingency_and_seeing_the_child_are_saved_together(qtbot, workspace, demo_app) -> None:
    from lpdesk.domain import Plan

    dialog = workspace.open_plan_dialog("text")
    qtbot.addWidget(dialog)
    page = dialog.text_page
    page.contingency_edit.clear()
    type_text(page.contingency_edit, "If the home is unsafe, a strategy discussion that day")
    page.seen_edit.clear()
    type_text(page.seen_edit, "Seen alone at school every fortnight")
    with qtbot.waitSignal(dialog.sig_saved, timeout=5000):
        dialog.save()
    with demo_app.store.unit_of_work() as uow:
        plan = uow.repo(Plan).find(id=dialog.view.plan.id)[0]
    assert plan.contingency == "If the home is unsafe, a strategy discussion that day"
    assert plan.seen_arrangements == "Seen alone at school every fortnight"
    qtbot.waitUntil(lambda: "strategy discussion" in workspace.ui.plan_label.text(), timeout=5000)
    qtbot.waitUntil(lambda: dialog.view.plan.seen_arrangements == plan.seen_arrangements)
    dialog.save()  # nothing changed since: said so, nothing sent
    assert dialog.error_label_widget.isVisibleTo(dialog)


def test_a_girfec_outcome_needs_its_shanarri_indicator(qtbot, runner, demo_app) -> None:
    from lpdesk.domain import Case
    from lpdesk.gui.case.case_loader import load_case
    from lpdesk.gui.case.plan_dialog import PlanDialog
    from lpdesk.gui.shell.session import GuiSession

    session = GuiSession(
        ctx=demo_app.context(demo_app.actor("daniel.kowalczyk")),  # the team manager
        profiles=demo_app.profiles,
        forms=demo_app.forms,
        data_dir=demo_app.data_dir,
        close=lambda: None,
    )
    with demo_app.store.unit_of_work() as uow:
        case = uow.repo(Case).find(reference="GM-2026-0033")[0]
    snapshot = load_case(session, case.id)
    dialog = PlanDialog(runner, session, snapshot.overview, snapshot.plan, "outcome")
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.outcome_page
    assert "SHANARRI" in page.indicator_hint_label.text()
    type_text(page.description_edit, "Aila feels safe at home")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error_label_widget.isVisibleTo(dialog), timeout=5000)
    assert page.indicator_combo.property("invalid") is True
    assert dialog.view.outcomes == snapshot.plan.outcomes

    page.indicator_combo.setCurrentIndex(page.indicator_combo.findData("safe"))
    with qtbot.waitSignal(dialog.sig_saved, timeout=5000) as saved:
        dialog.save()
    assert saved.args[0].value.indicator == "safe"
