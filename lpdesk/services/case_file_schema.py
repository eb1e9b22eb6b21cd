"""The case file's shape, derived from the domain dataclasses: which records a case file holds,
which fields are references to which records, one converter each way, one JSON Schema generator
and its checks, all driven by ``dataclasses.fields`` and the type hints. A new field on an entity
appears in the file, the schema and ``docs/case-file.schema.json`` without code here changing.

Values: dates and date-times are ISO 8601 strings (date-times local, without a zone); enums are
their stable string values; tuples are arrays; ``dict[str, Any]`` fields (minutes' answers, plan
snapshots) are JSON objects carried as they are.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from collections.abc import Iterable
from datetime import date, datetime
from enum import Enum
from typing import Any

import jsonschema

from lpdesk.domain import (
    DOCUMENT_KINDS,
    Absence,
    Agency,
    Case,
    Child,
    DocumentKind,
    ExcludedSummary,
    FieldProblem,
    GeneratedDocument,
    Person,
)
from lpdesk.domain.registry import ENTITIES, entity_name

__all__ = [
    "FORMAT",
    "OWNER_FIELDS",
    "RECORD_TARGETS",
    "REFERENCED",
    "SECTIONS",
    "VERSION",
    "case_file_schema",
    "from_json",
    "nested_dataclass",
    "reference_target",
    "schema_problems",
    "section_key",
    "to_json",
    "type_hints",
]

FORMAT = "lpdesk-case"
VERSION = 1

# The records a case names but does not own: people, their agencies and absences.
REFERENCED: tuple[type, ...] = (Agency, Person, Absence)
# Fields that make a record part of a case: its own ``case_id``, or a parent within the case.
OWNER_FIELDS = frozenset({"case_id", "plan_id", "meeting_id"})


def _in_a_case_file(cls: type) -> bool:
    names = {f.name for f in dataclasses.fields(cls)}
    return cls is Case or cls in REFERENCED or bool(names & OWNER_FIELDS)


# Entities a case file carries, in dependency order; the case itself is one object, the rest lists.
# Users, the audit trail and settings belong to the database, not to a case.
SECTIONS: tuple[type, ...] = tuple(e for e in ENTITIES if _in_a_case_file(e))
_PLURAL = {
    Child: "children",
    Person: "people",
    Agency: "agencies",
    ExcludedSummary: "excluded_summaries",
}


def section_key(cls: type) -> str:
    """``Visit`` -> ``visits``: the key of an entity's list in the file (``case`` for the case)."""
    if cls is Case:
        return "case"
    return _PLURAL.get(cls) or entity_name(cls) + "s"


@functools.cache
def type_hints(cls: type) -> dict[str, Any]:
    """The resolved type hints of a dataclass, computed once."""
    return typing.get_type_hints(cls)


def _unwrap_optional(hint: Any) -> tuple[Any, bool]:
    args = typing.get_args(hint)
    if typing.get_origin(hint) in (typing.Union, types.UnionType) and type(None) in args:
        rest = [a for a in args if a is not type(None)]
        if len(rest) == 1:
            return rest[0], True
    return hint, False


# ---------------------------------------------------------------- references

# What a GeneratedDocument's ``record_id`` names, by the kind of document (registered once, in
# lpdesk.domain.document_kinds).
_ENTITY_BY_CLASS_NAME = {cls.__name__: cls for cls in ENTITIES}
RECORD_TARGETS: dict[DocumentKind, type] = {
    kind: _ENTITY_BY_CLASS_NAME[info.record] for kind, info in DOCUMENT_KINDS.items() if info.record
}
_ALIASES: dict[str, type] = {"manager": Person, "document": GeneratedDocument}
_BY_NAME = {entity_name(cls): cls for cls in SECTIONS}


def reference_target(cls: type, name: str, item: dict[str, Any] | None = None) -> type | None:
    """The entity a field of ``cls`` refers to (``visitor_person_id`` -> Person), or None."""
    if name == "id" or not (name.endswith("_id") or name.endswith("_ids")):
        return None
    if int not in _leaf_types(type_hints(cls)[name]):
        return None  # profile_id, form_id: names, not references
    if cls is GeneratedDocument and name == "record_id":
        kind = (item or {}).get("kind")
        return RECORD_TARGETS.get(DocumentKind(kind)) if kind in set(DocumentKind) else None
    base = name.removesuffix("_ids") if name.endswith("_ids") else name.removesuffix("_id")
    if base.endswith("person"):
        return Person
    target = _ALIASES.get(base) or _BY_NAME.get(base)
    if target is None:
        raise TypeError(f"{cls.__name__}.{name}: teach case_file what it refers to")
    return target


