"""The main window end to end on a real SQLite file holding the demo caseload."""

from __future__ import annotations

import json
import subprocess
import sys
import threading

from PySide6.QtCore import QPoint, QSettings, Qt

from lpdesk.gui.caseload.caseload_model import CaseloadColumn
from lpdesk.gui.shell.main import create_application, start_main_window
from lpdesk.services.due import caseload


def test_the_demo_caseload_is_shown(main_window, demo_app) -> None:
    ctx = demo_app.context(demo_app.actor())
    expected = caseload(ctx, profiles=demo_app.profiles, lp_person_id=ctx.actor.person_id)
    model = main_window.caseload_view.model
    assert expected, "the demo gives the first lead professional some cases"
    assert model.rowCount() == len(expected)
    shown = {model.index(r, CaseloadColumn.REFERENCE).data() for r in range(model.rowCount())}
    assert shown == {row.reference for row in expected}
    assert main_window.ui.page_stack.currentWidget() is main_window.caseload_view
    assert ctx.actor.username in main_window.ui.user_label.text()


def test_the_whole_team_is_one_choice_away(qtbot, main_window, demo_app) -> None:
    view = main_window.caseload_view
    with qtbot.waitSignal(view.sig_loaded, timeout=5000) as blocker:
        view.scope_combo.setCurrentIndex(1)
    team = caseload(demo_app.context(demo_app.actor()), profiles=demo_app.profiles)
    assert blocker.args == [len(team)]
    assert len(team) > view.proxy.rowCount() - 1 >= 0
    view.filter_edit.setText(team[0].reference)
    assert view.proxy.rowCount() == 1


def test_the_due_page_lists_overdue_first(qtbot, main_window) -> None:
    view = main_window.due_view
    main_window.ui.nav_list.setCurrentRow(1)
    assert main_window.ui.page_stack.currentWidget() is view
    if view.model.rowCount() == 0:
        with qtbot.waitSignal(view.sig_loaded, timeout=5000):
            pass
    view.status_combo.setCurrentIndex(2)  # everything
    statuses = [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]
    ranks = [{"Overdue": 0, "Due soon": 1, "On track": 2}[s] for s in statuses]
    assert ranks == sorted(ranks) and ranks


def test_the_window_is_up_and_responsive_before_the_database_opens(
    qtbot, settings, session_factory
) -> None:
    create_application()
    release = threading.Event()
    opened_on: list[str] = []

    def slow_factory():  # type: ignore[no-untyped-def]
        opened_on.append(threading.current_thread().name)
        release.wait(5)
        return session_factory()

    window = start_main_window(slow_factory, settings=settings)
    qtbot.addWidget(window)
    assert window.isVisible()
    window.ui.nav_list.setCurrentRow(2)  # the UI thread is free while the factory blocks
    assert window.ui.page_stack.currentWidget() is window.meetings_view
    qtbot.waitUntil(lambda: bool(opened_on), timeout=3000)
    assert opened_on[0].startswith("lpdesk-db")
    with qtbot.waitSignal(window.sig_session_ready, timeout=5000):
        release.set()
    window.close()


