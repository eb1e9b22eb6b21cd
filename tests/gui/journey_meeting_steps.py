"""The meeting, report and document steps of an LP's year through the real windows, shared by each
journey's own test and the continuous walk from an empty database: convene a core group and send
the invitations, hold it, minute it, approve it and circulate it (journey 3); the report to the
review conference (8); every document on demand from the Documents tab (9)."""

from __future__ import annotations

import io
import re
import stat
import subprocess
import zipfile
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from icalendar import Calendar
from PySide6.QtCore import QDate, QObject, QTime, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from lpdesk.domain import (
    GeneratedDocument,
    Meeting,
    MeetingStatus,
    ReportStatus,
    ReviewReport,
)
from lpdesk.gui.shell.labels import fmt_date
from tests.gui.helpers import rows, type_text
from tests.gui.test_dialogs import check_labelled


def working_day(start: date) -> date:
    day = start
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def stored_meeting(app: Any, meeting_id: int) -> Meeting:
    (meeting,) = rows(app, Meeting, id=meeting_id)
    return meeting


def calendar_event(path: Path) -> tuple[str, Any]:
    cal = Calendar.from_ical(path.read_bytes())
    (event,) = cal.walk("VEVENT")
    return str(cal["METHOD"]), event


def pack_passwords(path: Path) -> dict[int, str]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("invitee"):
            parts = line.split()
            out[int(parts[1])] = parts[3]
    return out


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def document_text(path: Path) -> str:
    if path.suffix == ".pdf":
        return pdf_text(path)
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as docx:
        xml = docx.read("word/document.xml").decode("utf-8")
    return re.sub(r"<[^>]+>", " ", xml)


# -- journey 3: the meeting lifecycle --------------------------------------------------------------


def convene(
    qtbot: Any, ws: Any, day: date, *, chair_id: int, minute_taker_id: int, venue: str
) -> Any:
    """Convene through the wizard at 10:00 on ``day``: the dates proposed (each with its reason),
    the chair and minute taker from those who may on that day. The wizard, on its minute page."""
    wizard = ws.open_new_meeting()
    qtbot.addWidget(wizard)
    page = wizard.convene_page
    qtbot.waitUntil(
        lambda: page.proposals_list.count() > 0 and page.proposals_list.item(0).toolTip() != "",
        timeout=10000,
    )
    page.date_edit.setDate(QDate(day.year, day.month, day.day))
    page.time_edit.setTime(QTime(10, 0))
    qtbot.waitUntil(lambda: page.chair_combo.findData(chair_id) >= 0, timeout=10000)  # who may
    page.chair_combo.setCurrentIndex(page.chair_combo.findData(chair_id))
    page.minute_taker_combo.setCurrentIndex(page.minute_taker_combo.findData(minute_taker_id))
    type_text(page.venue_edit, venue)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.meeting is not None, timeout=10000)
    return wizard


def invitations_dialog(qtbot: Any, ws: Any) -> Any:
    """The invitations dialog the workspace offered (the newest shown)."""
    from lpdesk.gui.meeting.invitations_dialog import InvitationsDialog

    found: list[Any] = []

    def shown() -> bool:
        found[:] = [d for d in ws.findChildren(InvitationsDialog) if d.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=10000)
    return found[-1]


def send_invitations(qtbot: Any, dialog: Any, folder: Path) -> Any:
    dialog.folder_edit.setText(str(folder))
    with qtbot.waitSignal(dialog.sig_saved, timeout=30000) as saved:
        dialog.send_button.click()
    return saved.args[0]


def hold_and_minute(qtbot: Any, wizard: Any) -> None:
    """On or after the day: everyone present, the meeting held; the record completed from what
    was filled in and saved."""
    minutes = wizard.minute_page
    qtbot.waitUntil(lambda: minutes.prefill_data is not None, timeout=10000)
    minutes.attendance_editor.record_button.click()
    qtbot.waitUntil(lambda: wizard.meeting.status is MeetingStatus.HELD, timeout=10000)
    complete_minutes(qtbot, minutes)


def complete_minutes(qtbot: Any, minutes: Any) -> None:
    """Fill the record from the case's records, then what only the meeting can say."""
    minutes.apply_prefill()
    answers = minutes.editor.answers()
    answers["header"].update(purpose="Review the plan", plan_category="neglect")
    answers["voice"] = {"wishes": "Wants to stay at home with Nan"}
    answers["updated_plan"] = {
        "contingency": "Strategy discussion if contact is refused again",
        "seen_alone": "At school every two weeks",
        "seen_with_family": "Home visits every two weeks",
    }
    for row in answers.get("plan_review", {}).get("rows", []):
        row["progress"] = row.get("progress") or "Started"
    minutes.editor.set_answers(answers)
    with qtbot.waitSignal(minutes.sig_saved, timeout=6000):
        minutes.save_button.click()


