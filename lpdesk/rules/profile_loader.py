"""Load practice profiles from TOML. The only I/O in ``lpdesk.rules``.

A profile file has the sections [profile], [timescales], [visits], [escalation], [circulation],
[language] and [calendar]; keys are the ``Profile`` field names. ``extends = "england_cp"`` in
[profile] starts from that profile (looked up beside the file, then in the shipped profiles) and
changes only the keys given. Every problem is refused with ``InvalidInput``, each ``FieldProblem``
naming "<file>:<line>: <section>.<key>" so an administrator can find it. See
docs/decisions/0006-profile-format.md.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from lpdesk.domain.enums import DueKind, Nation, PlanKind
from lpdesk.domain.errors import FieldProblem, InvalidInput
from lpdesk.rules.profile import Profile

__all__ = ["SCHEMA", "default_profiles_dir", "load_profile", "load_profiles"]

Converter = Callable[[object], object]


class _Refused(ValueError):
    """A value of the wrong type or out of range; the message is for a person."""


def _describe(value: object) -> str:
    kind = {bool: "true/false", int: "a number", float: "a decimal number", str: "text"}
    return kind.get(type(value), type(value).__name__)


@dataclasses.dataclass(frozen=True, slots=True)
class _Whole:
    """A whole number from ``low`` to ``high`` (a class, not a closure: the checks then run, and
    can be mutation-tested, each time a value is converted)."""

    low: int
    high: int

    def __call__(self, value: object) -> object:
        low, high = self.low, self.high
        if isinstance(value, bool) or not isinstance(value, int):
            raise _Refused(
                f"must be a whole number from {low} to {high}, not {_describe(value)} ({value!r})"
            )
        if not low <= value <= high:
            raise _Refused(f"must be from {low} to {high}, not {value}")
        return value


def _flag(value: object) -> object:
    if not isinstance(value, bool):
        raise _Refused(f"must be true or false, not {_describe(value)} ({value!r})")
    return value


def _text(value: object) -> object:
    if not isinstance(value, str) or not value.strip():
        raise _Refused(f"must be non-empty text, not {value!r}")
    return value


def _texts(value: object) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _Refused(f"must be a list of non-empty texts, not {value!r}")
    return [str(v) for v in value]


@dataclasses.dataclass(frozen=True, slots=True)
class _Choice:
    """One of an enumeration's values (a class, like ``_Whole``)."""

    enum: type[Nation] | type[PlanKind]

    def __call__(self, value: object) -> object:
        allowed = [m.value for m in self.enum]
        if value not in allowed:
            raise _Refused(f"must be one of {', '.join(allowed)}, not {value!r}")
        return self.enum(value)


def _due_kinds(value: object) -> object:
    allowed = {k.value for k in DueKind}
    names = _texts(value)
    unknown = [n for n in names if n not in allowed]
    if unknown:
        raise _Refused(f"unknown due kind {unknown[0]!r}; known: {', '.join(sorted(allowed))}")
    return frozenset(DueKind(n) for n in names)


def _document_languages(value: object) -> object:
    codes = tuple(_texts(value))
    unknown = [c for c in codes if c not in ("en", "cy")]
    if unknown or not codes:
        raise _Refused(f'must list "en" (English) and/or "cy" (Welsh), not {value!r}')
    return codes


def _dates(value: object) -> object:
    if not isinstance(value, list) or not all(
        isinstance(v, date) and not isinstance(v, datetime) for v in value
    ):
        raise _Refused(f"must be a list of dates such as [2026-12-24], not {value!r}")
    return frozenset(value)


# section -> key -> converter. Keys are Profile fields, except "extends".
SCHEMA: dict[str, dict[str, Converter]] = {
    "profile": {
        "id": _text,
        "extends": _text,
        "title": _text,
        "nation": _Choice(Nation),
        "plan_kind": _Choice(PlanKind),
        "flags": lambda v: frozenset(_texts(v)),
        "initial_conference_label": _text,
        "not_applicable": _due_kinds,
    },
    "timescales": {
        "first_core_group_working_days": _Whole(1, 60),
        "first_core_group_calendar_days": _Whole(1, 90),
        "core_group_interval_weeks": _Whole(1, 26),
        "outline_plan_weeks": _Whole(1, 26),
        "final_core_group_working_days_before_review": _Whole(0, 60),
        "first_review_months": _Whole(1, 12),
        "pre_birth_review_working_days_after_birth": _Whole(1, 120),
        "later_review_months": _Whole(1, 12),
        "lp_report_working_days_before": _Whole(0, 30),
        "report_to_parents_working_days_before": _Whole(0, 30),
        "due_soon_working_days": _Whole(0, 30),
    },
    "visits": {
        "visit_seen_working_days": _Whole(1, 120),
        "visit_alone_weeks": _Whole(1, 26),
        "bedroom_once_per_conference_cycle": _flag,
        "visit_recording_working_days": _Whole(0, 30),
    },
    "escalation": {
        "escalate_not_seen_by_lp_weeks": _Whole(1, 26),
        "escalate_not_seen_by_any_weeks": _Whole(1, 26),
        "lp_absence_cover_weeks": _Whole(1, 26),
    },
    "circulation": {
        "minutes_circulation_working_days": _Whole(0, 60),
        "minutes_form": _text,
        "child_document_age": _Whole(0, 25),
    },
    "language": {
        "non_specific_labels": lambda v: tuple(_texts(v)),
        "document_languages": _document_languages,
    },
    "calendar": {"closure_days": _dates},
}
_REQUIRED = ("title", "nation", "plan_kind")
_HEADER = re.compile(r"^\s*\[\s*([^\[\]]+?)\s*\]\s*(#.*)?$")
_TOML_LINE = re.compile(r"at line (\d+)")


