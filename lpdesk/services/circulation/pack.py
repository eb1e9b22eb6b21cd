"""Producing and sending the circulation pack, and recording it.

Files first, records after: the pack is written to a staging folder beside ``out_dir`` (rendered
for each recipient with their own redaction, encrypted with their own password), moved into
``out_dir``, and only then is every item recorded (a ``GeneratedDocument`` per document, a
``CirculationItem`` per document per recipient, prepared unless SMTP accepted it, audit events)
in one unit of work. The meeting becomes circulated only when every entitled recipient is reached
(``states.settle``). Cancelling or any failure removes every file and records nothing.
"""

from __future__ import annotations

import contextlib
import email
import email.policy
import hashlib
import os
import shutil
import tempfile
import time
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from email.message import EmailMessage
from pathlib import Path

from lpdesk.circulation import pack as circulation_pack
from lpdesk.circulation.pack import PackItem, PackResult
from lpdesk.circulation.recipients import RecipientPlan
from lpdesk.circulation.safety import safe_reference
from lpdesk.documents.language import in_language
from lpdesk.documents.tree import Block, Document, PageBreak
from lpdesk.domain import (
    Channel,
    CirculationItem,
    DistributionState,
    DocumentKind,
    InvalidInput,
    Meeting,
    MeetingStatus,
    NullProgress,
    PlanVersion,
    Progress,
)
from lpdesk.services.circulation.passwords import remember_passwords
from lpdesk.services.circulation.preview import CirculationPreview, check_approved, preview
from lpdesk.services.circulation.states import add_not_sent, settle
from lpdesk.services.circulation.who import check_left_out, chosen, sender
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.leftovers import sweep_folder
from lpdesk.services.rendering import (
    Assembled,
    AuthoritySettings,
    ProfilesArg,
    assemble,
    inputs_for,
    pack_language_for,
    record_generated,
    render_tree,
)

__all__ = ["PackSummary", "SentItem", "produce_pack"]


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


@dataclass(frozen=True, kw_only=True)
class PackSummary:
    meeting_id: int
    out_dir: Path
    files: tuple[Path, ...]
    password_list_path: Path | None
    items: tuple[SentItem, ...]
    problems: tuple[str, ...]
    seconds: float
    circulated: bool = False  # every entitled recipient reached: the meeting is now circulated
    not_sent: tuple[int, ...] = ()  # recipients recorded as not sent, with a reason


class _Renderer:
    """Renders any planned document for a recipient from one load per record."""

    def __init__(
        self,
        ctx: ServiceContext,
        check: CirculationPreview,
        settings: AuthoritySettings | None,
        profiles: ProfilesArg,
    ) -> None:
        self.ctx, self.check = ctx, check
        self.inputs = inputs_for(ctx, settings=settings, profiles=profiles)
        self._loaded: dict[tuple[DocumentKind, int | None], Assembled | list[Assembled]] = {}
        self.names: dict[tuple[int, DocumentKind, str], tuple[str, str, int]] = {}
        self.language = "en"  # the pack's language (_build: pack_language)

    def _load(self, kind: DocumentKind, person_id: int) -> list[Assembled]:
        meeting, data = self.check.meeting, self.check.data
        assert meeting.id is not None and data.case.id is not None
        key: tuple[DocumentKind, int | None]
        if kind is DocumentKind.EXCLUDED_PARENT_SUMMARY:
            key, record_ids, who = (kind, person_id), [meeting.id], person_id
        elif kind is DocumentKind.CHILD_PLAN:
            child = next(c for c in data.children if c.person_id == person_id)
            key, record_ids, who = (kind, person_id), [child.id or 0], None
        elif kind is DocumentKind.PLAN_CHANGE_NOTICE:
            key, record_ids, who = (kind, None), list(self.check.notice_version_ids), None
        elif kind is DocumentKind.PLAN:
            key, record_ids, who = (kind, None), [data.case.id], None
        else:
            key, record_ids, who = (kind, None), [meeting.id], None
        if key not in self._loaded:
            self._loaded[key] = [
                assemble(self.ctx, self.inputs, kind=kind, record_id=rid, person_id=who)
                for rid in record_ids
            ]
        found = self._loaded[key]
        assert isinstance(found, list)
        return found

    def __call__(self, plan: RecipientPlan, kind: DocumentKind, fmt: str) -> tuple[str, bytes]:
        trees = [a.tree(plan.redaction) for a in self._load(kind, plan.person_id)]
        doc = in_language(_joined(trees), self.language)
        file = render_tree(doc, fmt, self.inputs.settings)
        self.names[(plan.person_id, kind, fmt)] = (file.filename, file.sha256, len(file.data))
        return doc.meta.title, file.data


def _joined(trees: Sequence[Document]) -> Document:
    """One document from several (plan change notices for several versions), latest meta."""
    if len(trees) == 1:
        return trees[0]
    blocks: list[Block] = []
    for i, tree in enumerate(trees):
        if i:
            blocks.append(PageBreak())
        blocks.extend(tree.blocks)
    return replace(trees[-1], blocks=tuple(blocks))


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


def _sent_items(result: PackResult, reference: str, final_dir: Path) -> list[SentItem]:
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
    )


