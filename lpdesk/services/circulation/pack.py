"""Producing and sending the circulation pack, and recording it.

Files first, records after: the pack is written to a staging folder beside ``out_dir`` (rendered
for each recipient with their own redaction, each distinct document once: ``pack_render``;
encrypted with their own password), moved into ``out_dir``, and only then is every item recorded
(``pack_record``: a ``GeneratedDocument`` per document, a ``CirculationItem`` per document per
recipient, prepared unless SMTP accepted it, audit events) in one unit of work. The meeting becomes circulated only when every entitled recipient is reached
(``states.settle``). Cancelling or any failure removes every file and records nothing.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path

from lpdesk.circulation import pack as circulation_pack
from lpdesk.circulation.pack import PackResult
from lpdesk.circulation.safety import safe_reference
from lpdesk.domain import Channel, InvalidInput, NullProgress, Progress
from lpdesk.services.circulation.pack_record import SentItem, record_pack, sent_items
from lpdesk.services.circulation.pack_render import PackRenderer
from lpdesk.services.circulation.preview import CirculationPreview, preview
from lpdesk.services.circulation.who import check_left_out, chosen, sender
from lpdesk.services.context import ServiceContext
from lpdesk.services.leftovers import sweep_folder
from lpdesk.services.rendering import AuthoritySettings, ProfilesArg, pack_language_for

__all__ = ["PackSummary", "SentItem", "produce_pack"]


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
) -> tuple[CirculationPreview, PackRenderer, PackResult, dict[int, str]]:
    check = preview(ctx, meeting_id=meeting_id, profiles=profiles)
    plans = chosen(check, only_person_ids)
    reasons = check_left_out(check, left_out or {}, only_person_ids) if mode == "own" else {}
    plans = [p for p in plans if p.person_id not in reasons]
    renderer = PackRenderer(ctx, check, settings, profiles)
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
        items = sent_items(result, reference, final)
        circulated = record_pack(
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
