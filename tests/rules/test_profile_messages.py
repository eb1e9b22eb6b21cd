"""A broken profile is refused with every problem, each naming file, line, section and key, in
the exact words an administrator reads; and ``Profile.applies``."""

from __future__ import annotations

from pathlib import Path

import pytest

from lpdesk.domain import DueKind, InvalidInput
from lpdesk.rules.profile import Profile
from lpdesk.rules.profile_loader import SCHEMA, load_profile, load_profiles

HEAD = '[profile]\ntitle = "T"\nnation = "england"\nplan_kind = "child_protection"\n\n'
KINDS = ", ".join(sorted(k.value for k in DueKind))
SECTIONS = ", ".join(SCHEMA)


def problems(tmp_path: Path, text: str | bytes, name: str = "broken.toml") -> list[tuple[str, str]]:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidInput) as refused:
        load_profile(path)
    return [(p.field, p.message) for p in refused.value.problems]


def test_the_sections_are_these() -> None:
    assert list(SCHEMA) == [
        "profile",
        "timescales",
        "visits",
        "escalation",
        "circulation",
        "language",
        "calendar",
    ]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            '[timescales]\ncore_group_interval_weeks = "four"',
            (
                "timescales.core_group_interval_weeks",
                "must be a whole number from 1 to 26, not text ('four')",
            ),
        ),
        (
            "[timescales]\ncore_group_interval_weeks = 4.5",
            (
                "timescales.core_group_interval_weeks",
                "must be a whole number from 1 to 26, not a decimal number (4.5)",
            ),
        ),
        (
            "[timescales]\ncore_group_interval_weeks = true",
            (
                "timescales.core_group_interval_weeks",
                "must be a whole number from 1 to 26, not true/false (True)",
            ),
        ),
        (
            "[timescales]\ncore_group_interval_weeks = [4]",
            (
                "timescales.core_group_interval_weeks",
                "must be a whole number from 1 to 26, not list ([4])",
            ),
        ),
        (
            "[timescales]\ncore_group_interval_weeks = 27",
            ("timescales.core_group_interval_weeks", "must be from 1 to 26, not 27"),
        ),
        (
            "[timescales]\ncore_group_interval_weeks = 0",
            ("timescales.core_group_interval_weeks", "must be from 1 to 26, not 0"),
        ),
        (
            "[visits]\nbedroom_once_per_conference_cycle = 1",
            ("visits.bedroom_once_per_conference_cycle", "must be true or false, not a number (1)"),
        ),
        (
            "[circulation]\nminutes_form = '  '",
            ("circulation.minutes_form", "must be non-empty text, not '  '"),
        ),
        (
            "[circulation]\nminutes_form = 3",
            ("circulation.minutes_form", "must be non-empty text, not 3"),
        ),
        (
            '[language]\nnon_specific_labels = "fine"',
            ("language.non_specific_labels", "must be a list of non-empty texts, not 'fine'"),
        ),
        (
            '[language]\nnon_specific_labels = ["fine", 3]',
            ("language.non_specific_labels", "must be a list of non-empty texts, not ['fine', 3]"),
        ),
        (
            '[language]\nnon_specific_labels = ["fine", " "]',
            (
                "language.non_specific_labels",
                "must be a list of non-empty texts, not ['fine', ' ']",
            ),
        ),
        (
            "[timescales]\nfoo = 3",
            (
                "timescales.foo",
                "unknown key; [timescales] takes " + ", ".join(SCHEMA["timescales"]),
            ),
        ),
    ],
)
def test_each_value_refused_in_words(tmp_path: Path, lines: str, expected: tuple[str, str]) -> None:
    found = problems(tmp_path, HEAD + lines + "\n")
    assert found == [(f"broken.toml:7: {expected[0]}", expected[1])]


@pytest.mark.parametrize("weeks", [1, 26])
def test_the_bounds_are_allowed(tmp_path: Path, weeks: int) -> None:
    path = tmp_path / "edge.toml"
    path.write_text(HEAD + f"[timescales]\ncore_group_interval_weeks = {weeks}\n", encoding="utf-8")
    assert load_profile(path).core_group_interval_weeks == weeks


def test_choices_and_due_kinds(tmp_path: Path) -> None:
    text = (
        '[profile]\ntitle = "T"\nnation = "wessex"\nplan_kind = "adoption"\n'
        'not_applicable = ["visit", "nonsense", "other"]\n'
    )
    assert problems(tmp_path, text) == [
        (
            "broken.toml:3: profile.nation",
            "must be one of england, wales, scotland, northern_ireland, not 'wessex'",
        ),
        (
            "broken.toml:4: profile.plan_kind",
            "must be one of child_protection, girfec, early_help, not 'adoption'",
        ),
        ("broken.toml:5: profile.not_applicable", f"unknown due kind 'nonsense'; known: {KINDS}"),
    ]


