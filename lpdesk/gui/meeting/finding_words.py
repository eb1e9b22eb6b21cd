"""Where a review finding is, in the pro-forma's own words: a screen reader (and anyone) hears
"Purpose of the meeting (Meeting details)", never the internal path "header.purpose"."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from lpdesk.forms.spec import FormSpec

__all__ = ["finding_text", "place_of"]

_ROW = re.compile(r"\[(\d+)\]")
_SECTION = re.compile(r"^(?P<section>\w+)(?:\.(?P<field>\w+))?")


def _tr(text: str) -> str:
    return QCoreApplication.translate("finding_words", text)


def place_of(spec: FormSpec | None, path: str) -> str:
    """The field's label and its section's title for "section.field" (with the row for a table
    cell), the section's title for "section", words for attendance and disagreements."""
    if path == "attendance":
        return _tr("Attendance")
    if path.startswith("disagreements["):
        return _tr("A recorded disagreement")
    found = _SECTION.match(path)
    section = None
    if spec is not None and found is not None:
        section = next((s for s in spec.sections if s.key == found["section"]), None)
    if section is None:
        # not on the form: the words of the path, without its punctuation
        words = re.sub(r"[\[\]._]+", " ", path).strip()
        return words[:1].upper() + words[1:]
    field = next((f for f in section.fields if f.key == found["field"]), None) if found else None
    if field is None:
        return section.title
    row = _ROW.search(path)
    if row is not None:
        return _tr("{field}, row {n} ({section})").format(
            field=field.label, n=int(row[1]) + 1, section=section.title
        )
    return _tr("{field} ({section})").format(field=field.label, section=section.title)


def finding_text(spec: FormSpec | None, path: str, message: str) -> str:
    """One line of the review list: where, then what is wrong."""
    return _tr("{place}: {message}").format(place=place_of(spec, path), message=message)
