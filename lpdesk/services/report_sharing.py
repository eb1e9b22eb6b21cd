"""Sharing the lead professional's review conference report with the parents: a copy for each
parent in the core group (not an excluded one), rendered with that parent's redaction, written
owner-only into a new folder for the LP to give or send; then the sharing is recorded, late or
not. Nothing is recorded as shared unless every copy was written."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from lpdesk.domain import DocumentKind, FieldProblem, InvalidInput, MemberRole, ReviewReport
from lpdesk.forms.registry import FormRegistry
from lpdesk.services.context import ServiceContext
from lpdesk.services.meetings._common import active_members
from lpdesk.services.permissions import Permission, require_case
from lpdesk.services.profiles import ProfileProvider
from lpdesk.services.rendering import render_document
from lpdesk.services.review_conference import report_for, share_with_parents

_PARENTS = (MemberRole.PARENT, MemberRole.CARER)

__all__ = ["SharedReport", "share_report_with_parents"]


@dataclass(frozen=True, kw_only=True, slots=True)
class SharedReport:
    report: ReviewReport
    late: bool
    reason: str
    copies: tuple[tuple[int, Path], ...]  # (parent's person id, their copy)


def share_report_with_parents(
    ctx: ServiceContext,
    *,
    report_id: int,
    parent_ids: Sequence[int],
    out_dir: Path,
    profiles: ProfileProvider | None = None,
    forms: FormRegistry | None = None,
) -> SharedReport:
    problems: list[FieldProblem] = []
    if not parent_ids:
        problems.append(FieldProblem("parents", "no parent in the core group to share it with"))
    report = report_for(ctx, report_id=report_id)
    with ctx.uow() as uow:
        require_case(ctx, uow, Permission.EDIT_NARRATIVE, report.case_id)
        members = {
            m.person_id: m
            for m in active_members(uow, report.case_id, ctx.clock.today())
            if m.role in _PARENTS
        }
    for i, pid in enumerate(parent_ids):
        member = members.get(pid)
        if member is None:
            problems.append(FieldProblem(f"parents[{i}]", "not a parent in the core group"))
        elif member.excluded:
            problems.append(
                FieldProblem(f"parents[{i}]", "excluded from the core group: they get a summary")
            )
    final = Path(out_dir).resolve()
    if final.exists() and (not final.is_dir() or any(final.iterdir())):
        problems.append(FieldProblem("out_dir", "the copies go into a new or empty folder"))
    if problems:
        raise InvalidInput(problems)
    files = [
        render_document(
            ctx,
            kind=DocumentKind.REVIEW_REPORT,
            record_id=report_id,
            fmt="pdf",
            for_person_id=pid,
            profiles=profiles,
            forms=forms,
        )
        for pid in parent_ids
    ]
    final.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".lpdesk-report-", dir=final.parent))
    try:
        names = []
        for number, file in enumerate(files, start=1):
            name = f"{Path(file.filename).stem}_parent{number:02d}{Path(file.filename).suffix}"
            fd = os.open(staging / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as handle:
                handle.write(file.data)
            names.append(name)
        step = share_with_parents(ctx, report_id=report_id, profiles=profiles)
        final.mkdir(mode=0o700, exist_ok=True)
        for name in names:
            os.replace(staging / name, final / name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return SharedReport(
        report=step.report,
        late=step.late,
        reason=step.reason,
        copies=tuple((pid, final / name) for pid, name in zip(parent_ids, names, strict=True)),
    )
