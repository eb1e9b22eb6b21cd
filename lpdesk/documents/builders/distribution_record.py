"""The distribution record: every entitled recipient, each item produced for them, how it goes,
where it stands (prepared, sent, posted, handed, failed, not sent), when and by whom, with the
SHA-256 of the bytes that left. Recipients not yet reached are listed too."""

from __future__ import annotations

from lpdesk.documents.builders.common import label, lead_row, meta
from lpdesk.documents.builders.wording import plan_kind_of, wording_for
from lpdesk.documents.context import DistributionContext
from lpdesk.documents.tree import Block, Document, FieldTable, Paragraph, Table
from lpdesk.domain import CirculationItem, DistributionState, DocumentKind
from lpdesk.rules.dates import day_text, moment_text

__all__ = ["build_distribution_record", "state_words"]

_STATE = {
    DistributionState.PREPARED: "Prepared, not yet sent",
    DistributionState.SENT: "Sent",
    DistributionState.POSTED: "Posted",
    DistributionState.HANDED: "Handed over",
    DistributionState.FAILED: "Failed",
    DistributionState.NOT_SENT: "Not sent",
}
_HOW = {"email": "Email", "post": "Post", "hand": "By hand", "none": "No way to reach them"}


def state_words(state: DistributionState | None, note: str = "") -> str:
    """A state in words, with its reason where it has one ("Not sent: no address known")."""
    if state is None:
        return "Not yet produced"
    words = _STATE[state]
    return (
        f"{words}: {note}"
        if note
        and state
        in (
            DistributionState.FAILED,
            DistributionState.NOT_SENT,
        )
        else words
    )


def _when(item: CirculationItem) -> str:
    moment = item.reached_at or item.sent_at
    return moment_text(moment)


def build_distribution_record(ctx: DistributionContext) -> Document:
    base = ctx.base
    rows: list[tuple[str, ...]] = []
    for item in sorted(ctx.items, key=lambda i: (i.sent_at, i.recipient_person_id, i.id or 0)):
        document = ctx.documents.get(item.document_id) if item.document_id is not None else None
        what = f"{label(document.kind.value)} ({document.filename})" if document else "Nothing"
        rows.append(
            (
                base.name_and_role(item.recipient_person_id),
                what,
                _HOW.get(item.channel.value, label(item.channel.value)),
                state_words(item.state, item.note),
                _when(item),
                item.reached_by or item.sent_by,
                item.sha256[:16] or "–",
            )
        )
    for person_id, how in ctx.waiting:
        rows.append(
            (
                base.name_and_role(person_id),
                "Nothing yet",
                _HOW.get(how, label(how)),
                state_words(None),
                "",
                "",
                "–",
            )
        )
    words = wording_for(plan_kind_of(base))
    header_rows = [("Case reference", base.case.reference), lead_row(base, words.lead)]
    if ctx.meeting is not None:
        header_rows.append(("Meeting", f"{words.meeting} {ctx.meeting.number}"))
        circulated = ctx.meeting.circulated_on
        header_rows.append(
            (
                "Circulated",
                f"{day_text(circulated, padded=True)}: every recipient reached"
                if circulated
                else "Not yet: some recipients are still to be reached",
            )
        )
    blocks: list[Block] = [FieldTable(rows=tuple(header_rows))]
    if rows:
        blocks.append(
            Table(
                header=(
                    "Recipient",
                    "Document",
                    "How",
                    "State",
                    "When",
                    "By",
                    "SHA-256 (first 16)",
                ),
                rows=tuple(rows),
                widths=(3.0, 5.0, 1.3, 2.3, 2.1, 1.5, 2.4),
            )
        )
    else:
        blocks.append(Paragraph.plain("Nothing has been sent.", style="note"))
    suffix = f"cg{ctx.meeting.number}-distribution" if ctx.meeting else "distribution"
    return Document(
        meta=meta(base, DocumentKind.DISTRIBUTION_RECORD, "Distribution record", suffix),
        blocks=tuple(blocks),
    )
