"""Words, not stored values, on screen: "In progress" not "in_progress", "1 meeting approved" not
"1 meetings approved"; every "%n" string a screen passes to tr() has its English singular."""

from __future__ import annotations

import re
from pathlib import Path

from lpdesk.domain import ActionStatus, ConferenceKind, DocumentKind, PlanKind
from lpdesk.gui.shell.labels import (
    action_status_label,
    choice_label,
    conference_kind_label,
    count,
    document_kind_label,
    plan_kind_label,
)

GUI = Path(__file__).resolve().parents[3] / "lpdesk" / "gui"
PLURAL_CALL = re.compile(r'tr\(\s*"(%n[^"]*)",\s*"",')
# "%n ..." strings that read the same for one and for many: Qt's tr(text, "", n) is enough.
SAME_FOR_ONE = frozenset(
    {
        "%n overdue",
        "%n due soon",
        "%n with something overdue",
        "%n with something due soon",
        "%n recorded",
    }
)


def test_choices_and_kinds_read_as_words() -> None:
    assert choice_label("in_progress") == "In progress"
    assert choice_label("not_started") == "Not started"
    assert choice_label("partly_met") == "Partly met"
    assert action_status_label(ActionStatus.IN_PROGRESS) == "In progress"
    assert conference_kind_label(ConferenceKind.PRE_BIRTH) == "Pre-birth conference"
    assert plan_kind_label(PlanKind.CHILD_PROTECTION) == "Child protection"
    for kind in DocumentKind:
        assert "_" not in document_kind_label(kind)


def test_one_is_singular() -> None:
    one, many = "%n meeting approved", "%n meetings approved"
    assert count(1, one, many) == "1 meeting approved"
    assert count(3, one, many) == "3 meetings approved"


def test_every_plural_on_screen_chooses_its_singular() -> None:
    """Qt's tr(text, "", n) with no translator keeps the plural for one ("1 meetings approved"):
    a string that changes for one goes through ``count``."""
    found = {
        text
        for path in GUI.rglob("*.py")
        for text in PLURAL_CALL.findall(path.read_text(encoding="utf-8"))
    }
    assert found, "the pattern finds the screens' tr(text, '', n) strings"
    assert sorted(found - SAME_FOR_ONE) == []
