"""validate_answers: each kind's type, unknown keys, completeness with final=True, profile flags;
normalise_answers."""

from __future__ import annotations

from typing import Any

import pytest

from lpdesk.forms.loader import load_form
from lpdesk.forms.registry import shipped_forms_dir
from lpdesk.forms.spec import FormSpec
from lpdesk.forms.validate import normalise_answers, validate_answers

SOS = frozenset({"signs_of_safety"})
MEMBERS = frozenset({7, 8})


def good_answers() -> dict[str, Any]:
    return {
        "header": {
            "purpose": "Review the plan",
            "notes": "Line one\nline two",
            "held_on": "2026-12-18",
            "seen_alone": False,
            "category": "neglect",
            "chair": 7,
            "overall": 5,
        },
        "voice": {"wishes": "Wants to stay at the same school"},
        "actions": {
            "rows": [
                {"what": "Dental check", "who": 8, "by_when": "2027-01-06", "score": 10},
                {"what": "Nursery place", "by_when": "2027-01-20"},
            ]
        },
        "worries": {"danger": "Left alone overnight"},
    }


def fields(problems: list[Any]) -> list[str]:
    return [p.field for p in problems]


def test_good_answers_have_no_problems_even_when_final(sample_form: FormSpec) -> None:
    assert (
        validate_answers(sample_form, good_answers(), flags=SOS, member_ids=MEMBERS, final=True)
        == []
    )


BAD_VALUES = [
    pytest.param(("header", "purpose"), 3, "header.purpose", "must be text, not 3", id="text"),
    pytest.param(("header", "notes"), ["a"], "header.notes", "must be text, not a list", id="long_text"),
    pytest.param(("header", "held_on"), "18/12/2026", "header.held_on", "YYYY-MM-DD", id="date-format"),
    pytest.param(("header", "held_on"), "2026-02-30", "header.held_on", "YYYY-MM-DD", id="date-impossible"),
    pytest.param(("header", "held_on"), "20261218", "header.held_on", "YYYY-MM-DD", id="date-basic"),
    pytest.param(("header", "seen_alone"), "yes", "header.seen_alone", "must be yes or no", id="yes_no"),
    pytest.param(("header", "category"), "sexual", "header.category", "not one of the choices: neglect, physical", id="choice"),
    pytest.param(("header", "chair"), 9, "header.chair", "person 9 is not a member", id="person-not-member"),
    pytest.param(("header", "chair"), True, "header.chair", "must be a person's id", id="person-bool"),
    pytest.param(("header", "overall"), 6, "header.overall", "from 0 to 5, not 6", id="scale-high"),
    pytest.param(("header", "overall"), -1, "header.overall", "from 0 to 5, not -1", id="scale-negative"),
    pytest.param(("header", "overall"), 2.5, "header.overall", "from 0 to 5, not 2.5", id="scale-float"),
    pytest.param(("header", "shoe_size"), "5", "header.shoe_size", "unknown field", id="unknown-field"),
    pytest.param(("actions", "rows"), "three", "actions.rows", "must be a list of rows", id="table-not-list"),
]  # fmt: skip


@pytest.mark.parametrize(("where", "value", "field", "fragment"), BAD_VALUES)
def test_each_bad_value_is_named(
    sample_form: FormSpec, where: tuple[str, str], value: object, field: str, fragment: str
) -> None:
    answers = good_answers()
    answers[where[0]][where[1]] = value
    problems = validate_answers(sample_form, answers, flags=SOS, member_ids=MEMBERS, final=False)
    assert fields(problems) == [field]
    assert fragment in problems[0].message


def test_table_cells_are_named_by_row_and_column(sample_form: FormSpec) -> None:
    answers = good_answers()
    answers["actions"]["rows"] = [
        {"what": "Dental check", "by_when": "next week"},
        "not a row",
        {"what": "x", "by_when": "2027-01-01", "who": 99, "score": 11, "colour": "red"},
    ]
    problems = validate_answers(sample_form, answers, flags=SOS, member_ids=MEMBERS, final=False)
    assert fields(problems) == [
        "actions.rows[0].by_when",
        "actions.rows[1]",
        "actions.rows[2].who",
        "actions.rows[2].score",
        "actions.rows[2].colour",
    ]


def test_too_many_rows_is_a_problem(sample_form: FormSpec) -> None:
    answers = good_answers()
    answers["actions"]["rows"] = [{"what": "a", "by_when": "2027-01-01"}] * 4
    problems = validate_answers(sample_form, answers, flags=SOS, final=False)
    assert [(p.field, p.message) for p in problems] == [("actions.rows", "at most 3 rows, not 4")]


def test_person_is_any_id_when_members_are_not_given(sample_form: FormSpec) -> None:
    answers = good_answers()
    answers["header"]["chair"] = 12345
    assert validate_answers(sample_form, answers, flags=SOS, final=False) == []