def _record(
    ctx: ServiceContext,
    check: CirculationPreview,
    renderer: _Renderer,
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
            filename, sha, size = renderer.names[(item.person_id, item.kind, item.fmt)]
            record_id = check.data.case.id if item.kind is DocumentKind.PLAN else meeting.id
            document = record_generated(
                uow,
                ctx,
                case_id=case_id,
                kind=item.kind,
                record_id=record_id,
                fmt=item.fmt,
                filename=filename,
                sha256=sha,
                size=size,
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


def _staging(out_dir: Path) -> tuple[Path, Path, bool]:
    final = out_dir.resolve()
    if final.exists() and (not final.is_dir() or any(final.iterdir())):
        raise InvalidInput.one("out_dir", "a pack goes into a new or empty folder")
    final.parent.mkdir(parents=True, exist_ok=True)
    sweep_folder(final.parent)  # staging a killed pack left here
    created = not final.exists()
    staging = Path(tempfile.mkdtemp(prefix=".lpdesk-pack-", dir=final.parent))
    return final, staging, created


def _build(
    ctx: ServiceContext,
    *,
    meeting_id: int,
    mode: str,
    staging: Path,
    progress: Progress,
    settings: AuthoritySettings | None,
    profiles: ProfilesArg,
    only_person_ids: Collection[int] | None,
    left_out: Mapping[int, str] | None = None,
    language: str | None = None,
) -> tuple[CirculationPreview, _Renderer, PackResult, dict[int, str]]:
    check = preview(ctx, meeting_id=meeting_id, profiles=profiles)
    plans = chosen(check, only_person_ids)
    reasons = check_left_out(check, left_out or {}, only_person_ids) if mode == "own" else {}
    plans = [p for p in plans if p.person_id not in reasons]
    renderer = _Renderer(ctx, check, settings, profiles)
    renderer.language = pack_language_for(renderer.inputs, check.data.case.profile_id, language)
    result = circulation_pack.produce_pack(
        case_reference=check.case_reference,
        plans=plans,
        render=renderer,
        out_dir=staging,
        mode=mode,  # type: ignore[arg-type]
        progress=progress,
        now=ctx.clock.now(),
        people=check.data.people,
        sender=sender(check)
        if mode == "eml" or (mode == "own" and any(p.channel is Channel.EMAIL for p in plans))
        else None,
        language=renderer.language,
    )
    return check, renderer, result, reasons


def produce_pack(
    ctx: ServiceContext,
    *,
    meeting_id: int,
    out_dir: Path,
    channel: str = "eml",
    progress: Progress | None = None,
    settings: AuthoritySettings | None = None,
    profiles: ProfilesArg = None,
    only_person_ids: Collection[int] | None = None,
    left_out: Mapping[int, str] | None = None,
    language: str | None = None,
) -> PackSummary:
    """Write the pack for the approved minutes of ``meeting_id`` into ``out_dir`` (new or empty):
    ``own`` gives each recipient what their own channel needs (email draft, post with the address
    page, hand copy and sheet); ``eml``, ``post``, ``files`` one kind only; plus the password list.
    ``only_person_ids`` narrows (never widens) the pack. In ``own`` mode anyone who cannot be
    reached must be in ``left_out`` with the reason, or nothing is produced. Items are recorded
    as prepared once every file is in place; see ``states`` for when the meeting is circulated.
    ``language`` ("en", "cy", "both"; default the profile's ``pack_language``) is that of every
    document and covering word of the pack."""
    if channel not in ("eml", "post", "files", "own"):
        raise InvalidInput.one("channel", f'"{channel}" is not one of: own, eml, post, files')
    if left_out and channel != "own":
        raise InvalidInput.one("left_out", "only a pack for everyone records who is left out")
    started = time.perf_counter()
    final, staging, created = _staging(Path(out_dir))
    moved: list[Path] = []
    try:
        check, renderer, result, reasons = _build(
            ctx,
            meeting_id=meeting_id,
            mode=channel,
            staging=staging,
            progress=progress or NullProgress(),
            settings=settings,
            profiles=profiles,
            only_person_ids=only_person_ids,
            left_out=left_out,
            language=language,
        )
        if not result.items and not reasons:
            raise InvalidInput.one(
                "channel",
                f"nobody can be sent a {channel} pack: " + "; ".join(result.problems),
            )
        final.mkdir(mode=0o700, exist_ok=True)
        for path in result.files:
            target = final / path.name
            os.replace(path, target)
            moved.append(target)
        reference = safe_reference(check.case_reference)
        items = _sent_items(result, reference, final)
        circulated = _record(
            ctx,
            check,
            renderer,
            items,
            channel,
            left_out=reasons,
            passwords=result.passwords,
        )
    except BaseException:
        for path in moved:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        if created:
            with contextlib.suppress(OSError):
                final.rmdir()
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return PackSummary(
        meeting_id=meeting_id,
        out_dir=final,
        files=tuple(moved),
        password_list_path=(final / result.password_list_path.name)
        if result.password_list_path
        else None,
        items=tuple(items),
        problems=result.problems,
        seconds=time.perf_counter() - started,
        circulated=circulated,
        not_sent=tuple(sorted(reasons)),
    )
