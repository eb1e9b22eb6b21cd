"""Words for the closed vocabularies (enums) and dates, as people read them on screen. Stored
values never change with the language: only these labels are translated."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from lpdesk.domain import (
    DOCUMENT_KINDS,
    ActionStatus,
    AttendanceStatus,
    Category,
    Channel,
    ConferenceKind,
    DocumentKind,
    DueKind,
    DueStatus,
    EscalationLevel,
    MeetingStatus,
    MemberRole,
    PlanKind,
    PlanStage,
    VisitOutcome,
)
from lpdesk.rules.dates import day_text

__all__ = [
    "action_status_label",
    "attendance_label",
    "category_label",
    "channel_label",
    "choice_label",
    "conference_kind_label",
    "count",
    "document_kind_label",
    "due_kind_label",
    "due_status_label",
    "escalation_label",
    "fmt_date",
    "fmt_datetime",
    "meeting_status_label",
    "member_role_label",
    "plan_kind_label",
    "plan_stage_label",
    "visit_outcome_label",
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def count(n: int, one: str, many: str) -> str:
    """English plural choice with ``%n`` replaced: ``count(n, tr("%n year"), tr("%n years"))``.
    Use it, not ``tr`` with a count: with no translator installed Qt replaces %n but keeps
    the plural ("1 meetings approved")."""
    return (one if n == 1 else many).replace("%n", str(n))


def fmt_date(d: date | None, *, weekday: bool = False) -> str:
    """ "6 Jan 2027" (or "Wed 6 Jan 2027"), independent of the machine's locale."""
    return "" if d is None else day_text(d, weekday=weekday)


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


_ENUM_WORDS: dict[object, str] = {
    ActionStatus.NOT_STARTED: "Not started",
    ActionStatus.IN_PROGRESS: "In progress",
    ActionStatus.COMPLETED: "Completed",
    ActionStatus.NOT_ACHIEVED: "Not achieved",
    ActionStatus.CANCELLED: "Cancelled",
    ConferenceKind.INITIAL: "Initial conference",
    ConferenceKind.PRE_BIRTH: "Pre-birth conference",
    ConferenceKind.REVIEW: "Review conference",
    PlanKind.CHILD_PROTECTION: "Child protection",
    PlanKind.GIRFEC: "GIRFEC child's",
    PlanKind.EARLY_HELP: "Early Help",
    PlanStage.OUTLINE: "outline",
    PlanStage.DETAILED: "detailed",
    PlanStage.ENDED: "ended",
    Category.NEGLECT: "neglect",
    Category.PHYSICAL: "physical abuse",
    Category.SEXUAL: "sexual abuse",
    Category.EMOTIONAL: "emotional abuse",
    Channel.EMAIL: "Email",
    Channel.POST: "Post",
    Channel.HAND: "By hand",
    Channel.NONE: "Not sent",
    EscalationLevel.NONE: "Not escalated",
    EscalationLevel.LP_MANAGER: "LP's manager",
    EscalationLevel.CONFERENCE_CHAIR: "Conference chair",
}


_CHOICES = {m.value: w for m, w in _ENUM_WORDS.items() if isinstance(m, ActionStatus)}


def choice_label(value: str) -> str:
    """A stored choice ("in_progress") as words ("In progress"): the known vocabularies by their
    labels, anything else with its underscores made spaces and a capital first letter."""
    if value in _CHOICES:
        return _tr(_CHOICES[value])
    text = value.replace("_", " ").strip()
    return _tr(text[:1].upper() + text[1:]) if text else ""


def action_status_label(status: ActionStatus) -> str:
    return _tr(_ENUM_WORDS[status])


def conference_kind_label(kind: ConferenceKind) -> str:
    return _tr(_ENUM_WORDS[kind])


def plan_kind_label(kind: PlanKind) -> str:
    return _tr(_ENUM_WORDS[kind])


def plan_stage_label(stage: PlanStage) -> str:
    return _tr(_ENUM_WORDS[stage])


def category_label(category: Category) -> str:
    return _tr(_ENUM_WORDS[category])


def channel_label(channel: Channel) -> str:
    return _tr(_ENUM_WORDS[channel])


def escalation_label(level: EscalationLevel) -> str:
    return _tr(_ENUM_WORDS[level])


def document_kind_label(kind: DocumentKind) -> str:
    return _tr(DOCUMENT_KINDS[kind].label)
