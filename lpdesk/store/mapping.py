"""The one generic conversion between a frozen domain dataclass and a table row.

Driven by ``dataclasses.fields`` and ``typing.get_type_hints`` on the class, so a new entity or
field needs a column, not code. Enums are stored as their values; tuples of enums, ints or nested
dataclasses (``Position``) and dicts as JSON; dates, datetimes (naive local wall time, kept exactly
as given), booleans, ints and strings pass through.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any, TypeVar

__all__ = ["FieldCodec", "codecs", "from_row", "to_row", "to_value"]

T = TypeVar("T")

Convert = Callable[[Any], Any]


@dataclasses.dataclass(frozen=True, slots=True)
class FieldCodec:
    """How one field crosses the boundary: ``dump`` to the database, ``load`` back."""

    name: str
    dump: Convert
    load: Convert


def _same(value: Any) -> Any:
    return value


def _optional(convert: Convert) -> Convert:
    if convert is _same:
        return _same
    return lambda value: None if value is None else convert(value)


def _strip_optional(hint: Any) -> tuple[Any, bool]:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        if len(args) == 1:
            return args[0], True
    return hint, False


def _converters(hint: Any) -> tuple[Convert, Convert]:
    """(dump, load) for a type hint."""
    inner, optional = _strip_optional(hint)
    dump, load = _plain_converters(inner)
    if optional:
        return _optional(dump), _optional(load)
    return dump, load


def _plain_converters(hint: Any) -> tuple[Convert, Convert]:
    origin = typing.get_origin(hint)
    if isinstance(hint, type) and issubclass(hint, Enum):
        enum_cls = hint
        return (lambda v: v.value), (lambda v: enum_cls(v))
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        nested = hint
        return (lambda v: to_row(v)), (lambda v: from_row(nested, v))
    if origin is tuple:
        args = typing.get_args(hint)
        if len(args) != 2 or args[1] is not Ellipsis:
            raise TypeError(f"only tuple[X, ...] is supported, not {hint}")
        item_dump, item_load = _converters(args[0])
        return (
            lambda v: [item_dump(i) for i in v],
            lambda v: tuple(item_load(i) for i in v),
        )
    if origin is dict or hint is dict:
        return (lambda v: dict(v)), (lambda v: dict(v))
    return _same, _same


_CODECS: dict[type, tuple[FieldCodec, ...]] = {}


def codecs(cls: type) -> tuple[FieldCodec, ...]:
    """The codecs of every field of a dataclass, in field order (cached per class)."""
    cached = _CODECS.get(cls)
    if cached is not None:
        return cached
    hints = typing.get_type_hints(cls)
    result = []
    for f in dataclasses.fields(cls):
        dump, load = _converters(hints[f.name])
        result.append(FieldCodec(f.name, dump, load))
    _CODECS[cls] = tuple(result)
    return _CODECS[cls]


def to_row(obj: Any) -> dict[str, Any]:
    """A dataclass instance as a dict of database values, keyed by field (= column) name."""
    return {c.name: c.dump(getattr(obj, c.name)) for c in codecs(type(obj))}


def from_row(cls: type[T], row: Mapping[Any, Any]) -> T:
    """A dataclass instance from a row (or any mapping keyed by field name)."""
    return cls(**{c.name: c.load(row[c.name]) for c in codecs(cls)})


def to_value(cls: type, field: str, value: Any) -> Any:
    """One field's value as stored, for a WHERE clause; ``KeyError`` for an unknown field."""
    if value is None:
        return None
    for codec in codecs(cls):
        if codec.name == field:
            return codec.dump(value)
    raise KeyError(f"{cls.__name__} has no field {field!r}")
