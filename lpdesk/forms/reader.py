"""Reading values out of parsed TOML tables with a problem collected for each bad one, located
as ``"<file>:<line>: <toml path>"`` (see ``lpdesk.forms.positions``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from lpdesk.domain import FieldProblem
from lpdesk.forms.positions import TomlPositions
from lpdesk.forms.spec import FieldKind

__all__ = ["TableReader"]

_KEY = re.compile(r"[a-z][a-z0-9_]*")
_KINDS = ", ".join(k.value for k in FieldKind)


class TableReader:
    """Reads values out of parsed TOML tables, collecting a problem for each bad one."""

    def __init__(self, name: str, positions: TomlPositions) -> None:
        self.name = name
        self.positions = positions
        self.problems: list[FieldProblem] = []

    def refuse(self, path: str, message: str) -> None:
        where = f"{self.name}:{self.positions.line_of(path)}: {path}"
        self.problems.append(FieldProblem(where, message))

    def missing(self, path: str, key: str) -> None:
        self.refuse(f"{path}.{key}", f'missing required key "{key}"')

    def table(
        self, value: object, path: str, allowed: Sequence[str], header: str
    ) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.refuse(path, f"must be a table ({header}), not {_describe(value)}")
            return {}
        for key in value:
            if key not in allowed:
                self.refuse(
                    f"{path}.{key}", f'unknown key "{key}" ({header} takes {", ".join(allowed)})'
                )
        return value

    def array(self, value: object, path: str, header: str) -> list[object]:
        if value is None:
            return []
        if not isinstance(value, list):
            self.refuse(path, f"must be an array of tables: write {header}")
            return []
        return value

    def text(self, table: dict[str, Any], key: str, path: str, *, required: bool = False) -> str:
        value = table.get(key)
        if value is None:
            if required:
                self.missing(path, key)
            return ""
        if not isinstance(value, str):
            self.refuse(f"{path}.{key}", f"must be text, not {_describe(value)}")
            return ""
        if required and not value.strip():
            self.refuse(f"{path}.{key}", "must not be empty")
        return value

    def key(self, table: dict[str, Any], key: str, path: str, *, required: bool = False) -> str:
        value = self.text(table, key, path, required=required)
        if value and not _KEY.fullmatch(value):
            self.refuse(
                f"{path}.{key}",
                f'"{value}" is not a snake_case identifier '
                "(lower-case letters, digits and _, starting with a letter)",
            )
        return value

    def flag(self, table: dict[str, Any], key: str, path: str) -> bool:
        value = table.get(key, False)
        if not isinstance(value, bool):
            self.refuse(f"{path}.{key}", f"must be true or false, not {_describe(value)}")
            return False
        return value

    def whole(
        self,
        table: dict[str, Any],
        key: str,
        path: str,
        *,
        low: int,
        high: int | None,
        required: bool = False,
    ) -> int | None:
        value = table.get(key)
        if value is None:
            if required:
                self.missing(path, key)
            return None
        wanted = (
            f"a whole number from {low} to {high}"
            if high is not None
            else ("a positive whole number" if low == 1 else f"a whole number of at least {low}")
        )
        in_range = isinstance(value, int) and not isinstance(value, bool)
        if not in_range or value < low or (high is not None and value > high):
            self.refuse(f"{path}.{key}", f"must be {wanted}, not {_describe(value)}")
            return None
        return int(value)

    def texts(
        self, table: dict[str, Any], key: str, path: str, *, allowed: Sequence[str] = ()
    ) -> tuple[str, ...]:
        value = table.get(key)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.refuse(f"{path}.{key}", f"must be a list of texts, not {_describe(value)}")
            return ()
        for item in value:
            if allowed and item not in allowed:
                self.refuse(
                    f"{path}.{key}",
                    f'unknown value "{item}" (expected one of {", ".join(allowed)})',
                )
        if len(set(value)) != len(value):
            self.refuse(f"{path}.{key}", "lists the same value twice")
        return tuple(value)

    def kind(self, table: dict[str, Any], path: str) -> FieldKind | None:
        value = self.text(table, "kind", path, required=True)
        if not value:
            return None
        try:
            return FieldKind(value)
        except ValueError:
            self.refuse(f"{path}.kind", f'unknown kind "{value}" (expected one of {_KINDS})')
            return None

    def unique(
        self, key: str, seen: dict[str, int], number: int, path: str, what: str, where: str
    ) -> None:
        if not key:
            return
        if key in seen:
            self.refuse(path, f'duplicate {what} key "{key}" (also {where}[{seen[key]}])')
        else:
            seen[key] = number


def _describe(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'text "{value}"'
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return f"a {type(value).__name__}"