def review_and_approve(qtbot: Any, wizard: Any) -> None:
    review = wizard.review_page
    with qtbot.waitSignal(review.sig_checked, timeout=10000) as checked:
        wizard.next()
    assert checked.args == [0], [f"{f.field}: {f.message}" for f in review.findings]
    with qtbot.waitSignal(review.sig_approved, timeout=10000, raising=False) as approved:
        review.approve_button.click()
    assert approved.signal_triggered, review.status_label.text()


def circulate_to_everyone(
    qtbot: Any,
    wizard: Any,
    app: Any,
    folder: Path,
    *,
    summaries: dict[int, str] | None = None,
    not_sent: dict[int, str] | None = None,
) -> Any:
    """The recipient preview; the summary for each excluded member written (``summaries``) and
    those who cannot be sent anything recorded with why (``not_sent``); one pack on each member's
    own channel; then each recipient marked reached: circulated. The distribution record."""
    circulate = wizard.circulate_page
    with qtbot.waitSignal(circulate.sig_previewed, timeout=15000) as previewed:
        wizard.next()
    assert previewed.args[0] > 0
    for person_id, text in (summaries or {}).items():
        circulate.choose([person_id])
        circulate.summary_edit.setPlainText(text)
        with qtbot.waitSignal(circulate.sig_status, timeout=15000):
            circulate.save_summary_button.click()
    for person_id, reason in (not_sent or {}).items():
        circulate.choose([person_id])
        circulate.reason_edit.setText(reason)
        circulate.not_sent_button.click()
    circulate.folder_edit.setText(str(folder))
    assert circulate.mode_combo.currentData() == "own"
    with qtbot.waitSignal(circulate.sig_pack_done, timeout=90000, raising=False) as done:
        circulate.produce_button.click()
        qtbot.waitUntil(lambda: circulate.task is None, timeout=90000)  # produced or refused
    assert done.signal_triggered, circulate.status_label.text()
    qtbot.waitUntil(lambda: "Still to be reached" in circulate.status_label.text(), timeout=15000)
    assert stored_meeting(app, wizard.meeting_id).status is MeetingStatus.APPROVED  # not yet sent
    reached = [
        r.person_id for r in circulate.check.recipients if r.person_id not in (not_sent or {})
    ]
    circulate.choose(reached)
    with qtbot.waitSignal(circulate.sig_status, timeout=15000) as loaded:
        circulate.mark_button.click()
    record = loaded.args[0]
    assert record.circulated, circulate.status_label.text()
    assert "Circulated on" in circulate.status_label.text()
    stored = stored_meeting(app, wizard.meeting_id)
    assert stored.status is MeetingStatus.CIRCULATED and stored.circulated_on is not None
    assert not record.waiting
    return record


# -- journey 8: the report to the review conference ------------------------------------------------


def _act(qtbot: Any, dialog: Any, button: Any) -> str:
    with (
        qtbot.waitSignal(dialog.sig_loaded, timeout=30000),
        qtbot.waitSignal(dialog.sig_saved, timeout=30000),
    ):
        button.click()
    for box in dialog.findChildren(QMessageBox, "saved_message"):
        box.accept()
    return str(dialog.last_message)


def stored_report(app: Any) -> ReviewReport:
    (report,) = rows(app, ReviewReport)
    return report


