"""Non-specific labels: whole words, any case, each with a prompt."""

from __future__ import annotations

import pytest

from lpdesk.rules.language import LabelFinding, find_non_specific_labels
from lpdesk.rules.profile import DEFAULT_NON_SPECIFIC_LABELS


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("J. was Disturbed when I arrived.", [("disturbed", "Disturbed")]),
        ("Mum seemed fine. Home OK.", [("fine", "fine"), ("ok", "OK")]),
        ("The finest drawing; a token gesture; booked.", []),  # not whole words
        (
            "Chaotic, unkempt and AGGRESSIVE",
            [("chaotic", "Chaotic"), ("unkempt", "unkempt"), ("aggressive", "AGGRESSIVE")],
        ),
        ("", []),
    ],
)
def test_labels_found_as_whole_words(text: str, found: list[tuple[str, str]]) -> None:
    findings = find_non_specific_labels(text, DEFAULT_NON_SPECIFIC_LABELS)
    assert [(f.label, text[f.start : f.end]) for f in findings] == found


def test_prompt_quotes_what_was_written() -> None:
    assert find_non_specific_labels("He was disturbed.", ["disturbed"]) == [
        LabelFinding(
            label="disturbed",
            start=7,
            end=16,
            prompt='You wrote "disturbed": describe what you saw and heard instead.',
        )
    ]


def test_multi_word_labels_win_over_their_parts() -> None:
    findings = find_non_specific_labels("Mum said things were not  OK today.", ["ok", "not ok"])
    assert [(f.label, f.start, f.end) for f in findings] == [("not ok", 21, 28)]


def test_no_labels_configured() -> None:
    assert find_non_specific_labels("disturbed", []) == []


@pytest.mark.parametrize("text", ["disturbed", " ", "a, b", ""])
def test_no_labels_configured_finds_nothing_in_any_text(text: str) -> None:
    assert find_non_specific_labels(text, []) == []
    assert find_non_specific_labels(text, ["  "]) == []