def _leaf_types(hint: Any) -> set[Any]:
    """``int | None`` -> {int, NoneType}; ``tuple[int, ...]`` -> {int}."""
    args = typing.get_args(hint)
    if not args:
        return {hint}
    return set().union(*(_leaf_types(a) for a in args if a is not Ellipsis))


def nested_dataclass(cls: type, name: str) -> type | None:
    """The dataclass inside a ``tuple[X, ...]`` field (a disagreement's positions), if any."""
    hint = type_hints(cls)[name]
    if typing.get_origin(hint) is tuple:
        inner = typing.get_args(hint)[0]
        if dataclasses.is_dataclass(inner):
            return inner  # type: ignore[return-value]
    return None


# ---------------------------------------------------------------- values


def to_json(obj: Any) -> Any:
    """A domain dataclass (or any value inside one) as JSON-able data."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_json(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, Enum):
        return obj.value
    if isinstance(obj, datetime | date):
        return obj.isoformat()
    if isinstance(obj, tuple | list):
        return [to_json(v) for v in obj]
    return obj


def from_json(cls: type, data: dict[str, Any]) -> Any:
    """The inverse of ``to_json`` for data the schema has accepted."""
    hints = type_hints(cls)
    values = {
        f.name: _value(hints[f.name], data[f.name])
        for f in dataclasses.fields(cls)
        if f.name in data
    }
    return cls(**values)


def _value(hint: Any, value: Any) -> Any:
    hint, _ = _unwrap_optional(hint)
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin is tuple:
        return tuple(_value(typing.get_args(hint)[0], v) for v in value)
    if origin is dict:
        return value
    if hint is datetime:
        return datetime.fromisoformat(value)
    if hint is date:
        return date.fromisoformat(value)
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint(value)
    if dataclasses.is_dataclass(hint):
        return from_json(hint, value)  # type: ignore[arg-type]
    return value


# ---------------------------------------------------------------- schema


def _schema_of(hint: Any, defs: dict[str, Any]) -> dict[str, Any]:
    inner, optional = _unwrap_optional(hint)
    schema = _schema_of_required(inner, defs)
    if not optional:
        return schema
    if isinstance(schema.get("type"), str):
        return {**schema, "type": [schema["type"], "null"]}
    if "enum" in schema:
        return {"enum": [*schema["enum"], None]}
    return {"anyOf": [schema, {"type": "null"}]}


def _schema_of_required(hint: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(hint)
    if origin is tuple:
        return {"type": "array", "items": _schema_of(typing.get_args(hint)[0], defs)}
    if origin is dict:
        return {"type": "object"}
    if hint is bool:
        return {"type": "boolean"}
    if hint is int:
        return {"type": "integer"}
    if hint is str:
        return {"type": "string"}
    if hint is datetime:
        return {"type": "string", "format": "date-time"}
    if hint is date:
        return {"type": "string", "format": "date"}
    if isinstance(hint, type) and issubclass(hint, Enum):
        return {"enum": [m.value for m in hint]}
    if dataclasses.is_dataclass(hint):
        name = typing.cast(type, hint).__name__
        if name not in defs:
            defs[name] = {}  # reserve the name first: a dataclass may refer to itself
            defs[name] = _object_schema(hint, defs)  # type: ignore[arg-type]
        return {"$ref": f"#/$defs/{name}"}
    raise TypeError(f"no JSON Schema for {hint!r}")  # a new kind of field: teach this module


def _object_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = type_hints(cls)
    fields = dataclasses.fields(cls)
    required = [
        f.name
        for f in fields
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    ]
    props = {f.name: _schema_of(hints[f.name], defs) for f in fields}
    if "id" in props:  # in a file every record has its local key
        props["id"] = {"type": "integer", "minimum": 1}
        required = ["id", *required]
    schema: dict[str, Any] = {
        "type": "object",
        "properties": props,
        "required": required,
        "additionalProperties": False,
    }
    if cls.__doc__:
        schema["description"] = " ".join(cls.__doc__.split())
    return schema


@functools.cache
def _schema() -> dict[str, Any]:
    defs: dict[str, Any] = {}
    props: dict[str, Any] = {
        "format": {"const": FORMAT},
        "version": {"const": VERSION},
        "exported_at": {"type": "string", "format": "date-time"},
    }
    for cls in SECTIONS:
        ref = _schema_of(cls, defs)
        props[section_key(cls)] = ref if cls is Case else {"type": "array", "items": ref}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://lpdesk.example/case-file.schema.json",
        "title": "lpdesk case file",
        "description": (
            "One whole case: its children, core group, lead professionals, plan, conferences,"
            " meetings, visits and outputs, with the people and agencies they refer to."
            " Ids are keys local to the file. See docs/case-file.md."
        ),
        "type": "object",
        "properties": props,
        "required": list(props),
        "additionalProperties": False,
        "$defs": dict(sorted(defs.items())),
    }


def case_file_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of version ``VERSION`` of the case file, generated from the
    domain dataclasses. ``docs/case-file.schema.json`` is this, committed."""
    import copy

    return copy.deepcopy(_schema())


