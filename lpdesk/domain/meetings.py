"""Conferences, meetings (core groups, looked after child reviews), attendance, minutes'
amendments, disagreements and the review conference report."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from lpdesk.domain.enums import (
    AmendmentKind,
    AttendanceStatus,
    ConferenceKind,
    ConferenceOutcome,
    EscalationLevel,
    MeetingKind,
    MeetingStatus,
    ReportStatus,
)

__all__ = [
    "Amendment",
    "Attendance",
    "Conference",
    "Disagreement",
    "Meeting",
    "MinutesSeal",
    "Position",
    "ReviewReport",
]


@dataclass(frozen=True, kw_only=True, slots=True)
class Conference:
    """An initial (or pre-birth) or review child protection conference, held or scheduled."""

    id: int | None = None
    case_id: int
    kind: ConferenceKind
    held_on: date | None = None  # None while only scheduled
    scheduled_for: date | None = None
    chair_person_id: int | None = None
    outcome: ConferenceOutcome | None = None  # None while only scheduled (or not recorded)
    outline_plan: str = ""  # the outline plan an initial conference agreed, in its words


@dataclass(frozen=True, kw_only=True, slots=True)
class MinutesSeal:
    """One approved version of a meeting's record, kept as the reader saw it: ``document`` is the
    neutral document tree built at approval (plain JSON data), rendered for every approved copy.
    ``content_hash`` is the ``approved_hash`` of that approval; ``pdf_sha256`` and ``docx_sha256``
    are the SHA-256 of the full record rendered at approval. A later correction adds a new seal;
    earlier ones are kept. ``approved_at`` is ISO 8601 (kept inside the meeting's JSON)."""

    version: int
    approved_at: str
    approved_by: str  # the user name
    approver: str  # the name printed on the approval line
    content_hash: str
    pdf_sha256: str
    docx_sha256: str
    disagreement_ids: tuple[int, ...] = ()
    document: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True, slots=True)
class Meeting:
    """A core group meeting or a looked after child review.

    ``answers`` are the minutes on the pro-forma ``form_id`` at ``form_version``: the record always
    renders with the form it was written on. ``approved_hash`` is the SHA-256 of the exact minutes
    the chair approved; any later edit withdraws the approval.
    """

    id: int | None = None
    case_id: int
    kind: MeetingKind = MeetingKind.CORE_GROUP
    number: int = 1  # 1 = the first core group after the initial conference
    scheduled_at: datetime
    venue: str = ""
    chair_person_id: int | None = None
    minute_taker_person_id: int | None = None
    status: MeetingStatus = MeetingStatus.CONVENED
    form_id: str = ""
    form_version: int = 0
    answers: dict[str, Any] = field(default_factory=dict)
    next_meeting_on: date | None = None
    review_conference_on: date | None = None
    held_on: date | None = None
    approved_hash: str = ""
    approved_by: str = ""
    approved_at: datetime | None = None
    circulated_on: date | None = None
    draft_saved_at: datetime | None = None
    revision: int = 1
    seals: tuple[MinutesSeal, ...] = ()  # every approved version, oldest first (never removed)


@dataclass(frozen=True, kw_only=True, slots=True)
class Attendance:
    id: int | None = None
    meeting_id: int
    person_id: int
    status: AttendanceStatus = AttendanceStatus.INVITED
    reason: str = ""  # why a child or parent did not attend
    report_received: bool = False  # a written report from an absent agency
    additional: bool = False  # invited for this meeting only, not a core group member


@dataclass(frozen=True, kw_only=True, slots=True)
class Amendment:
    """A change to minutes after approval, or an accuracy comment from a recipient."""

    id: int | None = None
    meeting_id: int
    kind: AmendmentKind
    at: datetime
    by: str
    field_path: str = ""
    before: str = ""
    after: str = ""
    comment: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class Position:
    person_id: int
    position: str


@dataclass(frozen=True, kw_only=True, slots=True)
class Disagreement:
    """Who disagrees with what, each position, its escalation and outcome. Once in an approved
    record it can be resolved but never deleted."""

    id: int | None = None
    case_id: int
    meeting_id: int | None = None
    subject: str
    raised_on: date
    positions: tuple[Position, ...] = ()
    escalated_to: EscalationLevel = EscalationLevel.NONE
    escalated_on: date | None = None
    outcome: str = ""
    resolved_on: date | None = None
    locked: bool = False  # part of approved minutes


@dataclass(frozen=True, kw_only=True, slots=True)
class ReviewReport:
    """The core group's assessment report for a review conference, reviewed by the chair."""

    id: int | None = None
    case_id: int
    conference_id: int
    status: ReportStatus = ReportStatus.DRAFT
    recommendation: str = ""
    submitted_on: date | None = None
    shared_with_parents_on: date | None = None
    chair_comments: str = ""
    reviewed_on: date | None = None
    revision: int = 1  # optimistic locking: bumped by every update
