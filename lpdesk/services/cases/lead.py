"""The lead professional: assignment and transfer (the history is kept and the LP's core group
membership moves with the role)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from lpdesk.domain import Channel, FieldProblem, LeadAssignment, MemberRole, Membership
from lpdesk.services.cases.checks import check_in_range, check_not_future, find_person, open_case
from lpdesk.services.cases.lifecycle import plan_kind_of_profile
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.meetings._common import current_lead, current_plan, raise_problems
from lpdesk.services.people import check_text
from lpdesk.services.permissions import Permission
from lpdesk.services.ports import UnitOfWork
from lpdesk.services.validation import check_lead_qualified

__all__ = [
    "assign_lead_professional",
]


def assign_lead_professional(
    ctx: ServiceContext,
    *,
    case_id: int,
    person_id: int,
    started_on: date,
    handover_note: str = "",
    family_informed_on: date | None = None,
) -> LeadAssignment:
    """Name the lead professional. On a child protection case they must be a qualified social
    worker. A transfer ends the current assignment on ``started_on`` (the history is kept) and
    needs a handover note; the LP's core group membership moves with the role."""
    problems: list[FieldProblem] = []
    check_text(problems, "handover_note", handover_note, multiline=True, max_length=2000)
    check_not_future(ctx, "family_informed_on", family_informed_on, problems)
    check_in_range(problems, started_on=started_on)
    with ctx.uow() as uow:
        case = open_case(ctx, uow, case_id, problems, Permission.ALLOCATE)
        person = find_person(uow, "person_id", person_id, problems)
        previous = current_lead(uow, case_id)
        if case is not None and person is not None:
            plan = current_plan(uow, case_id)
            kind = plan.kind if plan is not None else plan_kind_of_profile(case.profile_id)
            check_lead_qualified(
                problems, "person_id", qualified=person.qualified_social_worker, plan_kind=kind
            )
        if previous is not None:
            if previous.person_id == person_id:
                problems.append(FieldProblem("person_id", "already the lead professional"))
            if started_on < previous.started_on:
                problems.append(FieldProblem("started_on", "before the current assignment began"))
            if not handover_note.strip():
                problems.append(FieldProblem("handover_note", "required for a transfer"))
        raise_problems(problems)
        if previous is not None:
            uow.repo(LeadAssignment).update(replace(previous, ended_on=started_on))
            _move_lp_membership(uow, case_id, previous.person_id, left_on=started_on)
        assignment = uow.repo(LeadAssignment).add(
            LeadAssignment(
                case_id=case_id,
                person_id=person_id,
                started_on=started_on,
                handover_note=handover_note.strip(),
                family_informed_on=family_informed_on,
            )
        )
        uow.repo(Membership).add(
            Membership(
                case_id=case_id,
                person_id=person_id,
                role=MemberRole.LEAD_PROFESSIONAL,
                joined_on=started_on,
                channel=Channel.EMAIL if person and person.email else Channel.HAND,
            )
        )
        action = "lead.transfer" if previous is not None else "lead.assign"
        record(uow, ctx, action, "lead_assignment", assignment.id, f"case={case_id}")
    return assignment


def _move_lp_membership(uow: UnitOfWork, case_id: int, person_id: int, *, left_on: date) -> None:
    for m in uow.repo(Membership).find(case_id=case_id, person_id=person_id):
        if m.role is MemberRole.LEAD_PROFESSIONAL and m.left_on is None:
            uow.repo(Membership).update(replace(m, left_on=max(left_on, m.joined_on)))
