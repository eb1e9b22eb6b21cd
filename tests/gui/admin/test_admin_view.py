"""The administrator's circulation queue on a real SQLite file holding the demo caseload: one of
the demo's circulated meetings is set back to approved (its approval still matches its content),
so the queue has an overdue meeting to check and pack."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from lpdesk.domain import Meeting, MeetingStatus, UserRole
from lpdesk.gui.admin.admin_view import AdminView
from lpdesk.gui.shell.session import GuiSession
from tests.gui.chair.test_chair_view import in_tab_order
from tests.gui.test_dialogs import check_labelled

ADMIN = "beatriz.santos"


def _session(demo_app, username: str = ADMIN) -> GuiSession:  # type: ignore[no-untyped-def]
    return GuiSession(
        ctx=demo_app.context(demo_app.actor(username)),
        profiles=demo_app.profiles,
        forms=demo_app.forms,
        data_dir=demo_app.data_dir,
        close=lambda: None,
    )


def _meeting(demo_app, meeting_id: int) -> Meeting:  # type: ignore[no-untyped-def]
    with demo_app.store.unit_of_work() as uow:
        return uow.repo(Meeting).get(meeting_id)


@pytest.fixture
def approved_meeting(demo_app) -> Meeting:  # type: ignore[no-untyped-def]
    """The latest circulated demo meeting (its case has a parent excluded from the core group),
    back to approved and not yet circulated."""
    with demo_app.store.unit_of_work() as uow:
        circulated = [m for m in uow.repo(Meeting).find() if m.status is MeetingStatus.CIRCULATED]
        first = max(circulated, key=lambda m: (m.held_on, m.id))
        return uow.repo(Meeting).update(
            replace(first, status=MeetingStatus.APPROVED, circulated_on=None)
        )


@pytest.fixture
def admin_view(qtbot, runner, demo_app, settings, approved_meeting):  # type: ignore[no-untyped-def]
    view = AdminView(runner, settings=settings)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    with qtbot.waitSignal(view.sig_loaded, timeout=10000):
        view.bind(_session(demo_app))
    return view


def test_the_queue_lists_approved_meetings_overdue_first(admin_view, approved_meeting) -> None:
    assert admin_view.model.rowCount() == 1
    entry = admin_view.model.row_at(0)
    assert entry.meeting_id == approved_meeting.id
    assert entry.meeting_on == approved_meeting.held_on
    assert entry.status.value == "overdue"
    shown = [admin_view.proxy.index(0, c).data() for c in range(4)]
    assert shown[0] == "Overdue" and shown[1] == entry.case_reference
    assert not admin_view.produce_button.isEnabled()  # nothing chosen yet


def _check(qtbot, view, folder: Path):  # type: ignore[no-untyped-def]
    view.folder_edit.setText(str(folder))
    view.select_all_button.click()
    with qtbot.waitSignal(view.sig_checked, timeout=10000) as checked:
        view.produce_button.click()
    return checked.args[0]


def test_the_final_check_shows_every_recipient_and_highlights_problems(
    qtbot, admin_view, tmp_path
) -> None:
    dialog = _check(qtbot, admin_view, tmp_path / "packs")
    model = dialog.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "Case",
        "Recipient",
        "Role",
        "Organisation",
        "How",
        "Documents",
        "Removed",
        "Problems",
    ]
    rows = model.rows
    assert len(rows) >= 3
    assert all(r.documents for r in rows) and any("Minutes (PDF)" in r.documents for r in rows)
    assert any("removed" in r.redactions for r in rows)
    blocked = [i for i, r in enumerate(rows) if r.problems]
    assert blocked, "the demo has a recipient who cannot be sent to yet"
    assert model.index(blocked[0], 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    clear = next(i for i, r in enumerate(rows) if not r.problems)
    assert model.index(clear, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    check_labelled(dialog, dialog.windowTitle())
    dialog.reject()
    assert not (tmp_path / "packs").exists()


@pytest.mark.slow
def test_confirmed_batch_writes_eml_packs_and_the_queue_empties(
    qtbot, admin_view, demo_app, tmp_path, approved_meeting
) -> None:
    dialog = _check(qtbot, admin_view, tmp_path / "packs")
    with qtbot.waitSignal(admin_view.sig_batch_done, timeout=30000) as done:
        dialog.confirm_button.click()
        qtbot.waitUntil(lambda: admin_view.cancel_button.isEnabled(), timeout=5000)
    outcome = done.args[0]
    assert outcome.failures == () and len(outcome.packs) == 1
    folder = outcome.packs[0].out_dir
    assert folder.parent == (tmp_path / "packs").resolve()
    emls = sorted(folder.glob("*.eml"))
    assert emls and all(b"X-Unsent: 1" in p.read_bytes() for p in emls)
    assert (folder / f"{folder.name.split('-meeting-')[0]}_passwords.txt").exists()
    assert _meeting(demo_app, approved_meeting.id).status is MeetingStatus.CIRCULATED
    qtbot.waitUntil(lambda: admin_view.model.rowCount() == 0, timeout=10000)
    assert admin_view.progress_bar.value() == admin_view.progress_bar.maximum()
    assert not admin_view.cancel_button.isEnabled()


def test_cancel_stops_the_batch_and_keeps_the_meeting_in_the_queue(
    qtbot, admin_view, demo_app, tmp_path, approved_meeting
) -> None:
    dialog = _check(qtbot, admin_view, tmp_path / "packs")
    dialog.confirm_button.click()
    assert admin_view.cancel_button.isEnabled()
    admin_view.cancel_button.click()
    qtbot.waitUntil(lambda: admin_view.task is None, timeout=30000)
    assert "Cancelled" in admin_view.status_label.text()
    assert not list((tmp_path / "packs").rglob("*.eml"))
    assert _meeting(demo_app, approved_meeting.id).status is MeetingStatus.APPROVED
    qtbot.waitUntil(lambda: admin_view.model.rowCount() == 1, timeout=10000)


def test_inputs_are_named_and_in_tab_order(admin_view) -> None:
    assert in_tab_order(
        [
            admin_view.refresh_button,
            admin_view.queue_table,
            admin_view.select_all_button,
            admin_view.mode_combo,
            admin_view.folder_edit,
            admin_view.browse_button,
            admin_view.produce_button,
            admin_view.cancel_button,
        ]
    )
    for widget in (admin_view.queue_table, admin_view.mode_combo, admin_view.folder_edit):
        assert widget.accessibleName()
    assert admin_view.windowTitle()


def test_a_quality_assurance_manager_is_not_offered_circulation(
    qtbot, runner, demo_app, settings
) -> None:
    view = AdminView(runner, settings=settings)
    qtbot.addWidget(view)
    view.bind(_session(demo_app, "ioannis.georgiou"))
    assert "does not circulate" in view.hint_label.text() and runner.pending == 0
    assert AdminView.is_available(UserRole.ADMINISTRATOR)
    assert not AdminView.is_available(UserRole.QA_MANAGER)


def test_the_page_offers_no_narrative_editing(admin_view) -> None:
    view = admin_view
    assert not view.findChildren(QPlainTextEdit) and not view.findChildren(QTextEdit)
