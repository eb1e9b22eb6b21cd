"""The administrator's circulation queue on a real SQLite file holding the demo caseload: one of
the demo's circulated meetings is set back to approved (its approval still matches its content),
so the queue has an overdue meeting to check and pack."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from lpdesk.domain import Channel, Meeting, MeetingStatus, Membership, Person, UserRole
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


def _write_summaries(demo_app, meeting: Meeting) -> None:  # type: ignore[no-untyped-def]
    """The lead professional has written the excluded parent's summary (the administrator
    circulates; they do not write narrative)."""
    from lpdesk.services.circulation import write_excluded_summary

    lp = demo_app.context(demo_app.actor())
    with demo_app.store.unit_of_work() as uow:
        excluded = uow.repo(Membership).find(case_id=meeting.case_id, excluded=True)
    for member in excluded:
        write_excluded_summary(
            lp,
            meeting_id=meeting.id,
            person_id=member.person_id,
            text="The core group met and agreed that the plan continues.",
        )


@pytest.mark.slow
def test_mixed_channel_pack_passwords_given_and_the_meeting_leaves_the_queue_when_all_reached(
    qtbot, admin_view, demo_app, tmp_path, approved_meeting
) -> None:
    _write_summaries(demo_app, approved_meeting)
    with qtbot.waitSignal(admin_view.sig_loaded, timeout=10000):
        admin_view.refresh()
    assert admin_view.mode_combo.currentData() == "own"
    dialog = _check(qtbot, admin_view, tmp_path / "packs")
    with qtbot.waitSignal(admin_view.sig_batch_done, timeout=60000) as done:
        dialog.confirm_button.click()
        qtbot.waitUntil(lambda: admin_view.cancel_button.isEnabled(), timeout=5000)
    outcome = done.args[0]
    assert outcome.failures == () and len(outcome.packs) == 1, admin_view.status_label.text()
    pack = outcome.packs[0]
    assert approved_meeting.held_on.strftime("%-d %b %Y") in admin_view.status_label.text()
    assert "pack ready" in admin_view.status_label.text()
    channels = {i.person_id: i.channel for i in pack.items}
    assert {Channel.EMAIL, Channel.POST} <= set(channels.values()), channels
    names = [p.name for p in pack.files]
    assert any(n.endswith(".eml") for n in names) and any(n.endswith("_post.pdf") for n in names)
    # drafts and printed post are only prepared: the meeting stays in the queue, with who is
    # still to be reached and how
    assert _meeting(demo_app, approved_meeting.id).status is MeetingStatus.APPROVED
    qtbot.waitUntil(lambda: admin_view.model.rowCount() == 1, timeout=10000)
    entry = admin_view.model.row_at(0)
    assert {w.person_id for w in entry.waiting} == set(channels)
    waiting_text = admin_view.proxy.index(0, 4).data()
    assert "post" in waiting_text and "email" in waiting_text

    # the password list: by name and phone, the password on demand, ticked given
    admin_view.queue_table.selectRow(0)
    passwords = admin_view.open_passwords()
    qtbot.waitUntil(lambda: passwords.table.rowCount() == len(channels), timeout=10000)
    check_labelled(passwords, passwords.windowTitle())
    printed = pack.password_list_path.read_text(encoding="utf-8")
    with demo_app.store.unit_of_work() as uow:
        people = {p.id: p for p in uow.repo(Person).find(id=sorted(channels))}
    for person_id in channels:
        passwords.choose(person_id)
        row = passwords.table.currentRow()
        assert passwords.table.item(row, 0).text() == people[person_id].name
        with qtbot.waitSignal(passwords.sig_loaded, timeout=10000):
            passwords.show_button.click()
        shown = passwords.password_shown(person_id)
        line = next(x for x in printed.splitlines() if people[person_id].name in x)
        assert f"password {shown}" in line  # the printed list matches the screen
        with qtbot.waitSignal(passwords.sig_loaded, timeout=10000):
            passwords.given_button.click()
        given = passwords.table.item(passwords.table.currentRow(), 4).text()
        assert "Given by " + ADMIN in given
    assert "person " not in printed
    passwords.reject()

    # the distribution record: mark the drafts sent; still in the queue until the post is posted
    admin_view.queue_table.selectRow(0)
    record = admin_view.open_record()
    qtbot.waitUntil(lambda: record.record is not None, timeout=10000)
    check_labelled(record, record.windowTitle())
    assert "Still to be reached" in record.summary_label.text()
    shas = {record.table.item(r, 6).text() for r in range(record.table.rowCount())}
    assert {i.sha256 for i in pack.items} <= shas
    emailed = [p for p, c in channels.items() if c is Channel.EMAIL]
    record.choose(emailed)
    with qtbot.waitSignal(record.sig_loaded, timeout=10000) as loaded:
        record.mark_button.click()
    assert not loaded.args[0].circulated
    assert _meeting(demo_app, approved_meeting.id).status is MeetingStatus.APPROVED
    with qtbot.waitSignal(admin_view.sig_loaded, timeout=10000):
        admin_view.refresh()
    assert admin_view.model.rowCount() == 1, "partly reached is not circulated"
    record.choose([p for p, c in channels.items() if c is not Channel.EMAIL])
    with qtbot.waitSignal(record.sig_loaded, timeout=10000) as loaded:
        record.mark_button.click()
    assert loaded.args[0].circulated and "Circulated on" in record.summary_label.text()
    states = {record.table.item(r, 3).text() for r in range(record.table.rowCount())}
    assert "Posted" in states and "Sent" in states
    printed_record = tmp_path / "record.pdf"
    with qtbot.waitSignal(record.sig_printed, timeout=20000):
        record.print_to(printed_record)
    assert printed_record.read_bytes().startswith(b"%PDF-")
    record.reject()
    assert _meeting(demo_app, approved_meeting.id).status is MeetingStatus.CIRCULATED
    qtbot.waitUntil(lambda: admin_view.model.rowCount() == 0, timeout=10000)


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
            admin_view.passwords_button,
            admin_view.record_button,
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


def test_enter_on_a_queued_meeting_opens_its_distribution_record(qtbot, admin_view) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from lpdesk.gui.admin.distribution_dialog import DistributionDialog

    admin_view.show()
    admin_view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is admin_view, timeout=3000)
    table = admin_view.queue_table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in admin_view.findChildren(DistributionDialog)),
        timeout=5000,
    )
    dialogs = [d for d in admin_view.findChildren(DistributionDialog) if d.isVisible()]
    assert len(dialogs) == 1  # opened once
    dialogs[0].reject()
