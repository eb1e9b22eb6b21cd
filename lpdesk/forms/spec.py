"""The pro-forma specification: one declaration drives the editor widgets, validation and the
documents. Forms are data (TOML in ``forms/proformas``); this module only describes their shape.

Answers to a form are plain JSON-able data, keyed by section then field::

    {"voice": {"wishes": "…", "seen_alone": True}, "actions": {"rows": [{"what": "…"}]}}

Values by kind: text/long_text/choice -> str; date -> ISO "YYYY-MM-DD" str; yes_no -> bool;
person -> int (a Person id from the core group); scale -> int in 0..scale_max; table -> list of
dicts keyed by column key.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

__all__ = ["Answers", "FieldKind", "FieldSpec", "FormSpec", "SectionSpec"]

Answers = dict[str, dict[str, Any]]


class FieldKind(StrEnum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    DATE = "date"
    YES_NO = "yes_no"
    CHOICE = "choice"
    PERSON = "person"
    SCALE = "scale"
    TABLE = "table"


@dataclass(frozen=True, kw_only=True, slots=True)
class FieldSpec:
    key: str
    label: str
    kind: FieldKind
    required: bool = False
    help: str = ""
    choices: tuple[str, ...] = ()  # for CHOICE (and CHOICE columns)
    scale_max: int = 10  # for SCALE
    columns: tuple[FieldSpec, ...] = ()  # for TABLE: the column fields (no nested tables)
    min_rows: int = 0  # for TABLE
    max_rows: int | None = None  # for TABLE: at most this many rows (Signs of Safety: 4 dangers)
    restricted: str | None = None  # a restriction label, e.g. "police_information"
    language_check: bool = False  # check long text for non-specific labels ("disturbed")


@dataclass(frozen=True, kw_only=True, slots=True)
class SectionSpec:
    key: str
    title: str
    fields: tuple[FieldSpec, ...]
    help: str = ""
    required: bool = False  # at least one field must be answered (e.g. the child's voice)
    restricted: str | None = None
    profile_flag: str | None = (
        None  # shown only when the profile sets this flag ("signs_of_safety")
    )
    prefill: str | None = None  # filled from the records: "attendance", "visits", "plan_review",
    #                             "disagreements", "events", "next_dates"

    def field(self, key: str) -> FieldSpec:
        for f in self.fields:
            if f.key == key:
                return f
        raise KeyError(f"{self.key}.{key}")


@dataclass(frozen=True, kw_only=True, slots=True)
class FormSpec:
    id: str
    version: int
    title: str
    plan_kinds: tuple[str, ...]  # PlanKind values this form serves
    sections: tuple[SectionSpec, ...]
    source: str = ""  # the file it was loaded from, for messages

    def section(self, key: str) -> SectionSpec:
        for s in self.sections:
            if s.key == key:
                return s
        raise KeyError(key)

    def sections_for(self, flags: frozenset[str]) -> tuple[SectionSpec, ...]:
        """The sections shown under a profile with these flags set."""
        return tuple(s for s in self.sections if s.profile_flag is None or s.profile_flag in flags)
