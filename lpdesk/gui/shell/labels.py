"""Words for the closed vocabularies (enums) and dates, as people read them on screen. Stored
values never change with the language: only these labels are translated."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from lpdesk.domain import (
    AttendanceStatus,
    DueKind,
    DueStatus,
    MeetingStatus,
    MemberRole,
    VisitOutcome,
)

__all__ = [
    "attendance_label",
    "count",
    "due_kind_label",
    "due_status_label",
    "fmt_date",
    "fmt_datetime",
    "meeting_status_label",
    "member_role_label",
    "visit_outcome_label",
]

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def count(n: int, one: str, many: str) -> str:
    """English plural choice with ``%n`` replaced: ``count(n, tr("%n year"), tr("%n years"))``."""
    return (one if n == 1 else many).replace("%n", str(n))


def fmt_date(d: date | None, *, weekday: bool = False) -> str:
    """ "6 Jan 2027" (or "Wed 6 Jan 2027"), independent of the machine's locale."""
    if d is None:
        return ""
    text = f"{d.day} {_MONTHS[d.month - 1]} {d.year}"
    return f"{_DAYS[d.weekday()]} {text}" if weekday else text


def fmt_datetime(dt: datetime | None) -> str:
    return "" if dt is None else f"{fmt_date(dt.date(), weekday=True)} {dt:%H:%M}"


_DUE_KIND = {
    DueKind.FIRST_CORE_GROUP: "First core group",
    DueKind.NEXT_CORE_GROUP: "Core group",
    DueKind.FINAL_CORE_GROUP: "Final core group before review",
    DueKind.REVIEW_CONFERENCE: "Review conference",
    DueKind.LP_REPORT: "LP report to conference",
    DueKind.REPORT_TO_PARENTS: "Report shared with parents",
    DueKind.MINUTES_CIRCULATION: "Minutes circulated",
    DueKind.VISIT: "Visit: child seen",
    DueKind.VISIT_ALONE: "Visit: child seen alone",
    DueKind.BEDROOM_SEEN: "Visit: bedroom seen",
    DueKind.VISIT_RECORDING: "Visit recorded",
    DueKind.ESCALATION: "Escalation step",
    DueKind.LP_COVER: "Cover for the LP's absence",
    DueKind.ACTION: "Plan action",
    DueKind.ASSESSMENT: "Assessment",
    DueKind.OUTLINE_PLAN: "Outline plan made detailed",
}


def due_kind_label(kind: DueKind) -> str:
    return _tr(_DUE_KIND.get(kind, kind.value.replace("_", " ").capitalize()))


def due_status_label(status: DueStatus) -> str:
    return {
        DueStatus.OVERDUE: _tr("Overdue"),
        DueStatus.DUE_SOON: _tr("Due soon"),
        DueStatus.OK: _tr("On track"),
    }[status]


_ROLE = {
    MemberRole.PARENT: "Parent",
    MemberRole.CARER: "Carer",
    MemberRole.FOSTER_CARER: "Foster carer",
    MemberRole.CHILD: "Child",
    MemberRole.LEAD_PROFESSIONAL: "Lead professional",
    MemberRole.LP_MANAGER: "LP's manager",
    MemberRole.PROFESSIONAL: "Professional",
    MemberRole.QA_MANAGER: "QA manager",
    MemberRole.CONFERENCE_CHAIR: "Conference chair",
}


def member_role_label(role: MemberRole) -> str:
    return _tr(_ROLE.get(role, role.value))


def meeting_status_label(status: MeetingStatus) -> str:
    return {
        MeetingStatus.CONVENED: _tr("Convened"),
        MeetingStatus.HELD: _tr("Held: minutes in draft"),
        MeetingStatus.APPROVED: _tr("Minutes approved"),
        MeetingStatus.CIRCULATED: _tr("Circulated"),
        MeetingStatus.CANCELLED: _tr("Cancelled"),
    }[status]


def attendance_label(status: AttendanceStatus) -> str:
    return {
        AttendanceStatus.INVITED: _tr("Invited"),
        AttendanceStatus.PRESENT: _tr("Present"),
        AttendanceStatus.APOLOGIES: _tr("Apologies"),
        AttendanceStatus.DID_NOT_ATTEND: _tr("Did not attend"),
    }[status]


def visit_outcome_label(outcome: VisitOutcome) -> str:
    return {
        VisitOutcome.COMPLETED: _tr("Completed"),
        VisitOutcome.REFUSED: _tr("Contact refused or avoided"),
        VisitOutcome.NO_ACCESS: _tr("No access"),
    }[outcome]
