"""Reading the audit trail, and recording that a record was opened.

Every change is audited by the service that makes it (``context.record``). This module adds the
"record opened" event (who looked at a child's records is as important as who changed them) and
the two readers QA and team managers use: the history of one record, and of a whole case (the
case itself, every record belonging to it, and the people named in it). The trail itself cannot be
altered or deleted: the database refuses UPDATE and DELETE on ``audit_event`` (migration 0002).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from lpdesk.domain import AuditEvent, Case, Child, Membership, NotFound, Person, User
from lpdesk.domain.registry import ENTITIES, entity_name
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.permissions import Permission, require, require_case, require_record
from lpdesk.services.ports import UnitOfWork

__all__ = [
    "HistoryLine",
    "history",
    "history_for_case",
    "history_for_reference",
    "history_in_words",
    "in_words",
    "record_access",
    "record_opened",
]

_NOT_CASE_RECORDS = frozenset({"audit_event", "case"})
# Reads of the trail are audited under this name (with the record read in ``detail``), so a
# case's history is not lengthened by every look at it.
READ_TRAIL = "audit_trail"


def record_opened(ctx: ServiceContext, entity: str, entity_id: int) -> None:
    """Append a ``record.open`` event: ``ctx.actor`` opened ``entity`` ``entity_id``."""
    require(ctx, Permission.READ_CASE)
    with ctx.uow() as uow:
        record(uow, ctx, "record.open", entity, entity_id)


def record_access(
    ctx: ServiceContext,
    action: str,
    entity: str = "",
    entity_id: int | None = None,
    detail: str = "",
) -> None:
    """Append an event for something read or copied out that no use case records itself (a
    report written to a file, a backup, a restore, the trail read): identifiers only."""
    require(ctx, Permission.READ_CASE)
    with ctx.uow() as uow:
        record(uow, ctx, action, entity, entity_id, detail)


def history(ctx: ServiceContext, *, entity: str, entity_id: int) -> list[AuditEvent]:
    """Every audit event about one record, oldest first (QA and team managers only)."""
    require(ctx, Permission.READ_AUDIT)
    with ctx.uow() as uow:
        require_record(ctx, uow, Permission.READ_AUDIT, entity, entity_id)
        found = _sorted(uow.repo(AuditEvent).find(entity=entity, entity_id=entity_id))
        record(uow, ctx, "audit.read", READ_TRAIL, None, f"{entity}={entity_id}")
    return found


def history_for_case(ctx: ServiceContext, *, case_id: int) -> list[AuditEvent]:
    """Every audit event about a case, its records and the people named in it, oldest first.
    A team manager reads only their own team's cases."""
    with ctx.uow() as uow:
        require_case(ctx, uow, Permission.READ_AUDIT, case_id)
        uow.repo(Case).get(case_id)  # NotFound for an unknown case
        events: list[AuditEvent] = []
        for name, ids in _case_records(uow, case_id).items():
            if ids:
                events += uow.repo(AuditEvent).find(entity=name, entity_id=sorted(ids))
        record(uow, ctx, "audit.read", READ_TRAIL, None, f"case={case_id}")
    return _sorted(events)


def history_for_reference(ctx: ServiceContext, *, reference: str) -> list[AuditEvent]:
    """``history_for_case`` by the case reference (the command line's ``lpdesk audit CASE``)."""
    require(ctx, Permission.READ_AUDIT)
    with ctx.uow() as uow:
        found = uow.repo(Case).find(reference=reference.strip())
    if not found or found[0].id is None:
        raise NotFound("case", reference)
    return history_for_case(ctx, case_id=found[0].id)