def review_report(
    qtbot: Any,
    ws: Any,
    app: Any,
    *,
    chair: Any,
    review_on: date,
    folder: Path,
    parents: int,
    visits: int,
) -> None:
    """Started from the records, edited, submitted to the chair in time; the chair asks for
    changes (``chair``: the chair's service context); answered and sent again; shared with the
    parents, a copy each (read back with pdftotext)."""
    from lpdesk.services.review_conference import request_changes

    today = ws.session.ctx.clock.today()
    dialog = ws.open_review_report_dialog()
    qtbot.waitUntil(lambda: dialog.start_button.isEnabled(), timeout=10000)
    check_labelled(dialog, dialog.windowTitle())
    assert fmt_date(review_on) in dialog.deadlines_label.text()
    assert not dialog.submit_button.isEnabled()

    assert "started from the records" in _act(qtbot, dialog, dialog.start_button)
    assert "The plan" in dialog.records_view.toPlainText()
    assert f"Visits: {visits} in the period" in dialog.records_view.toPlainText()
    type_text(dialog.recommendation_edit, "Eating at school; the plan should continue.")
    assert "Saved" in _act(qtbot, dialog, dialog.save_button)
    assert stored_report(app).recommendation.startswith("Eating at school")

    said = _act(qtbot, dialog, dialog.submit_button)
    assert said == f"Submitted to the conference chair on {fmt_date(today)}."  # not late
    report = stored_report(app)
    assert report.status is ReportStatus.SUBMITTED and report.submitted_on == today
    assert dialog.recommendation_edit.isReadOnly() and dialog.share_button.isEnabled()
    dialog.close()

    request_changes(chair, report_id=report.id, comments="Please add the school's attendance.")

    again = ws.open_review_report_dialog()
    qtbot.waitUntil(lambda: again.submit_button.isEnabled(), timeout=10000)
    assert "Please add the school's attendance." in again.comments_label.text()
    assert "asked for changes" in again.status_label.text()
    type_text(again.recommendation_edit, " Attendance is 94% this term.")
    _act(qtbot, again, again.submit_button)
    report = stored_report(app)
    assert report.status is ReportStatus.SUBMITTED
    assert report.recommendation.endswith("Attendance is 94% this term.")

    again.folder_edit.setText(str(folder))
    said = _act(qtbot, again, again.share_button)
    assert said.startswith(f"Shared with the parents on {fmt_date(today)}")
    assert stored_report(app).shared_with_parents_on == today
    copies = sorted(folder.iterdir())
    assert len(copies) == parents  # each parent their own copy
    for copy in copies:
        assert (copy.stat().st_mode & 0o777) == 0o600
        assert "Attendance is 94% this term." in " ".join(pdf_text(copy).split())
    assert not again.share_button.isEnabled()
    again.close()


# -- journey 9: documents on demand ----------------------------------------------------------------


class Viewer(QObject):
    """Stands in for the system's viewer: records what it was asked to open."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[Path] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(Path(url.toLocalFile()))


def stand_in_viewer() -> Iterator[Viewer]:
    """For a fixture: the system's viewer replaced while the test runs."""
    handler = Viewer()
    QDesktopServices.setUrlHandler("file", handler, "open")
    yield handler
    QDesktopServices.unsetUrlHandler("file")


def documents_on_demand(
    qtbot: Any, ws: Any, app: Any, viewer: Any, *, expected: list[str], names: list[str]
) -> list[str]:
    """Every document the case's records make, in PDF and in Word, from the Documents tab, each
    handed to the system's viewer: owner-only, in a private folder inside the data folder, no name
    in the file's name, a name in the text. ``expected``: labels offered (prefixes). The labels."""
    panel = ws.documents_panel
    ws.ui.section_tabs.setCurrentWidget(ws.ui.documents_tab)

    def offered() -> list[str]:
        return [panel.document_combo.itemText(i) for i in range(panel.document_combo.count())]

    def missing() -> list[str]:
        return [e for e in expected if not any(x.startswith(e) for x in offered())]

    try:
        qtbot.waitUntil(lambda: not missing(), timeout=10000)
    except Exception as err:  # TimeoutError
        raise AssertionError(f"not offered: {missing()} among {offered()}") from err
    labels = offered()
    assert all("_" not in label for label in labels)
    before = len(rows(app, GeneratedDocument, case_id=ws.case_id))
    for label in labels:
        for fmt in ("pdf", "docx"):
            qtbot.waitUntil(  # a refresh (after the last document) may still be under way
                lambda label=label: (
                    panel.open_button.isEnabled() and panel.document_combo.findText(label) >= 0
                )
            )
            panel.select(label, fmt)
            assert panel.document_combo.currentText() == label
            with qtbot.waitSignal(panel.sig_opened, timeout=30000, raising=False) as opened:
                panel.open_button.click()
            assert opened.signal_triggered, f"{label} ({fmt}): {panel.status_label.text()}"
            path = Path(opened.args[0])
            assert viewer.opened[-1] == path and path.suffix == f".{fmt}"
            assert path.parent.parent == app.data_dir / "viewing"
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
            assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
            assert not [n for n in names if n in path.name]
            text = document_text(path)
            assert any(n in text for n in names), label
            if label == "Guide for the family":
                assert "If you do not agree" in text
    made = rows(app, GeneratedDocument, case_id=ws.case_id)
    assert len(made) == before + 2 * len(labels)  # each recorded as made
    return labels
