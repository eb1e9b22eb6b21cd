"""Telling people about a significant event: the lead professional chooses whom (the LP's
manager, the conference chair, the professionals of the core group); each gets an email draft of
their own (one recipient per message, the case reference alone in the subject) written into a
new folder, and each notice is recorded in the case's history. Someone with no email address is
listed for the LP to tell by telephone, and recorded as such: nothing is marked sent that was not
written. Family members are told by the LP in person, not by this notice."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from lpdesk.circulation.email_draft import Mailbox, build_draft
from lpdesk.circulation.safety import is_valid_email, safe_reference
from lpdesk.domain import Case, FieldProblem, InvalidInput, Person, SignificantEvent
from lpdesk.rules.calendar import fmt_date
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.meetings import _common as c
from lpdesk.services.permissions import Permission, require, require_case

__all__ = ["EventNotice", "EventNotices", "tell_about_event"]


@dataclass(frozen=True, kw_only=True, slots=True)
class EventNotice:
    person_id: int
    name: str
    told_as: str  # "the lead professional's manager", "the conference chair", "core group member"
    draft: Path | None  # None: no email address, to be told by telephone


@dataclass(frozen=True, kw_only=True, slots=True)
class EventNotices:
    event_id: int
    out_dir: Path
    notices: tuple[EventNotice, ...]
    problems: tuple[str, ...]


def _body(event: SignificantEvent, reference: str, lead: Person) -> str:
    return (
        f"A significant event on {fmt_date(event.occurred_on)} in case {reference}:\n\n"
        f"{event.description.strip()}\n\n"
        f"Please contact me if this changes what your agency is doing under the plan.\n\n"
        f"{lead.name}\n{lead.phone}\n{lead.email}\n"
    )


def tell_about_event(
    ctx: ServiceContext,
    *,
    event_id: int,
    manager: bool,
    chair: bool,
    core_group: bool,
    out_dir: Path,
) -> EventNotices:
    """Write an email draft for each person chosen into ``out_dir`` (new or empty)."""
    require(ctx, Permission.EDIT_NARRATIVE)
    problems: list[FieldProblem] = []
    if not (manager or chair or core_group):
        problems.append(FieldProblem("audience", "choose at least one person or group to tell"))
    with ctx.uow() as uow:
        found = uow.repo(SignificantEvent).find(id=event_id)
        if not found:
            raise InvalidInput.one("event_id", f"no significant event {event_id}")
        event = found[0]
        require_case(ctx, uow, Permission.EDIT_NARRATIVE, event.case_id)
        case = uow.repo(Case).get(event.case_id)
        lead_assignment = c.current_lead(uow, event.case_id)
        lead = uow.repo(Person).get(lead_assignment.person_id) if lead_assignment else None
        wanted: dict[int, str] = {}
        if manager:
            pid = c.lp_manager_id(uow, event.case_id)
            if pid is None:
                problems.append(FieldProblem("manager", "the lead professional has no manager"))
            else:
                wanted[pid] = "the lead professional's manager"
        if chair:
            pid = c.conference_chair_id(uow, event.case_id)
            if pid is None:
                problems.append(FieldProblem("chair", "no conference chair is recorded"))
            else:
                wanted.setdefault(pid, "the conference chair")
        if core_group:
            for m in c.active_members(uow, event.case_id, ctx.clock.today()):
                if m.excluded or m.role.is_family or (lead and m.person_id == lead.id):
                    continue
                wanted.setdefault(m.person_id, "core group member")
        people = {p.id: p for p in uow.repo(Person).find(id=sorted(wanted))} if wanted else {}
    if lead is None or not is_valid_email(lead.email):
        problems.append(FieldProblem("sender", "the lead professional needs a valid email address"))
    if problems:
        raise InvalidInput(problems)
    assert lead is not None
    reference = safe_reference(case.reference)
    final = Path(out_dir).resolve()
    if final.exists() and (not final.is_dir() or any(final.iterdir())):
        raise InvalidInput.one("out_dir", "the notices go into a new or empty folder")
    final.parent.mkdir(parents=True, exist_ok=True)
    created = not final.exists()
    staging = Path(tempfile.mkdtemp(prefix=".lpdesk-notices-", dir=final.parent))
    notices: list[EventNotice] = []
    messages: list[str] = []
    moved: list[Path] = []
    now = ctx.clock.now()
    try:
        names: list[str] = []
        for number, (pid, told_as) in enumerate(wanted.items(), start=1):
            person = people[pid]
            if not is_valid_email(person.email):
                messages.append(f"{person.name}: no email address: tell them by telephone")
                notices.append(
                    EventNotice(person_id=pid, name=person.name, told_as=told_as, draft=None)
                )
                continue
            draft = build_draft(
                sender=Mailbox(name=lead.name, email=lead.email),
                recipient_name=person.name,
                recipient_email=person.email,
                case_reference=case.reference,
                body_text=_body(event, case.reference, lead),
                attachments=(),
                now=now,
            )
            name = f"{reference}_event{event_id}_n{number:02d}.eml"
            fd = os.open(staging / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as handle:
                handle.write(draft.as_bytes())
            names.append(name)
            notices.append(
                EventNotice(person_id=pid, name=person.name, told_as=told_as, draft=final / name)
            )
        final.mkdir(mode=0o700, exist_ok=True)
        for name in names:
            os.replace(staging / name, final / name)
            moved.append(final / name)
        with ctx.uow() as uow:
            for notice in notices:
                how = "email draft" if notice.draft else "telephone"
                record(
                    uow,
                    ctx,
                    "event.notify",
                    "significant_event",
                    event_id,
                    f"case={event.case_id} person={notice.person_id} by={how}",
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
    return EventNotices(
        event_id=event_id, out_dir=final, notices=tuple(notices), problems=tuple(messages)
    )