def _case_records(uow: UnitOfWork, case_id: int) -> dict[str, set[int]]:
    """The ids of every record belonging to the case, by entity name: records carrying its
    ``case_id``, their children (an attendance through its meeting, an action through its plan)
    and the people who are its children or core group members."""
    found: dict[str, set[int]] = {"case": {case_id}}
    for cls in ENTITIES:  # parents before children
        name = entity_name(cls)
        if name in _NOT_CASE_RECORDS:
            continue
        names = {f.name for f in fields(cls)}
        rows: list[Any]
        if "case_id" in names:
            rows = uow.repo(cls).find(case_id=case_id)
        else:
            parent = next((n for n in sorted(names) if n.endswith("_id") and n[:-3] in found), None)
            if parent is None:
                continue
            rows = uow.repo(cls).find(**{parent: sorted(found[parent[:-3]])})
        found.setdefault(name, set()).update(_ids(rows, "id"))
        if cls in (Child, Membership):
            found.setdefault("person", set()).update(_ids(rows, "person_id"))
    return found


def _ids(rows: list[Any], attr: str) -> set[int]:
    return {int(getattr(row, attr)) for row in rows}


def _sorted(events: list[AuditEvent]) -> list[AuditEvent]:
    return sorted(events, key=lambda e: (e.at, e.id or 0))


# -- the history in words (the History tab) -------------------------------------------------------

_ACTIONS: dict[str, str] = {
    "absence.cover": "Cover arranged for the lead professional's absence",
    "absence.cover_cannot_be_met": "Cover for the lead professional could not be arranged",
    "absence.record": "Lead professional's absence recorded",
    "assessment.add": "Assessment added",
    "assessment.commission": "Assessment commissioned",
    "assessment.complete": "Assessment completed",
    "case.close": "Case closed",
    "case.create": "Case opened",
    "case.export": "Case file exported",
    "case.import": "Case file imported",
    "child.add": "Child added",
    "conference.record": "Conference recorded",
    "disagreement.delete": "Disagreement removed",
    "disagreement.escalate": "Disagreement escalated",
    "disagreement.record": "Disagreement recorded",
    "disagreement.resolve": "Disagreement resolved",
    "escalation.complete": "Escalation step completed",
    "escalation.open": "Escalation opened",
    "event.log": "Event logged",
    "event.record": "Significant event recorded",
    "lead.assign": "Lead professional allocated",
    "lead.transfer": "Lead professional changed",
    "meeting.accuracy_comment": "Comment on the minutes' accuracy recorded",
    "meeting.approval_withdrawn": "Approval of the minutes withdrawn",
    "meeting.approve": "Minutes approved",
    "meeting.attendance": "Attendance recorded",
    "meeting.cancel": "Meeting cancelled",
    "meeting.circulate": "Minutes and plan circulated",
    "meeting.convene": "Meeting convened",
    "meeting.draft_save": "Minutes saved as a draft",
    "meeting.invitations": "Invitations sent",
    "meeting.reschedule": "Meeting rescheduled",
    "member.add": "Added to the core group",
    "member.exclude": "Excluded from the core group",
    "member.leave": "Left the core group",
    "member.preferences": "Contact preferences changed",
    "person.add": "Person added",
    "person.address_withheld": "Address withheld or released",
    "person.update": "Person's details changed",
    "plan.action_add": "Action added to the plan",
    "plan.action_progress": "Progress on an action recorded",
    "plan.add": "Plan started",
    "plan.detailed": "Detailed plan recorded",
    "plan.notified": "Manager and chair told of the plan's changes",
    "plan.outcome": "Plan outcome changed",
    "plan.outcome_add": "Outcome added to the plan",
    "plan.version": "New version of the plan",
    "record.open": "Record viewed",
    "report.accept": "Review report accepted",
    "report.comment": "Chair commented on the review report",
    "report.request_changes": "Chair asked for changes to the review report",
    "report.revise": "Review report revised",
    "report.share_with_parents": "Review report shared with the parents",
    "report.start": "Review report started",
    "report.submit": "Review report submitted to the chair",
    "review_report.draft": "Review report drafted",
    "visit.record": "Visit recorded",
}
_DOCUMENTS: dict[str, str] = {
    "minutes": "Minutes",
    "plan": "Plan",
    "child_plan": "Child's own plan",
    "invitation": "Invitation",
    "excluded_parent_summary": "Summary for an excluded parent",
    "review_report": "Review report",
    "visit_record": "Visit record",
    "distribution_record": "Distribution record",
    "plan_change_notice": "Notice of the plan's changes",
    "compliance_report": "Compliance report",
}
_SYSTEM = {"demo.loader": "the demo set-up", "lpdesk.setup": "the desk's first-run set-up"}
_DETAIL = re.compile(r"(\w+)=([^\s]+)")


