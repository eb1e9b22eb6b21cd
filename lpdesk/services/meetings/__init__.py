"""A core group from "due" to "minutes approved": convene, hold, minute, review and approve."""

from lpdesk.services.meetings.approval import (
    ApprovalState,
    approval_state,
    approve,
    canonical_minutes,
    minutes_hash,
)
from lpdesk.services.meetings.attendance import AttendanceEntry, attendance_of, record_attendance
from lpdesk.services.meetings.completeness import Finding, completeness
from lpdesk.services.meetings.convene import (
    DueDate,
    ProposedDate,
    cancel_meeting,
    convene_meeting,
    next_core_group_due,
    propose_dates,
    reschedule_meeting,
)
from lpdesk.services.meetings.language import TextFinding
from lpdesk.services.meetings.minutes import (
    SavedDraft,
    amendments,
    record_accuracy_comment,
    save_draft,
)
from lpdesk.services.meetings.prefill import ActionLine, AttendanceLine, Prefill, VisitLine, prefill
from lpdesk.services.meetings.queries import get_meeting, list_meetings

__all__ = [
    "ActionLine",
    "ApprovalState",
    "AttendanceEntry",
    "AttendanceLine",
    "DueDate",
    "Finding",
    "Prefill",
    "ProposedDate",
    "SavedDraft",
    "TextFinding",
    "VisitLine",
    "amendments",
    "approval_state",
    "approve",
    "attendance_of",
    "cancel_meeting",
    "canonical_minutes",
    "completeness",
    "convene_meeting",
    "get_meeting",
    "list_meetings",
    "minutes_hash",
    "next_core_group_due",
    "prefill",
    "propose_dates",
    "record_accuracy_comment",
    "record_attendance",
    "reschedule_meeting",
    "save_draft",
]