def test_every_problem_after_a_stray_key_or_an_unknown_section(tmp_path: Path) -> None:
    text = (
        "# an authority's profile\nstray = 1\n" + HEAD + "[nonsense]\nx = 1\n"
        '["visits"]\nvisit_alone_weeks = 0\n[escalation]\nlp_absence_cover_weeks = 0\n'
    )
    assert problems(tmp_path, text) == [
        ("broken.toml:2: stray", f"belongs inside a section: one of {SECTIONS}"),
        ("broken.toml:8: nonsense", f"unknown section; expected one of {SECTIONS}"),
        ("broken.toml:11: visits.visit_alone_weeks", "must be from 1 to 26, not 0"),
        ("broken.toml:13: escalation.lp_absence_cover_weeks", "must be from 1 to 26, not 0"),
    ]


def test_required_keys_named_once_at_the_profile_header(tmp_path: Path) -> None:
    text = '[visits]\nvisit_alone_weeks = 4\n\n[profile]\ntitle = ""\n'
    assert problems(tmp_path, text) == [
        ("broken.toml:5: profile.title", "must be non-empty text, not ''"),
        ("broken.toml:4: profile.nation", "required (or extend another profile)"),
        ("broken.toml:4: profile.plan_kind", "required (or extend another profile)"),
    ]


def test_required_keys_with_no_profile_section_at_all(tmp_path: Path) -> None:
    assert problems(tmp_path, "\n[visits]\nvisit_alone_weeks = 4\n") == [
        ("broken.toml:1: profile.title", "required (or extend another profile)"),
        ("broken.toml:1: profile.nation", "required (or extend another profile)"),
        ("broken.toml:1: profile.plan_kind", "required (or extend another profile)"),
    ]


def test_invalid_toml_with_and_without_a_line(tmp_path: Path) -> None:
    [(field, message)] = problems(tmp_path, HEAD + "[visits]\nvisit_alone_weeks = = 4\n")
    assert field == "broken.toml:7" and message.startswith("not valid TOML: ")
    [(field, message)] = problems(tmp_path, "a = [1,")
    assert field == "broken.toml:1" and message.startswith("not valid TOML: ")


def test_an_unreadable_file(tmp_path: Path) -> None:
    [(field, message)] = problems(tmp_path, b"title = '\xff'\n")
    assert field == "broken.toml"
    assert message.startswith("cannot read the profile: ")


def test_an_extends_loop_is_named(tmp_path: Path) -> None:
    (tmp_path / "b.toml").write_text('[profile]\nextends = "broken"\n', encoding="utf-8")
    assert problems(tmp_path, '[profile]\nextends = "b"\n') == [
        ("b.toml:2: profile.extends", "profile 'broken' extends this one: a loop")
    ]


def test_extends_a_profile_whose_name_has_capitals(tmp_path: Path) -> None:
    (tmp_path / "Local_CP.toml").write_text(HEAD, encoding="utf-8")
    path = tmp_path / "team.toml"
    path.write_text('[profile]\nextends = "Local_CP"\n', encoding="utf-8")
    assert load_profile(path).title == "T"


@pytest.mark.parametrize("parent", ["../england_cp", "england cp", ""])
def test_extends_only_a_plain_profile_name(tmp_path: Path, parent: str) -> None:
    found = problems(tmp_path, f'[profile]\nextends = "{parent}"\n')
    assert found[0][0] == "broken.toml:2: profile.extends"


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput) as refused:
        load_profiles(tmp_path / "absent")
    assert [(p.field, p.message) for p in refused.value.problems] == [
        (str(tmp_path / "absent"), "no such folder of profiles")
    ]


@pytest.mark.parametrize(
    ("profile_id", "kind", "applies"),
    [
        ("england_cp", DueKind.REVIEW_CONFERENCE, True),
        ("early_help", DueKind.REVIEW_CONFERENCE, False),
        ("early_help", DueKind.NEXT_CORE_GROUP, True),
        ("early_help", DueKind.BEDROOM_SEEN, False),
    ],
)
def test_applies(
    profiles: dict[str, Profile], profile_id: str, kind: DueKind, applies: bool
) -> None:
    assert profiles[profile_id].applies(kind) is applies


def test_the_line_of_an_unknown_section_whatever_its_name(tmp_path: Path) -> None:
    assert problems(tmp_path, HEAD + '["Xmas"]\nx = 1\n') == [
        ("broken.toml:6: Xmas", f"unknown section; expected one of {SECTIONS}")
    ]
