"""Views refresh themselves from change notices: a visit recorded in the case workspace reaches the
due list and the caseload (other views) with no refresh call from anyone, and a notice reaches only
the views that show what changed."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QDate, QDateTime, QObject, QTime
from PySide6.QtWidgets import QWidget

from lpdesk.domain import DueKind, UserRole, VisitOutcome
from lpdesk.gui.shell.changes import LISTED, Changes, Kind, subscribe
from lpdesk.services.context import Actor
from tests.gui.helpers import open_main_window, save_dialog, type_text


def _escalations(window: Any, case_id: int) -> int:
    model = window.due_view.model
    items = [model.item_at(r) for r in range(model.rowCount())]
    return sum(1 for i in items if i.case_id == case_id and i.kind is DueKind.ESCALATION)


def _pending(window: Any, case_id: int) -> int:
    model = window.caseload_view.model
    (row,) = [
        model.row_at(r) for r in range(model.rowCount()) if model.row_at(r).case_id == case_id
    ]
    return int(row.overdue + row.due_soon)


@pytest.mark.slow
def test_a_visit_recorded_reaches_the_due_list_and_the_caseload(
    qtbot, settings, empty_app, journey
) -> None:  # type: ignore[no-untyped-def]
    lp = Actor(username="alex.worker", role=UserRole.LEAD_PROFESSIONAL, person_id=journey.lp_id)
    window = open_main_window(qtbot, settings, empty_app, lp)
    qtbot.waitUntil(lambda: window.due_view.model.rowCount() > 0, timeout=10000)
    assert _escalations(window, journey.case_id) == 0
    pending = _pending(window, journey.case_id)
    ws = window.open_case(journey.case_id, "CP-2026-0901")
    qtbot.waitUntil(lambda: ws.snapshot is not None, timeout=10000)
    visits_before = len(ws.snapshot.visits)

    dialog = ws.open_visit_dialog()
    day = date.today() - timedelta(days=1)
    dialog.ui.visited_at_edit.setDateTime(
        QDateTime(QDate(day.year, day.month, day.day), QTime(16, 0))
    )
    dialog.ui.visitor_combo.setCurrentIndex(dialog.ui.visitor_combo.findData(journey.lp_id))
    dialog.ui.outcome_combo.setCurrentIndex(dialog.ui.outcome_combo.findData(VisitOutcome.REFUSED))
    type_text(dialog.ui.present_edit, "Nobody")
    type_text(dialog.ui.observations_edit, "Nobody answered the door")
    with (
        qtbot.waitSignal(window.due_view.sig_loaded, timeout=10000),
        qtbot.waitSignal(window.caseload_view.sig_loaded, timeout=10000),
        qtbot.waitSignal(ws.sig_loaded, timeout=10000),
    ):
        save_dialog(qtbot, dialog)  # nobody calls refresh: the notice does

    assert _escalations(window, journey.case_id) == 5  # the steps a refused visit opens
    assert _pending(window, journey.case_id) >= pending + 5
    assert len(ws.snapshot.visits) == visits_before + 1
    window.close()


def test_a_notice_reaches_only_what_it_touches(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    hub = runner.changes
    owner = QWidget()
    qtbot.addWidget(owner)
    seen: list[str] = []
    subscribe(hub, owner, {Kind.VISITS}, lambda: seen.append("case 7 visits"), 7)
    subscribe(hub, owner, LISTED, lambda: seen.append("lists"))
    hub.notify(Changes.of(8, Kind.VISITS))
    assert seen == ["lists"]  # another case: only the lists of every case
    seen.clear()
    hub.notify(Changes.of(7, Kind.MINUTES))
    assert seen == []  # a draft's text: neither the lists nor the visits
    hub.notify(Changes.of(None, Kind.VISITS))
    assert seen == ["case 7 visits", "lists"]  # no case named: every case
    assert not Changes.of(7)  # nothing changed: nothing is broadcast
    seen.clear()
    hub.notify(Changes.of(7))
    assert seen == []


def test_the_runner_broadcasts_what_succeeded_only(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    heard: list[Changes] = []
    runner.changes.changed.connect(heard.append)
    owner = QObject()

    def fail() -> None:
        raise ValueError("refused")

    runner.run(fail, on_error=lambda _e: None, changes=Changes.of(1, Kind.VISITS))
    done: list[int] = []
    runner.run(
        lambda: 41,
        lambda value: done.append(value),
        owner=owner,
        changes=lambda value: Changes.of(value + 1, Kind.PLAN),
    )
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert heard == [Changes.of(42, Kind.PLAN)]  # the failed call changed nothing

    gone = QObject()
    runner.run(
        lambda: None, lambda _v: done.append(0), owner=gone, changes=Changes.of(3, Kind.PEOPLE)
    )
    shiboken6.delete(gone)  # the dialog that asked has closed: the records changed all the same
    qtbot.waitUntil(lambda: len(heard) == 2, timeout=5000)
    assert heard[1] == Changes.of(3, Kind.PEOPLE) and done == [41]
