"""Who receives what: a pure plan, one entry per recipient, for the final check screen and the pack.

Rules (docs/practice.md, "Who receives what"):
- approved minutes and the current plan go to every active core group member: parents, carers,
  foster carers, professionals, the lead professional, the QA manager, and a child whose age meets
  the threshold or whose ``receives_documents`` override says so (an override needs its reason);
- an excluded member receives the excluded-parent summary instead of the minutes and the plan
  (a person excluded on one membership is excluded on all of them, whatever their order);
- the LP's manager and the conference chair receive the plan change notice (when it is among the
  kinds circulated) and receive minutes and plan only when they were invited to the meeting;
- professionals who asked for editable copies also get Word files; family members get PDF only;
- one entry per person, from their first active membership that entitles them to something;
- recipients come only from the case's own memberships: anything else raises;
- a recipient who cannot be reached is listed with a problem, never silently left out.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from lpdesk.circulation.redaction import DEFAULT_SECTION_ACCESS, Redaction, redaction_for
from lpdesk.circulation.safety import has_control_characters, is_valid_email
from lpdesk.domain import (
    Channel,
    Child,
    DocumentKind,
    FieldProblem,
    InvalidInput,
    MemberRole,
    Membership,
    Person,
)

__all__ = ["PlannedDocument", "RecipientPlan", "plan_recipients"]

_RECORD_KINDS = (DocumentKind.MINUTES, DocumentKind.PLAN)
_NOTICE_ROLES = frozenset({MemberRole.LP_MANAGER, MemberRole.CONFERENCE_CHAIR})


@dataclass(frozen=True, kw_only=True, slots=True)
class PlannedDocument:
    kind: DocumentKind
    formats: tuple[str, ...]  # "pdf", "docx"


@dataclass(frozen=True, kw_only=True, slots=True)
class RecipientPlan:
    """One recipient and exactly what they get. ``redactions`` and ``problems`` are human-readable
    and carry identifiers only. A plan with problems must not be sent until they are resolved."""

    person_id: int
    membership_id: int | None
    role: MemberRole
    organisation_id: int | None
    channel: Channel
    documents: tuple[PlannedDocument, ...]
    redaction: Redaction
    redactions: tuple[str, ...]
    problems: tuple[str, ...]

    @property
    def sendable(self) -> bool:
        return not self.problems and bool(self.documents)


def plan_recipients(
    *,
    case_id: int,
    memberships: Sequence[Membership],
    people: Mapping[int, Person],
    children: Sequence[Child],
    meeting_invitee_ids: Collection[int],
    as_of: date,
    child_age_threshold: int,
    kinds: Collection[DocumentKind],
    section_access: Mapping[MemberRole, frozenset[str]] = DEFAULT_SECTION_ACCESS,
) -> tuple[RecipientPlan, ...]:
    """The circulation plan for ``kinds`` on ``as_of``, ordered by membership. Raises
    ``InvalidInput`` for memberships, invitees or children that are not this case's, for people
    missing from ``people``, and for a child's override without its reason."""
    _check_belongs_to_case(case_id, memberships, children, meeting_invitee_ids, people)
    children_by_person = {child.person_id: child for child in children}
    active = [m for m in memberships if m.active_on(as_of)]
    excluded = {m.person_id for m in active if m.excluded}  # excluded once, excluded on every role
    plans: list[RecipientPlan] = []
    seen: set[int] = set()
    for member in active:
        if member.person_id in seen:
            continue  # one entry per person (the loop goes on to everyone else)
        documents = _documents_for(
            member,
            children_by_person,
            meeting_invitee_ids,
            as_of,
            child_age_threshold,
            kinds,
            excluded=member.person_id in excluded,
        )
        if not documents:
            continue  # nothing on this membership: a later one of the same person may entitle
        seen.add(member.person_id)
        person = people[member.person_id]
        redaction = redaction_for(
            recipient_person_id=member.person_id,
            recipient_role=member.role,
            memberships=memberships,
            people=people,
            section_access=section_access,
        )
        plans.append(
            RecipientPlan(
                person_id=member.person_id,
                membership_id=member.id,
                role=member.role,
                organisation_id=person.agency_id,
                channel=member.channel,
                documents=documents,
                redaction=redaction,
                redactions=redaction.reasons,
                problems=_channel_problems(member, person),
            )
        )
    return tuple(plans)


