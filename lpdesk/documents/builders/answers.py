"""Pro-forma answers as blocks, following the form spec the record was written on: short fields
gathered in a field table, long text under its own heading, tables as tables. A restricted field
or section gives restricted blocks, so circulation can remove them for a recipient."""

from __future__ import annotations

from datetime import date
from typing import Any

from lpdesk.documents.builders.common import NOT_RECORDED, long_date, yes_no
from lpdesk.documents.context import DocumentContext
from lpdesk.documents.tree import Block, FieldTable, Heading, Paragraph, Table
from lpdesk.forms.spec import FieldKind, FieldSpec, SectionSpec

__all__ = ["format_value", "section_answer_blocks"]


def _is_blank(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def format_value(ctx: DocumentContext, spec: FieldSpec, value: Any) -> str:
    """One answer as text, by the field's kind."""
    if _is_blank(value):
        return NOT_RECORDED
    match spec.kind:
        case FieldKind.DATE:
            try:
                return long_date(date.fromisoformat(str(value)))
            except ValueError:
                return str(value)
        case FieldKind.YES_NO:
            return yes_no(bool(value))
        case FieldKind.PERSON:
            return ctx.name_and_role(int(value)) if str(value).isdigit() else str(value)
        case FieldKind.SCALE:
            return f"{value} out of {spec.scale_max}"
        case FieldKind.CHOICE:  # a stored choice ("in_progress") in words ("In progress")
            return str(value).replace("_", " ").capitalize()
        case FieldKind.TABLE:
            return "\n".join(
                "; ".join(format_value(ctx, c, row.get(c.key)) for c in spec.columns)
                for row in value
                if isinstance(row, dict)
            )
    return str(value)


def _table(ctx: DocumentContext, spec: FieldSpec, value: Any, restriction: str | None) -> Table:
    rows = value if isinstance(value, list) else []
    cells = tuple(
        tuple(
            format_value(ctx, c, row.get(c.key)) if not _is_blank(row.get(c.key)) else ""
            for c in spec.columns
        )
        for row in rows
        if isinstance(row, dict)
    )
    return Table(header=tuple(c.label for c in spec.columns), rows=cells, restriction=restriction)


def section_answer_blocks(
    ctx: DocumentContext, section: SectionSpec, answers: dict[str, Any]
) -> tuple[Block, ...]:
    """The blocks for one section's answered fields (restrictions carried onto each block)."""
    blocks: list[Block] = []
    pending: list[tuple[str, str]] = []
    pending_restriction: str | None = None

    def flush() -> None:
        nonlocal pending
        if pending:
            blocks.append(FieldTable(rows=tuple(pending), restriction=pending_restriction))
            pending = []

    for spec in section.fields:
        restriction = spec.restricted or section.restricted
        value = answers.get(spec.key)
        if spec.kind in (FieldKind.LONG_TEXT, FieldKind.TABLE):
            flush()
            blocks.append(Heading(level=3, text=spec.label, restriction=restriction))
            if spec.kind is FieldKind.TABLE and not _is_blank(value):
                blocks.append(_table(ctx, spec, value, restriction))
            else:
                text = str(value).strip() if not _is_blank(value) else NOT_RECORDED
                blocks.append(Paragraph.plain(text or NOT_RECORDED, restriction=restriction))
            continue
        if restriction != pending_restriction:
            flush()
            pending_restriction = restriction
        pending.append((spec.label, format_value(ctx, spec, value)))
    flush()
    return tuple(blocks)
