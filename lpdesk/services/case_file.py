"""Export a whole case to a versioned JSON case file, and import one into this database.

The file (docs/case-file.md) holds the case and every record that belongs to it, plus the people
and agencies they refer to; no users and no audit trail. Ids in the file are local keys, numbered
1, 2, ... per kind of record in the order of the source ids, so exporting the same case from two
databases gives the same file. Import checks the file against the generated JSON Schema and every
reference, collects every problem with its JSON path, and writes nothing unless all is well; the
records get new ids in this database and the case's reference must not exist here yet.

Person references inside minutes' answers follow the pro-forma (fields of kind ``person``); inside
plan snapshots, keys ending in ``person_id`` or ``person_ids``.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from lpdesk.domain import (
    Absence,
    Agency,
    Attendance,
    Case,
    FieldProblem,
    InvalidInput,
    Meeting,
    NotFound,
    Person,
    PlanVersion,
)
from lpdesk.domain.registry import entity_name
from lpdesk.forms.spec import FieldKind, FormSpec
from lpdesk.services.case_file_schema import (
    FORMAT,
    OWNER_FIELDS,
    REFERENCED,
    SECTIONS,
    VERSION,
    from_json,
    nested_dataclass,
    reference_target,
    schema_problems,
    section_key,
    to_json,
)
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.permissions import Permission, require, require_case
from lpdesk.services.ports import UnitOfWork

__all__ = [
    "FormLookup",
    "case_file_problems",
    "export_case",
    "export_case_by_reference",
    "import_case",
]

FormLookup = Callable[[str, int], FormSpec | None]
"""The pro-forma a meeting's answers were written on, or None if it is not installed."""

Resolve = Callable[[type, Any, str], Any]
"""Maps one reference (target kind, id, JSON path) to its new value, noting any problem. The target
``FormSpec`` with value ``(form_id, version)`` reports minutes written on a form not installed."""


def _form_missing(value: tuple[str, int], path: str) -> FieldProblem:
    form_id, version = value
    return FieldProblem(
        path,
        f"form {form_id!r} version {version} is not installed, so the people its answers name"
        " cannot be carried",
    )


