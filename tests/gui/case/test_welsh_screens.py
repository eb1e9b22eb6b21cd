"""The most visible screens in Welsh: navigation, caseload, due list, the case's tabs and buttons,
the meeting wizard's buttons and pages, signing in, a new case, the case's front doors (members,
contact details, lead professional, review conference), recording a visit, invitations, the report
to the review conference, and the chair's, manager's and administrator's landing pages. Every
string of those screens has Welsh in the .ts (each marked for review: no Welsh speaker has checked
them yet), and the real windows show it."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from lpdesk.gui.shell.language import install_translator

ROOT = Path(__file__).resolve().parents[3]
SCREENS = (
    "MainWindow",
    "CaseloadView",
    "CaseloadModel",
    "DueView",
    "DueModel",
    "CaseWorkspace",
    "CaseTabs",
    "case_tabs",
    "CaseActions",
    "MeetingDoorsMixin",
    "DocumentsPanel",
    "MeetingWizard",
    "ConvenePage",
    "MinutePage",
    "ReviewPage",
    "CirculatePage",
    "SignInDialog",
    "StartScreenDialog",
    "VisitDialog",
    "MemberDialog",
    "PersonDialog",
    "NewCaseDialog",
    "ConferenceDialog",
    "LeadProfessionalDialog",
    "MemberChangeDialog",
    "ChairView",
    "ManagerView",
    "AdminView",
    "InvitationsDialog",
    "ReviewReportDialog",
    "LeadReportsView",
    "AttendanceEditor",
    "TimelineWidget",
    "labels",
)
NOT_WORDS = {"lpdesk", "&lpdesk", "Ctrl+,", "SHA-256", "page_hint", "page_title", "primary"}
NOT_WORDS |= {"section_title", "warning"}  # widget properties the extractor reads as text
NOT_WORDS |= {"ddd d MMM yyyy HH:mm"}  # a Qt date format, the same in Welsh


@pytest.fixture
def welsh(tmp_path: Path) -> Iterator[None]:
    sys.path.insert(0, str(ROOT / "scripts"))
    import translations
    from lpdesk.gui.shell.main import create_application

    translations.build(ROOT / "translations", tmp_path)
    app = create_application()  # first: it installs the language of the settings once

    assert install_translator(app, "cy", tmp_path)
    yield
    install_translator(app, "en", tmp_path)


def test_every_string_of_the_main_screens_has_welsh() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    import translations

    known = translations.read_ts(ROOT / "translations" / "lpdesk_cy.ts")
    wanted = [m for m in translations.messages() if m[0] in SCREENS and m[1] not in NOT_WORDS]
    assert len(wanted) > 250
    missing = [m for m in wanted if m not in known]
    assert missing == []


def test_the_wizard_and_the_case_speak_welsh(qtbot, welsh, lp_workspace) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWizard

    ws = lp_workspace
    tabs = [ws.ui.section_tabs.tabText(i) for i in range(ws.ui.section_tabs.count())]
    assert "Trosolwg" in tabs and "Cynllun" in tabs  # overview, plan
    wizard = ws.open_new_meeting()
    qtbot.waitUntil(
        lambda: wizard.buttonText(QWizard.WizardButton.NextButton) == "Cynnull a chofnodi >",
        timeout=10000,
    )
    assert wizard.windowTitle().startswith("Cyfarfod y grŵp craidd:")
    assert wizard.convene_page.title() == "Cynnull y grŵp craidd"
    wizard.reject()
