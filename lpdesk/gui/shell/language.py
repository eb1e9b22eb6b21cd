"""The interface's language: English (the source) or Welsh (Cymraeg), from Settings (the ``language``
preference in QSettings: ``system``, ``en`` or ``cy``), else ``LPDESK_LANGUAGE``, else the system's
locale. Translations are built from ``translations/*.ts`` into ``resources/translations/*.qm`` by
``make`` (``scripts/translations.py``). A string with no translation shows in English.

What is stored never changes with the language: only words on screen are translated (the labels in
``labels.py`` included)."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

__all__ = ["LANGUAGES", "chosen_language", "install_translator"]

log = logging.getLogger("lpdesk.gui")

LANGUAGES = {"en": "English", "cy": "Cymraeg"}  # code -> the language's own name
SETTING = "language"
_installed: list[QTranslator] = []  # kept alive: Qt does not own an installed translator


def chosen_language(settings: QSettings | None = None, locale: QLocale | None = None) -> str:
    """The language code to use: the person's choice in Settings, then ``LPDESK_LANGUAGE``, then
    Welsh when the system's locale is Welsh, else English."""
    choice = str(settings.value(SETTING, "system")) if settings is not None else "system"
    if choice in LANGUAGES:
        return choice
    env = os.environ.get("LPDESK_LANGUAGE", "")
    if env in LANGUAGES:
        return env
    system = locale if locale is not None else QLocale.system()
    return "cy" if system.language() == QLocale.Language.Welsh else "en"


def install_translator(app: QCoreApplication, code: str, qm_dir: Path) -> bool:
    """Replace lpdesk's translator with ``code``'s. True when a translation was loaded; English
    (or a missing file, logged) leaves the source strings."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if code == "en":
        return False
    translator = QTranslator(app)
    if not translator.load(str(qm_dir / f"lpdesk_{code}.qm")):
        log.warning("no translation file for language %s", code)
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True
