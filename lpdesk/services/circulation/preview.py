"""The final check before anything leaves: every recipient from the case's own core group, how they
are reached, exactly which documents and formats they get, what is removed for them, and anything
that stops them being sent. Refused for minutes that are not approved, or that changed since."""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass

from lpdesk.circulation.recipients import PlannedDocument, RecipientPlan, plan_recipients
from lpdesk.documents.tree import Document, FieldTable, Heading, Paragraph, Table
from lpdesk.domain import (
    Attendance,
    Channel,
    Disagreement,
    DocumentKind,
    InvalidInput,
    Meeting,
    MeetingStatus,
    MemberRole,
    Plan,
    PlanVersion,
    RuleViolation,
)
from lpdesk.rules.profile import Profile
from lpdesk.services.circulation.summaries import excluded_summaries
from lpdesk.services.context import ServiceContext
from lpdesk.services.meetings.approval import canonical_minutes
from lpdesk.services.permissions import Permission, require, require_case
from lpdesk.services.ports import UnitOfWork
from lpdesk.services.profiles import ProfileProvider
from lpdesk.services.rendering import CaseData, Sources
from lpdesk.services.rendering._case import load_case

__all__ = ["CirculationPreview", "PreviewRecipient", "preview"]

_APPROVED = (MeetingStatus.APPROVED, MeetingStatus.CIRCULATED)


@dataclass(frozen=True, kw_only=True, slots=True)
class PreviewRecipient:
    """One recipient and exactly what they get. ``redactions`` and ``problems`` carry identifiers
    only; the name is for the screen, never a file name."""

    person_id: int
    name: str
    role: MemberRole
    organisation: str
    channel: Channel
    documents: tuple[PlannedDocument, ...]
    redactions: tuple[str, ...]
    problems: tuple[str, ...]
    plan: RecipientPlan
    excluded: bool = False  # receives the summary letter instead of the minutes and the plan
    summary: str = ""  # for an excluded parent: the summary as written for them
    letter: str = ""  # ... and the whole letter's text, exactly as it will be sent

    @property
    def sendable(self) -> bool:
        return not self.problems and bool(self.documents)


@dataclass(frozen=True, kw_only=True)
class CirculationPreview:
    meeting: Meeting
    case_reference: str
    recipients: tuple[PreviewRecipient, ...]
    notice_version_ids: tuple[int, ...]  # plan versions whose change notice goes with this pack
    data: CaseData

    @property
    def plans(self) -> tuple[PreviewRecipient, ...]:
        """The recipients (the name the circulate page reads)."""
        return self.recipients

    @property
    def problems(self) -> tuple[str, ...]:
        return tuple(p for r in self.recipients for p in r.problems)


def current_minutes_hash(uow: UnitOfWork, meeting: Meeting) -> str:
    rows = uow.repo(Attendance).find(meeting_id=meeting.id)
    shown = uow.repo(Disagreement).find(meeting_id=meeting.id)
    return hashlib.sha256(canonical_minutes(meeting, rows, shown)).hexdigest()


def check_approved(uow: UnitOfWork, meeting: Meeting) -> None:
    """Refuse minutes that are not approved, or whose content differs from what was approved."""
    if meeting.status not in _APPROVED or not meeting.approved_hash:
        raise RuleViolation(
            f"meeting {meeting.id} is {meeting.status.value}: only approved minutes are circulated"
        )
    if current_minutes_hash(uow, meeting) != meeting.approved_hash:
        raise RuleViolation(
            f"the minutes of meeting {meeting.id} changed after they were approved: "
            "the chair must approve them again before they are circulated"
        )


def _unnotified_versions(uow: UnitOfWork, plan: Plan | None) -> tuple[int, ...]:
    if plan is None:
        return ()
    versions = uow.repo(PlanVersion).find(plan_id=plan.id)
    return tuple(
        v.id
        for v in sorted(versions, key=lambda v: v.number)
        if v.id is not None and v.notify_manager_and_chair and v.notified_on is None
    )


def _plans(
    uow: UnitOfWork,
    ctx: ServiceContext,
    meeting: Meeting,
    profiles: ProfileProvider | Mapping[str, Profile] | None,
) -> tuple[CaseData, tuple[int, ...], tuple[RecipientPlan, ...]]:
    """Who the case's core group entitles to this meeting's pack, read in the caller's unit."""
    invited = {a.person_id for a in uow.repo(Attendance).find(meeting_id=meeting.id)}
    data = load_case(uow, meeting.case_id)
    notices = _unnotified_versions(uow, data.plan)
    profile = Sources(profiles).profile(data.case.profile_id)
    members = {m.person_id for m in data.memberships}
    kinds = {DocumentKind.MINUTES}
    if data.plan is not None:
        kinds |= {DocumentKind.PLAN, DocumentKind.CHILD_PLAN}
        if notices:
            kinds.add(DocumentKind.PLAN_CHANGE_NOTICE)
    plans = plan_recipients(
        case_id=meeting.case_id,
        memberships=data.memberships,
        people=data.people,
        children=data.children,
        meeting_invitee_ids=invited & members,
        as_of=ctx.clock.today(),
        child_age_threshold=profile.child_document_age,
        kinds=kinds,
    )
    return data, notices, plans


