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
