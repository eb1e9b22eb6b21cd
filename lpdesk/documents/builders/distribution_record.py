"""The distribution record: who was sent what, when and how, with each file's SHA-256."""

from __future__ import annotations

from lpdesk.documents.builders.common import label, meta
from lpdesk.documents.context import DistributionContext
from lpdesk.documents.tree import Block, Document, FieldTable, Paragraph, Table
from lpdesk.domain import DocumentKind

__all__ = ["build_distribution_record"]


def build_distribution_record(ctx: DistributionContext) -> Document:
    base = ctx.base
    rows = []
    for item in sorted(ctx.items, key=lambda i: (i.sent_at, i.recipient_person_id)):
        document = ctx.documents.get(item.document_id) if item.document_id is not None else None
        what = f"{label(document.kind.value)} ({document.filename})" if document else "Document"
        rows.append(
            (
                base.name_and_role(item.recipient_person_id),
                what,
                f"{item.sent_at:%d/%m/%Y %H:%M}",
                label(item.channel.value),
                item.sha256[:16],
            )
        )
    header_rows = [("Case reference", base.case.reference)]
    if ctx.meeting is not None:
        header_rows.append(("Meeting", f"Core group meeting {ctx.meeting.number}"))
    blocks: list[Block] = [FieldTable(rows=tuple(header_rows))]
    if rows:
        blocks.append(
            Table(
                header=("Recipient", "Document", "Sent", "How", "SHA-256 (first 16)"),
                rows=tuple(rows),
                widths=(4, 4, 2.2, 1.4, 2.8),
            )
        )
    else:
        blocks.append(Paragraph.plain("Nothing has been sent.", style="note"))
    suffix = f"cg{ctx.meeting.number}-distribution" if ctx.meeting else "distribution"
    return Document(
        meta=meta(base, DocumentKind.DISTRIBUTION_RECORD, "Distribution record", suffix),
        blocks=tuple(blocks),
    )
