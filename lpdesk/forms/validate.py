"""Check answers against their form: the part of validation that belongs to the form.

``validate_answers`` never raises on bad data; it returns one ``FieldProblem`` per bad value, each
naming the field the way the meeting service and the editor do: ``voice.wishes``,
``actions.rows[2].by_when`` (table rows count from 0, as in ``lpdesk.services.meetings.language``). With ``final=True`` it also checks completeness:
required fields and sections, and each table's ``min_rows``. Record-based checks (everyone's
attendance recorded, disagreements resolved, ...) belong to the meeting service.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, cast

from lpdesk.domain import FieldProblem
from lpdesk.forms.spec import Answers, FieldKind, FieldSpec, FormSpec, SectionSpec

__all__ = ["is_answered", "normalise_answers", "validate_answers"]

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def validate_answers(
    spec: FormSpec,
    answers: Answers,
    *,
    flags: frozenset[str],
    member_ids: frozenset[int] | None = None,
    final: bool,
) -> list[FieldProblem]:
    """Every problem with ``answers`` on ``spec`` under a profile with ``flags``; ``member_ids``
    (if given) are the people a person field may name."""
    given: object = answers
    if not isinstance(given, dict):
        return [FieldProblem("answers", f"must be sections of answers, not {_describe(given)}")]
    shown = {s.key: s for s in spec.sections_for(flags)}
    problems: list[FieldProblem] = []
    for key, section_answers in given.items():
        name = _name(key)
        section = shown.get(name)
        if section is None:
            problems.append(FieldProblem(name, _not_shown(spec, name)))
        elif not isinstance(section_answers, dict):
            problems.append(
                FieldProblem(name, f"must be answers by field, not {_describe(section_answers)}")
            )
        else:
            problems.extend(_check_section(section, section_answers, member_ids))
    if final:
        for section in shown.values():
            section_answers = given.get(section.key)
            problems.extend(
                _completeness(section, section_answers if isinstance(section_answers, dict) else {})
            )
    return problems


def normalise_answers(spec: FormSpec, answers: Answers) -> Answers:
    """Text stripped (line ends made ``\\n``); empty values, empty table rows and empty sections
    dropped. Anything that is not the shape of answers is left as it is for ``validate_answers`` to
    name. ``spec`` is the form the answers are on (kept for symmetry with ``validate_answers``)."""
    del spec  # every kind normalises the same way today
    given: object = answers
    if not isinstance(given, dict):
        return answers
    out: dict[Any, Any] = {}
    for key, section_answers in given.items():
        if not isinstance(section_answers, dict):
            out[key] = section_answers
            continue
        cleaned = {k: _clean(v) for k, v in section_answers.items()}
        kept = {k: v for k, v in cleaned.items() if is_answered(v)}
        if kept:
            out[key] = kept
    return cast(Answers, out)


def is_answered(value: object) -> bool:
    """``False`` is an answer (a yes/no answered "no"); ``None``, blank text and empty lists and
    rows are not."""
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list):
        return any(is_answered(row) for row in value)
    if isinstance(value, dict):
        return any(is_answered(cell) for cell in value.values())
    return True


def _not_shown(spec: FormSpec, name: str) -> str:
    if any(s.key == name for s in spec.sections):
        return "this section is not used under this practice profile"
    return f'unknown section (form "{spec.id}" has {", ".join(s.key for s in spec.sections)})'


def _check_section(
    section: SectionSpec, answers: dict[Any, Any], member_ids: frozenset[int] | None
) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    known = {f.key: f for f in section.fields}
    for key, value in answers.items():
        path = f"{section.key}.{_name(key)}"
        field = known.get(_name(key))
        if field is None:
            keys = ", ".join(known)
            problems.append(
                FieldProblem(path, f'unknown field (section "{section.key}" has {keys})')
            )
        else:
            problems.extend(_check_value(field, value, path, member_ids))
    return problems


def _check_value(
    field: FieldSpec, value: object, path: str, member_ids: frozenset[int] | None
) -> list[FieldProblem]:
    if value is None:
        return []
    if field.kind is FieldKind.TABLE:
        return _check_rows(field, value, path, member_ids)
    message = _value_problem(field, value, member_ids)
    return [FieldProblem(path, message)] if message else []


def _value_problem(field: FieldSpec, value: object, member_ids: frozenset[int] | None) -> str:
    kind = field.kind
    whole = isinstance(value, int) and not isinstance(value, bool)
    if kind in (FieldKind.TEXT, FieldKind.LONG_TEXT, FieldKind.DATE, FieldKind.CHOICE):
        if not isinstance(value, str):
            return f"must be text, not {_describe(value)}"
        if kind is FieldKind.DATE and value.strip() and not _is_iso_date(value.strip()):
            return f'must be a date written YYYY-MM-DD, not "{value}"'
        if kind is FieldKind.CHOICE and value.strip() and value not in field.choices:
            return f'"{value}" is not one of the choices: {", ".join(field.choices)}'
    elif kind is FieldKind.YES_NO and not isinstance(value, bool):
        return f"must be yes or no (true or false), not {_describe(value)}"
    elif kind is FieldKind.PERSON:
        if not whole:
            return f"must be a person's id, not {_describe(value)}"
        if member_ids is not None and value not in member_ids:
            return f"person {_describe(value)} is not a member of this core group"
    elif kind is FieldKind.SCALE and (not whole or not 0 <= cast(int, value) <= field.scale_max):
        return f"must be a whole number from 0 to {field.scale_max}, not {_describe(value)}"
    return ""


def _check_rows(
    field: FieldSpec, value: object, path: str, member_ids: frozenset[int] | None
) -> list[FieldProblem]:
    if not isinstance(value, list):
        return [FieldProblem(path, f"must be a list of rows, not {_describe(value)}")]
    problems: list[FieldProblem] = []
    if field.max_rows is not None and len(value) > field.max_rows:
        problems.append(FieldProblem(path, f"at most {field.max_rows} rows, not {len(value)}"))
    columns = {c.key: c for c in field.columns}
    for number, row in enumerate(value):
        where = f"{path}[{number}]"
        if not isinstance(row, dict):
            problems.append(FieldProblem(where, f"must be a row of cells, not {_describe(row)}"))
            continue
        for key, cell in row.items():
            column = columns.get(_name(key))
            if column is None:
                keys = ", ".join(columns)
                problems.append(
                    FieldProblem(f"{where}.{_name(key)}", f"unknown column (the table has {keys})")
                )
            else:
                problems.extend(_check_value(column, cell, f"{where}.{column.key}", member_ids))
    return problems


def _completeness(section: SectionSpec, answers: dict[Any, Any]) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if section.required and not any(is_answered(answers.get(f.key)) for f in section.fields):
        problems.append(
            FieldProblem(
                section.key, f'required: answer at least one question in "{section.title}"'
            )
        )
    for field in section.fields:
        path = f"{section.key}.{field.key}"
        value = answers.get(field.key)
        if field.required and not is_answered(value):
            problems.append(FieldProblem(path, "required"))
        if field.kind is not FieldKind.TABLE or not isinstance(value, list):
            continue
        rows = [row for row in value if isinstance(row, dict) and is_answered(row)]
        if len(rows) < field.min_rows:
            problems.append(
                FieldProblem(path, f"needs at least {field.min_rows} rows, not {len(rows)}")
            )
        for number, row in enumerate(value):
            if not isinstance(row, dict) or not is_answered(row):
                continue
            for column in field.columns:
                if column.required and not is_answered(row.get(column.key)):
                    problems.append(FieldProblem(f"{path}[{number}].{column.key}", "required"))
    return problems


def _name(key: object) -> str:
    """A key as a path part; a blank key shown as ``""`` so the path still names it."""
    text = str(key)
    return text if text.strip() else f'"{text}"'


def _is_iso_date(text: str) -> bool:
    if not _ISO_DATE.fullmatch(text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _clean(value: object) -> object:
    if isinstance(value, str):
        return value.replace("\r\n", "\n").strip()
    if isinstance(value, list):
        rows = [_clean(row) for row in value]
        return [row for row in rows if not isinstance(row, dict) or is_answered(row)]
    if isinstance(value, dict):
        cells = {k: _clean(v) for k, v in value.items()}
        return {k: v for k, v in cells.items() if is_answered(v)}
    return value


def _describe(value: object) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'text "{value[:40]}"'
    if isinstance(value, int) and abs(value) > 10**15:
        return "a very large number"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return f"a {type(value).__name__}"
