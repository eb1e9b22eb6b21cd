"""The language check: non-specific labels ("disturbed") in long text, as warnings a writer can
act on. It never blocks a save."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from lpdesk.forms.spec import FieldKind, FormSpec
from lpdesk.rules.language import find_non_specific_labels

__all__ = ["Saved", "TextFinding", "check_answers", "check_texts"]

T = TypeVar("T")


@dataclass(frozen=True, kw_only=True, slots=True)
class TextFinding:
    """A non-specific label at ``start:end`` of the text in ``field`` ("voice.wishes",
    "actions.rows[2].what", "contingency"), with a prompt for something more specific."""

    field: str
    label: str
    start: int
    end: int
    prompt: str


@dataclass(frozen=True, kw_only=True, slots=True)
class Saved(Generic[T]):
    """A stored record with the language findings of the text just written."""

    value: T
    language_findings: tuple[TextFinding, ...] = ()


def check_texts(texts: Sequence[tuple[str, str]], labels: Sequence[str]) -> tuple[TextFinding, ...]:
    """Findings for each (field, text) pair."""
    found: list[TextFinding] = []
    for field, text in texts:
        if not text:
            continue
        for f in find_non_specific_labels(text, tuple(labels)):
            found.append(
                TextFinding(field=field, label=f.label, start=f.start, end=f.end, prompt=f.prompt)
            )
    return tuple(found)


def check_answers(
    spec: FormSpec, answers: dict[str, Any], labels: Sequence[str]
) -> tuple[TextFinding, ...]:
    """Findings for every long-text field (and long-text table column) marked for the check."""
    texts: list[tuple[str, str]] = []
    for section in spec.sections:
        values = answers.get(section.key)
        if not isinstance(values, dict):
            continue
        for fs in section.fields:
            value = values.get(fs.key)
            path = f"{section.key}.{fs.key}"
            if fs.kind is FieldKind.LONG_TEXT and fs.language_check and isinstance(value, str):
                texts.append((path, value))
            elif fs.kind is FieldKind.TABLE and isinstance(value, list):
                checked = [
                    col.key
                    for col in fs.columns
                    if col.kind is FieldKind.LONG_TEXT and col.language_check
                ]
                for i, row in enumerate(value):
                    if not isinstance(row, dict):
                        continue
                    for key in checked:
                        if isinstance(row.get(key), str):
                            texts.append((f"{path}[{i}].{key}", row[key]))
    return check_texts(texts, labels)
