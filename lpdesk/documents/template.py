"""The base Word template: an authority's letterhead, fonts and colours, with the named styles
the Word renderer uses. A template missing one of those styles is refused, naming it."""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from lpdesk.domain import InvalidInput
from lpdesk.domain.errors import FieldProblem
from lpdesk.paths import resources_dir

__all__ = [
    "CHARACTER_STYLES",
    "PARAGRAPH_STYLES",
    "TABLE_STYLES",
    "WordTemplate",
    "default_template_path",
]

PARAGRAPH_STYLES = (
    "LP Title",
    "LP Heading 1",
    "LP Heading 2",
    "LP Heading 3",
    "LP Body",
    "LP Note",
    "LP Large",
    "LP Field Label",
    "LP Field Value",
    "LP Table Header",
    "LP Table Text",
    "LP Marking",
    "LP Header",
    "LP Footer",
    "LP Letterhead",
)
CHARACTER_STYLES = ("LP Strong", "LP Emphasis", "LP Strong Emphasis")
TABLE_STYLES = ("LP Table",)


def default_template_path() -> Path:
    return resources_dir() / "templates" / "base.docx"


@dataclass(frozen=True, slots=True)
class WordTemplate:
    """A validated template's bytes; ``source`` names the file in messages."""

    data: bytes
    source: str

    @classmethod
    def load(cls, path: Path) -> WordTemplate:
        """Read and check a template; InvalidInput names every missing style and the file."""
        from docx import Document as open_docx
        from docx.enum.style import WD_STYLE_TYPE

        try:
            data = path.read_bytes()
            styles = open_docx(io.BytesIO(data)).styles
        except Exception as exc:  # a missing file, not a zip, not Word: all the same to a person
            raise InvalidInput.one(
                "template", f"{path} is not a readable Word file ({exc})"
            ) from exc
        present = {(s.name, s.type) for s in styles}
        wanted = (
            [(n, WD_STYLE_TYPE.PARAGRAPH, "paragraph") for n in PARAGRAPH_STYLES]
            + [(n, WD_STYLE_TYPE.CHARACTER, "character") for n in CHARACTER_STYLES]
            + [(n, WD_STYLE_TYPE.TABLE, "table") for n in TABLE_STYLES]
        )
        problems = [
            FieldProblem("template", f"{path} has no {kind} style named '{name}'")
            for name, style_type, kind in wanted
            if (name, style_type) not in present
        ]
        if problems:
            raise InvalidInput(problems)
        return cls(data, str(path))

    @classmethod
    def default(cls) -> WordTemplate:
        return _default_template()


@cache
def _default_template() -> WordTemplate:
    return WordTemplate.load(default_template_path())