def _check_belongs_to_case(
    case_id: int,
    memberships: Sequence[Membership],
    children: Sequence[Child],
    meeting_invitee_ids: Collection[int],
    people: Mapping[int, Person],
) -> None:
    problems: list[FieldProblem] = []
    for i, member in enumerate(memberships):
        if member.case_id != case_id:
            problems.append(
                FieldProblem(
                    f"memberships[{i}]",
                    f"membership {member.id} belongs to case {member.case_id}, not case {case_id}",
                )
            )
        elif member.person_id not in people:
            problems.append(FieldProblem(f"memberships[{i}]", f"person {member.person_id} unknown"))
    member_ids = {m.person_id for m in memberships if m.case_id == case_id}
    for i, child in enumerate(children):
        if child.case_id != case_id:
            problems.append(
                FieldProblem(f"children[{i}]", f"child {child.id} belongs to case {child.case_id}")
            )
        elif child.receives_documents is not None and not child.receives_documents_reason.strip():
            problems.append(
                FieldProblem(
                    f"children[{i}].receives_documents_reason",
                    f"child {child.id}: an override of the age rule needs its reason",
                )
            )
    child_ids = {c.person_id for c in children if c.case_id == case_id}
    for i, member in enumerate(memberships):
        if member.role is MemberRole.CHILD and member.person_id not in child_ids:
            problems.append(
                FieldProblem(
                    f"memberships[{i}]",
                    f"person {member.person_id} is a child member with no child record",
                )
            )
    for person_id in sorted(set(meeting_invitee_ids) - member_ids):
        problems.append(
            FieldProblem(
                "meeting_invitee_ids",
                f"person {person_id} is not a member of case {case_id}'s core group",
            )
        )
    if problems:
        raise InvalidInput(problems)


def _documents_for(
    member: Membership,
    children_by_person: Mapping[int, Child],
    meeting_invitee_ids: Collection[int],
    as_of: date,
    child_age_threshold: int,
    kinds: Collection[DocumentKind],
    *,
    excluded: bool,
) -> tuple[PlannedDocument, ...]:
    role = member.role
    formats = ("pdf", "docx") if member.wants_editable and not role.is_family else ("pdf",)
    wanted: list[DocumentKind] = []
    if role in _NOTICE_ROLES:
        if DocumentKind.PLAN_CHANGE_NOTICE in kinds:
            wanted.append(DocumentKind.PLAN_CHANGE_NOTICE)
        if member.person_id in meeting_invitee_ids:
            wanted += [k for k in _RECORD_KINDS if k in kinds]
    elif role is MemberRole.CHILD:
        if _child_receives(children_by_person[member.person_id], as_of, child_age_threshold):
            wanted += [k for k in _RECORD_KINDS if k in kinds]
            if DocumentKind.CHILD_PLAN in kinds:
                wanted.append(DocumentKind.CHILD_PLAN)
    else:
        wanted += [k for k in _RECORD_KINDS if k in kinds]
    if excluded:
        record = [k for k in wanted if k in _RECORD_KINDS or k is DocumentKind.CHILD_PLAN]
        wanted = [k for k in wanted if k not in record]
        if record:
            wanted.insert(0, DocumentKind.EXCLUDED_PARENT_SUMMARY)
    return tuple(PlannedDocument(kind=kind, formats=formats) for kind in wanted)


def _child_receives(child: Child, as_of: date, threshold: int) -> bool:
    if child.receives_documents is not None:
        return child.receives_documents
    age = child.age_on(as_of)
    return age is not None and age >= threshold


def _channel_problems(member: Membership, person: Person) -> tuple[str, ...]:
    who = f"member {member.id} (person {member.person_id})"
    problems: list[str] = []
    if has_control_characters(person.name):
        problems.append(f"{who}: name holds a line break or control character")
    if member.channel is Channel.EMAIL:
        if not is_valid_email(person.email):
            problems.append(f"{who}: email channel but no valid email address")
    elif member.channel is Channel.POST:
        if person.address_withheld:
            problems.append(f"{who}: post channel but address withheld")
        elif not person.address.strip():
            problems.append(f"{who}: post channel but no address")
        elif has_control_characters(person.address, allow_newline=True):
            problems.append(f"{who}: address holds a control character")
    elif member.channel is Channel.NONE:
        problems.append(f"{who}: no channel: nothing can be sent")
    return tuple(problems)
