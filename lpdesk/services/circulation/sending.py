"""Sending the circulation pack through the authority's SMTP server (``circulation.smtp``).

The same pack as the .eml drafts is built in a staging folder, each message is sent to its one
recipient, and what left is recorded; the password list goes to ``out_dir`` for the lead
professional. A message that left cannot be called back, so when a later one fails the ones
already sent are recorded before the error is raised.
"""

from __future__ import annotations

import contextlib
import email
import email.policy
import os
import shutil
import time
from collections.abc import Collection
from dataclasses import replace
from email.message import EmailMessage
from pathlib import Path

from lpdesk.circulation.safety import safe_reference
from lpdesk.circulation.smtp import SmtpTransport
from lpdesk.domain import Cancelled, Channel, DistributionState, NullProgress, Progress
from lpdesk.services.circulation.pack import PackSummary, _build, _staging
from lpdesk.services.circulation.pack_record import record_pack, sent_items
from lpdesk.services.context import ServiceContext
from lpdesk.services.rendering import AuthoritySettings, ProfilesArg

__all__ = ["send_pack_smtp"]


def send_pack_smtp(
    ctx: ServiceContext,
    *,
    meeting_id: int,
    transport: SmtpTransport,
    out_dir: Path,
    progress: Progress | None = None,
    settings: AuthoritySettings | None = None,
    profiles: ProfilesArg = None,
    only_person_ids: Collection[int] | None = None,
) -> PackSummary:
    """Send each email recipient their message through ``transport`` (one message per recipient,
    To only) and write the password list into ``out_dir``. Messages already sent when a later one
    fails are recorded (they left); the error is then raised. Cancelling before the first send
    records nothing."""
    started = time.perf_counter()
    final, staging, created = _staging(Path(out_dir))
    progress = progress or NullProgress()
    sent_paths: list[Path] = []
    try:
        check, renderer, result, _ = _build(
            ctx,
            meeting_id=meeting_id,
            mode="eml",
            staging=staging,
            progress=progress,
            settings=settings,
            profiles=profiles,
            only_person_ids=only_person_ids,
        )
        reference = safe_reference(check.case_reference)
        emls = sorted({item.path for item in result.items})
        failure: BaseException | None = None
        for number, path in enumerate(emls, start=1):
            if progress.cancelled and not sent_paths:
                raise Cancelled("sending cancelled")
            progress.report(number - 1, len(emls), f"sending message {number}")
            with path.open("rb") as handle:
                msg = email.message_from_binary_file(handle, policy=email.policy.SMTP)
            assert isinstance(msg, EmailMessage)
            try:
                transport.send(msg)
            except Exception as err:  # record what already left, then report
                failure = err
                break
            sent_paths.append(path)
        items = [
            it
            for it in sent_items(result, reference, staging)
            if it.file is not None and it.file in sent_paths
        ]
        final.mkdir(mode=0o700, exist_ok=True)
        password_path = None
        if result.password_list_path is not None and sent_paths:
            password_path = final / result.password_list_path.name
            os.replace(result.password_list_path, password_path)
        items = [replace(it, channel=Channel.EMAIL, file=None) for it in items]
        circulated = False
        if items:
            circulated = record_pack(
                ctx,
                check,
                renderer,
                items,
                "smtp",
                state=DistributionState.SENT,
                passwords=[p for p in result.passwords if p[0] in {i.person_id for i in items}],
            )
        if failure is not None:
            raise failure
    except BaseException:
        if not sent_paths and created:
            with contextlib.suppress(OSError):
                final.rmdir()
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return PackSummary(
        meeting_id=meeting_id,
        out_dir=final,
        files=(password_path,) if password_path else (),
        password_list_path=password_path,
        items=tuple(items),
        problems=result.problems,
        seconds=time.perf_counter() - started,
        circulated=circulated,
    )
