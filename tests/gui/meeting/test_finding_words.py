"""Where a review finding is, in the form's words: never the internal path."""

from __future__ import annotations

import pytest

from lpdesk.forms.spec import FieldKind, FieldSpec, FormSpec, SectionSpec
from lpdesk.gui.meeting.finding_words import finding_text, place_of

_SPEC = FormSpec(
    id="test",
    version=1,
    title="Core group minutes",
    plan_kinds=("child_protection",),
    sections=(
        SectionSpec(
            key="header",
            title="Meeting details",
            fields=(FieldSpec(key="purpose", label="Purpose of the meeting", kind=FieldKind.TEXT),),
        ),
        SectionSpec(
            key="plan_review",
            title="Review of the plan",
            fields=(FieldSpec(key="rows", label="Actions reviewed", kind=FieldKind.TABLE),),
        ),
    ),
)


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("header.purpose", "Purpose of the meeting (Meeting details)"),
        ("plan_review.rows[2].progress", "Actions reviewed, row 3 (Review of the plan)"),
        ("plan_review", "Review of the plan"),
        ("plan_review.unknown", "Review of the plan"),
        ("attendance", "Attendance"),
        ("disagreements[7]", "A recorded disagreement"),
        ("health_information.notes", "Health information notes"),
    ],
)
def test_a_finding_is_placed_in_words(path: str, words: str) -> None:
    assert place_of(_SPEC, path) == words


def test_a_finding_line_names_the_place_then_the_problem() -> None:
    assert finding_text(_SPEC, "header.purpose", "required") == (
        "Purpose of the meeting (Meeting details): required"
    )
    assert finding_text(None, "header.purpose", "required") == "Header purpose: required"
