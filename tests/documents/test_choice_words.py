"""A stored choice prints in words on paper: "In progress", not "in_progress"."""

from __future__ import annotations

from typing import Any, cast

from lpdesk.documents.builders.answers import format_value
from lpdesk.forms.spec import FieldKind, FieldSpec


def test_a_choice_prints_in_words() -> None:
    spec = FieldSpec(
        key="status",
        label="Status",
        kind=FieldKind.CHOICE,
        choices=("not_started", "in_progress", "completed"),
    )
    ctx = cast(Any, None)  # a choice needs nothing from the document's context
    assert format_value(ctx, spec, "in_progress") == "In progress"
    assert format_value(ctx, spec, "not_started") == "Not started"
    table = FieldSpec(key="rows", label="Actions", kind=FieldKind.TABLE, columns=(spec,))
    assert format_value(ctx, table, [{"status": "in_progress"}]) == "In progress"