def entitled_in(uow: UnitOfWork, ctx: ServiceContext, meeting_id: int) -> tuple[int, ...] | None:
    """The people entitled to the meeting's pack, in the caller's unit of work; None when the
    minutes are not approved as they stand (then nobody can be worked out)."""
    meeting = uow.repo(Meeting).get(meeting_id)
    try:
        check_approved(uow, meeting)
    except RuleViolation:
        return None
    return tuple(p.person_id for p in _plans(uow, ctx, meeting, None)[2])


def preview(
    ctx: ServiceContext,
    *,
    meeting_id: int,
    profiles: ProfileProvider | Mapping[str, Profile] | None = None,
) -> CirculationPreview:
    """Who receives what for the approved minutes of ``meeting_id`` (and the current plan, the
    child's own plan, the excluded parent's summary, pending plan change notices)."""
    require(ctx, Permission.CIRCULATE)
    with ctx.uow() as uow:
        found = uow.repo(Meeting).find(id=meeting_id)
        if not found:
            raise InvalidInput.one("meeting_id", f"no meeting {meeting_id}")
        meeting = found[0]
        require_case(ctx, uow, Permission.CIRCULATE, meeting.case_id)
        check_approved(uow, meeting)
        data, notices, plans = _plans(uow, ctx, meeting, profiles)
        summaries = excluded_summaries(uow, meeting_id)
    recipients = []
    for plan in plans:
        person = data.people[plan.person_id]
        agency = data.agencies.get(person.agency_id) if person.agency_id is not None else None
        # the plan's problems and redactions carry identifiers ("person 18"): in words here
        problems = [f"{person.name}: {p.split(': ', 1)[-1]}" for p in plan.problems]
        removed = tuple(_named(r, data) for r in plan.redactions)
        excluded = DocumentKind.EXCLUDED_PARENT_SUMMARY in {d.kind for d in plan.documents}
        summary = summaries.get(plan.person_id, "") if excluded else ""
        if excluded and not summary:
            problems.append(
                f"{person.name} is excluded from the core group and no summary has been written "
                "for them: write their summary before their pack is produced"
            )
        letter = _letter(ctx, meeting_id, plan, profiles) if summary else ""
        recipients.append(
            PreviewRecipient(
                person_id=plan.person_id,
                name=person.name,
                role=plan.role,
                organisation=agency.name if agency else "",
                channel=plan.channel,
                documents=plan.documents,
                redactions=removed,
                problems=tuple(problems),
                plan=dataclasses.replace(plan, problems=tuple(problems)),
                excluded=excluded,
                summary=summary,
                letter=letter,
            )
        )
    return CirculationPreview(
        meeting=meeting,
        case_reference=data.case.reference,
        recipients=tuple(recipients),
        notice_version_ids=notices,
        data=data,
    )


def _named(text: str, data: CaseData) -> str:
    """ "address of person 18 removed" -> "address of Jo Bloggs removed"."""

    def name(match: re.Match[str]) -> str:
        person = data.people.get(int(match[1]))
        return person.name if person is not None else "someone"

    text = re.sub(r"\bsection (\w+)", lambda m: "section " + m[1].replace("_", " "), text)
    return re.sub(r"\bperson (\d+)", name, text)


def _letter(
    ctx: ServiceContext,
    meeting_id: int,
    plan: RecipientPlan,
    profiles: ProfileProvider | Mapping[str, Profile] | None,
) -> str:
    """The excluded parent's letter as text, built exactly as the pack builds it."""
    from lpdesk.services.rendering import assemble, inputs_for

    inputs = inputs_for(ctx, profiles=profiles)
    tree = assemble(
        ctx,
        inputs,
        kind=DocumentKind.EXCLUDED_PARENT_SUMMARY,
        record_id=meeting_id,
        person_id=plan.person_id,
    ).tree(plan.redaction)
    return document_text(tree)


def document_text(doc: Document) -> str:
    """The words of a document tree, block by block (for a screen that shows what is sent)."""
    lines: list[str] = []
    for block in doc.blocks:
        if isinstance(block, Heading):
            lines.append(block.text)
        elif isinstance(block, Paragraph):
            lines.append("".join(run.text for run in block.runs))
        elif isinstance(block, FieldTable):
            lines += [f"{label}: {value}" for label, value in block.rows]
        elif isinstance(block, Table):
            lines += ["  ".join(row) for row in (block.header, *block.rows)]
    return "\n\n".join(line for line in lines if line.strip())