@dataclass(frozen=True, kw_only=True, slots=True)
class HistoryLine:
    """One audit event in words: "Minutes approved by Daniel Kowalczyk"."""

    at: datetime
    who: str  # the user's name
    role: str  # their role in words
    sentence: str
    event_id: int | None


def history_in_words(ctx: ServiceContext, *, case_id: int) -> list[HistoryLine]:
    """``history_for_case``, each event as a sentence with people's names (never internal names
    or record numbers), oldest first."""
    return in_words(ctx, history_for_case(ctx, case_id=case_id))


def in_words(ctx: ServiceContext, events: list[AuditEvent]) -> list[HistoryLine]:
    """Audit events the caller may read, as sentences with the names of the users and people."""
    person_ids: set[int] = set()
    for e in events:
        details = dict(_DETAIL.findall(e.detail))
        if details.get("person", "").isdigit():
            person_ids.add(int(details["person"]))
        if e.entity == "person" and e.entity_id is not None:
            person_ids.add(e.entity_id)
    with ctx.uow() as uow:
        users = _SYSTEM | {u.username: u.display_name for u in uow.repo(User).find()}
        people = (
            {p.id: p.name for p in uow.repo(Person).find(id=sorted(person_ids))}
            if person_ids
            else {}
        )
    return [
        HistoryLine(
            at=e.at,
            who=users.get(e.user) or e.user,
            role=e.role.replace("_", " "),
            sentence=_sentence(e, users.get(e.user) or e.user, people),
            event_id=e.id,
        )
        for e in events
    ]


def _count(n: str, one: str, many: str) -> str:
    return f"{n} {one if n == '1' else many}"


def _sentence(e: AuditEvent, who: str, people: dict[int | None, str]) -> str:
    d = dict(_DETAIL.findall(e.detail))
    person = people.get(int(d["person"])) if d.get("person", "").isdigit() else None
    kind = _DOCUMENTS.get(d.get("kind", ""), "Document")
    if e.action == "meeting.circulate" and "items" in d:
        what = "Pack produced for " + _count(d["items"], "recipient", "recipients")
    elif e.action == "circulation.item":
        what = f"{kind} sent to {person}" if person else f"{kind} sent"
    elif e.action == "document.generate":
        fmt = d.get("fmt", "").upper()
        what = f"{kind} produced" + (f" ({fmt})" if fmt else "")
    elif e.action == "meeting.invitations" and "invitees" in d:
        what = "Invitations sent to " + _count(d["invitees"], "person", "people")
    elif e.entity == "person" and e.action.startswith("person.") and e.entity_id in people:
        what = f"{_ACTIONS.get(e.action, 'Changed')}: {people[e.entity_id]}"
    elif e.action == "record.open":
        what = f"{_ENTITIES.get(e.entity, 'A record')} viewed"
    else:
        what = _ACTIONS.get(e.action) or f"{_ENTITIES.get(e.entity, 'Record')} changed"
    return f"{what} by {who}"


_ENTITIES: dict[str, str] = {
    "case": "Case",
    "child": "Child's record",
    "meeting": "Meeting",
    "attendance": "Attendance",
    "visit": "Visit record",
    "plan": "Plan",
    "action": "Action",
    "outcome": "Outcome",
    "person": "Person's record",
    "membership": "Core group membership",
    "disagreement": "Disagreement",
    "review_report": "Review report",
    "conference": "Conference",
    "generated_document": "Document",
    "circulation_item": "Circulation item",
    "lead_assignment": "Lead professional",
    "escalation": "Escalation",
    "absence": "Absence",
    "assessment": "Assessment",
}
