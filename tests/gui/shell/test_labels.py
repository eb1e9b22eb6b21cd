"""Words, not stored values, on screen: "In progress" not "in_progress", "1 meeting approved" not
"1 meetings approved"; every "%n" string a screen passes to tr() has its English singular."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QWidget

from lpdesk.domain import ActionStatus, ConferenceKind, DocumentKind, PlanKind
from lpdesk.gui.shell.labels import (
    SAME_FOR_ONE,
    SINGULARS,
    action_status_label,
    choice_label,
    conference_kind_label,
    document_kind_label,
    install_english_plurals,
    plan_kind_label,
)

GUI = Path(__file__).resolve().parents[3] / "lpdesk" / "gui"
PLURAL_CALL = re.compile(r'tr\(\s*"(%n[^"]*)",\s*"",')


def test_choices_and_kinds_read_as_words() -> None:
    assert choice_label("in_progress") == "In progress"
    assert choice_label("not_started") == "Not started"
    assert choice_label("partly_met") == "Partly met"
    assert action_status_label(ActionStatus.IN_PROGRESS) == "In progress"
    assert conference_kind_label(ConferenceKind.PRE_BIRTH) == "Pre-birth conference"
    assert plan_kind_label(PlanKind.CHILD_PROTECTION) == "Child protection"
    for kind in DocumentKind:
        assert "_" not in document_kind_label(kind)


def test_one_is_singular(qtbot) -> None:  # type: ignore[no-untyped-def]
    install_english_plurals()
    w = QWidget()
    qtbot.addWidget(w)
    text = "%n meetings approved and not circulated"
    assert w.tr(text, "", 1) == "1 meeting approved and not circulated"
    assert w.tr(text, "", 3) == "3 meetings approved and not circulated"
    assert w.tr("%n outcome(s)", "", 1) == "1 outcome"
    assert w.tr("%n outcome(s)", "", 2) == "2 outcomes"
    assert w.tr("%n overdue", "", 1) == "1 overdue"
    assert w.tr("Nothing to do") == "Nothing to do"


def test_every_plural_string_on_screen_has_its_singular() -> None:
    found = {
        text
        for path in GUI.rglob("*.py")
        for text in PLURAL_CALL.findall(path.read_text(encoding="utf-8"))
    }
    assert found, "the pattern finds the screens' plural strings"
    unknown = sorted(
        t for t in found if t not in SINGULARS and t not in SAME_FOR_ONE and "(s)" not in t
    )
    assert unknown == [], "add each to labels.SINGULARS (or SAME_FOR_ONE)"