# ---------------------------------------------------------------- the schema check


def _format_checker() -> jsonschema.FormatChecker:
    checker = jsonschema.FormatChecker(formats=())

    checker.checks("date", raises=ValueError)(_is_date)
    checker.checks("date-time", raises=ValueError)(_is_local_date_time)
    return checker


def _is_date(value: object) -> bool:
    if isinstance(value, str):
        date.fromisoformat(value)
        return len(value) == 10
    return True


def _is_local_date_time(value: object) -> bool:
    if isinstance(value, str):
        return "T" in value and datetime.fromisoformat(value).tzinfo is None
    return True


_TYPE_NAMES = {
    "integer": "an integer",
    "string": "a string",
    "boolean": "true or false",
    "array": "a list",
    "object": "an object",
    "null": "null",
}


@functools.cache
def _validator() -> jsonschema.Draft202012Validator:
    """One validator for the process (it never changes the schema it holds)."""
    return jsonschema.Draft202012Validator(_schema(), format_checker=_format_checker())


def schema_problems(data: Any) -> list[FieldProblem]:
    """Every way ``data`` departs from the schema, each with its JSON path ("$.visits[3].x")."""
    problems = [_problem(e) for e in _validator().iter_errors(data)]
    unique = {(p.field, p.message): p for p in problems}
    return sorted(unique.values(), key=lambda p: (p.field, p.message))


def _json_path(parts: Iterable[str | int]) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in parts)


def _problem(error: jsonschema.ValidationError) -> FieldProblem:
    path = _json_path(error.absolute_path)
    kind, value = error.validator, error.instance
    if kind == "required":
        missing = error.message.split("'")[1]
        return FieldProblem(f"{path}.{missing}", "required")
    if kind == "additionalProperties":
        return FieldProblem(path, f"unknown field(s): {error.message.split('(')[-1].rstrip(')')}")
    if kind == "const" and path == "$.version":
        return FieldProblem(
            path, f"version {value!r} is not supported (this lpdesk reads {VERSION})"
        )
    if kind == "const" and path == "$.format":
        return FieldProblem(path, f'not an lpdesk case file (format must be "{FORMAT}")')
    if kind == "format":
        return FieldProblem(path, f"not a {error.validator_value}")
    if kind == "enum":
        allowed = ", ".join(str(v) for v in error.validator_value if v is not None)
        return FieldProblem(path, f"{value!r} is not one of: {allowed}")
    if kind == "type":
        wanted = error.validator_value
        names = [
            _TYPE_NAMES.get(str(w), str(w))
            for w in (wanted if isinstance(wanted, list) else [wanted])
        ]
        return FieldProblem(path, "not " + " or ".join(names))
    return FieldProblem(path, error.message)


if __name__ == "__main__":  # writes docs/case-file.schema.json: python -m ... > that file
    import json
    import sys

    sys.stdout.write(json.dumps(case_file_schema(), indent=2, ensure_ascii=False) + "\n")
