"""The shipped profiles load and differ where practice differs; broken files are refused with the
file, line, section and key an administrator needs to fix them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from lpdesk.domain import DueKind, InvalidInput, Nation, PlanKind
from lpdesk.rules.profile import Profile
from lpdesk.rules.profile_loader import default_profiles_dir, load_profile, load_profiles

SHIPPED = {
    # id: (nation, plan kind, core group interval weeks, first core group calendar days)
    "england_cp": (Nation.ENGLAND, PlanKind.CHILD_PROTECTION, 4, None),
    "wales_cp": (Nation.WALES, PlanKind.CHILD_PROTECTION, 6, None),
    "scotland_cp": (Nation.SCOTLAND, PlanKind.CHILD_PROTECTION, 4, 15),
    "northern_ireland_cp": (Nation.NORTHERN_IRELAND, PlanKind.CHILD_PROTECTION, 4, None),
    "scotland_girfec": (Nation.SCOTLAND, PlanKind.GIRFEC, 12, None),
    "early_help": (Nation.ENGLAND, PlanKind.EARLY_HELP, 12, None),
}


def test_every_shipped_profile_loads(profiles: dict[str, Profile]) -> None:
    assert set(profiles) == set(SHIPPED)


@pytest.mark.parametrize(("profile_id", "expected"), SHIPPED.items())
def test_shipped_profiles_differ_where_practice_does(
    profiles: dict[str, Profile],
    profile_id: str,
    expected: tuple[Nation, PlanKind, int, int | None],
) -> None:
    profile = profiles[profile_id]
    assert profile.id == profile_id
    assert (
        profile.nation,
        profile.plan_kind,
        profile.core_group_interval_weeks,
        profile.first_core_group_calendar_days,
    ) == expected
    assert profile.calendar().nation is profile.nation


def test_england_defaults_are_practice_md(profiles: dict[str, Profile]) -> None:
    england = profiles["england_cp"]
    assert england == Profile(
        id="england_cp",
        title="Child protection plan (England)",
        nation=Nation.ENGLAND,
        plan_kind=PlanKind.CHILD_PROTECTION,
        flags=frozenset({"signs_of_safety"}),
    )


def test_conference_rules_are_off_outside_child_protection(profiles: dict[str, Profile]) -> None:
    for profile_id in ("early_help", "scotland_girfec"):
        off = profiles[profile_id].not_applicable
        assert {DueKind.REVIEW_CONFERENCE, DueKind.LP_REPORT, DueKind.FIRST_CORE_GROUP} <= off
    assert profiles["scotland_cp"].not_applicable == frozenset()


def test_forms_dir_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LPDESK_FORMS_DIR", str(tmp_path))
    assert default_profiles_dir() == tmp_path / "profiles"
    monkeypatch.delenv("LPDESK_FORMS_DIR")
    assert (default_profiles_dir() / "england_cp.toml").is_file()


def test_an_authority_extends_a_shipped_profile(tmp_path: Path) -> None:
    (tmp_path / "newtown_cp.toml").write_text(
        '[profile]\nextends = "england_cp"\ntitle = "Newtown"\n\n'
        "[timescales]\ncore_group_interval_weeks = 5\n\n"
        "[calendar]\nclosure_days = [2026-12-24, 2026-12-31]\n",
        encoding="utf-8",
    )
    newtown = load_profiles(tmp_path)["newtown_cp"]
    assert newtown.core_group_interval_weeks == 5
    assert newtown.first_core_group_working_days == 10  # from england_cp
    assert newtown.flags == frozenset({"signs_of_safety"})
    assert newtown.calendar().add_working_days(date(2026, 12, 18), 10) == date(2027, 1, 8)


def test_an_authority_file_may_replace_the_shipped_profile_of_the_same_id(tmp_path: Path) -> None:
    (tmp_path / "england_cp.toml").write_text(
        '[profile]\nextends = "england_cp"\n\n[visits]\nvisit_seen_working_days = 5\n',
        encoding="utf-8",
    )
    local = load_profiles(tmp_path)["england_cp"]
    assert (local.visit_seen_working_days, local.title) == (5, "Child protection plan (England)")


HEAD = (
    '[profile]\ntitle = "T"\nnation = "england"\nplan_kind = "child_protection"\n\n[timescales]\n'
)


@pytest.mark.parametrize(
    ("text", "field", "message_part"),
    [
        (HEAD + "foo = 3\n", "broken.toml:7: timescales.foo", "unknown key"),
        (
            HEAD + 'core_group_interval_weeks = "four"\n',
            "broken.toml:7: timescales.core_group_interval_weeks",
            "whole number",
        ),
        (
            HEAD + "first_review_months = 3\nlp_report_working_days_before = -1\n",
            "broken.toml:8: timescales.lp_report_working_days_before",
            "from 0 to 30",
        ),
        (
            HEAD + "core_group_interval_weeks = 0\n",
            "broken.toml:7: timescales.core_group_interval_weeks",
            "from 1 to 26",
        ),
        (
            HEAD + "core_group_interval_weeks = true\n",
            "broken.toml:7: timescales.core_group_interval_weeks",
            "true/false",
        ),
        (
            HEAD.replace('"england"', '"wessex"'),
            "broken.toml:3: profile.nation",
            "must be one of england, wales, scotland, northern_ireland",
        ),
        ('[profile]\nextends = "nowhere_cp"\n', "broken.toml:2: profile.extends", "nowhere_cp"),
        (HEAD + "core_group_interval_weeks = = 4\n", "broken.toml:7", "not valid TOML"),
        (HEAD + "[nonsense]\nx = 1\n", "broken.toml:7: nonsense", "unknown section"),
        (
            HEAD + '[calendar]\nclosure_days = ["2026-12-24"]\n',
            "broken.toml:8: calendar.closure_days",
            "list of dates",
        ),
        (
            '[profile]\nnation = "england"\nplan_kind = "girfec"\n',
            "broken.toml:1: profile.title",
            "required",
        ),
        (
            HEAD.replace("[profile]\n", '[profile]\nid = "other"\n'),
            "broken.toml:2: profile.id",
            "file name",
        ),
        (
            HEAD + "[visits]\nvisit_alone_weeks = 4.5\n",
            "broken.toml:8: visits.visit_alone_weeks",
            "decimal",
        ),
        ('stray = 1\n[profile]\ntitle = "T"\n', "broken.toml:1: stray", "inside a section"),
    ],
)
def test_broken_profiles_are_refused_with_file_line_and_key(
    tmp_path: Path, text: str, field: str, message_part: str
) -> None:
    path = tmp_path / "broken.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidInput) as refused:
        load_profile(path)
    fields = [p.field for p in refused.value.problems]
    assert field in fields
    problem = refused.value.problems[fields.index(field)]
    assert message_part in problem.message


def test_an_extends_loop_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text('[profile]\nextends = "b"\n', encoding="utf-8")
    (tmp_path / "b.toml").write_text('[profile]\n\nextends = "a"\n', encoding="utf-8")
    with pytest.raises(InvalidInput) as refused:
        load_profile(tmp_path / "a.toml")
    assert [p.field for p in refused.value.problems] == ["b.toml:3: profile.extends"]


def test_every_problem_in_a_folder_is_reported_together(tmp_path: Path) -> None:
    (tmp_path / "one.toml").write_text(HEAD + "foo = 1\nbar = 2\n", encoding="utf-8")
    (tmp_path / "two.toml").write_text(HEAD + "core_group_interval_weeks = -4\n", encoding="utf-8")
    with pytest.raises(InvalidInput) as refused:
        load_profiles(tmp_path)
    assert [p.field for p in refused.value.problems] == [
        "one.toml:7: timescales.foo",
        "one.toml:8: timescales.bar",
        "two.toml:7: timescales.core_group_interval_weeks",
    ]


def test_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput):
        load_profiles(tmp_path / "absent")
