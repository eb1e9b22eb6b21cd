"""Start a case from its initial conference in one step: the case, its children (siblings on one
plan, an unborn child with the expected date), the outline plan with its categories and reason, the
conference that agreed it (date, chair, outcome, outline plan), the first review, and the lead
professional the chair named. All in one transaction: a refused start writes nothing."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from lpdesk.domain import (
    Case,
    Category,
    Channel,
    Child,
    Conference,
    ConferenceKind,
    ConferenceOutcome,
    FieldProblem,
    LeadAssignment,
    MemberRole,
    Membership,
    Person,
    Plan,
    PlanKind,
    UserRole,
)
from lpdesk.rules.first_core_group import first_core_group_due
from lpdesk.rules.profile import Profile
from lpdesk.services.cases.checks import check_not_future, find_person
from lpdesk.services.cases.lifecycle import REFERENCE
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.meetings._common import as_enum, raise_problems
from lpdesk.services.people import _add_person, check_text
from lpdesk.services.permissions import Permission, require
from lpdesk.services.ports import UnitOfWork
from lpdesk.services.profiles import shared_provider

__all__ = ["NewChild", "StartedCase", "start_case"]


@dataclass(frozen=True, kw_only=True, slots=True)
class NewChild:
    """A child on the new plan: a date of birth, or for an unborn child the expected date."""

    name: str
    date_of_birth: date | None = None
    expected_birth_date: date | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class StartedCase:
    case: Case
    plan: Plan
    children: tuple[Child, ...]
    conference: Conference
    first_review: Conference
    lead: LeadAssignment
    first_core_group_due: date
    first_core_group_reason: str  # "first core group due by Wed 6 Jan 2027: 10 working days ..."


def start_case(
    ctx: ServiceContext,
    *,
    reference: str,
    profile_id: str,
    categories: Iterable[Category | str] = (),
    reason: str = "",
    children: Sequence[NewChild],
    conference_on: date,
    chair_person_id: int | None = None,
    chair_name: str = "",
    outline_plan: str = "",
    first_review_on: date,
    lead_person_id: int,
    team: str = "",
    looked_after: bool = False,
    profiles: Mapping[str, Profile] | None = None,
) -> StartedCase:
    """Open the case the initial conference put on a plan. The chair is a person in the directory
    (``chair_person_id``) or a new one (``chair_name``). On a child protection plan the lead
    professional must be a qualified social worker; a lead professional starting a case names
    themselves (the team manager allocates anyone)."""
    require(ctx, Permission.ADMINISTER_CASES)
    known = profiles if profiles is not None else shared_provider().profiles()
    problems: list[FieldProblem] = []
    reference = reference.strip()
    if not REFERENCE.match(reference) or len(reference) > 40:
        problems.append(
            FieldProblem("reference", "letters, digits and single hyphens only (e.g. CP-2026-0147)")
        )
    profile = known.get(profile_id)
    if profile is None:
        problems.append(FieldProblem("profile_id", "choose the kind of plan"))
    cats = [as_enum(Category, "categories", c, problems) for c in categories]
    check_text(problems, "reason", reason, multiline=True, max_length=4000)
    check_text(problems, "outline_plan", outline_plan, multiline=True, max_length=8000)
    check_text(problems, "team", team, max_length=80)
    check_text(problems, "chair_name", chair_name)
    if profile is not None and profile.plan_kind is PlanKind.CHILD_PROTECTION:
        if not cats:
            problems.append(FieldProblem("categories", "a child protection plan needs a category"))
        if not reason.strip():
            problems.append(FieldProblem("reason", "required for a child protection plan"))
    _check_children(ctx, children, problems)
    check_not_future(ctx, "conference_on", conference_on, problems)
    if first_review_on <= conference_on:
        problems.append(FieldProblem("first_review_on", "must be after the conference"))
    if chair_person_id is None and not chair_name.strip():
        problems.append(FieldProblem("chair_name", "who chaired the conference"))
    if ctx.actor.role is UserRole.LEAD_PROFESSIONAL and lead_person_id != ctx.actor.person_id:
        problems.append(
            FieldProblem(
                "lead_person_id",
                "you can start a case only as its lead professional; your team manager allocates"
                " cases to others",
            )
        )
    with ctx.uow() as uow:
        if REFERENCE.match(reference) and uow.repo(Case).find(reference=reference):
            problems.append(FieldProblem("reference", f"a case {reference} already exists"))
        if chair_person_id is not None:
            find_person(uow, "chair_name", chair_person_id, problems)
        lead = find_person(uow, "lead_person_id", lead_person_id, problems)
        if (
            lead is not None
            and profile is not None
            and profile.plan_kind is PlanKind.CHILD_PROTECTION
            and not lead.qualified_social_worker
        ):
            problems.append(
                FieldProblem(
                    "lead_person_id",
                    "the lead professional for a child protection plan must be a qualified"
                    " social worker",
                )
            )
        raise_problems(problems)
        assert profile is not None and lead is not None and lead.id is not None
        return _write(
            uow,
            ctx,
            reference=reference,
            profile=profile,
            categories=tuple(c for c in cats if isinstance(c, Category)),
            reason=reason.strip(),
            children=children,
            conference_on=conference_on,
            chair_person_id=chair_person_id,
            chair_name=chair_name.strip(),
            outline_plan=outline_plan.strip(),
            first_review_on=first_review_on,
            lead=lead,
            team=team.strip(),
            looked_after=looked_after,
        )


def _check_children(
    ctx: ServiceContext, children: Sequence[NewChild], problems: list[FieldProblem]
) -> None:
    if not children:
        problems.append(FieldProblem("children", "at least one child"))
    for child in children:
        check_text(problems, "children", child.name, required=True)
        if child.date_of_birth is None and child.expected_birth_date is None:
            problems.append(
                FieldProblem(
                    "children", f"{child.name or 'a child'}: a date of birth or an expected date"
                )
            )
        check_not_future(ctx, "children", child.date_of_birth, problems)


def _write(
    uow: UnitOfWork,
    ctx: ServiceContext,
    *,
    reference: str,
    profile: Profile,
    categories: tuple[Category, ...],
    reason: str,
    children: Sequence[NewChild],
    conference_on: date,
    chair_person_id: int | None,
    chair_name: str,
    outline_plan: str,
    first_review_on: date,
    lead: Person,
    team: str,
    looked_after: bool,
) -> StartedCase:
    assert lead.id is not None
    case = uow.repo(Case).add(
        Case(
            reference=reference,
            profile_id=profile.id,
            team=team,
            opened_on=conference_on,
            looked_after=looked_after,
        )
    )
    assert case.id is not None
    record(uow, ctx, "case.create", "case", case.id)
    stored_children = []
    for new in children:
        person = _add_person(uow, ctx, Person(name=new.name.strip()))
        assert person.id is not None
        child = uow.repo(Child).add(
            Child(
                case_id=case.id,
                person_id=person.id,
                date_of_birth=new.date_of_birth,
                expected_birth_date=None if new.date_of_birth else new.expected_birth_date,
            )
        )
        record(uow, ctx, "child.add", "child", child.id, f"case={case.id}")
        stored_children.append(child)
    plan = uow.repo(Plan).add(
        Plan(
            case_id=case.id,
            kind=profile.plan_kind,
            categories=categories,
            reason=reason,
            started_on=conference_on,
        )
    )
    record(uow, ctx, "plan.add", "plan", plan.id, f"case={case.id}")
    if chair_person_id is None:
        chair = _add_person(uow, ctx, Person(name=chair_name, job_title="Conference chair"))
        chair_person_id = chair.id
    pre_birth = all(c.date_of_birth is None for c in children)
    conference = uow.repo(Conference).add(
        Conference(
            case_id=case.id,
            kind=ConferenceKind.PRE_BIRTH if pre_birth else ConferenceKind.INITIAL,
            held_on=conference_on,
            chair_person_id=chair_person_id,
            outcome=ConferenceOutcome.PLAN_CONTINUES,
            outline_plan=outline_plan,
        )
    )
    record(uow, ctx, "conference.record", "conference", conference.id, f"case={case.id}")
    review = uow.repo(Conference).add(
        Conference(
            case_id=case.id,
            kind=ConferenceKind.REVIEW,
            scheduled_for=first_review_on,
            chair_person_id=chair_person_id,
        )
    )
    record(uow, ctx, "conference.record", "conference", review.id, f"case={case.id}")
    assignment = uow.repo(LeadAssignment).add(
        LeadAssignment(case_id=case.id, person_id=lead.id, started_on=conference_on)
    )
    uow.repo(Membership).add(
        Membership(
            case_id=case.id,
            person_id=lead.id,
            role=MemberRole.LEAD_PROFESSIONAL,
            joined_on=conference_on,
            channel=Channel.EMAIL if lead.email else Channel.HAND,
        )
    )
    record(uow, ctx, "lead.assign", "lead_assignment", assignment.id, f"case={case.id}")
    due, why = first_core_group_due(profile, conference_on, pre_birth=pre_birth)
    return StartedCase(
        case=case,
        plan=plan,
        children=tuple(stored_children),
        conference=conference,
        first_review=review,
        lead=assignment,
        first_core_group_due=due,
        first_core_group_reason=why,
    )
