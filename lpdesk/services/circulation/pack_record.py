"""Recording a circulation pack once every file is in place: a ``GeneratedDocument`` per
document, a ``CirculationItem`` per document per recipient (with the hash of the bytes that left),
anyone left out with their reason, audit events, all in one unit of work; then the meeting is
settled (``states.settle``: circulated only when every entitled recipient is reached)."""

from __future__ import annotations

import email
import email.policy
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from email.message import EmailMessage
from pathlib import Path

from lpdesk.circulation.pack import PackItem, PackResult
from lpdesk.domain import (
    Channel,
    CirculationItem,
    DistributionState,
    DocumentKind,
    Meeting,
    MeetingStatus,
    PlanVersion,
)
from lpdesk.services.circulation.pack_render import PackRenderer
from lpdesk.services.circulation.passwords import remember_passwords
from lpdesk.services.circulation.preview import CirculationPreview, check_approved
from lpdesk.services.circulation.states import add_not_sent, settle
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.rendering import record_generated

__all__ = ["SentItem", "record_pack", "sent_items"]


@dataclass(frozen=True, kw_only=True, slots=True)
class SentItem:
    """One document for one recipient, as recorded: ``sha256`` is of the bytes that left (the
    encrypted file or attachment; for post, the printable PDF), ``file`` where they are."""

    person_id: int
    kind: DocumentKind
    fmt: str
    channel: Channel
    sha256: str
    document_sha256: str  # of the rendered document before encryption (GeneratedDocument)
    file: Path | None
    document_size: int = 0  # of the rendered document, in bytes


def _attachment_hashes(path: Path) -> dict[str, str]:
    with path.open("rb") as handle:
        msg = email.message_from_binary_file(handle, policy=email.policy.SMTP)
    assert isinstance(msg, EmailMessage)
    hashes: dict[str, str] = {}
    for part in msg.iter_attachments():
        payload = part.get_payload(decode=True)
        name = part.get_filename()
        if name and isinstance(payload, bytes):
            hashes[name] = hashlib.sha256(payload).hexdigest()
    return hashes


def sent_items(result: PackResult, reference: str, final_dir: Path) -> list[SentItem]:
    """Each pack item with the hash of the bytes that carry it, at its final path."""
    sent: list[SentItem] = []
    cache: dict[Path, dict[str, str]] = {}
    for item in result.items:
        path = final_dir / item.path.name
        if path.suffix == ".eml":
            if path not in cache:
                cache[path] = _attachment_hashes(path)
            digest = cache[path][f"{reference}_{item.kind.value}.{item.fmt}"]
        else:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        sent.append(_sent(item, digest, path))
    return sent


def _sent(item: PackItem, digest: str, path: Path | None) -> SentItem:
    return SentItem(
        person_id=item.person_id,
        kind=item.kind,
        fmt=item.fmt,
        channel=item.channel,
        sha256=digest,
        document_sha256=item.sha256,
        file=path,
        document_size=item.size,
    )


def record_pack(
    ctx: ServiceContext,
    check: CirculationPreview,
    renderer: PackRenderer,
    items: Sequence[SentItem],
    channel: str,
    *,
    state: DistributionState = DistributionState.PREPARED,
    left_out: Mapping[int, str] | None = None,
    passwords: Sequence[tuple[int, str]] = (),
) -> bool:
    """Record the items (and anyone left out, with their reason) and settle the meeting: True
    when it is now circulated."""
    meeting, case_id = check.meeting, check.data.case.id
    assert meeting.id is not None and case_id is not None
    now, today = ctx.clock.now(), ctx.clock.today()
    reached = state.reached
    with ctx.uow() as uow:
        stored = uow.repo(Meeting).get(meeting.id)
        check_approved(uow, stored)  # still the approved content, at the moment of recording
        notice_sent = False
        for item in items:
            filename = renderer.names[(item.person_id, item.kind, item.fmt)]
            record_id = check.data.case.id if item.kind is DocumentKind.PLAN else meeting.id
            document = record_generated(
                uow,
                ctx,
                case_id=case_id,
                kind=item.kind,
                record_id=record_id,
                fmt=item.fmt,
                filename=filename,
                sha256=item.document_sha256,
                size=item.document_size,
            )
            row = uow.repo(CirculationItem).add(
                CirculationItem(
                    case_id=case_id,
                    meeting_id=meeting.id,
                    document_id=document.id,
                    recipient_person_id=item.person_id,
                    channel=item.channel,
                    sha256=item.sha256,
                    sent_at=now,
                    sent_by=ctx.actor.username,
                    state=state,
                    reached_at=now if reached else None,
                    reached_by=ctx.actor.username if reached else "",
                )
            )
            record(
                uow,
                ctx,
                f"circulation.{state.value}",
                "circulation_item",
                row.id,
                f"meeting={meeting.id} person={item.person_id} kind={item.kind.value}",
            )
            notice_sent |= item.kind is DocumentKind.PLAN_CHANGE_NOTICE
        if notice_sent:
            for version_id in check.notice_version_ids:
                version = uow.repo(PlanVersion).get(version_id)
                uow.repo(PlanVersion).update(replace(version, notified_on=today))
                record(uow, ctx, "plan.notified", "plan_version", version_id)
        by_person = {r.person_id: r for r in check.recipients}
        for person_id, reason in sorted((left_out or {}).items()):
            add_not_sent(
                uow,
                ctx,
                case_id=case_id,
                meeting_id=meeting.id,
                person_id=person_id,
                channel=by_person[person_id].channel,
                reason=reason,
            )
        record(
            uow,
            ctx,
            "circulation.pack",
            "meeting",
            meeting.id,
            f"channel={channel} items={len(items)} not_sent={len(left_out or {})}",
        )
        entitled = [r.person_id for r in check.recipients]
        settled = settle(uow, ctx, meeting.id, entitled)
    remember_passwords(meeting.id, passwords)
    return settled.status is MeetingStatus.CIRCULATED
