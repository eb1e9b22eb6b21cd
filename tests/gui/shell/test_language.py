"""Welsh: the translation builds from its .ts, loads, and the main window speaks it; the choice
follows Settings, then LPDESK_LANGUAGE, then the system's locale."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings

from lpdesk.gui.shell.language import chosen_language, install_translator

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def qm_dir(tmp_path: Path) -> Path:
    sys.path.insert(0, str(ROOT / "scripts"))
    import translations

    built = translations.build(ROOT / "translations", tmp_path)
    assert [p.name for p in built] == ["lpdesk_cy.qm"]
    return tmp_path


def test_the_welsh_translation_loads_and_the_main_window_speaks_it(qtbot, qm_dir, runner) -> None:  # type: ignore[no-untyped-def]
    from lpdesk.gui.shell.main_window import MainWindow

    app = QCoreApplication.instance()
    assert app is not None
    try:
        assert install_translator(app, "cy", qm_dir)
        assert QCoreApplication.translate("MainWindow", "My caseload") == "Fy llwyth achosion"
        window = MainWindow(runner, None)
        qtbot.addWidget(window)
        names = [window.ui.nav_list.item(i).text() for i in range(window.ui.nav_list.count())]
        assert "Fy llwyth achosion" in names and "Ymweliadau" in names
    finally:
        install_translator(app, "en", qm_dir)
    assert QCoreApplication.translate("MainWindow", "My caseload") == "My caseload"


def test_the_choice_follows_settings_then_the_environment_then_the_locale(
    tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("LPDESK_LANGUAGE", raising=False)
    settings = QSettings(str(tmp_path / "lpdesk.ini"), QSettings.Format.IniFormat)
    welsh, english = QLocale(QLocale.Language.Welsh), QLocale(QLocale.Language.English)
    assert chosen_language(settings, welsh) == "cy"
    assert chosen_language(settings, english) == "en"
    monkeypatch.setenv("LPDESK_LANGUAGE", "cy")
    assert chosen_language(settings, english) == "cy"
    settings.setValue("language", "en")
    assert chosen_language(settings, welsh) == "en"


def test_a_missing_translation_leaves_english(tmp_path: Path) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    assert not install_translator(app, "cy", tmp_path)
    assert QCoreApplication.translate("MainWindow", "My caseload") == "My caseload"