def test_geometry_and_splitter_are_restored_from_qsettings(
    qtbot, tmp_path, session_factory
) -> None:
    create_application()
    path = str(tmp_path / "geometry.ini")
    first = start_main_window(session_factory, settings=QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(first)
    first.resize(760, 540)
    first.move(QPoint(40, 30))
    first.ui.main_splitter.setSizes([260, 500])
    sizes = first.ui.main_splitter.sizes()
    first.close()

    second = start_main_window(
        session_factory, settings=QSettings(path, QSettings.Format.IniFormat)
    )
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (760, 540)
    assert second.ui.main_splitter.sizes()[0] == sizes[0]
    second.close()


def test_double_click_opens_the_case_workspace(qtbot, main_window) -> None:
    view = main_window.caseload_view
    index = view.proxy.index(0, CaseloadColumn.REFERENCE)
    reference = index.data()
    view.table_view.scrollTo(index)
    rect = view.table_view.visualRect(index)
    qtbot.mouseClick(view.table_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    workspace = main_window.ui.page_stack.currentWidget()
    assert workspace in main_window.workspaces.values()
    assert reference in main_window.ui.nav_list.currentItem().text()


def test_the_case_workspace_is_not_imported_at_start_up() -> None:
    probe = (
        "import sys, lpdesk.gui.shell.main; print('lpdesk.gui.case.case_workspace' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"  # imported when the first case is opened (above)


def test_pages_not_on_the_first_screen_are_not_imported_at_start_up() -> None:
    """Only the caseload is built with the window; the other pages, and the services behind them,
    are imported when first used or once the first screen is filled."""
    from lpdesk.gui.shell.main_window import PAGES

    later = sorted({module for name, module, *_ in PAGES if name != "caseload_view"})
    probe = (
        "import sys, json, lpdesk.gui.shell.main\n"
        f"print(json.dumps([m for m in {later!r} if m in sys.modules]))\n"
        "print(json.dumps([m for m in ('lpdesk.services.compliance_report', "
        "'lpdesk.services.circulation', 'lpdesk.documents', 'sqlalchemy') if m in sys.modules]))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    pages, services = (json.loads(line) for line in done.stdout.splitlines())
    assert len(later) == 7
    assert pages == []
    assert services == []


def test_every_page_is_built_once_the_first_screen_is_filled(
    qtbot, settings, session_factory
) -> None:
    """The pages not built with the window follow the first screen, each bound to the session,
    and a page reached before then is built on the spot."""
    from lpdesk.gui.shell.main_window import PAGES

    create_application()
    window = start_main_window(session_factory, settings=settings)
    qtbot.addWidget(window)
    assert set(window._built) == {"caseload_view"}
    with qtbot.waitSignal(window.caseload_view.sig_loaded, timeout=10000):
        pass
    qtbot.waitUntil(lambda: len(window._built) == len(PAGES), timeout=10000)
    for row, page in enumerate(window.pages):
        assert page.session is window.session
        assert window.ui.page_stack.indexOf(page) >= 0
        assert window.ui.nav_list.item(row).text()
    window.ui.nav_list.setCurrentRow(1)
    assert window.ui.page_stack.currentWidget() is window.due_view


def test_the_pdf_fonts_are_registered_on_the_work_lane_once_a_case_is_opened(
    qtbot, settings, session_factory, monkeypatch
) -> None:
    """Not at start-up (a session that never renders does not pay ~60 MB, and the first screen is
    not delayed); once, off the UI thread, when the first case opens, before any pack or preview."""
    from lpdesk.documents import fonts

    registered_on: list[str] = []
    real = fonts.register_fonts

    def recording() -> object:
        registered_on.append(threading.current_thread().name)
        return real()

    monkeypatch.setattr(fonts, "register_fonts", recording)
    create_application()
    window = start_main_window(session_factory, settings=settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.caseload_view.sig_loaded, timeout=10000):
        pass
    qtbot.wait(200)
    assert not registered_on, "the caseload alone does not load the PDF fonts"
    row = window.caseload_view.model.row_at(0)
    window.open_case(row.case_id, row.reference)
    qtbot.waitUntil(lambda: bool(registered_on), timeout=5000)
    assert registered_on[0].startswith("lpdesk-work")
    window.close_case(row.case_id)
    window.open_case(row.case_id, row.reference)  # once per session
    qtbot.wait(200)
    assert len(registered_on) == 1
    window.close()


def test_role_pages_are_in_the_navigation_for_the_roles_they_serve(main_window) -> None:
    """The demo's first user is a lead professional: the administrator's circulation queue is
    theirs too (they circulate their own cases); the chair's and the manager's pages are hidden."""
    nav = main_window.ui.nav_list
    row_of = {page: main_window.pages.index(page) for page in main_window.pages}
    assert nav.item(row_of[main_window.admin_view]).text() == main_window.admin_view.windowTitle()
    assert not nav.item(row_of[main_window.admin_view]).isHidden()
    assert nav.item(row_of[main_window.chair_view]).isHidden()
    assert nav.item(row_of[main_window.manager_view]).isHidden()
    nav.setCurrentRow(row_of[main_window.admin_view])
    assert main_window.ui.page_stack.currentWidget() is main_window.admin_view


def test_settings_open_from_the_menu(qtbot, main_window) -> None:
    assert main_window.settings_action.shortcut().toString()  # reachable from the keyboard
    dialog = main_window.open_settings()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.windowTitle()
    dialog.close()
