"""The convene page offers as chair and minute taker only those the service says may: the core
group's professionals, never a parent, carer, child or excluded member."""

from __future__ import annotations

import pytest

from tests.gui.meeting.test_meeting_wizard import workspace  # noqa: F401  (fixture)

pytestmark = pytest.mark.slow


def test_convene_page_offers_only_professionals(qtbot, workspace) -> None:  # noqa: F811
    wizard = workspace.open_new_meeting()
    qtbot.addWidget(wizard)
    page = wizard.convene_page
    qtbot.waitUntil(lambda: page.chair_combo.count() > 0, timeout=5000)
    offered = {
        combo.itemData(i)
        for combo in (page.chair_combo, page.minute_taker_combo)
        for i in range(combo.count())
    }
    members = workspace.snapshot.overview.members
    barred = {m.membership.person_id for m in members if m.role.is_family or m.membership.excluded}
    professionals = {m.membership.person_id for m in members if not m.role.is_family}
    assert barred and offered and not offered & barred
    assert professionals - barred <= offered | {page.chair_combo.currentData()}
    assert page.chair_combo.currentData() != page.minute_taker_combo.currentData()
    labels = [page.chair_combo.itemText(i) for i in range(page.chair_combo.count())]
    assert all(labels) and not any(text.startswith("person ") for text in labels)
