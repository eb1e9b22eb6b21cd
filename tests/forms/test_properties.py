"""Arbitrary JSON-like answers never make validation or normalisation raise: they return problems."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lpdesk.forms.loader import load_form
from lpdesk.forms.registry import shipped_forms_dir
from lpdesk.forms.validate import normalise_answers, validate_answers

SPEC = load_form(shipped_forms_dir() / "core_group_minutes.toml")
SECTION_KEYS = [s.key for s in SPEC.sections]
FIELD_KEYS = sorted({f.key for s in SPEC.sections for f in s.fields})
COLUMN_KEYS = sorted({c.key for s in SPEC.sections for f in s.fields for c in f.columns})

scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True)
    | st.text(max_size=12)
    | st.sampled_from(["2026-12-18", "2026-02-30", "neglect", "completed", " ", "1"])
)
json_like = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.text(max_size=8) | st.sampled_from(COLUMN_KEYS), inner, max_size=4)
    ),
    max_leaves=20,
)
rows = st.lists(st.dictionaries(st.sampled_from(COLUMN_KEYS), json_like, max_size=4), max_size=5)
sections = st.dictionaries(st.sampled_from(FIELD_KEYS), json_like | rows, max_size=6)
shaped = st.dictionaries(st.sampled_from(SECTION_KEYS), sections | json_like, max_size=8)
answers_strategy = shaped | json_like


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    answers=answers_strategy,
    flags=st.sampled_from([frozenset(), frozenset({"signs_of_safety"})]),
    members=st.none() | st.frozensets(st.integers(0, 20), max_size=4),
    final=st.booleans(),
)
def test_validation_returns_problems_and_never_raises(
    answers: Any, flags: frozenset[str], members: frozenset[int] | None, final: bool
) -> None:
    for candidate in (answers, normalise_answers(SPEC, answers)):
        problems = validate_answers(SPEC, candidate, flags=flags, member_ids=members, final=final)
        assert all(p.field and p.message for p in problems)
    if final and not isinstance(answers, dict):
        assert problems
