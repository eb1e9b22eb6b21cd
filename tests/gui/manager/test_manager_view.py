"""The team manager's oversight page on a real SQLite file holding the demo caseload."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QSettings, Qt

from lpdesk.domain import Forbidden, UserRole
from lpdesk.gui.manager.manager_view import ManagerView
from lpdesk.gui.shell.session import GuiSession
from lpdesk.services.context import FixedClock
from lpdesk.services.oversight import caseload_counts, team_actions, unallocated_cases


def _session(demo_app, username: str, today: date | None = None) -> GuiSession:  # type: ignore[no-untyped-def]
    ctx = demo_app.context(demo_app.actor(username))
    if today is not None:  # the clock is the one thing tests may fake
        ctx = replace(ctx, clock=FixedClock(datetime.combine(today, time(9))))
    return GuiSession(
        ctx=ctx,
        profiles=demo_app.profiles,
        forms=demo_app.forms,
        data_dir=demo_app.data_dir,
        close=lambda: None,
    )


@pytest.fixture
def manager_view(qtbot, runner, demo_app, settings):  # type: ignore[no-untyped-def]
    view = ManagerView(runner, settings=settings)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.sig_loaded, timeout=10000):
        view.bind(_session(demo_app, "daniel.kowalczyk"))
    return view


def test_the_three_lists_come_from_the_demo(manager_view, demo_app) -> None:
    ctx = demo_app.context(demo_app.actor("daniel.kowalczyk"))
    actions = team_actions(ctx)
    loads = caseload_counts(ctx, profiles=demo_app.profiles)
    unallocated = unallocated_cases(ctx)
    assert actions and loads, "the demo gives the team actions and workers"
    assert manager_view.actions_model.rowCount() == len(actions)
    assert manager_view.loads_model.rowCount() == len(loads)
    assert manager_view.unallocated_model.rowCount() == len(unallocated)
    shown = {manager_view.loads_model.index(r, 0).data() for r in range(len(loads))}
    assert shown == {w.name for w in loads}


def test_overdue_actions_come_first_on_screen(qtbot, runner, demo_app, settings) -> None:
    view = ManagerView(runner, settings=settings)
    qtbot.addWidget(view)
    later = date(2026, 12, 31)  # some of the demo's open actions are past their date by then
    with qtbot.waitSignal(view.sig_loaded, timeout=10000):
        view.bind(_session(demo_app, "daniel.kowalczyk", later))
    proxy = view.actions_table.model()
    statuses = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    overdue = [s == "Overdue" for s in statuses]
    assert any(overdue), "the demo has overdue actions"
    assert not all(overdue), "and some that are not"
    assert overdue == sorted(overdue, reverse=True)
    headers = [proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(proxy.columnCount())]
    assert headers[:6] == ["Status", "Case", "What", "Who", "Due", "Done"]


def test_filter_narrows_the_actions(manager_view) -> None:
    proxy = manager_view.actions_table.model()
    reference = proxy.index(0, 1).data()
    manager_view.filter_edit.setText(reference)
    assert proxy.rowCount() > 0 and all(
        proxy.index(r, 1).data() == reference for r in range(proxy.rowCount())
    )


def test_splitter_and_columns_are_kept_in_qsettings(qtbot, runner, tmp_path) -> None:
    path = str(tmp_path / "state.ini")
    first = ManagerView(runner, settings=QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(first)
    first.resize(900, 700)
    first.show()
    first.main_splitter.setSizes([200, 400])
    first.actions_table.setColumnWidth(2, 333)
    first.save_state()
    first.settings.sync()
    second = ManagerView(runner, settings=QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(second)
    assert second.actions_table.columnWidth(2) == 333
    assert second.main_splitter.saveState() == first.main_splitter.saveState()


def test_a_lead_professional_is_told_whom_the_page_is_for(
    qtbot, runner, demo_app, settings
) -> None:
    view = ManagerView(runner, settings=settings)
    qtbot.addWidget(view)
    failures: list[BaseException] = []
    view.report_error = failures.append  # type: ignore[method-assign]
    view.bind(_session(demo_app, "aisha.rahman"))
    assert "team managers" in view.hint_label.text()
    assert not view.refresh_button.isEnabled() and runner.pending == 0 and not failures
    assert not ManagerView.is_available(UserRole.LEAD_PROFESSIONAL)
    assert ManagerView.is_available(UserRole.QA_MANAGER)
    with pytest.raises(Forbidden):  # and the service refuses it in any case
        team_actions(demo_app.context(demo_app.actor("aisha.rahman")))


def test_completed_actions_come_last_and_rows_open_by_enter(qtbot, runner, demo_app, settings):
    view = ManagerView(runner, settings=settings)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.sig_loaded, timeout=10000):
        view.bind(_session(demo_app, "daniel.kowalczyk", date(2026, 12, 31)))
    proxy = view.actions_table.model()
    rows = [
        view.actions_model.row_at(proxy.mapToSource(proxy.index(r, 0)).row())
        for r in range(proxy.rowCount())
    ]
    ranks = [r.rank for r in rows]
    assert ranks == sorted(ranks) and 0 in ranks and 1 in ranks
    statuses = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert all("_" not in s for s in statuses)
    view.show()
    view.actions_table.setFocus()
    view.actions_table.setCurrentIndex(proxy.index(0, 1))
    with qtbot.waitSignal(view.sig_open_case, timeout=2000) as opened:
        qtbot.keyClick(view.actions_table, Qt.Key.Key_Return)
    assert opened.args == [rows[0].case_id, rows[0].case_reference]


def test_actions_filter_by_worker_agency_and_case(manager_view) -> None:
    rows = manager_view.actions_model.rows
    proxy = manager_view.actions_table.model()

    def shown():  # type: ignore[no-untyped-def]
        return [
            manager_view.actions_model.row_at(proxy.mapToSource(proxy.index(r, 0)).row())
            for r in range(proxy.rowCount())
        ]

    worker = next(r.who for r in rows if r.who)
    combo = manager_view.worker_combo
    combo.setCurrentIndex(combo.findData(worker))
    assert shown() and all(worker in (r.who, r.lead_professional) for r in shown())
    combo.setCurrentIndex(0)
    agency = next(r.agency for r in rows if r.agency)
    manager_view.agency_combo.setCurrentIndex(manager_view.agency_combo.findData(agency))
    assert shown() and all(r.agency == agency for r in shown())
    assert len(shown()) < len(rows)
    manager_view.agency_combo.setCurrentIndex(0)
    case = rows[-1].case_reference
    manager_view.case_combo.setCurrentIndex(manager_view.case_combo.findData(case))
    assert shown() and {r.case_reference for r in shown()} == {case}


def test_an_unallocated_case_is_allocated_from_the_view(qtbot, runner, demo_app, settings):
    from lpdesk.services.cases import case_overview, create_case

    manager = demo_app.context(demo_app.actor("daniel.kowalczyk"))
    case = create_case(
        manager,
        reference="CP-2026-0999",
        profile_id="england_cp",
        team="North",
        opened_on=manager.clock.today(),
    )
    view = ManagerView(runner, settings=settings)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.sig_loaded, timeout=10000):
        view.bind(_session(demo_app, "daniel.kowalczyk"))
    refs = [c.reference for c in view.unallocated_model.rows]
    assert "CP-2026-0999" in refs
    proxy = view.unallocated_table.model()
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == "CP-2026-0999")
    view.unallocated_table.setCurrentIndex(proxy.index(row, 0))
    with qtbot.waitSignal(view.sig_allocate_opened, timeout=10000) as opened:
        view.allocate_button.click()
    dialog = opened.args[0]
    texts = [dialog.workers_list.item(i).text() for i in range(dialog.workers_list.count())]
    assert any(t.startswith("Aisha Rahman: ") and " of " in t for t in texts)
    # an Early Help worker is listed but may not lead a child protection case
    assert all(
        dialog.workers_list.item(i).flags() & Qt.ItemFlag.ItemIsEnabled
        or "qualified social worker" in texts[i]
        for i in range(len(texts))
    )
    dialog.select("Chloé Dubois")
    with qtbot.waitSignal(view.sig_loaded, timeout=10000):
        dialog.allocate_button.click()
    assert "CP-2026-0999" not in [c.reference for c in view.unallocated_model.rows]
    lead = case_overview(manager, case_id=case.id).lead
    assert lead is not None and lead.name == "Chloé Dubois"


def test_protected_time_shows_over_allocation(qtbot, manager_view, demo_app) -> None:
    loads = manager_view.loads_model.rows
    worker = max(loads, key=lambda w: w.weight)
    proxy = manager_view.loads_table.model()
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == worker.name)
    manager_view.loads_table.setCurrentIndex(proxy.index(row, 0))
    with qtbot.waitSignal(manager_view.sig_loaded, timeout=10000):
        manager_view.edit_protected_time(90)
    after = next(w for w in manager_view.loads_model.rows if w.person_id == worker.person_id)
    assert after.protected_percent == 90 and after.capacity < worker.capacity
    assert after.over_allocated
    assert "over-allocated" in manager_view.hint_label.text()


def test_court_work_on_a_case_weighs_more(qtbot, manager_view) -> None:
    assert not manager_view.court_check.isEnabled()  # no case chosen
    row = manager_view.actions_model.rows[0]
    before = {w.name: w.weight for w in manager_view.loads_model.rows}
    combo = manager_view.case_combo
    combo.setCurrentIndex(combo.findData(row.case_reference))
    assert manager_view.court_check.isEnabled() and not manager_view.court_check.isChecked()
    with qtbot.waitSignal(manager_view.sig_loaded, timeout=10000):
        manager_view.court_check.click()
    assert manager_view.court_check.isChecked()  # kept through the reload
    after = {w.name: w.weight for w in manager_view.loads_model.rows}
    assert after[row.lead_professional] == before[row.lead_professional] + 1.0
