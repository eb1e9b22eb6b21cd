"""Every screen in Welsh: navigation, caseload, due list, the case's tabs, dialogs and buttons, the
meeting wizard, signing in, settings, the manager's reports, the administrator's and the chair's
desks. Every string of the interface has Welsh in the .ts (each marked for review: no Welsh speaker
has checked them yet) but a few that are not words (a property name, a date format, the app's
name), README's figure is the file's, and the real windows show the Welsh."""

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
NOT_WORDS |= {"smtp.example.org", "example.gov.uk"}  # examples of a server and a domain


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


def _ts_messages() -> list[tuple[str, str, str, bool]]:
    """(context, source, Welsh, finished) for every message of the Welsh .ts file."""
    from xml.etree import ElementTree

    found = []
    root = ElementTree.parse(ROOT / "translations" / "lpdesk_cy.ts").getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append(
                (
                    context.findtext("name") or "",
                    message.findtext("source") or "",
                    translation.text or "",
                    translation.get("type") != "unfinished",
                )
            )
    return found


def test_every_string_of_every_screen_has_welsh_marked_for_review() -> None:
    """Settings, the manager's reports, the administrator's and the chair's dialogs too: every
    word in the .ts has Welsh, each still marked unfinished (for review), with the same
    placeholders and one accelerator where the English has one."""
    import re

    def places(text: str) -> list[str]:
        return sorted(re.findall(r"\{[^}]*\}|%n|%\d", text))

    messages = _ts_messages()
    assert len(messages) > 1200
    missing = [(c, s) for c, s, welsh, _ in messages if not welsh and s not in NOT_WORDS]
    assert missing == []
    assert not any(finished for *_, finished in messages)  # all for review
    for context, source, welsh, _ in messages:
        if welsh:
            assert places(welsh) == places(source), (context, source, welsh)
            assert welsh.replace("&&", "").count("&") == source.replace("&&", "").count("&")


def test_the_readme_gives_the_files_figure() -> None:
    messages = _ts_messages()
    done = sum(1 for _, _, welsh, _ in messages if welsh)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"Welsh on screen: {done:,} of {len(messages):,} strings" in readme


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


def test_settings_speak_welsh(qtbot, welsh, runner) -> None:  # type: ignore[no-untyped-def]
    """A dialog beyond the main screens (settings) shows its Welsh."""
    from PySide6.QtWidgets import QLabel

    from lpdesk.gui.settings.settings_dialog import SettingsDialog

    dialog = SettingsDialog(runner, values={})
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Gosodiadau"
    words = {label.text() for label in dialog.findChildren(QLabel)}
    assert any("Templed Word" in w for w in words), sorted(words)
    dialog.reject()
