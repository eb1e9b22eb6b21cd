"""Walking the references in one case file record: every field that refers to another record
(``case_file_schema.reference_target``), the people named in minutes' answers (fields of kind
``person`` in the pro-forma) and in plan snapshots (keys ending in ``person_id`` or
``person_ids``), each passed through a ``Resolve`` that maps it and notes any problem."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from lpdesk.domain import FieldProblem, InvalidInput, Meeting, NotFound, Person, PlanVersion
from lpdesk.forms.spec import FieldKind, FormSpec
from lpdesk.services.case_file_schema import nested_dataclass, reference_target

__all__ = [
    "FormLookup",
    "Resolve",
    "default_forms",
    "form_missing",
    "is_id",
    "relink",
]


FormLookup = Callable[[str, int], FormSpec | None]
"""The pro-forma a meeting's answers were written on, or None if it is not installed."""


Resolve = Callable[[type, Any, str], Any]
"""Maps one reference (target kind, id, JSON path) to its new value, noting any problem. The target
``FormSpec`` with value ``(form_id, version)`` reports minutes written on a form not installed."""


def form_missing(value: tuple[str, int], path: str) -> FieldProblem:
    form_id, version = value
    return FieldProblem(
        path,
        f"form {form_id!r} version {version} is not installed, so the people its answers name"
        " cannot be carried",
    )


def relink(
    cls: type, item: dict[str, Any], resolve: Resolve, path: str, forms: FormLookup
) -> dict[str, Any]:
    """``item`` with every reference passed through ``resolve`` (ids themselves are not)."""
    out = dict(item)
    for f in dataclasses.fields(cls):
        value = item.get(f.name)
        where = f"{path}.{f.name}"
        if value is None:
            continue
        target = reference_target(cls, f.name, item)
        nested = nested_dataclass(cls, f.name)
        if target is not None and isinstance(value, list):
            out[f.name] = [resolve(target, v, f"{where}[{i}]") for i, v in enumerate(value)]
        elif target is not None:
            out[f.name] = resolve(target, value, where)
        elif nested is not None:
            out[f.name] = [
                relink(nested, v, resolve, f"{where}[{i}]", forms) for i, v in enumerate(value)
            ]
    if cls is Meeting and item.get("answers"):
        out["answers"] = _relink_answers(item, resolve, path, forms)
    if cls is PlanVersion:
        out["snapshot"] = _relink_snapshot(item.get("snapshot", {}), resolve, f"{path}.snapshot")
    return out


def _relink_answers(meeting: dict[str, Any], resolve: Resolve, path: str, forms: FormLookup) -> Any:
    answers = meeting["answers"]
    spec = forms(meeting.get("form_id", ""), meeting.get("form_version", 0))
    if spec is None:
        resolve(FormSpec, (meeting.get("form_id"), meeting.get("form_version")), f"{path}.form_id")
        return answers
    out = {k: dict(v) if isinstance(v, dict) else v for k, v in answers.items()}
    for section in spec.sections:
        values = out.get(section.key)
        if not isinstance(values, dict):
            continue
        for spec_field in section.fields:
            value = values.get(spec_field.key)
            where = f"{path}.answers.{section.key}.{spec_field.key}"
            if spec_field.kind is FieldKind.PERSON and is_id(value):
                values[spec_field.key] = resolve(Person, value, where)
            elif spec_field.kind is FieldKind.TABLE and isinstance(value, list):
                people = [c.key for c in spec_field.columns if c.kind is FieldKind.PERSON]
                rows = [dict(r) if isinstance(r, dict) else r for r in value]
                for i, row in enumerate(rows):
                    for key in people:
                        if isinstance(row, dict) and is_id(row.get(key)):
                            row[key] = resolve(Person, row[key], f"{where}[{i}].{key}")
                values[spec_field.key] = rows
    return out


def _relink_snapshot(value: Any, resolve: Resolve, path: str) -> Any:
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            where = f"{path}.{k}"
            if k.endswith("person_id") and is_id(v):
                out[k] = resolve(Person, v, where)
            elif k.endswith("person_ids") and isinstance(v, list):
                out[k] = [
                    resolve(Person, x, f"{where}[{i}]") if is_id(x) else x for i, x in enumerate(v)
                ]
            else:
                out[k] = _relink_snapshot(v, resolve, where)
        return out
    if isinstance(value, list):
        return [_relink_snapshot(v, resolve, f"{path}[{i}]") for i, v in enumerate(value)]
    return value


def is_id(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def default_forms() -> FormLookup:
    from lpdesk.services.profiles import shared_provider

    provider = shared_provider()

    def lookup(form_id: str, version: int) -> FormSpec | None:
        try:
            return provider.form(form_id, version)
        except (LookupError, NotFound, InvalidInput):
            return None

    return lookup
