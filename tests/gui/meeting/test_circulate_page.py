"""Circulating with mixed channels from the meeting wizard, on a real SQLite file holding the demo
caseload: the lead professional opens approved minutes, writes the excluded father's summary and
sees the letter exactly as it will be sent, produces one pack for everyone on their own channel,
sees who is still to be reached, marks the drafts sent and the hand and post packs handed and
posted, and sees the meeting become circulated."""

from __future__ import annotations

from dataclasses import replace

import pytest

from lpdesk.domain import Channel, DistributionState, Meeting, MeetingStatus
from lpdesk.gui.meeting.meeting_wizard import CIRCULATE
from lpdesk.gui.shell.tables import ROW_DATA
from tests.gui.helpers import type_text
from tests.gui.test_dialogs import check_labelled

pytestmark = pytest.mark.slow


def _stored(demo_app, meeting_id: int) -> Meeting:  # type: ignore[no-untyped-def]
    with demo_app.store.unit_of_work() as uow:
        return uow.repo(Meeting).get(meeting_id)


@pytest.fixture
def approved(demo_app) -> Meeting:  # type: ignore[no-untyped-def]
    """The demo's first case's circulated meeting, back to approved and not yet circulated."""
    with demo_app.store.unit_of_work() as uow:
        first = min(
            (m for m in uow.repo(Meeting).find() if m.status is MeetingStatus.CIRCULATED),
            key=lambda m: (m.case_id, m.id),
        )
        return uow.repo(Meeting).update(
            replace(first, status=MeetingStatus.APPROVED, circulated_on=None)
        )


def _open(qtbot, main_window, approved):  # type: ignore[no-untyped-def]
    model = main_window.caseload_view.model
    rows = [model.row_at(i) for i in range(model.rowCount())]
    row = next(r for r in rows if r.case_id == approved.case_id)
    ws = main_window.open_case(row.case_id, row.reference)
    qtbot.waitUntil(lambda: ws.snapshot is not None, timeout=5000)
    table = ws.ui.meetings_table
    index = next(
        r
        for r in range(table.rowCount())
        if getattr(table.item(r, 0).data(ROW_DATA), "id", None) == approved.id
    )
    table.selectRow(index)
    wizard = ws.open_selected_meeting()
    qtbot.addWidget(wizard)
    page = wizard.circulate_page
    with qtbot.waitSignal(page.sig_previewed, timeout=15000):
        wizard.next()
    assert wizard.currentId() == CIRCULATE
    return wizard, page


def _row_of(page, text: str) -> int:  # type: ignore[no-untyped-def]
    return next(
        r
        for r in range(page.preview_table.rowCount())
        if text in (page.preview_table.item(r, 6).text() + page.preview_table.item(r, 0).text())
    )


def _reload(qtbot, page, action):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.sig_status, timeout=15000) as loaded:
        action()
    return loaded.args[0]