def test_unknown_section_and_section_that_is_not_a_mapping(sample_form: FormSpec) -> None:
    answers: dict[str, Any] = {"gossip": {"x": "y"}, "voice": "happy"}
    problems = validate_answers(sample_form, answers, flags=SOS, final=False)
    assert fields(problems) == ["gossip", "voice"]
    assert "unknown section" in problems[0].message


def test_completeness_only_when_final(sample_form: FormSpec) -> None:
    answers: dict[str, Any] = {
        "header": {"notes": "Draft"},
        "actions": {"rows": [{"what": "Dental check"}, {"what": "", "by_when": None}]},
    }
    assert validate_answers(sample_form, answers, flags=SOS, final=False) == []
    problems = validate_answers(sample_form, answers, flags=SOS, final=True)
    assert [(p.field, p.message) for p in problems] == [
        ("header.purpose", "required"),
        ("header.seen_alone", "required"),
        ("voice", 'required: answer at least one question in "The child\'s voice"'),
        ("actions.rows", "needs at least 2 rows, not 1"),
        ("actions.rows[0].by_when", "required"),
        ("worries", 'required: answer at least one question in "What are we worried about?"'),
        ("worries.danger", "required"),
    ]


def test_a_yes_no_answered_no_counts_as_answered(sample_form: FormSpec) -> None:
    answers = good_answers()
    answers["header"]["seen_alone"] = False
    assert "header.seen_alone" not in fields(
        validate_answers(sample_form, answers, flags=SOS, final=True)
    )


def test_profile_flag_hides_signs_of_safety(sample_form: FormSpec) -> None:
    assert [s.key for s in sample_form.sections_for(frozenset())] == ["header", "voice", "actions"]
    answers = good_answers()
    without_worries = {k: v for k, v in answers.items() if k != "worries"}
    # not required when the profile does not use it ...
    assert validate_answers(sample_form, without_worries, flags=frozenset(), final=True) == []
    # ... and refused (not silently kept) when answered under a profile that does not use it
    problems = validate_answers(sample_form, answers, flags=frozenset(), final=True)
    assert [(p.field, p.message) for p in problems] == [
        ("worries", "this section is not used under this practice profile")
    ]


def test_normalise_strips_and_drops_empty(sample_form: FormSpec) -> None:
    answers: dict[str, Any] = {
        "header": {"purpose": "  Review \r\n", "notes": "   ", "chair": None, "seen_alone": False},
        "voice": {"wishes": ""},
        "actions": {"rows": [{"what": " a ", "by_when": ""}, {"what": "  "}, {}]},
    }
    assert normalise_answers(sample_form, answers) == {
        "header": {"purpose": "Review", "seen_alone": False},
        "actions": {"rows": [{"what": "a"}]},
    }


def test_normalise_leaves_bad_shapes_for_validation(sample_form: FormSpec) -> None:
    answers: Any = {"voice": "happy", "actions": {"rows": ["x", {"what": " y "}]}}
    assert normalise_answers(sample_form, answers) == {
        "voice": "happy",
        "actions": {"rows": ["x", {"what": "y"}]},
    }


def test_a_complete_core_group_record_passes_and_an_empty_one_names_what_is_missing() -> None:
    spec = load_form(shipped_forms_dir() / "core_group_minutes.toml")
    complete: dict[str, Any] = {
        "header": {"purpose": "Second core group", "venue": "Family centre", "plan_category": "neglect"},
        "voice": {"wishes": "Says she likes her new bedroom"},
        "sos_worries": {"danger_statements": [{"who": "School", "about": "Missed meals", "impact": "Hungry in class"}]},
        "sos_scaling": {"participants": [{"who": "Health visitor", "scale": 6}], "overall": 5},
        "plan_review": {"rows": [{"action_id": "12", "progress": "Booked", "status": "in_progress"}]},
        "updated_plan": {
            "actions": [{"what": "Dental check", "who": "Parent", "by_when": "2027-01-06", "measured_by": "Letter"}],
            "contingency": "Strategy discussion if the child is not seen for two weeks",
            "seen_alone": "At school every two weeks",
            "seen_with_family": "Home visit every two weeks",
        },
        "next_dates": {"next_core_group": "2027-01-20", "review_conference": "2027-03-01"},
    }  # fmt: skip
    sos = frozenset({"signs_of_safety"})
    assert validate_answers(spec, complete, flags=sos, final=True) == []
    too_many = {
        "sos_worries": {"danger_statements": complete["sos_worries"]["danger_statements"] * 5}
    }
    assert fields(validate_answers(spec, too_many, flags=sos, final=False)) == [
        "sos_worries.danger_statements"
    ]
    assert fields(validate_answers(spec, {}, flags=frozenset(), final=True)) == [
        "header.purpose",
        "header.venue",
        "header.plan_category",
        "voice",
        "updated_plan.contingency",
        "updated_plan.seen_alone",
        "updated_plan.seen_with_family",
        "next_dates.next_core_group",
        "next_dates.review_conference",
    ]
