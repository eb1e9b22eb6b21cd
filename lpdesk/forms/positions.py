"""Line numbers for TOML paths. ``tomllib`` gives none, so the form loader scans the source the way
the parser reads it: table headers (``[form]``), array-of-tables headers (``[[section]]``,
``[[section.field]]``, ``[[section.field.column]]``) and ``key =`` lines, in order.

Paths use the loader's spelling: ``form.version``, ``section[3].field[2].kind``; array indices
count from 1, as a person counts the ``[[section]]`` headers in the file.
"""

from __future__ import annotations

import re

__all__ = ["TomlPositions"]

_ARRAY_HEADER = re.compile(r"^\s*\[\[\s*([^\[\]]+?)\s*\]\]\s*(#.*)?$")
_TABLE_HEADER = re.compile(r"^\s*\[\s*([^\[\]]+?)\s*\]\s*(#.*)?$")
_KEY_LINE = re.compile(r"""^\s*(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_\-]+))\s*=""")
_PARENT = re.compile(r"^(.*?)(?:\.[^.\[\]]+|\[\d+\])$")


class TomlPositions:
    """Where each table, array element and key of one TOML source starts."""

    def __init__(self, text: str) -> None:
        self._lines: dict[str, int] = {}
        arrays: dict[str, str] = {}  # dotted array name -> its latest element, e.g. "section[2]"
        counts: dict[str, int] = {}  # element path without index -> elements seen
        current = ""
        in_multiline: str | None = None
        for number, line in enumerate(text.splitlines(), start=1):
            if in_multiline is not None:
                if line.count(in_multiline) % 2 == 1:
                    in_multiline = None
                continue
            array = _ARRAY_HEADER.match(line)
            table = None if array else _TABLE_HEADER.match(line)
            if array or table:
                found = array or table
                assert found is not None
                name = _bare(found.group(1))
                parent, _, last = name.rpartition(".")
                resolved = _resolve(parent, arrays)
                path = f"{resolved}.{last}" if resolved else last
                if array:
                    counts[path] = counts.get(path, 0) + 1
                    path = f"{path}[{counts[path]}]"
                    for deeper in [a for a in arrays if a.startswith(f"{name}.")]:
                        del arrays[deeper]
                    arrays[name] = path
                current = path
                self._lines.setdefault(path, number)
                continue
            key = _KEY_LINE.match(line)
            if key:
                name = next(group for group in key.groups() if group)
                self._lines.setdefault(f"{current}.{name}" if current else name, number)
                in_multiline = _opens_multiline(line[key.end() :])

    def line_of(self, path: str) -> int:
        """The line of ``path``; else of its nearest enclosing table or key; else line 1."""
        while path:
            if path in self._lines:
                return self._lines[path]
            parent = _PARENT.match(path)
            path = parent.group(1) if parent else ""
        return 1


def _bare(name: str) -> str:
    return ".".join(part.strip().strip("\"'") for part in name.split("."))


def _resolve(dotted: str, arrays: dict[str, str]) -> str:
    """``section.field`` -> ``section[2].field[4]`` using the latest element of each array."""
    if not dotted:
        return ""
    if dotted in arrays:
        return arrays[dotted]
    parent, _, last = dotted.rpartition(".")
    resolved = _resolve(parent, arrays)
    return f"{resolved}.{last}" if resolved else last


def _opens_multiline(value: str) -> str | None:
    """The triple quote a value opens and leaves open on its line, if any."""
    for quote in ('"""', "'''"):
        if value.lstrip().startswith(quote) and value.count(quote) % 2 == 1:
            return quote
    return None
