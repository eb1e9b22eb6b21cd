"""Load pro-formas from TOML (format: docs/decisions/0007-proforma-format.md, docs/forms.md).

Every problem in a file is collected, not just the first, and refused together as ``InvalidInput``
whose problems name ``"<file>:<line>: <toml path>"``, e.g.
``core_group_minutes.toml:42: section[3].field[2].kind``; array indices count from 1 in file order.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from lpdesk.domain import FieldProblem, InvalidInput, PlanKind
from lpdesk.forms.positions import TomlPositions
from lpdesk.forms.reader import TableReader
from lpdesk.forms.registry import FormRegistry
from lpdesk.forms.spec import FieldKind, FieldSpec, FormSpec, SectionSpec

__all__ = ["PREFILLS", "load_form", "load_forms"]

PREFILLS = ("attendance", "visits", "plan_review", "disagreements", "events", "next_dates")
"""What a section can be filled from (the meeting service knows how)."""

_TOML_LINE = re.compile(r"at line (\d+)")
_FORM_KEYS = ("id", "version", "title", "plan_kinds")
_SECTION_KEYS = (
    "key",
    "title",
    "required",
    "restricted",
    "profile_flag",
    "prefill",
    "help",
    "field",
)
_COLUMN_KEYS = (
    "key",
    "label",
    "kind",
    "required",
    "choices",
    "scale_max",
    "language_check",
    "help",
)
_FIELD_KEYS = (*_COLUMN_KEYS, "min_rows", "max_rows", "restricted", "column")


def load_form(path: Path | str) -> FormSpec:
    """One form file, or ``InvalidInput`` with every problem in it."""
    path = Path(path)
    name = path.name
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput.one(f"{name}:1: file", f"cannot read the form: {exc}") from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = _TOML_LINE.search(str(exc))
        line = found.group(1) if found else "1"
        raise InvalidInput.one(f"{name}:{line}: toml", f"not valid TOML: {exc}") from exc
    reader = TableReader(name, TomlPositions(text))
    spec = _read_form(reader, data, str(path))
    if reader.problems or spec is None:
        raise InvalidInput(sorted(reader.problems, key=lambda p: int(p.field.split(":")[1])))
    return spec


def load_forms(dirs: Sequence[Path | str]) -> FormRegistry:
    """Every ``*.toml`` of each folder; a later folder's form replaces an earlier one with the same
    id and version. The first folder (the shipped forms) must exist; a later one that does not is
    skipped (an authority that has added no forms). All problems of all files are refused together.
    """
    forms: dict[tuple[str, int], FormSpec] = {}
    problems: list[FieldProblem] = []
    for index, folder in enumerate(Path(d) for d in dirs):
        if not folder.is_dir():
            if index == 0:
                problems.append(FieldProblem(str(folder), "no such folder of forms"))
            continue
        here: dict[tuple[str, int], FormSpec] = {}
        for path in sorted(folder.glob("*.toml")):
            try:
                spec = load_form(path)
            except InvalidInput as refused:
                problems.extend(refused.problems)
                continue
            same = here.get((spec.id, spec.version))
            if same is not None:
                line = TomlPositions(path.read_text(encoding="utf-8")).line_of("form.version")
                problems.append(
                    FieldProblem(
                        f"{path.name}:{line}: form.version",
                        f'form "{spec.id}" version {spec.version} is also defined in '
                        f"{Path(same.source).name}; give this one a new version",
                    )
                )
            here[(spec.id, spec.version)] = spec
        forms.update(here)
    if problems:
        raise InvalidInput(problems)
    return FormRegistry(forms)


def _read_form(reader: TableReader, data: dict[str, Any], source: str) -> FormSpec | None:
    for top in data:
        if top not in ("form", "section"):
            reader.refuse(top, f'unknown key "{top}" (a form file has [form] and [[section]])')
    if "form" not in data:
        reader.refuse("form", "missing the [form] table (id, version, title, plan_kinds)")
    form = reader.table(data.get("form", {}), "form", _FORM_KEYS, "[form]")
    form_id = reader.key(form, "id", "form", required=True)
    version = reader.whole(form, "version", "form", low=1, high=None, required=True)
    title = reader.text(form, "title", "form", required=True)
    plan_kinds = reader.texts(form, "plan_kinds", "form", allowed=[k.value for k in PlanKind])
    if "plan_kinds" not in form:
        reader.missing("form", "plan_kinds")
    sections = _read_sections(reader, data.get("section"))
    if version is None:
        return None
    return FormSpec(
        id=form_id,
        version=version,
        title=title,
        plan_kinds=plan_kinds,
        sections=sections,
        source=source,
    )


def _read_sections(reader: TableReader, raw: object) -> tuple[SectionSpec, ...]:
    items = reader.array(raw, "section", "[[section]]")
    if raw is None:
        reader.refuse("section", "a form needs at least one [[section]]")
    sections: list[SectionSpec] = []
    seen: dict[str, int] = {}
    for number, item in enumerate(items, start=1):
        path = f"section[{number}]"
        table = reader.table(item, path, _SECTION_KEYS, "[[section]]")
        key = reader.key(table, "key", path, required=True)
        reader.unique(key, seen, number, f"{path}.key", "section", "section")
        fields = _read_fields(reader, table.get("field"), path, columns=False)
        if "field" not in table:
            reader.refuse(f"{path}.field", "a section needs at least one [[section.field]]")
        prefill = reader.text(table, "prefill", path)
        if prefill and prefill not in PREFILLS:
            reader.refuse(
                f"{path}.prefill",
                f'unknown prefill "{prefill}" (expected one of {", ".join(PREFILLS)})',
            )
        sections.append(
            SectionSpec(
                key=key,
                title=reader.text(table, "title", path, required=True),
                fields=fields,
                help=reader.text(table, "help", path),
                required=reader.flag(table, "required", path),
                restricted=reader.key(table, "restricted", path) or None,
                profile_flag=reader.key(table, "profile_flag", path) or None,
                prefill=prefill or None,
            )
        )
    return tuple(sections)


def _read_fields(
    reader: TableReader, raw: object, path: str, *, columns: bool
) -> tuple[FieldSpec, ...]:
    name, header = (
        ("column", "[[section.field.column]]") if columns else ("field", "[[section.field]]")
    )
    fields: list[FieldSpec] = []
    seen: dict[str, int] = {}
    for number, item in enumerate(reader.array(raw, f"{path}.{name}", header), start=1):
        where = f"{path}.{name}[{number}]"
        field = _read_field(reader, item, where, column=columns)
        if field is not None:
            reader.unique(field.key, seen, number, f"{where}.key", name, f"{path}.{name}")
            fields.append(field)
    return tuple(fields)


def _read_field(reader: TableReader, item: object, path: str, *, column: bool) -> FieldSpec | None:
    header = "[[section.field.column]]" if column else "[[section.field]]"
    table = reader.table(item, path, _COLUMN_KEYS if column else _FIELD_KEYS, header)
    key = reader.key(table, "key", path, required=True)
    label = reader.text(table, "label", path, required=True)
    kind = reader.kind(table, path)
    choices = reader.texts(table, "choices", path)
    scale_max = reader.whole(table, "scale_max", path, low=1, high=100)
    min_rows = reader.whole(table, "min_rows", path, low=0, high=100)
    max_rows = reader.whole(table, "max_rows", path, low=1, high=100)
    columns = _read_fields(reader, table.get("column"), path, columns=True) if not column else ()
    if kind is None:
        return None
    takes = {
        "choices": kind is FieldKind.CHOICE,
        "scale_max": kind is FieldKind.SCALE,
        "min_rows": kind is FieldKind.TABLE,
        "max_rows": kind is FieldKind.TABLE,
        "column": kind is FieldKind.TABLE,
    }
    for option, allowed in takes.items():
        if option in table and not allowed:
            reader.refuse(f"{path}.{option}", f"only a {_owner(option)} field takes {option}")
    if kind is FieldKind.CHOICE and "choices" in table and not choices:
        reader.refuse(f"{path}.choices", "a choice field needs at least one choice")
    elif kind is FieldKind.CHOICE and "choices" not in table:
        reader.refuse(f"{path}.choices", "a choice field needs choices (a list of texts)")
    if kind is FieldKind.TABLE and column:
        reader.refuse(f"{path}.kind", "a table column cannot be a table (no nested tables)")
    elif kind is FieldKind.TABLE and "column" not in table:
        reader.refuse(f"{path}.column", "a table needs at least one [[section.field.column]]")
    if min_rows is not None and max_rows is not None and min_rows > max_rows:
        reader.refuse(f"{path}.max_rows", f"must be at least min_rows ({min_rows}), not {max_rows}")
    return FieldSpec(
        key=key,
        label=label,
        kind=kind,
        required=reader.flag(table, "required", path),
        help=reader.text(table, "help", path),
        choices=choices,
        scale_max=scale_max if scale_max is not None else 10,
        columns=columns,
        min_rows=min_rows or 0,
        max_rows=max_rows,
        restricted=reader.key(table, "restricted", path) or None,
        language_check=reader.flag(table, "language_check", path),
    )


def _owner(option: str) -> str:
    return {"choices": "choice", "scale_max": "scale"}.get(option, "table")
