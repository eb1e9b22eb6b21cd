"""The case's facts say how many items are overdue or due soon beyond those listed, name children
on due items, and show the plan in words ("In progress", "Initial conference")."""

from __future__ import annotations

import re

import pytest

from lpdesk.domain import DueStatus
from lpdesk.gui.case.case_tabs import DUE_SHOWN

pytestmark = pytest.mark.slow


def _open(qtbot, main_window, demo_app, reference: str):  # type: ignore[no-untyped-def]
    from lpdesk.domain import Case

    with demo_app.store.unit_of_work() as uow:
        case_id = uow.repo(Case).find(reference=reference)[0].id
    ws = main_window.open_case(case_id, reference)
    qtbot.waitUntil(lambda: ws.snapshot is not None, timeout=5000)
    return ws


def test_due_for_this_case_counts_what_it_does_not_list(qtbot, main_window, demo_app) -> None:  # type: ignore[no-untyped-def]
    ws = _open(qtbot, main_window, demo_app, "CP-2026-0119")  # overdue on many counts
    pending = [i for i in ws.snapshot.due if i.status is not DueStatus.OK]
    text = ws.ui.due_label.text()
    assert len(pending) > DUE_SHOWN, "the demo case this test reads has more than fit"
    assert f"and {len(pending) - DUE_SHOWN} more" in text
    assert not re.search(r"\(child \d+\)", text)
    names = {c.name for c in ws.snapshot.overview.children}
    assert any(f"({name})" in text for name in names)


def test_the_plan_and_conferences_read_as_words(qtbot, main_window, demo_app) -> None:  # type: ignore[no-untyped-def]
    ws = _open(qtbot, main_window, demo_app, "CP-2026-0141")
    table = ws.ui.actions_table
    statuses = {table.item(r, 3).text() for r in range(table.rowCount())}
    assert statuses and not any("_" in s for s in statuses), statuses
    assert "Initial conference" in ws.ui.conferences_label.text()
    assert "Child protection" in ws.ui.plan_label.text()
    assert "child_protection" not in ws.ui.plan_label.text()
