"""Assemblers for the documents of one meeting: the minutes, an invitation, the summary for an
excluded parent, and the distribution record. Each loads what its builder needs in a fixed number
of queries and returns an ``Assembled`` that builds the tree for any recipient."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from lpdesk.circulation.redaction import Redaction
from lpdesk.documents.builders import (
    build_distribution_record,
    build_excluded_parent_summary,
    build_invitation,
    build_minutes,
)
from lpdesk.documents.builders.common import long_date
from lpdesk.documents.context import ApprovalNote, DistributionContext, MinutesContext
from lpdesk.documents.tree import Document
from lpdesk.documents.tree_data import from_data
from lpdesk.domain import (
    Attendance,
    CirculationItem,
    Conference,
    ConferenceKind,
    Disagreement,
    ExcludedSummary,
    GeneratedDocument,
    InvalidInput,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Membership,
    MinutesSeal,
    SignificantEvent,
    Visit,
)
from lpdesk.services.context import ServiceContext
from lpdesk.services.permissions import Permission, require_case
from lpdesk.services.ports import UnitOfWork
from lpdesk.services.rendering._case import Assembled, CaseData, load_case
from lpdesk.services.rendering._sources import Inputs

__all__ = [
    "assemble_distribution_record",
    "assemble_excluded_parent_summary",
    "assemble_invitation",
    "assemble_minutes",
    "current_seal",
    "load_meeting",
    "minutes_builder",
]

_HELD = (MeetingStatus.HELD, MeetingStatus.APPROVED, MeetingStatus.CIRCULATED)
_APPROVED = (MeetingStatus.APPROVED, MeetingStatus.CIRCULATED)


def load_meeting(ctx: ServiceContext, uow: UnitOfWork, meeting_id: int) -> Meeting:
    found = uow.repo(Meeting).find(id=meeting_id)
    if not found:
        raise InvalidInput.one("record_id", f"no meeting {meeting_id}")
    require_case(ctx, uow, Permission.READ_CASE, found[0].case_id)
    return found[0]


def _previous_held_at(uow: UnitOfWork, meeting: Meeting) -> datetime | None:
    earlier = [
        m.scheduled_at
        for m in uow.repo(Meeting).find(case_id=meeting.case_id, kind=MeetingKind.CORE_GROUP)
        if m.id != meeting.id and m.status in _HELD and m.scheduled_at < meeting.scheduled_at
    ]
    return max(earlier) if earlier else None


def minutes_builder(
    ctx: ServiceContext,
    uow: UnitOfWork,
    inputs: Inputs,
    meeting: Meeting,
    approval: ApprovalNote | None,
    amending: str = "",
) -> tuple[CaseData, Callable[[Redaction | None], Document]]:
    """Everything the record of ``meeting`` (as given: the approval builds from the approved
    meeting before it is stored) is filled from, read now, and the builder of its tree."""
    record_id = meeting.id
    attendance = tuple(
        sorted(uow.repo(Attendance).find(meeting_id=record_id), key=lambda a: a.id or 0)
    )
    disagreements = tuple(uow.repo(Disagreement).find(meeting_id=record_id))
    since = _previous_held_at(uow, meeting)
    until = meeting.scheduled_at
    visits = tuple(
        sorted(
            (
                v
                for v in uow.repo(Visit).find(case_id=meeting.case_id)
                if (since is None or v.visited_at > since) and v.visited_at <= until
            ),
            key=lambda v: v.visited_at,
        )
    )
    events = tuple(
        sorted(
            (
                e
                for e in uow.repo(SignificantEvent).find(case_id=meeting.case_id)
                if (since is None or e.occurred_on > since.date()) and e.occurred_on <= until.date()
            ),
            key=lambda e: e.occurred_on,
        )
    )
    reviews = [
        c.scheduled_for
        for c in uow.repo(Conference).find(case_id=meeting.case_id)
        if c.kind is ConferenceKind.REVIEW and c.held_on is None and c.scheduled_for
    ]
    extra = [meeting.chair_person_id, meeting.minute_taker_person_id]
    extra += [a.person_id for a in attendance]
    extra += [p.person_id for d in disagreements for p in d.positions]
    extra += [v.visitor_person_id for v in visits]
    data = load_case(uow, meeting.case_id, extra_person_ids=extra)
    profile = inputs.sources.profile(data.case.profile_id)
    form = inputs.sources.form(meeting.form_id, meeting.form_version)

    def build(redaction: Redaction | None) -> Document:
        return build_minutes(
            MinutesContext(
                base=data.context(inputs, redaction),
                meeting=meeting,
                form=form,
                profile_flags=profile.flags,
                attendance=attendance,
                visits=visits,
                disagreements=disagreements,
                events=events,
                review_conference_on=min(reviews) if reviews else None,
                approval=approval,
                amending=amending,
            )
        )

    return data, build


def current_seal(meeting: Meeting) -> MinutesSeal | None:
    """The sealed record of approved minutes: the last seal, when it is the approval in force."""
    if meeting.status not in _APPROVED or not meeting.seals:
        return None
    seal = meeting.seals[-1]
    approved_at = meeting.approved_at.isoformat() if meeting.approved_at else ""
    # the approval in force made this seal (a case-file import recomputes the hash over new ids
    # but keeps the time of approval)
    in_force = seal.content_hash == meeting.approved_hash or seal.approved_at == approved_at
    return seal if in_force else None


def assemble_minutes(
    ctx: ServiceContext, uow: UnitOfWork, inputs: Inputs, record_id: int, person_id: int | None
) -> Assembled:
    """Approved minutes come from their seal only (nothing read live can change them); minutes
    not approved are built from the records now, with a DRAFT watermark."""
    meeting = load_meeting(ctx, uow, record_id)
    seal = current_seal(meeting)
    if seal is not None:
        data = load_case(uow, meeting.case_id, plan=False)
        sealed = from_data(seal.document)
        return Assembled(data=data, record_id=record_id, build=lambda _redaction: sealed)
    legacy = None
    if meeting.status in _APPROVED and meeting.approved_at is not None:  # approved before sealing
        legacy = ApprovalNote(
            version=len(meeting.seals) + 1,
            approver=meeting.approved_by,
            approved_at=meeting.approved_at,
        )
    amending = ""
    if legacy is None and meeting.seals:  # an approved version being corrected
        last = meeting.seals[-1]
        when = long_date(datetime.fromisoformat(last.approved_at).date())
        amending = f"version {last.version}, approved by {last.approver} on {when}"
    data, build = minutes_builder(ctx, uow, inputs, meeting, legacy, amending)
    return Assembled(data=data, record_id=record_id, build=build)


def assemble_invitation(
    ctx: ServiceContext, uow: UnitOfWork, inputs: Inputs, record_id: int, person_id: int | None
) -> Assembled:
    meeting = load_meeting(ctx, uow, record_id)
    if person_id is None:
        raise InvalidInput.one("person_id", "an invitation is to one invitee: name them")
    invited = {a.person_id for a in uow.repo(Attendance).find(meeting_id=record_id)}
    data = load_case(uow, meeting.case_id, extra_person_ids=[person_id])
    members = {m.person_id for m in data.memberships if m.left_on is None}
    if person_id not in members | invited:
        raise InvalidInput.one(
            "person_id", f"person {person_id} is neither a core group member nor invited"
        )
    return Assembled(
        data=data,
        record_id=record_id,
        build=lambda redaction: build_invitation(
            data.context(inputs, redaction), meeting, person_id
        ),
    )


def assemble_excluded_parent_summary(
    ctx: ServiceContext, uow: UnitOfWork, inputs: Inputs, record_id: int, person_id: int | None
) -> Assembled:
    meeting = load_meeting(ctx, uow, record_id)
    if person_id is None:
        raise InvalidInput.one("person_id", "the summary is for one parent: name them")
    data = load_case(uow, meeting.case_id)
    member = data.member(person_id, "person_id")
    if not member.excluded:
        raise InvalidInput.one(
            "person_id", f"person {person_id} is not excluded: they receive the minutes"
        )
    # the summary written for this parent, in its own record: never any other field
    written = uow.repo(ExcludedSummary).find(meeting_id=record_id, person_id=person_id)
    summary = written[0].text.strip() if written else ""
    notes = () if summary else (f"meeting {record_id}: no summary written for the excluded parent",)
    return Assembled(
        data=data,
        record_id=record_id,
        build=lambda redaction: build_excluded_parent_summary(
            data.context(inputs, redaction), meeting, person_id, summary
        ),
        notes=notes,
    )


def assemble_distribution_record(
    ctx: ServiceContext, uow: UnitOfWork, inputs: Inputs, record_id: int, person_id: int | None
) -> Assembled:
    meeting = load_meeting(ctx, uow, record_id)
    items = tuple(uow.repo(CirculationItem).find(meeting_id=record_id))
    doc_ids = sorted({i.document_id for i in items if i.document_id is not None})
    documents = (
        {d.id: d for d in uow.repo(GeneratedDocument).find(id=doc_ids) if d.id is not None}
        if doc_ids
        else {}
    )
    data = load_case(uow, meeting.case_id, extra_person_ids=[i.recipient_person_id for i in items])
    waiting = _not_yet_produced(uow, ctx, record_id, items, data.memberships)
    return Assembled(
        data=data,
        record_id=record_id,
        build=lambda redaction: build_distribution_record(
            DistributionContext(
                base=data.context(inputs, redaction),
                items=items,
                documents=documents,
                meeting=meeting,
                waiting=waiting,
            )
        ),
    )


def _not_yet_produced(
    uow: UnitOfWork,
    ctx: ServiceContext,
    meeting_id: int,
    items: tuple[CirculationItem, ...],
    memberships: Sequence[Membership],
) -> tuple[tuple[int, str], ...]:
    """Entitled recipients with nothing produced yet, and how they are reached."""
    from lpdesk.services.circulation.preview import entitled_in

    entitled = entitled_in(uow, ctx, meeting_id) or ()
    have = {i.recipient_person_id for i in items}
    channels = {m.person_id: m.channel.value for m in memberships}
    return tuple((p, channels.get(p, "none")) for p in entitled if p not in have)
