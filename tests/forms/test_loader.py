"""The loader: every shipped form loads; every broken form is refused with every problem, each
naming "<file>:<line>: <toml path>"."""

from __future__ import annotations

from pathlib import Path

import pytest

from lpdesk.domain import InvalidInput
from lpdesk.forms.loader import load_form
from lpdesk.forms.registry import shipped_forms_dir
from lpdesk.forms.spec import FieldKind

# Lines 1-5; a case's body starts on line 6.
HEAD = """[form]
id = "t"
version = 1
title = "T"
plan_kinds = ["child_protection"]
"""

# A section with one good field: lines 6-11 when it comes first.
GOOD_SECTION = """[[section]]
key = "a"
title = "A"
[[section.field]]
key = "b"
label = "B"
kind = "text"
"""

FIELD_HEAD = """[[section]]
key = "a"
title = "A"
[[section.field]]
key = "b"
label = "B"
"""  # lines 6-11; the case goes on at line 12

BROKEN = [
    pytest.param(
        HEAD + FIELD_HEAD + 'kind = "txt"\n',
        "12: section[1].field[1].kind",
        'unknown kind "txt" (expected one of text, long_text, date, yes_no, choice, person, scale, table)',
        id="unknown-kind",
    ),
    pytest.param(
        HEAD + FIELD_HEAD + 'kind = "text"\nlenght = 3\n',
        "13: section[1].field[1].lenght",
        'unknown key "lenght" ([[section.field]] takes key, label, kind',
        id="unknown-field-key",
    ),
    pytest.param(
        HEAD + FIELD_HEAD,
        "9: section[1].field[1].kind",
        'missing required key "kind"',
        id="missing-kind",
    ),
    pytest.param(
        HEAD + FIELD_HEAD + 'kind = "text"\nrequired = "yes"\n',
        "13: section[1].field[1].required",
        'must be true or false, not text "yes"',
        id="wrong-type",
    ),
    pytest.param(
        HEAD + FIELD_HEAD + 'kind = "choice"\n',
        "9: section[1].field[1].choices",
        "a choice field needs choices",
        id="choice-without-choices",
    ),
    pytest.param(
        HEAD + FIELD_HEAD + 'kind = "table"\n',
        "9: section[1].field[1].column",
        "a table needs at least one [[section.field.column]]",
        id="table-without-columns",
    ),
    pytest.param(
        HEAD
        + FIELD_HEAD
        + 'kind = "table"\n[[section.field.column]]\nkey = "c"\nlabel = "C"\nkind = "table"\n',
        "16: section[1].field[1].column[1].kind",
        "a table column cannot be a table (no nested tables)",
        id="nested-table",
    ),
    pytest.param(
        HEAD + GOOD_SECTION + GOOD_SECTION,
        "14: section[2].key",
        'duplicate section key "a" (also section[1])',
        id="duplicate-section",
    ),
    pytest.param(
        HEAD + GOOD_SECTION + '[[section.field]]\nkey = "b"\nlabel = "B2"\nkind = "date"\n',
        "14: section[1].field[2].key",
        'duplicate field key "b" (also section[1].field[1])',
        id="duplicate-field",
    ),
    pytest.param(
        HEAD + FIELD_HEAD + 'kind = "scale"\nscale_max = 0\n',
        "13: section[1].field[1].scale_max",
        "must be a whole number from 1 to 100, not 0",
        id="scale-max-low",
    ),
    pytest.param(
        HEAD + FIELD_HEAD + 'kind = "scale"\nscale_max = 101\n',
        "13: section[1].field[1].scale_max",
        "must be a whole number from 1 to 100, not 101",
        id="scale-max-high",
    ),
    pytest.param(
        HEAD + GOOD_SECTION.replace('key = "a"', 'key = "Child Voice"'),
        "7: section[1].key",
        '"Child Voice" is not a snake_case identifier',
        id="bad-key-syntax",
    ),
    pytest.param(
        HEAD.replace("version = 1", "version = 0") + GOOD_SECTION,
        "3: form.version",
        "must be a positive whole number, not 0",
        id="version-zero",
    ),
    pytest.param(
        HEAD.replace("version = 1", 'version = "1"') + GOOD_SECTION,
        "3: form.version",
        'must be a positive whole number, not text "1"',
        id="version-text",
    ),
    pytest.param(
        HEAD + GOOD_SECTION.replace('title = "A"', 'title = "A"\nprefill = "atendance"'),
        "9: section[1].prefill",
        'unknown prefill "atendance" (expected one of attendance, visits, plan_review',
        id="unknown-prefill",
    ),
    pytest.param(
        HEAD + GOOD_SECTION + 'help = "unfinished\n',
        "13: toml",
        "not valid TOML",
        id="toml-syntax",
    ),
    pytest.param(
        HEAD.replace('"child_protection"', '"child_protect"') + GOOD_SECTION,
        "5: form.plan_kinds",
        'unknown value "child_protect" (expected one of child_protection, girfec, early_help)',
        id="unknown-plan-kind",
    ),
    pytest.param(
        HEAD + '[[section]]\nkey = "a"\ntitle = "A"\n',
        "6: section[1].field",
        "a section needs at least one [[section.field]]",
        id="section-without-fields",
    ),
    pytest.param(
        HEAD + FIELD_HEAD + 'kind = "text"\nchoices = ["x"]\n',
        "13: section[1].field[1].choices",
        "only a choice field takes choices",
        id="choices-on-text",
    ),
    pytest.param(
        HEAD,
        "1: section",
        "a form needs at least one [[section]]",
        id="no-sections",
    ),
    pytest.param(
        HEAD.replace('id = "t"\n', "") + GOOD_SECTION,
        "1: form.id",
        'missing required key "id"',
        id="missing-form-id",
    ),
    pytest.param(
        "colour = 3\n" + HEAD + GOOD_SECTION,
        "1: colour",
        'unknown key "colour"',
        id="unknown-top-level-key",
    ),
    pytest.param(
        # field counters restart in each section; section[2].field[2] is the bad one
        HEAD
        + GOOD_SECTION
        + GOOD_SECTION.replace('"a"', '"z"')
        + '[[section.field]]\nkey = "c"\nlabel = "C"\nkind = "number"\n',
        "23: section[2].field[2].kind",
        'unknown kind "number"',
        id="second-section-index",
    ),
    pytest.param(
        HEAD + FIELD_HEAD + 'kind = "table"\nmin_rows = 3\nmax_rows = 2\n'
        '[[section.field.column]]\nkey = "c"\nlabel = "C"\nkind = "text"\n',
        "14: section[1].field[1].max_rows",
        "must be at least min_rows (3), not 2",
        id="max-below-min",
    ),
    pytest.param(
        # a multi-line help text whose lines look like keys does not move the line numbers
        HEAD + FIELD_HEAD + 'help = """\nkind = "y"\n"""\nkind = "x"\n',
        "15: section[1].field[1].kind",
        'unknown kind "x"',
        id="multiline-string",
    ),
]


