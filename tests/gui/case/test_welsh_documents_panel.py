"""The Documents tab of a case on the Welsh profile offers each document in Cymraeg, English or
both; the plan opened in Cymraeg is in Welsh. A case on the English profile has no choice to make."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices


class _Viewer(QObject):
    """Stands in for the system's viewer: records what it was asked to open."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[Path] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(Path(url.toLocalFile()))


@pytest.fixture
def viewer():  # type: ignore[no-untyped-def]
    handler = _Viewer()
    QDesktopServices.setUrlHandler("file", handler, "open")
    yield handler
    QDesktopServices.unsetUrlHandler("file")


@pytest.fixture
def welsh_case(empty_app, journey):  # type: ignore[no-untyped-def]
    from lpdesk.domain import Case

    with empty_app.store.unit_of_work() as uow:
        case = uow.repo(Case).get(journey.case_id)
        uow.repo(Case).update(replace(case, profile_id="wales_cp"))
    return journey


def _languages(panel) -> list[str]:  # type: ignore[no-untyped-def]
    combo = panel.language_combo
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_plan_opened_in_welsh(qtbot, welsh_case, lp_workspace, viewer) -> None:
    ws = lp_workspace
    panel = ws.documents_panel
    ws.ui.section_tabs.setCurrentWidget(ws.ui.documents_tab)
    qtbot.waitUntil(lambda: panel.document_combo.findText("The plan") >= 0, timeout=10000)
    assert _languages(panel) == ["Cymraeg", "English", "Cymraeg / English"]
    assert panel.language_combo.isVisibleTo(panel)
    panel.select("The plan", "pdf", "cy")
    with qtbot.waitSignal(panel.sig_opened, timeout=30000) as opened:
        panel.open_button.click()
    path = Path(opened.args[0])
    assert viewer.opened[-1] == path
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    words = " ".join(text.stdout.decode("utf-8").split())
    assert "Cynllun amddiffyn plant" in words
    assert "Cyfeirnod yr achos" in words  # case reference
    assert "Case reference" not in words


def test_no_language_choice_for_an_english_case(qtbot, lp_workspace) -> None:
    ws = lp_workspace
    panel = ws.documents_panel
    ws.ui.section_tabs.setCurrentWidget(ws.ui.documents_tab)
    qtbot.waitUntil(lambda: panel.document_combo.count() > 0, timeout=10000)
    assert _languages(panel) == ["English"]
    assert not panel.language_combo.isVisibleTo(panel)