def default_profiles_dir() -> Path:
    """The shipped profiles (``lpdesk.paths.forms_dir``: ``$LPDESK_FORMS_DIR``, the bundle, or the
    source tree)."""
    from lpdesk.paths import forms_dir

    return forms_dir() / "profiles"


def load_profiles(directory: Path | str) -> dict[str, Profile]:
    """Every ``*.toml`` in the folder, keyed by profile id. All problems of all files are refused
    together."""
    folder = Path(directory)
    if not folder.is_dir():
        raise InvalidInput.one(str(folder), "no such folder of profiles")
    profiles: dict[str, Profile] = {}
    problems: list[FieldProblem] = []
    for path in sorted(folder.glob("*.toml")):
        try:
            profile = load_profile(path)
        except InvalidInput as refused:
            problems.extend(refused.problems)
        else:
            profiles[profile.id] = profile
    if problems:
        raise InvalidInput(problems)
    return profiles


def load_profile(path: Path | str) -> Profile:
    return _load(Path(path), ())


def _load(path: Path, chain: tuple[Path, ...]) -> Profile:
    name = path.name
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput.one(name, f"cannot read the profile: {exc}") from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = _TOML_LINE.search(str(exc))
        raise InvalidInput.one(
            f"{name}:{found.group(1) if found else 1}", f"not valid TOML: {exc}"
        ) from exc

    lines = text.splitlines()
    problems: list[FieldProblem] = []

    def refuse(section: str, key: str, message: str) -> None:
        where = ".".join(part for part in (section, key) if part)
        problems.append(FieldProblem(f"{name}:{_line_of(lines, section, key)}: {where}", message))

    values: dict[str, Any] = {}
    for section, table in data.items():
        known = SCHEMA.get(section)
        if not isinstance(table, dict):
            refuse("", section, f"belongs inside a section: one of {', '.join(SCHEMA)}")
            continue
        if known is None:
            refuse(section, "", f"unknown section; expected one of {', '.join(SCHEMA)}")
            continue
        for key, raw in table.items():
            converter = known.get(key)
            if converter is None:
                refuse(section, key, f"unknown key; [{section}] takes {', '.join(known)}")
                continue
            try:
                values[key] = converter(raw)
            except _Refused as exc:
                refuse(section, key, str(exc))

    profile_id = values.pop("id", path.stem)
    if profile_id != path.stem:
        refuse("profile", "id", f"must match the file name {path.stem!r}, not {profile_id!r}")
    parent: Profile | None = None
    extends = values.pop("extends", None)
    if extends is not None:
        parent_path = _find_parent(path, str(extends))
        if parent_path is None:
            refuse("profile", "extends", f"no profile {extends!r} beside this file or shipped")
        elif parent_path.resolve() in [p.resolve() for p in (*chain, path)]:
            refuse("profile", "extends", f"profile {extends!r} extends this one: a loop")
        else:
            parent = _load(parent_path, (*chain, path))
    else:
        for key in _REQUIRED:
            if key not in values and not _has_problem(problems, key):
                refuse("profile", key, "required (or extend another profile)")
    if problems:
        raise InvalidInput(problems)
    if parent is not None:
        return dataclasses.replace(parent, id=profile_id, **values)
    return Profile(id=profile_id, **values)


def _has_problem(problems: list[FieldProblem], key: str) -> bool:
    return any(p.field.endswith(f".{key}") for p in problems)


def _find_parent(path: Path, profile_id: str) -> Path | None:
    if not re.fullmatch(r"[A-Za-z0-9_\-]+", profile_id):
        return None
    for folder in (path.parent, default_profiles_dir()):
        candidate = folder / f"{profile_id}.toml"
        # an authority's england_cp.toml may extend the shipped england_cp.toml
        if candidate.is_file() and candidate.resolve() != path.resolve():
            return candidate
    return None


def _line_of(lines: list[str], section: str, key: str) -> int:
    """The line of ``key`` inside the table ``[section]`` (tomllib gives no line numbers); the
    table's header line if the key is not found; line 1 if neither is."""
    key_line = re.compile(rf"""^\s*["']?{re.escape(key)}["']?\s*=""") if key else None
    current, header_line = "", 0
    for number, line in enumerate(lines, start=1):
        header = _HEADER.match(line)
        if header:
            current = header.group(1).strip().strip("\"'")
            if current == section and not header_line:
                header_line = number
            continue
        if current == section and key_line is not None and key_line.match(line):
            return number
    return header_line or 1
