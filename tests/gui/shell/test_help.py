"""F1 opens the local help at the page of the screen in focus; every page exists and links work."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout

from lpdesk.gui.shell.help import TOPICS, topic_for
from lpdesk.paths import resources_dir

HELP = resources_dir() / "help"


class VisitDialog(QDialog):  # stands for the real dialog: the topic follows the class's name
    pass


def test_every_topic_and_every_link_has_a_page() -> None:
    pages = {p.stem for p in HELP.glob("*.html")}
    assert set(TOPICS.values()) | {"index"} <= pages
    for page in HELP.glob("*.html"):
        for target in re.findall(r'href="([^"#:]+\.html)"', page.read_text(encoding="utf-8")):
            assert (HELP / target).exists(), f"{page.name} links to a missing {target}"


def test_the_topic_follows_the_focused_widget_up_to_its_screen(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = VisitDialog()
    field = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(field)
    qtbot.addWidget(dialog)
    assert topic_for(field) == "visit"
    field.setProperty("help_topic", "plan")
    assert topic_for(field) == "plan"
    assert topic_for(None) == "index"


def test_f1_in_a_dialog_opens_the_help_for_that_dialog(qtbot, runner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from lpdesk.gui.shell.help import give_every_window_f1, help_desk
    from lpdesk.gui.shell.main_window import MainWindow

    give_every_window_f1(QApplication.instance())  # as create_application does

    settings = QSettings(str(tmp_path / "lpdesk.ini"), QSettings.Format.IniFormat)
    window = MainWindow(runner, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    dialog = VisitDialog(window)
    field = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(field)
    dialog.open()  # window-modal, as lpdesk's dialogs are
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=5000)
    qtbot.keyClick(field, Qt.Key.Key_F1)
    help_window = help_desk().window
    assert help_window is not None and help_window.isVisible()
    qtbot.addWidget(help_window)
    assert help_window.windowTitle() == "Recording a visit"
    assert "alone at least every four weeks" in help_window.browser.toPlainText()
    assert field.text() == ""  # F1 typed nothing into the field
    help_window.close()


def test_the_help_menu_copies_a_report_and_keeps_a_language_choice(qtbot, runner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QGuiApplication

    from lpdesk.gui.shell.main_window import MainWindow

    settings = QSettings(str(tmp_path / "lpdesk.ini"), QSettings.Format.IniFormat)
    window = MainWindow(runner, settings)
    qtbot.addWidget(window)
    menu = window.help_menu
    actions = {a.text(): a for a in menu.actions()}
    actions["Copy a diagnostic report"].trigger()
    report = QGuiApplication.clipboard().text()
    assert report.startswith("lpdesk diagnostic report") and "PySide6 " in report
    languages = {a.text(): a for a in actions["Language"].menu().actions()}
    assert set(languages) == {"As the computer", "English", "Cymraeg"}
    languages["Cymraeg"].trigger()
    assert settings.value("language") == "cy"
    assert "next time lpdesk starts" in window.statusBar().currentMessage()
