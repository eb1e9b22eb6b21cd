"""Case administration: open and close a case, its children, core group members, the lead
professional (with transfers), the outline plan, conferences, and the LP's absences and cover.

Every use case checks all its input first and raises ``InvalidInput`` naming each field, so a
refused change writes nothing, not even its audit event. Ids given as input that do not exist are
problems with the field that named them.

One module per subject: ``lifecycle`` (open, close), ``membership`` (children and the core group),
``lead`` (the lead professional), ``conferences`` (conferences and the outline plan), ``absences``
(absence and cover), ``overview`` (reading); ``checks`` holds the input checks they share.
"""

from lpdesk.services.cases.absences import record_absence, record_cover, record_cover_cannot_be_met
from lpdesk.services.cases.conferences import add_plan, record_conference
from lpdesk.services.cases.joining import add_child_member, add_new_member, update_contact_details
from lpdesk.services.cases.lead import assign_lead_professional
from lpdesk.services.cases.lifecycle import REFERENCE, close_case, create_case, plan_kind_of_profile
from lpdesk.services.cases.membership import (
    add_child,
    add_member,
    exclude_member,
    leave_member,
    set_circulation_preferences,
)
from lpdesk.services.cases.overview import (
    CaseOverview,
    ChildSummary,
    LeadSummary,
    MemberSummary,
    case_overview,
    list_cases,
)
from lpdesk.services.cases.review import ReviewRecorded, record_review_conference
from lpdesk.services.cases.start import NewChild, StartedCase, start_case

__all__ = [
    "REFERENCE",
    "CaseOverview",
    "ChildSummary",
    "LeadSummary",
    "MemberSummary",
    "NewChild",
    "ReviewRecorded",
    "StartedCase",
    "add_child",
    "add_child_member",
    "add_member",
    "add_new_member",
    "add_plan",
    "assign_lead_professional",
    "case_overview",
    "close_case",
    "create_case",
    "exclude_member",
    "leave_member",
    "list_cases",
    "plan_kind_of_profile",
    "record_absence",
    "record_conference",
    "record_cover",
    "record_cover_cannot_be_met",
    "record_review_conference",
    "set_circulation_preferences",
    "start_case",
    "update_contact_details",
]