def _relink(
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
                _relink(nested, v, resolve, f"{where}[{i}]", forms) for i, v in enumerate(value)
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
            if spec_field.kind is FieldKind.PERSON and _is_id(value):
                values[spec_field.key] = resolve(Person, value, where)
            elif spec_field.kind is FieldKind.TABLE and isinstance(value, list):
                people = [c.key for c in spec_field.columns if c.kind is FieldKind.PERSON]
                rows = [dict(r) if isinstance(r, dict) else r for r in value]
                for i, row in enumerate(rows):
                    for key in people:
                        if isinstance(row, dict) and _is_id(row.get(key)):
                            row[key] = resolve(Person, row[key], f"{where}[{i}].{key}")
                values[spec_field.key] = rows
    return out


def _relink_snapshot(value: Any, resolve: Resolve, path: str) -> Any:
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            where = f"{path}.{k}"
            if k.endswith("person_id") and _is_id(v):
                out[k] = resolve(Person, v, where)
            elif k.endswith("person_ids") and isinstance(v, list):
                out[k] = [
                    resolve(Person, x, f"{where}[{i}]") if _is_id(x) else x for i, x in enumerate(v)
                ]
            else:
                out[k] = _relink_snapshot(v, resolve, where)
        return out
    if isinstance(value, list):
        return [_relink_snapshot(v, resolve, f"{path}[{i}]") for i, v in enumerate(value)]
    return value


def _is_id(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _default_forms() -> FormLookup:
    from lpdesk.services.profiles import shared_provider

    provider = shared_provider()

    def lookup(form_id: str, version: int) -> FormSpec | None:
        try:
            return provider.form(form_id, version)
        except (LookupError, NotFound, InvalidInput):
            return None

    return lookup


# ---------------------------------------------------------------- export


def export_case(
    ctx: ServiceContext, case_id: int, *, forms: FormLookup | None = None
) -> dict[str, Any]:
    """The case file of one case (a JSON-able dict). Exporting is audited."""
    with ctx.uow() as uow:
        if not uow.repo(Case).find(id=case_id):
            raise InvalidInput.one("case_id", f"no case {case_id}")
        require_case(ctx, uow, Permission.EXPORT, case_id)
        lookup = forms or _default_forms()
        data = _write_file(_gather(uow, case_id, lookup), ctx.clock.now(), lookup)
        record(uow, ctx, "case.export", "case", case_id)
    return data


def export_case_by_reference(
    ctx: ServiceContext, reference: str, *, forms: FormLookup | None = None
) -> dict[str, Any]:
    with ctx.uow() as uow:
        found = uow.repo(Case).find(reference=reference)
    if not found or found[0].id is None:
        raise InvalidInput.one("case", f"no case {reference}")
    return export_case(ctx, found[0].id, forms=forms)


def _gather(uow: UnitOfWork, case_id: int, forms: FormLookup) -> dict[type, list[Any]]:
    records: dict[type, list[Any]] = {Case: [uow.repo(Case).get(case_id)]}
    for cls in SECTIONS:
        if cls is Case or cls in REFERENCED:
            continue
        names = {f.name for f in dataclasses.fields(cls)}
        if "case_id" in names:
            records[cls] = uow.repo(cls).find(case_id=case_id)
            continue
        parent = min(names & OWNER_FIELDS)  # plan_id or meeting_id: gathered before
        target = reference_target(cls, parent)
        assert target is not None
        parent_ids = [r.id for r in records[target]]
        records[cls] = uow.repo(cls).find(**{parent: parent_ids}) if parent_ids else []
    person_ids: set[int] = set()
    absences: dict[int, Absence] = {}

    def collect(target: type, value: Any, path: str) -> Any:
        if target is Person and _is_id(value):
            person_ids.add(value)
        return value

    for cls, items in records.items():
        for item in items:
            _relink(cls, to_json(item), collect, "$", forms)
    people: dict[int, Person] = {}
    asked: set[int] = set()
    while missing := sorted(person_ids - asked):
        asked.update(missing)
        for p in uow.repo(Person).find(id=missing):
            assert p.id is not None
            people[p.id] = p
            _relink(Person, to_json(p), collect, "$", forms)
        for a in uow.repo(Absence).find(person_id=missing):
            assert a.id is not None
            absences[a.id] = a
            _relink(Absence, to_json(a), collect, "$", forms)
    agency_ids = sorted({p.agency_id for p in people.values() if p.agency_id is not None})
    records[Agency] = uow.repo(Agency).find(id=agency_ids) if agency_ids else []
    records[Person] = sorted(people.values(), key=lambda p: p.id or 0)
    records[Absence] = sorted(absences.values(), key=lambda a: a.id or 0)
    return records


def _write_file(records: dict[type, list[Any]], now: datetime, forms: FormLookup) -> dict[str, Any]:
    local = {
        cls: {r.id: i for i, r in enumerate(sorted(items, key=lambda r: r.id), start=1)}
        for cls, items in records.items()
    }
    problems: list[FieldProblem] = []

    def to_local(target: type, value: Any, path: str) -> Any:
        if target is FormSpec:
            problems.append(_form_missing(value, path))
        elif value not in local[target]:
            problems.append(FieldProblem(path, f"refers to a record outside case {case_id}"))
        else:
            return local[target][value]
        return value

    case_id = records[Case][0].id
    out: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": now.isoformat(),
    }
    for cls in SECTIONS:
        key = section_key(cls)
        items = []
        for i, r in enumerate(sorted(records[cls], key=lambda r: r.id)):
            item = to_json(r)
            item = _relink(cls, item, to_local, f"$.{key}[{i}]", forms)
            item["id"] = local[cls][r.id]
            items.append(item)
        out[key] = items[0] if cls is Case else items
    if problems:
        raise InvalidInput(problems)
    _rebase_approvals(records, out)
    return out


# ---------------------------------------------------------------- import


def case_file_problems(data: Any, *, forms: FormLookup | None = None) -> list[FieldProblem]:
    """Every problem with a case file, each with its JSON path: the schema first, then (if the
    shape is right) duplicate keys and references to records the file does not hold."""
    problems = schema_problems(data)
    if problems:
        return problems
    lookup = forms or _default_forms()
    keys: dict[type, set[int]] = {}
    for cls in SECTIONS:
        key = section_key(cls)
        items = [data[key]] if cls is Case else data[key]
        seen = keys.setdefault(cls, set())
        for i, item in enumerate(items):
            if item["id"] in seen:
                where = f"$.{key}" if cls is Case else f"$.{key}[{i}]"
                problems.append(FieldProblem(f"{where}.id", f"duplicate id {item['id']}"))
            seen.add(item["id"])

    def check(target: type, value: Any, path: str) -> Any:
        if target is FormSpec:
            problems.append(_form_missing(value, path))
        elif value not in keys[target]:
            problems.append(FieldProblem(path, f"no {entity_name(target)} {value} in this file"))
        return value

    for cls, key, i, item in _items(data):
        where = f"$.{key}" if cls is Case else f"$.{key}[{i}]"
        _relink(cls, item, check, where, lookup)
    return problems


def _items(data: dict[str, Any]) -> Iterable[tuple[type, str, int, dict[str, Any]]]:
    for cls in SECTIONS:
        key = section_key(cls)
        for i, item in enumerate([data[key]] if cls is Case else data[key]):
            yield cls, key, i, item


def import_case(ctx: ServiceContext, data: Any, *, forms: FormLookup | None = None) -> Case:
    """Create the case in a case file, with new ids. Refused (nothing written) on any problem in
    the file, or if a case with its reference already exists here."""
    require(ctx, Permission.IMPORT)
    lookup = forms or _default_forms()
    problems = case_file_problems(data, forms=lookup)
    with ctx.uow() as uow:
        if not problems and uow.repo(Case).find(reference=data["case"]["reference"]):
            problems.append(FieldProblem("$.case.reference", "a case with this reference exists"))
        if problems:
            raise InvalidInput(problems)
        case = _insert(uow, data, lookup)
        count = sum(1 if cls is Case else len(data[section_key(cls)]) for cls in SECTIONS)
        record(uow, ctx, "case.import", "case", case.id, f"records={count}")
    return case


def _insert(uow: UnitOfWork, data: dict[str, Any], forms: FormLookup) -> Case:
    new_ids: dict[type, dict[int, int]] = {cls: {} for cls in SECTIONS}
    managers: list[tuple[int, int]] = []  # (new person id, file key of their manager)

    def to_new(target: type, value: Any, path: str) -> Any:
        return new_ids[target][value]

    approved = _verified_approvals(data)
    for cls, _key, _i, item in _items(data):
        fields = dict(item)
        if cls is Meeting and item["id"] in approved:
            fields["revision"] = item.get("revision", 1) - 1  # re-approving restores it
        if cls is Person and fields.get("manager_id") is not None:
            manager_key = fields.pop("manager_id")
        else:
            manager_key = None
        fields = _relink(cls, fields, to_new, "$", forms)
        key = fields.pop("id")
        stored: Any = uow.repo(cls).add(from_json(cls, fields))
        new_ids[cls][key] = stored.id
        if manager_key is not None:
            managers.append((stored.id, manager_key))
    for key in approved:
        _reapprove(uow, new_ids[Meeting][key])
    for person_id, manager_key in managers:
        person = uow.repo(Person).get(person_id)
        uow.repo(Person).update(
            dataclasses.replace(person, manager_id=new_ids[Person][manager_key])
        )
    case: Case = uow.repo(Case).get(new_ids[Case][data["case"]["id"]])
    return case


# ---------------------------------------------------------------- approved minutes
#
# An approval is the SHA-256 of the exact minutes (``meetings.approval.canonical_minutes``), which
# names the meeting's and the attendees' ids. In the file the hash is over the local keys; on
# import it is recomputed over the new ids. A hash that does not match its minutes (changed after
# approval) is carried unchanged, so it still fails to match and nothing circulates on it.


def _digest(meeting: Meeting, attendance: list[Attendance]) -> str:
    from lpdesk.services.meetings.approval import canonical_minutes

    return hashlib.sha256(canonical_minutes(meeting, attendance)).hexdigest()


def _file_minutes(data: dict[str, Any], item: dict[str, Any]) -> tuple[Meeting, list[Attendance]]:
    rows = [a for a in data["attendances"] if a["meeting_id"] == item["id"]]
    return from_json(Meeting, item), [from_json(Attendance, a) for a in rows]


def _rebase_approvals(records: dict[type, list[Any]], out: dict[str, Any]) -> None:
    by_id = {m.id: m for m in records[Meeting]}
    for item, source in zip(out["meetings"], sorted(by_id), strict=True):
        meeting = by_id[source]
        if not meeting.approved_hash:
            continue
        rows = [a for a in records[Attendance] if a.meeting_id == meeting.id]
        if _digest(meeting, rows) == meeting.approved_hash:
            item["approved_hash"] = _digest(*_file_minutes(out, item))


def _verified_approvals(data: dict[str, Any]) -> set[int]:
    return {
        item["id"]
        for item in data["meetings"]
        if item.get("approved_hash")
        and _digest(*_file_minutes(data, item)) == item["approved_hash"]
    }


def _reapprove(uow: UnitOfWork, meeting_id: int) -> None:
    meeting = uow.repo(Meeting).get(meeting_id)
    rows = uow.repo(Attendance).find(meeting_id=meeting_id)
    digest = _digest(dataclasses.replace(meeting, revision=meeting.revision + 1), rows)
    uow.repo(Meeting).update(dataclasses.replace(meeting, approved_hash=digest))