def test_circulate_with_mixed_channels_until_every_recipient_is_reached(
    qtbot, main_window, demo_app, approved, tmp_path
) -> None:
    wizard, page = _open(qtbot, main_window, approved)
    check_labelled(page, page.title())
    assert not page.language_combo.isVisibleTo(page)  # an English profile: no language to choose
    check = page.check
    assert check is not None
    shown = " ".join(
        page.preview_table.item(r, c).text()
        for r in range(page.preview_table.rowCount())
        for c in range(7)
    )
    assert "person " not in shown and "_" not in shown  # words, not identifiers
    # the excluded father: blocked until his summary is written, in its own field
    father = next(r for r in check.recipients if r.excluded)
    assert "no summary has been written" in " ".join(father.problems)
    assert father.name in page.status_label.text()
    page.choose([father.person_id])
    assert page.summary_edit.isVisibleTo(page) and page.summary_edit.toPlainText() == ""
    written = "The core group met and agreed the plan continues. Attendance at school is better."
    type_text(page.summary_edit, written)
    _reload(qtbot, page, page.save_summary_button.click)
    page.choose([father.person_id])
    assert written in page.letter_view.toPlainText()  # exactly as it will be sent
    assert page.letter_view.isVisibleTo(page) and page.letter_view.isReadOnly()
    channels = {r.person_id: r.channel for r in page.check.recipients}
    assert {Channel.EMAIL, Channel.POST, Channel.HAND} <= set(channels.values())

    # one action produces what everyone needs on their own channel
    assert page.mode_combo.currentData() == "own"
    page.folder_edit.setText(str(tmp_path / "pack"))
    with qtbot.waitSignal(page.sig_pack_done, timeout=90000):
        page.produce_button.click()
    qtbot.waitUntil(lambda: "Still to be reached" in page.status_label.text(), timeout=15000)
    files = sorted(p.name for p in (tmp_path / "pack").iterdir())
    assert any(n.endswith(".eml") for n in files)
    assert any(n.endswith("_post.pdf") for n in files) and any("hand" in n for n in files)
    assert _stored(demo_app, approved.id).status is MeetingStatus.APPROVED  # drafts: not sent
    for person_id in channels:
        row = next(r for r in page.check.recipients if r.person_id == person_id)
        assert row.name in page.status_label.text()
    assert "Prepared, not yet sent" in page.preview_table.item(0, 5).text()

    # the drafts are sent: still the post and hand packs to go
    emailed = [p for p, c in channels.items() if c is Channel.EMAIL]
    page.choose(emailed)
    record = _reload(qtbot, page, page.mark_button.click)
    assert not record.circulated
    assert {r.channel for r in record.waiting} == {Channel.POST, Channel.HAND}
    assert "Still to be reached" in page.status_label.text()
    assert _stored(demo_app, approved.id).status is MeetingStatus.APPROVED
    sent = page.preview_table.item(_row_of(page, record.recipients[0].name), 5).text()
    assert sent in ("Sent", "Posted", "Handed over", "Prepared, not yet sent")

    # the post pack posted and the hand pack handed: circulated
    page.choose([p for p, c in channels.items() if c is not Channel.EMAIL])
    record = _reload(qtbot, page, page.mark_button.click)
    assert record.circulated
    assert "Circulated on" in page.status_label.text()
    stored = _stored(demo_app, approved.id)
    assert stored.status is MeetingStatus.CIRCULATED and stored.circulated_on is not None
    states = {r.person_id: r.state for r in record.recipients}
    assert {states[p] for p in emailed} == {DistributionState.SENT}
    assert DistributionState.POSTED in states.values()
    assert DistributionState.HANDED in states.values()
    wizard.close()


def test_a_welsh_case_chooses_the_language_of_its_pack(
    qtbot, main_window, demo_app, approved, tmp_path
) -> None:
    """On a Welsh profile the page offers the pack in Welsh, English or both (both first, as the
    profile's default) and the pack is made in the language chosen; on an English case there is
    no choice to make."""
    from lpdesk.domain import Case

    with demo_app.store.unit_of_work() as uow:
        case = uow.repo(Case).get(approved.case_id)
        uow.repo(Case).update(replace(case, profile_id="wales_cp"))
    wizard, page = _open(qtbot, main_window, approved)
    combo = page.language_combo
    assert combo.isVisibleTo(page) and page.language_label.buddy() is combo
    assert sorted(combo.itemData(i) for i in range(combo.count())) == ["both", "cy", "en"]
    assert combo.currentData() == "both"
    father = next(r for r in page.check.recipients if r.excluded)
    page.choose([father.person_id])
    type_text(page.summary_edit, "Daeth y grŵp craidd at ei gilydd a chytuno ar y cynllun.")
    _reload(qtbot, page, page.save_summary_button.click)
    combo.setCurrentIndex(combo.findData("cy"))
    page.folder_edit.setText(str(tmp_path / "pack"))
    with qtbot.waitSignal(page.sig_pack_done, timeout=90000) as done:
        page.produce_button.click()
    listing = done.args[0].password_list_path.read_text(encoding="utf-8")
    assert "Cyfrineiriau ar gyfer pecyn dosbarthu" in listing
    assert "Passwords for the circulation pack" not in listing  # Welsh only, as chosen
    wizard.close()
