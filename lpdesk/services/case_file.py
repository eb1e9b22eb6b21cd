"""Export a whole case to a versioned JSON case file, and import one into this database.

The file (docs/case-file.md) holds the case and every record that belongs to it, plus the people
and agencies they refer to; no users and no audit trail. Ids in the file are local keys, numbered
1, 2, ... per kind of record in the order of the source ids, so exporting the same case from two
databases gives the same file. Import checks the file's hygiene, the generated JSON Schema, every
reference and every rule the use cases enforce (``case_file_checks``), collects every problem with
its JSON path, and writes nothing unless all is well; the records get new ids in this database,
the case's reference must not exist here yet, people already here are matched
(``case_file_people``), and minutes approved elsewhere arrive held, to be approved here.

Person references inside minutes' answers follow the pro-forma (fields of kind ``person``); inside
plan snapshots, keys ending in ``person_id`` or ``person_ids``.

The shape is in ``case_file_schema``, the walk over references in ``case_file_relink``, the checks
in ``case_file_checks``, matching people in ``case_file_people``, and the hashes of approved
minutes (on export) in ``case_file_approvals``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from lpdesk.domain import (
    Absence,
    Agency,
    Case,
    FieldProblem,
    InvalidInput,
    Meeting,
    MeetingStatus,
    Person,
)
from lpdesk.domain.registry import entity_name
from lpdesk.forms.spec import FormSpec
from lpdesk.rules.profile import Profile
from lpdesk.services.case_file_approvals import rebase_approvals
from lpdesk.services.case_file_checks import hygiene_problems, record_problems
from lpdesk.services.case_file_people import match_agencies, match_people
from lpdesk.services.case_file_relink import FormLookup, default_forms, form_missing, is_id, relink
from lpdesk.services.case_file_relink import Resolve as Resolve  # importable here as before
from lpdesk.services.case_file_schema import (
    FORMAT,
    OWNER_FIELDS,
    REFERENCED,
    SECTIONS,
    VERSION,
    from_json,
    reference_target,
    schema_problems,
    section_key,
    to_json,
)
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.permissions import Permission, require, require_case
from lpdesk.services.ports import UnitOfWork
from lpdesk.services.profiles import shared_provider

__all__ = [
    "FormLookup",
    "ImportedCase",
    "case_file_problems",
    "export_case",
    "export_case_by_reference",
    "import_case",
    "import_case_file",
]


# ---------------------------------------------------------------- export


def export_case(
    ctx: ServiceContext, case_id: int, *, forms: FormLookup | None = None
) -> dict[str, Any]:
    """The case file of one case (a JSON-able dict). Exporting is audited."""
    with ctx.uow() as uow:
        if not uow.repo(Case).find(id=case_id):
            raise InvalidInput.one("case_id", f"no case {case_id}")
        require_case(ctx, uow, Permission.EXPORT, case_id)
        lookup = forms or default_forms()
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
        if target is Person and is_id(value):
            person_ids.add(value)
        return value

    for cls, items in records.items():
        for item in items:
            relink(cls, to_json(item), collect, "$", forms)
    people: dict[int, Person] = {}
    asked: set[int] = set()
    while missing := sorted(person_ids - asked):
        asked.update(missing)
        for p in uow.repo(Person).find(id=missing):
            assert p.id is not None
            people[p.id] = p
            relink(Person, to_json(p), collect, "$", forms)
        for a in uow.repo(Absence).find(person_id=missing):
            assert a.id is not None
            absences[a.id] = a
            relink(Absence, to_json(a), collect, "$", forms)
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
            problems.append(form_missing(value, path))
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
            item = relink(cls, item, to_local, f"$.{key}[{i}]", forms)
            item["id"] = local[cls][r.id]
            items.append(item)
        out[key] = items[0] if cls is Case else items
    if problems:
        raise InvalidInput(problems)
    rebase_approvals(records, out)
    return out


# ---------------------------------------------------------------- import


@dataclass(frozen=True, kw_only=True, slots=True)
class ImportedCase:
    """The case created, what it matched here instead of creating, and how many minutes arrived
    held (never approved: approval is given in this database)."""

    case: Case
    matched: tuple[str, ...] = ()
    minutes_to_approve: int = 0


def case_file_problems(
    data: Any,
    *,
    forms: FormLookup | None = None,
    now: datetime | None = None,
    profiles: Mapping[str, Profile] | None = None,
) -> list[FieldProblem]:
    """Every problem with a case file, each with its JSON path, in stages (a later stage runs
    only on a file the earlier ones accept): its hygiene (depth, sizes, characters, numbers), the
    schema, duplicate keys and references to records the file does not hold, then the domain
    rules the use cases enforce (as of ``now``, under the known ``profiles``)."""
    problems = hygiene_problems(data)
    if problems:
        return problems
    problems = schema_problems(data)
    if problems:
        return problems
    lookup = forms or default_forms()
    keys: dict[type, set[int]] = {cls: set() for cls in SECTIONS}
    for cls, key, i, item in _items(data):
        if item["id"] in keys[cls]:
            problems.append(FieldProblem(f"{_path(cls, key, i)}.id", f"duplicate id {item['id']}"))
        keys[cls].add(item["id"])

    def check(target: type, value: Any, path: str) -> Any:
        if target is FormSpec:
            problems.append(form_missing(value, path))
        elif value not in keys[target]:
            problems.append(FieldProblem(path, f"no {entity_name(target)} {value} in this file"))
        return value

    for cls, key, i, item in _items(data):
        relink(cls, item, check, _path(cls, key, i), lookup)
    if problems:
        return problems
    known = profiles if profiles is not None else shared_provider().profiles()
    return record_problems(data, now=now or datetime.now(), profiles=known, forms=lookup)


def _path(cls: type, key: str, i: int) -> str:
    """The JSON path of the ``i``-th record of a section (the case is one record, not a list)."""
    return f"$.{key}" if cls is Case else f"$.{key}[{i}]"


def _items(data: dict[str, Any]) -> Iterable[tuple[type, str, int, dict[str, Any]]]:
    for cls in SECTIONS:
        key = section_key(cls)
        for i, item in enumerate([data[key]] if cls is Case else data[key]):
            yield cls, key, i, item


def import_case(ctx: ServiceContext, data: Any, *, forms: FormLookup | None = None) -> Case:
    """``import_case_file``, returning the case alone."""
    return import_case_file(ctx, data, forms=forms).case


def import_case_file(
    ctx: ServiceContext, data: Any, *, forms: FormLookup | None = None
) -> ImportedCase:
    """Create the case in a case file, with new ids. Refused (nothing written) on any problem in
    the file, or if a case with its reference already exists here. A person with the same name
    and email address as one person here is that person (matched, not created again); two such
    people here are an ambiguity, refused and named. Minutes arrive held, never approved."""
    require(ctx, Permission.IMPORT)
    lookup = forms or default_forms()
    problems = case_file_problems(data, forms=lookup, now=ctx.clock.now())
    with ctx.uow() as uow:
        if not problems and uow.repo(Case).find(reference=data["case"]["reference"]):
            problems.append(FieldProblem("$.case.reference", "a case with this reference exists"))
        matches: dict[type, dict[int, int]] = {}
        if not problems:
            matches = {Person: match_people(uow, data, problems), Agency: match_agencies(uow, data)}
        if problems:
            raise InvalidInput(problems)
        case, matched = _insert(uow, data, lookup, matches)
        held = sum(1 for m in data["meetings"] if MeetingStatus(m["status"]) in _APPROVED)
        count = sum(1 if cls is Case else len(data[section_key(cls)]) for cls in SECTIONS)
        record(
            uow,
            ctx,
            "case.import",
            "case",
            case.id,
            f"records={count} matched={len(matched)} minutes_to_approve={held}",
        )
    return ImportedCase(case=case, matched=tuple(matched), minutes_to_approve=held)


_APPROVED = (MeetingStatus.APPROVED, MeetingStatus.CIRCULATED)


def _unapproved(fields: dict[str, Any]) -> dict[str, Any]:
    """Minutes approved elsewhere arrive held: an approval is given here, by someone here."""
    if MeetingStatus(fields.get("status", MeetingStatus.CONVENED.value)) not in _APPROVED:
        return fields
    return fields | {
        "status": MeetingStatus.HELD.value,
        "approved_hash": "",
        "approved_by": "",
        "approved_at": None,
        "circulated_on": None,
    }


def _insert(
    uow: UnitOfWork, data: dict[str, Any], forms: FormLookup, matches: dict[type, dict[int, int]]
) -> tuple[Case, list[str]]:
    new_ids: dict[type, dict[int, int]] = {cls: {} for cls in SECTIONS}
    managers: list[tuple[int, int]] = []  # (new person id, file key of their manager)
    matched: list[str] = []

    def to_new(target: type, value: Any, path: str) -> Any:
        return new_ids[target][value]

    for cls, _key, _i, item in _items(data):
        fields = dict(item)
        if item["id"] in matches.get(cls, {}):
            new_ids[cls][item["id"]] = matches[cls][item["id"]]
            if cls is Person:
                matched.append(
                    f"{item['name']} ({item['email']}): matched a person already here, not"
                    " added again"
                )
            continue
        if cls is Meeting:
            fields = _unapproved(fields)
        if cls is Person and fields.get("manager_id") is not None:
            manager_key = fields.pop("manager_id")
            fields["revision"] = item.get("revision", 1) - 1  # relinking the manager restores it
        else:
            manager_key = None
        fields = relink(cls, fields, to_new, "$", forms)
        key = fields.pop("id")
        known = _known_absence(uow, fields) if cls is Absence else None
        if known is not None:
            new_ids[Absence][key] = known
            continue
        stored: Any = uow.repo(cls).add(from_json(cls, fields))
        new_ids[cls][key] = stored.id
        if manager_key is not None:
            managers.append((stored.id, manager_key))
    for person_id, manager_key in managers:
        person = uow.repo(Person).get(person_id)
        uow.repo(Person).update(
            dataclasses.replace(person, manager_id=new_ids[Person][manager_key])
        )
    case: Case = uow.repo(Case).get(new_ids[Case][data["case"]["id"]])
    return case, matched


def _known_absence(uow: UnitOfWork, fields: dict[str, Any]) -> int | None:
    """A matched person's absence already recorded here (same start and end) is not added."""
    for a in uow.repo(Absence).find(person_id=fields["person_id"]):
        ends = a.ends_on.isoformat() if a.ends_on else None
        if a.starts_on.isoformat() == fields["starts_on"] and ends == fields.get("ends_on"):
            return a.id
    return None
