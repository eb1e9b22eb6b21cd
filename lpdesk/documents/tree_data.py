"""A document tree as plain JSON data and back, exactly: what sealed minutes keep.

``to_data(doc)`` gives nested dicts, lists, strings, numbers and booleans only (the kind of each
block under ``"block"``); ``from_data`` rebuilds an equal tree, so a sealed record renders to the
same bytes however many times it is rendered. Unknown block kinds are refused, never skipped.
"""

from __future__ import annotations

import base64
import dataclasses
from datetime import date
from typing import Any

from lpdesk.documents.tree import (
    Block,
    Document,
    DocumentMeta,
    FieldTable,
    Heading,
    PageBreak,
    Paragraph,
    Picture,
    Run,
    SignatureBlock,
    Table,
)
from lpdesk.domain import DocumentKind

__all__ = ["from_data", "to_data"]

_KINDS: dict[str, type] = {
    "heading": Heading,
    "paragraph": Paragraph,
    "field_table": FieldTable,
    "table": Table,
    "signature": SignatureBlock,
    "page_break": PageBreak,
    "picture": Picture,
}
_NAMES = {cls: name for name, cls in _KINDS.items()}


def _block_data(block: Block) -> dict[str, Any]:
    data: dict[str, Any] = {"block": _NAMES[type(block)]}
    for f in dataclasses.fields(block):
        value = getattr(block, f.name)
        if f.name == "runs":
            value = [{"text": r.text, "bold": r.bold, "italic": r.italic} for r in value]
        elif f.name == "rows":
            value = [list(row) for row in value]
        elif isinstance(value, tuple):
            value = list(value)
        elif isinstance(value, bytes):  # a picture's file, as base64 text
            value = base64.b64encode(value).decode("ascii")
        data[f.name] = value
    return data


def _block(data: dict[str, Any]) -> Block:
    kind = _KINDS.get(str(data.get("block")))
    if kind is None:
        raise ValueError(f"unknown block kind {data.get('block')!r}")
    values: dict[str, Any] = {}
    for f in dataclasses.fields(kind):
        if f.name not in data:
            continue
        value = data[f.name]
        if f.name == "runs":
            value = tuple(Run(text=r["text"], bold=r["bold"], italic=r["italic"]) for r in value)
        elif f.name == "rows":
            value = tuple(tuple(row) for row in value)
        elif isinstance(value, list):
            value = tuple(value)
        elif kind is Picture and f.name == "data":
            value = base64.b64decode(value)
        values[f.name] = value
    block: Block = kind(**values)
    return block


def to_data(doc: Document) -> dict[str, Any]:
    meta = {f.name: getattr(doc.meta, f.name) for f in dataclasses.fields(DocumentMeta)}
    meta["kind"] = doc.meta.kind.value
    meta["created"] = doc.meta.created.isoformat()
    return {"meta": meta, "blocks": [_block_data(b) for b in doc.blocks]}


def from_data(data: dict[str, Any]) -> Document:
    meta = dict(data["meta"])
    meta["kind"] = DocumentKind(meta["kind"])
    meta["created"] = date.fromisoformat(meta["created"])
    known = {f.name for f in dataclasses.fields(DocumentMeta)}
    return Document(
        meta=DocumentMeta(**{k: v for k, v in meta.items() if k in known}),
        blocks=tuple(_block(b) for b in data["blocks"]),
    )
