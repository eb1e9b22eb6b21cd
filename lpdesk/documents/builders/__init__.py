"""One builder per document kind: each turns a context into a ``Document`` tree."""

from lpdesk.documents.builders.child_plan import build_child_plan
from lpdesk.documents.builders.compliance_report import build_compliance_report
from lpdesk.documents.builders.distribution_record import build_distribution_record
from lpdesk.documents.builders.family_guide import build_family_guide
from lpdesk.documents.builders.letters import build_excluded_parent_summary, build_invitation
from lpdesk.documents.builders.minutes import build_minutes
from lpdesk.documents.builders.plan import build_plan
from lpdesk.documents.builders.plan_change_notice import build_plan_change_notice
from lpdesk.documents.builders.review_report import build_review_report
from lpdesk.documents.builders.visit_record import build_visit_record

__all__ = [
    "build_child_plan",
    "build_compliance_report",
    "build_distribution_record",
    "build_excluded_parent_summary",
    "build_family_guide",
    "build_invitation",
    "build_minutes",
    "build_plan",
    "build_plan_change_notice",
    "build_review_report",
    "build_visit_record",
]
