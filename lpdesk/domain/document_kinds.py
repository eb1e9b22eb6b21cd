"""Every kind of document lpdesk makes, registered once: what a person calls it, and what the
record id of a rendered file names. Screens, packs and case files read this table; the renderer
for each kind is registered beside its assembler (``lpdesk.services.rendering``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from lpdesk.domain.enums import DocumentKind

__all__ = ["DOCUMENT_KINDS", "DocumentKindInfo"]


@dataclass(frozen=True, slots=True)
class DocumentKindInfo:
    label: str  # what a person calls it, on screen
    in_a_sentence: str  # the same in a sentence: "the minutes and the plan"
    record: str  # the entity a rendered file's record id names ("" for none)


DOCUMENT_KINDS: Mapping[DocumentKind, DocumentKindInfo] = {
    DocumentKind.MINUTES: DocumentKindInfo("Minutes", "minutes", "Meeting"),
    DocumentKind.PLAN: DocumentKindInfo("Plan", "plan", "PlanVersion"),
    DocumentKind.CHILD_PLAN: DocumentKindInfo(
        "My plan (for the child)", "child's own plan", "PlanVersion"
    ),
    DocumentKind.INVITATION: DocumentKindInfo("Invitation", "invitation", "Meeting"),
    DocumentKind.EXCLUDED_PARENT_SUMMARY: DocumentKindInfo(
        "Summary for an excluded parent", "summary letter", "Meeting"
    ),
    DocumentKind.REVIEW_REPORT: DocumentKindInfo(
        "Report to the review conference", "report to the review conference", "ReviewReport"
    ),
    DocumentKind.VISIT_RECORD: DocumentKindInfo("Visit record", "visit record", "Visit"),
    DocumentKind.DISTRIBUTION_RECORD: DocumentKindInfo(
        "Distribution record", "distribution record", "Meeting"
    ),
    DocumentKind.PLAN_CHANGE_NOTICE: DocumentKindInfo(
        "Notice of plan changes", "plan change notice", "PlanVersion"
    ),
    DocumentKind.COMPLIANCE_REPORT: DocumentKindInfo("Compliance report", "compliance report", ""),
    DocumentKind.FAMILY_GUIDE: DocumentKindInfo(
        "About the core group: a guide for the family", "guide for the family", "Case"
    ),
}
