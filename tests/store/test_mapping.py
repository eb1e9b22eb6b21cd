"""The generic mapper, without a database."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

import pytest

from lpdesk.domain import (
    Category,
    Disagreement,
    EscalationLevel,
    Plan,
    PlanKind,
    PlanVersion,
    Position,
)
from lpdesk.store.mapping import from_row, to_row, to_value


def test_enums_tuples_and_nested_dataclasses_become_json_values() -> None:
    d = Disagreement(
        id=3,
        case_id=1,
        subject="s",
        raised_on=date(2026, 1, 2),
        positions=(Position(person_id=4, position="yes"), Position(person_id=5, position="no")),
        escalated_to=EscalationLevel.LP_MANAGER,
    )
    row = to_row(d)
    assert row["positions"] == [
        {"person_id": 4, "position": "yes"},
        {"person_id": 5, "position": "no"},
    ]
    assert row["escalated_to"] == "lp_manager" and type(row["escalated_to"]) is str
    json.dumps(row["positions"])
    assert (
        from_row(
            Disagreement, json.loads(json.dumps(row, default=str)) | {"raised_on": d.raised_on}
        )
        == d
    )


def test_tuples_of_enums_and_ints_round_trip() -> None:
    p = Plan(
        case_id=1,
        kind=PlanKind.GIRFEC,
        categories=(Category.SEXUAL, Category.NEGLECT),
        started_on=date(2026, 1, 1),
    )
    row = to_row(p)
    assert row["categories"] == ["sexual", "neglect"] and row["kind"] == "girfec"
    assert from_row(Plan, row) == p
    v = PlanVersion(
        plan_id=1,
        number=1,
        created_at=datetime(2026, 1, 1, 23, 59, 59),
        created_by="x",
        summary="s",
        consulted_person_ids=(3, 1),
    )
    row = to_row(v)
    assert row["consulted_person_ids"] == [3, 1] and row["created_at"] == v.created_at
    assert from_row(PlanVersion, row) == v


def test_where_values_are_converted_and_unknown_fields_refused() -> None:
    assert to_value(Plan, "kind", PlanKind.GIRFEC) == "girfec"
    assert to_value(Plan, "ended_on", None) is None
    with pytest.raises(KeyError):
        to_value(Plan, "colour", "red")


def test_unsupported_tuple_shapes_are_refused() -> None:
    @dataclass(frozen=True)
    class Pair:
        xy: tuple[int, int]

    with pytest.raises(TypeError, match=r"tuple\[X, \.\.\.\]"):
        to_row(Pair(xy=(1, 2)))