@pytest.mark.parametrize(("source", "where", "fragment"), BROKEN)
def test_a_broken_form_is_refused_naming_file_line_and_path(
    tmp_path: Path, source: str, where: str, fragment: str
) -> None:
    path = tmp_path / "broken_form.toml"
    path.write_text(source, encoding="utf-8")
    with pytest.raises(InvalidInput) as refused:
        load_form(path)
    found = {p.field: p.message for p in refused.value.problems}
    field = f"broken_form.toml:{where}"
    assert field in found, f"{field} not in {list(found)}"
    assert fragment in found[field]


def test_every_problem_is_collected_not_just_the_first(tmp_path: Path) -> None:
    source = HEAD.replace("version = 1", "version = -2") + (
        '[[section]]\nkey = "A"\ntitle = "A"\n'
        '[[section.field]]\nkey = "b"\nlabel = "B"\nkind = "choice"\n'
        '[[section.field]]\nkey = "c"\nlabel = 3\nkind = "scale"\nscale_max = 500\n'
    )
    path = tmp_path / "many.toml"
    path.write_text(source, encoding="utf-8")
    with pytest.raises(InvalidInput) as refused:
        load_form(path)
    assert [p.field for p in refused.value.problems] == [
        "many.toml:3: form.version",
        "many.toml:7: section[1].key",
        "many.toml:9: section[1].field[1].choices",
        "many.toml:15: section[1].field[2].label",
        "many.toml:17: section[1].field[2].scale_max",
    ]


@pytest.mark.parametrize("path", sorted(shipped_forms_dir().glob("*.toml")), ids=lambda p: p.stem)
def test_every_shipped_form_loads(path: Path) -> None:
    spec = load_form(path)
    assert spec.version >= 1 and spec.sections
    assert spec.source == str(path)


def test_shipped_forms_are_the_three_expected() -> None:
    names = sorted(p.stem for p in shipped_forms_dir().glob("*.toml"))
    assert names == ["core_group_minutes", "early_help_review", "girfec_child_plan_review"]


def test_core_group_form_follows_the_thirteen_point_record() -> None:
    spec = load_form(shipped_forms_dir() / "core_group_minutes.toml")
    prefills = [s.prefill for s in spec.sections if s.prefill]
    assert prefills == [
        "attendance", "visits", "plan_review", "disagreements", "events", "next_dates"
    ]  # fmt: skip
    voice = spec.section("voice")
    assert voice.required and all(f.language_check for f in voice.fields)
    sos = [s.key for s in spec.sections if s.profile_flag == "signs_of_safety"]
    assert sos == ["sos_worries", "sos_working_well", "sos_safety_goals", "sos_scaling"]
    dangers = spec.section("sos_worries").field("danger_statements")
    assert dangers.kind is FieldKind.TABLE and dangers.max_rows == 4
    assert [c.key for c in dangers.columns] == ["who", "about", "impact"]
    scaling = spec.section("sos_scaling")
    assert scaling.field("participants").columns[1].kind is FieldKind.SCALE
    assert scaling.field("overall").scale_max == 10
    assert spec.section("events").field("police_information").restricted == "police_information"
    assert spec.section("distribution").prefill is None
    assert spec.sections[0].key == "header" and spec.sections[-1].key == "distribution"


def test_girfec_form_has_the_shanarri_indicators_and_my_world() -> None:
    spec = load_form(shipped_forms_dir() / "girfec_child_plan_review.toml")
    keys = [s.key for s in spec.sections]
    indicators = ["safe", "healthy", "achieving", "nurtured", "active", "respected"]
    for key in [*indicators, "responsible", "included"]:
        assert [f.key for f in spec.section(key).fields] == [
            "needs",
            "actions",
            "support",
            "outcome",
        ]
    assert "my_world" in keys and len(spec.section("girfec_questions").fields) == 5
    assert spec.section("lead_professional").field("person").kind is FieldKind.PERSON
