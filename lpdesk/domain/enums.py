"""The closed vocabularies of practice. Values are stable strings: they are stored and exported."""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "ActionStatus",
    "AmendmentKind",
    "AssessmentKind",
    "AttendanceStatus",
    "Category",
    "Channel",
    "ConferenceKind",
    "ConferenceOutcome",
    "DistributionState",
    "DocumentKind",
    "DueKind",
    "DueStatus",
    "EscalationLevel",
    "EscalationStepKind",
    "EscalationTrigger",
    "MeetingKind",
    "MeetingStatus",
    "MemberRole",
    "Nation",
    "PlanKind",
    "PlanStage",
    "ReportStatus",
    "UserRole",
    "VisitOutcome",
]


class Nation(StrEnum):
    ENGLAND = "england"
    WALES = "wales"
    SCOTLAND = "scotland"
    NORTHERN_IRELAND = "northern_ireland"


class PlanKind(StrEnum):
    CHILD_PROTECTION = "child_protection"
    GIRFEC = "girfec"
    EARLY_HELP = "early_help"


class PlanStage(StrEnum):
    OUTLINE = "outline"  # as agreed at the initial conference
    DETAILED = "detailed"  # developed by the first core group
    ENDED = "ended"


class Category(StrEnum):
    NEGLECT = "neglect"
    PHYSICAL = "physical"
    SEXUAL = "sexual"
    EMOTIONAL = "emotional"


class ActionStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    NOT_ACHIEVED = "not_achieved"
    CANCELLED = "cancelled"


class MemberRole(StrEnum):
    PARENT = "parent"
    CARER = "carer"
    FOSTER_CARER = "foster_carer"
    CHILD = "child"
    LEAD_PROFESSIONAL = "lead_professional"
    LP_MANAGER = "lp_manager"
    PROFESSIONAL = "professional"
    QA_MANAGER = "qa_manager"
    CONFERENCE_CHAIR = "conference_chair"

    @property
    def is_family(self) -> bool:
        return self in (
            MemberRole.PARENT,
            MemberRole.CARER,
            MemberRole.FOSTER_CARER,
            MemberRole.CHILD,
        )


class Channel(StrEnum):
    EMAIL = "email"
    POST = "post"
    HAND = "hand"  # given in person by the lead professional
    NONE = "none"


class DistributionState(StrEnum):
    """Where one distribution item stands. Only SENT, HANDED and POSTED mean it reached them;
    NOT_SENT is a recipient recorded, with a reason, as not sent to (no usable channel)."""

    PREPARED = "prepared"  # a draft or a file exists; nobody has confirmed it left
    SENT = "sent"  # the SMTP server accepted it, or a person confirmed the draft was sent
    HANDED = "handed"  # a person confirmed they handed it over, on a date
    POSTED = "posted"  # a person confirmed they posted it, on a date
    FAILED = "failed"
    NOT_SENT = "not_sent"  # recorded with a reason: no usable channel

    @property
    def reached(self) -> bool:
        return self in (DistributionState.SENT, DistributionState.HANDED, DistributionState.POSTED)

    @property
    def settled(self) -> bool:
        """Reached, or recorded with a reason as not sent: nothing more to do for it."""
        return self.reached or self is DistributionState.NOT_SENT


class UserRole(StrEnum):
    LEAD_PROFESSIONAL = "lead_professional"
    TEAM_MANAGER = "team_manager"
    ADMINISTRATOR = "administrator"
    CONFERENCE_CHAIR = "conference_chair"
    QA_MANAGER = "qa_manager"


class ConferenceKind(StrEnum):
    INITIAL = "initial"
    PRE_BIRTH = "pre_birth"  # an initial conference held before the child is born
    REVIEW = "review"


class ConferenceOutcome(StrEnum):
    """What a conference decided about the plan."""

    PLAN_CONTINUES = "plan_continues"
    CATEGORY_CHANGED = "category_changed"
    PLAN_ENDS = "plan_ends"


class MeetingKind(StrEnum):
    CORE_GROUP = "core_group"
    LAC_REVIEW = "lac_review"  # looked after child review: always a separate meeting


class MeetingStatus(StrEnum):
    CONVENED = "convened"
    HELD = "held"  # attendance taken; minutes in draft
    APPROVED = "approved"  # the chair approved a specific version of the minutes
    CIRCULATED = "circulated"
    CANCELLED = "cancelled"


class AttendanceStatus(StrEnum):
    INVITED = "invited"
    PRESENT = "present"
    APOLOGIES = "apologies"
    DID_NOT_ATTEND = "did_not_attend"


class AmendmentKind(StrEnum):
    EDIT_AFTER_APPROVAL = "edit_after_approval"
    ACCURACY_COMMENT = "accuracy_comment"


class EscalationLevel(StrEnum):
    NONE = "none"
    LP_MANAGER = "lp_manager"
    CONFERENCE_CHAIR = "conference_chair"


class VisitOutcome(StrEnum):
    COMPLETED = "completed"
    REFUSED = "refused"  # contact refused or avoided: a serious breach of the plan
    NO_ACCESS = "no_access"


class EscalationTrigger(StrEnum):
    CONTACT_REFUSED = "contact_refused"
    NOT_SEEN_BY_LP = "not_seen_by_lp"
    NOT_SEEN_BY_ANY_AGENCY = "not_seen_by_any_agency"


class EscalationStepKind(StrEnum):
    LINE_MANAGER_DISCUSSION = "line_manager_discussion"
    CORE_GROUP_DISCUSSION = "core_group_discussion"
    CHAIR_DISCUSSION = "chair_discussion"
    URGENT_REVIEW_CONSIDERED = "urgent_review_considered"
    LEGAL_THRESHOLD_CONSIDERED = "legal_threshold_considered"


class AssessmentKind(StrEnum):
    CORE = "core"
    SPECIALIST = "specialist"


class ReportStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"  # with the conference chair
    CHANGES_REQUESTED = "changes_requested"
    ACCEPTED = "accepted"


class DocumentKind(StrEnum):
    MINUTES = "minutes"
    PLAN = "plan"
    CHILD_PLAN = "child_plan"  # "my plan", for the child
    INVITATION = "invitation"
    EXCLUDED_PARENT_SUMMARY = "excluded_parent_summary"
    REVIEW_REPORT = "review_report"
    VISIT_RECORD = "visit_record"
    DISTRIBUTION_RECORD = "distribution_record"
    PLAN_CHANGE_NOTICE = "plan_change_notice"
    COMPLIANCE_REPORT = "compliance_report"
    FAMILY_GUIDE = (
        "family_guide"  # what a core group is, for the family (lpdesk.domain.document_kinds)
    )


class DueKind(StrEnum):
    FIRST_CORE_GROUP = "first_core_group"
    NEXT_CORE_GROUP = "next_core_group"
    FINAL_CORE_GROUP = "final_core_group"
    REVIEW_CONFERENCE = "review_conference"
    LP_REPORT = "lp_report"
    REPORT_TO_PARENTS = "report_to_parents"
    MINUTES_CIRCULATION = "minutes_circulation"
    VISIT = "visit"
    VISIT_ALONE = "visit_alone"
    BEDROOM_SEEN = "bedroom_seen"
    VISIT_RECORDING = "visit_recording"
    ESCALATION = "escalation"
    LP_COVER = "lp_cover"
    ACTION = "action"
    ASSESSMENT = "assessment"
    OUTLINE_PLAN = "outline_plan"  # the outline plan not yet made the detailed plan


class DueStatus(StrEnum):
    OK = "ok"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
