"""The schema mirrors the domain: one table per entity, one column per field, typed by hint."""

from __future__ import annotations

import dataclasses
import typing
from datetime import date, datetime
from enum import Enum

import pytest
from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, LargeBinary, String, Text

from lpdesk.domain import ENTITIES, entity_name
from lpdesk.store.tables import DERIVED_TABLES, metadata, table_for

# Columns the store keeps for itself: the audit trail's hash chain (lpdesk.store.audit_chain).
STORE_ONLY = {"audit_event": ("prev_hash", "hash")}


@pytest.mark.parametrize("cls", ENTITIES, ids=entity_name)
def test_table_columns_are_the_dataclass_fields(cls: type) -> None:
    table = table_for(cls)
    assert table.name == entity_name(cls)
    columns = [c for c in table.columns if c.name not in STORE_ONLY.get(table.name, ())]
    assert [c.name for c in columns] == [f.name for f in dataclasses.fields(cls)]
    hints = typing.get_type_hints(cls)
    for column in columns:
        hint = hints[column.name]
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        optional = type(None) in typing.get_args(hint)
        inner = args[0] if optional and len(args) == 1 else hint
        assert column.nullable == (optional and column.name != "id"), column.name
        origin = typing.get_origin(inner)
        expected: type
        if origin in (tuple, dict):
            expected = JSON
        elif isinstance(inner, type) and issubclass(inner, Enum):
            expected = String
        elif inner is datetime:
            expected = DateTime
        elif inner is date:
            expected = Date
        elif inner is bytes:
            expected = LargeBinary
        elif inner is bool:
            expected = Boolean
        elif inner is int:
            expected = Integer
        else:
            expected = String  # Text is a String
        assert isinstance(column.type, expected), (column.name, column.type)
        if inner is str:
            assert isinstance(column.type, String | Text)


def test_there_is_no_table_without_an_entity_but_the_derived_ones() -> None:
    assert set(metadata.tables) == {entity_name(c) for c in ENTITIES} | set(DERIVED_TABLES)


def test_every_foreign_key_and_case_id_is_indexed() -> None:
    for table in metadata.sorted_tables:
        indexed = {next(iter(i.columns)).name for i in table.indexes}
        for column in table.columns:
            if column.foreign_keys or column.name == "case_id":
                assert column.name in indexed, f"{table.name}.{column.name}"
        if "case_id" in table.columns:
            assert any(fk.ondelete == "CASCADE" for fk in table.c.case_id.foreign_keys)
    assert not metadata.tables["audit_event"].foreign_keys  # the trail outlives its records
