"""Non-specific labels, table by table: the finding always carries the profile's label as
configured (even where a case-insensitive match is not the same letters after case folding: a
dotless "ı", the Kelvin sign, a long "ſ"), the longest label wins, and ties are settled the same
way in every run."""

from __future__ import annotations

import pytest

from lpdesk.rules.language import find_non_specific_labels


@pytest.mark.parametrize(
    ("text", "labels", "found"),
    [
        ("The home was chaot\u0131c.", ["chaotic"], [("chaotic", "chaot\u0131c")]),  # dotless ı
        ("He was \u212aind to her.", ["kind"], [("kind", "\u212aind")]),  # Kelvin sign
        ("The room was me\u017f\u017fy.", ["messy"], [("messy", "me\u017f\u017fy")]),  # long s
        ("CHAOTIC and Chaotic", ["chaotic"], [("chaotic", "CHAOTIC"), ("chaotic", "Chaotic")]),
        ("  fine ", ["  Fine  "], [("Fine", "fine")]),  # the label as configured, trimmed
        ("not\t\nok, ok", ["ok", "not ok"], [("not ok", "not\t\nok"), ("ok", "ok")]),
        ("not ok", ["not ok", "ok", "not"], [("not ok", "not ok")]),
        ("a.b axb", ["a.b"], [("a.b", "a.b")]),  # a label is text, never a pattern
        ("fine, FINE", ["FINE", "fine"], [("FINE", "fine"), ("FINE", "FINE")]),  # a tie: one way
        ("fine, FINE", ["fine", "FINE", "fine"], [("FINE", "fine"), ("FINE", "FINE")]),
        (
            "low mood; volatile",
            ["volatile", "low mood"],
            [("low mood", "low mood"), ("volatile", "volatile")],
        ),
        ("finely", ["fine"], []),  # whole words only
    ],
)
def test_the_profiles_label_for_every_match(
    text: str, labels: list[str], found: list[tuple[str, str]]
) -> None:
    findings = find_non_specific_labels(text, labels)
    assert [(f.label, text[f.start : f.end]) for f in findings] == found
    for f in findings:
        written = text[f.start : f.end]
        assert f.prompt == f'You wrote "{written}": describe what you saw and heard instead.'
