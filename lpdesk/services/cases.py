"""Case administration: open and close a case, its children, core group members, the lead
professional (with transfers), the outline plan, conferences, and the LP's absences and cover.

Every use case checks all its input first and raises ``InvalidInput`` naming each field, so a
refused change writes nothing, not even its audit event. Ids given as input that do not exist are
problems with the field that named them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date

from lpdesk.domain import (
    Absence,
    Agency,
    Case,
    Category,
    Channel,
    Child,
    Conference,
    ConferenceKind,
    FieldProblem,
    InvalidInput,
    LeadAssignment,
    MemberRole,
    Membership,
    Person,
    Plan,
    PlanKind,
    PlanStage,
)
from lpdesk.rules.profile import Profile
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.people import _add_person, check_text
from lpdesk.services.permissions import Permission, require, require_case
from lpdesk.services.ports import UnitOfWork
from lpdesk.services.profiles import shared_provider

__all__ = [
    "CaseOverview",
    "ChildSummary",
    "LeadSummary",
    "MemberSummary",
    "add_child",
    "add_member",
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
    "set_circulation_preferences",
]

REFERENCE = re.compile(r"^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$")


def plan_kind_of_profile(
    profile_id: str, profiles: Mapping[str, Profile] | None = None
) -> PlanKind:
    """The kind of plan a profile runs, for a case with no plan yet. An unknown profile counts as
    child protection: the strictest rules apply."""
    profile = (profiles if profiles is not None else shared_provider().profiles()).get(profile_id)
    return profile.plan_kind if profile is not None else PlanKind.CHILD_PROTECTION


# ---------------------------------------------------------------- helpers


def _raise(problems: list[FieldProblem]) -> None:
    if problems:
        raise InvalidInput(problems)


def _open_case(
    ctx: ServiceContext,
    uow: UnitOfWork,
    case_id: int,
    problems: list[FieldProblem],
    permission: Permission = Permission.ADMINISTER_CASES,
) -> Case | None:
    """The case, if it exists and is open; ``Forbidden`` unless the actor may act on it."""
    found = uow.repo(Case).find(id=case_id)
    if not found:
        problems.append(FieldProblem("case_id", f"no case {case_id}"))
        return None
    require_case(ctx, uow, permission, case_id)
    if found[0].closed_on is not None:
        problems.append(FieldProblem("case_id", f"case {case_id} is closed"))
    return found[0]


def _person(
    uow: UnitOfWork, field: str, person_id: int, problems: list[FieldProblem]
) -> Person | None:
    found = uow.repo(Person).find(id=person_id)
    if not found:
        problems.append(FieldProblem(field, f"no person {person_id}"))
        return None
    return found[0]


def _not_future(
    ctx: ServiceContext, field: str, day: date | None, problems: list[FieldProblem]
) -> None:
    if day is not None and day > ctx.clock.today():
        problems.append(FieldProblem(field, "must not be in the future"))


def _membership(ctx: ServiceContext, uow: UnitOfWork, membership_id: int) -> Membership:
    found = uow.repo(Membership).find(id=membership_id)
    if not found:
        raise InvalidInput.one("membership_id", f"no membership {membership_id}")
    problems: list[FieldProblem] = []
    _open_case(ctx, uow, found[0].case_id, problems)
    _raise([FieldProblem("membership_id", p.message) for p in problems])
    return found[0]


def _current_plan(uow: UnitOfWork, case_id: int) -> Plan | None:
    plans = [p for p in uow.repo(Plan).find(case_id=case_id) if p.ended_on is None]
    return plans[-1] if plans else None


def _current_lead(uow: UnitOfWork, case_id: int) -> LeadAssignment | None:
    leads = [a for a in uow.repo(LeadAssignment).find(case_id=case_id) if a.ended_on is None]
    return leads[-1] if leads else None


def _enum(cls: type, field: str, value: object, problems: list[FieldProblem]) -> object | None:
    try:
        chosen: object = cls(value)
    except ValueError:
        allowed = ", ".join(m.value for m in cls)  # type: ignore[attr-defined]
        problems.append(FieldProblem(field, f'"{value}" is not one of: {allowed}'))
        return None
    return chosen


# ---------------------------------------------------------------- the case


def create_case(
    ctx: ServiceContext,
    *,
    reference: str,
    profile_id: str,
    team: str = "",
    opened_on: date,
    looked_after: bool = False,
    profiles: Mapping[str, Profile] | None = None,
) -> Case:
    """Open a case. ``reference`` ("CP-2026-0147": letters, digits and hyphens) is unique and the
    only identifier that appears in file names and email subjects. ``profile_id`` must be one of
    ``profiles`` (default: the shipped ones; the app passes the authority's too)."""
    require(ctx, Permission.ADMINISTER_CASES)
    reference = reference.strip()
    problems: list[FieldProblem] = []
    if not REFERENCE.match(reference) or len(reference) > 40:
        problems.append(
            FieldProblem("reference", "letters, digits and single hyphens only (e.g. CP-2026-0147)")
        )
    known = profiles if profiles is not None else shared_provider().profiles()
    if profile_id not in known:
        problems.append(
            FieldProblem(
                "profile_id", f'no profile "{profile_id}" (known: {", ".join(sorted(known))})'
            )
        )
    check_text(problems, "team", team, max_length=80)
    _not_future(ctx, "opened_on", opened_on, problems)
    with ctx.uow() as uow:
        if REFERENCE.match(reference) and uow.repo(Case).find(reference=reference):
            problems.append(FieldProblem("reference", f"a case {reference} already exists"))
        _raise(problems)
        case = uow.repo(Case).add(
            Case(
                reference=reference,
                profile_id=profile_id,
                team=team.strip(),
                opened_on=opened_on,
                looked_after=looked_after,
            )
        )
        record(uow, ctx, "case.create", "case", case.id)
    return case


def close_case(ctx: ServiceContext, *, case_id: int, closed_on: date) -> Case:
    """Close the case and end its current plan. The history stays."""
    problems: list[FieldProblem] = []
    _not_future(ctx, "closed_on", closed_on, problems)
    with ctx.uow() as uow:
        case = _open_case(ctx, uow, case_id, problems)
        if case is not None and closed_on < case.opened_on:
            problems.append(FieldProblem("closed_on", "before the case was opened"))
        _raise(problems)
        assert case is not None
        plan = _current_plan(uow, case_id)
        if plan is not None:
            uow.repo(Plan).update(replace(plan, stage=PlanStage.ENDED, ended_on=closed_on))
        closed = uow.repo(Case).update(replace(case, closed_on=closed_on))
        record(uow, ctx, "case.close", "case", case_id)
    return closed


# ---------------------------------------------------------------- children and members


def add_child(
    ctx: ServiceContext,
    *,
    case_id: int,
    name: str,
    date_of_birth: date | None = None,
    expected_birth_date: date | None = None,
    receives_documents: bool | None = None,
    receives_documents_reason: str = "",
) -> Child:
    """Add a child (a Person and a Child). An unborn child has an expected birth date instead of
    a date of birth. Overriding the profile's rule on who receives documents needs a reason."""
    problems: list[FieldProblem] = []
    if date_of_birth is None and expected_birth_date is None:
        problems.append(FieldProblem("date_of_birth", "a date of birth or an expected birth date"))
    _not_future(ctx, "date_of_birth", date_of_birth, problems)
    if receives_documents is not None and not receives_documents_reason.strip():
        problems.append(FieldProblem("receives_documents_reason", "required with an override"))
    check_text(problems, "receives_documents_reason", receives_documents_reason, max_length=500)
    check_text(problems, "name", name, required=True)
    with ctx.uow() as uow:
        _open_case(ctx, uow, case_id, problems)
        _raise(problems)
        person = _add_person(uow, ctx, Person(name=name.strip()))
        assert person.id is not None
        child = uow.repo(Child).add(
            Child(
                case_id=case_id,
                person_id=person.id,
                date_of_birth=date_of_birth,
                expected_birth_date=expected_birth_date,
                receives_documents=receives_documents,
                receives_documents_reason=receives_documents_reason.strip(),
            )
        )
        record(uow, ctx, "child.add", "child", child.id, f"case={case_id}")
    return child


def add_member(
    ctx: ServiceContext,
    *,
    case_id: int,
    person_id: int,
    role: MemberRole | str,
    joined_on: date,
    channel: Channel | str = Channel.EMAIL,
    wants_editable: bool = False,
    share_address: bool = False,
) -> Membership:
    """Add a person to the core group. Email needs an address; post needs a postal address."""
    problems: list[FieldProblem] = []
    member_role = _enum(MemberRole, "role", role, problems)
    if member_role is MemberRole.LEAD_PROFESSIONAL:
        problems.append(FieldProblem("role", "the lead professional is assigned, not added"))
    chosen = _enum(Channel, "channel", channel, problems)
    with ctx.uow() as uow:
        _open_case(ctx, uow, case_id, problems)
        person = _person(uow, "person_id", person_id, problems)
        if person is not None and isinstance(chosen, Channel):
            _check_channel(person, chosen, problems)
        if any(
            m.person_id == person_id and m.role == member_role and m.left_on is None
            for m in uow.repo(Membership).find(case_id=case_id)
        ):
            problems.append(FieldProblem("person_id", "already a member in this role"))
        _raise(problems)
        assert isinstance(member_role, MemberRole) and isinstance(chosen, Channel)
        member = uow.repo(Membership).add(
            Membership(
                case_id=case_id,
                person_id=person_id,
                role=member_role,
                joined_on=joined_on,
                channel=chosen,
                wants_editable=wants_editable,
                share_address=share_address,
            )
        )
        record(uow, ctx, "member.add", "membership", member.id, f"case={case_id}")
    return member


def _check_channel(person: Person, channel: Channel, problems: list[FieldProblem]) -> None:
    if channel is Channel.EMAIL and not person.email:
        problems.append(FieldProblem("channel", "email chosen but the person has no email address"))
    if channel is Channel.POST and not person.address:
        problems.append(FieldProblem("channel", "post chosen but the person has no address"))


def leave_member(ctx: ServiceContext, *, membership_id: int, left_on: date) -> Membership:
    with ctx.uow() as uow:
        member = _membership(ctx, uow, membership_id)
        problems: list[FieldProblem] = []
        if member.left_on is not None:
            problems.append(FieldProblem("membership_id", "already left the core group"))
        if left_on < member.joined_on:
            problems.append(FieldProblem("left_on", "before the member joined"))
        _raise(problems)
        stored = uow.repo(Membership).update(replace(member, left_on=left_on))
        record(uow, ctx, "member.leave", "membership", membership_id)
    return stored


def exclude_member(ctx: ServiceContext, *, membership_id: int, reason: str) -> Membership:
    """Exclude a member (usually a parent) from the core group: they are no longer invited and
    receive a summary of discussions and outcomes instead of the record."""
    problems: list[FieldProblem] = []
    check_text(problems, "reason", reason, required=True, multiline=True, max_length=1000)
    with ctx.uow() as uow:
        member = _membership(ctx, uow, membership_id)
        if member.excluded:
            problems.append(FieldProblem("membership_id", "already excluded"))
        if not member.role.is_family:
            problems.append(FieldProblem("membership_id", "only a family member can be excluded"))
        _raise(problems)
        stored = uow.repo(Membership).update(
            replace(member, excluded=True, exclusion_reason=reason.strip())
        )
        record(uow, ctx, "member.exclude", "membership", membership_id)
    return stored


def set_circulation_preferences(
    ctx: ServiceContext,
    *,
    membership_id: int,
    channel: Channel | str,
    wants_editable: bool,
    share_address: bool,
) -> Membership:
    problems: list[FieldProblem] = []
    chosen = _enum(Channel, "channel", channel, problems)
    with ctx.uow() as uow:
        member = _membership(ctx, uow, membership_id)
        person = _person(uow, "membership_id", member.person_id, problems)
        if person is not None and isinstance(chosen, Channel):
            _check_channel(person, chosen, problems)
        _raise(problems)
        assert isinstance(chosen, Channel)
        stored = uow.repo(Membership).update(
            replace(
                member, channel=chosen, wants_editable=wants_editable, share_address=share_address
            )
        )
        record(uow, ctx, "member.preferences", "membership", membership_id)
    return stored


# ---------------------------------------------------------------- the lead professional


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
    _not_future(ctx, "family_informed_on", family_informed_on, problems)
    with ctx.uow() as uow:
        case = _open_case(ctx, uow, case_id, problems, Permission.ALLOCATE)
        person = _person(uow, "person_id", person_id, problems)
        previous = _current_lead(uow, case_id)
        if case is not None and person is not None and not person.qualified_social_worker:
            plan = _current_plan(uow, case_id)
            kind = plan.kind if plan is not None else plan_kind_of_profile(case.profile_id)
            if kind is PlanKind.CHILD_PROTECTION:
                problems.append(
                    FieldProblem(
                        "person_id",
                        "the lead professional for a child protection plan must be a qualified"
                        " social worker",
                    )
                )
        if previous is not None:
            if previous.person_id == person_id:
                problems.append(FieldProblem("person_id", "already the lead professional"))
            if started_on < previous.started_on:
                problems.append(FieldProblem("started_on", "before the current assignment began"))
            if not handover_note.strip():
                problems.append(FieldProblem("handover_note", "required for a transfer"))
        _raise(problems)
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


# ---------------------------------------------------------------- plan and conferences


def add_plan(
    ctx: ServiceContext,
    *,
    case_id: int,
    kind: PlanKind | str,
    categories: Iterable[Category | str] = (),
    reason: str = "",
    started_on: date,
) -> Plan:
    """The outline plan agreed at the conference. A child protection plan names at least one
    category and why the children are on a plan."""
    problems: list[FieldProblem] = []
    plan_kind = _enum(PlanKind, "kind", kind, problems)
    cats = tuple(_enum(Category, f"categories[{i}]", c, problems) for i, c in enumerate(categories))
    check_text(problems, "reason", reason, multiline=True, max_length=4000)
    if plan_kind is PlanKind.CHILD_PROTECTION:
        if not cats:
            problems.append(FieldProblem("categories", "a child protection plan needs a category"))
        if not reason.strip():
            problems.append(FieldProblem("reason", "required for a child protection plan"))
    with ctx.uow() as uow:
        _open_case(ctx, uow, case_id, problems)
        if _current_plan(uow, case_id) is not None:
            problems.append(FieldProblem("case_id", "the case already has a current plan"))
        _raise(problems)
        assert isinstance(plan_kind, PlanKind)
        plan = uow.repo(Plan).add(
            Plan(
                case_id=case_id,
                kind=plan_kind,
                categories=tuple(c for c in cats if isinstance(c, Category)),
                reason=reason.strip(),
                started_on=started_on,
            )
        )
        record(uow, ctx, "plan.add", "plan", plan.id, f"case={case_id}")
    return plan


def record_conference(
    ctx: ServiceContext,
    *,
    case_id: int,
    kind: ConferenceKind | str,
    held_on: date | None = None,
    scheduled_for: date | None = None,
    chair_person_id: int | None = None,
) -> Conference:
    """A conference held (``held_on``) or scheduled (``scheduled_for``). A review needs an initial
    or pre-birth conference held before it."""
    problems: list[FieldProblem] = []
    conf_kind = _enum(ConferenceKind, "kind", kind, problems)
    if held_on is None and scheduled_for is None:
        problems.append(FieldProblem("held_on", "a date held or a date scheduled"))
    _not_future(ctx, "held_on", held_on, problems)
    with ctx.uow() as uow:
        _open_case(ctx, uow, case_id, problems)
        if chair_person_id is not None:
            _person(uow, "chair_person_id", chair_person_id, problems)
        if conf_kind is ConferenceKind.REVIEW and not any(
            c.kind is not ConferenceKind.REVIEW and c.held_on is not None
            for c in uow.repo(Conference).find(case_id=case_id)
        ):
            problems.append(FieldProblem("kind", "a review needs an initial conference held first"))
        _raise(problems)
        assert isinstance(conf_kind, ConferenceKind)
        conference = uow.repo(Conference).add(
            Conference(
                case_id=case_id,
                kind=conf_kind,
                held_on=held_on,
                scheduled_for=scheduled_for,
                chair_person_id=chair_person_id,
            )
        )
        record(uow, ctx, "conference.record", "conference", conference.id, f"case={case_id}")
    return conference


# ---------------------------------------------------------------- absence and cover


def record_absence(
    ctx: ServiceContext, *, person_id: int, starts_on: date, ends_on: date | None = None
) -> Absence:
    require(ctx, Permission.ALLOCATE)
    problems: list[FieldProblem] = []
    if ends_on is not None and ends_on < starts_on:
        problems.append(FieldProblem("ends_on", "before the absence starts"))
    with ctx.uow() as uow:
        _person(uow, "person_id", person_id, problems)
        _raise(problems)
        absence = uow.repo(Absence).add(
            Absence(person_id=person_id, starts_on=starts_on, ends_on=ends_on)
        )
        record(uow, ctx, "absence.record", "absence", absence.id)
    return absence


def _absence(uow: UnitOfWork, absence_id: int) -> Absence:
    found = uow.repo(Absence).find(id=absence_id)
    if not found:
        raise InvalidInput.one("absence_id", f"no absence {absence_id}")
    return found[0]


def record_cover(
    ctx: ServiceContext, *, absence_id: int, cover_person_id: int, recorded_on: date | None = None
) -> Absence:
    """The LP's manager records who covers the lead professional role."""
    require(ctx, Permission.ALLOCATE)
    problems: list[FieldProblem] = []
    with ctx.uow() as uow:
        absence = _absence(uow, absence_id)
        _person(uow, "cover_person_id", cover_person_id, problems)
        if cover_person_id == absence.person_id:
            problems.append(FieldProblem("cover_person_id", "cannot cover their own absence"))
        _raise(problems)
        stored = uow.repo(Absence).update(
            replace(
                absence,
                cover_person_id=cover_person_id,
                cover_recorded_on=recorded_on or ctx.clock.today(),
                cover_cannot_be_met=False,
            )
        )
        record(uow, ctx, "absence.cover", "absence", absence_id)
    return stored


def record_cover_cannot_be_met(
    ctx: ServiceContext, *, absence_id: int, notified_on: date | None = None
) -> Absence:
    """The LP's manager records that cover cannot be met and that their own manager was told."""
    require(ctx, Permission.ALLOCATE)
    with ctx.uow() as uow:
        absence = _absence(uow, absence_id)
        if absence.cover_person_id is not None:
            raise InvalidInput.one("absence_id", "cover is already recorded for this absence")
        stored = uow.repo(Absence).update(
            replace(
                absence,
                cover_cannot_be_met=True,
                senior_manager_notified_on=notified_on or ctx.clock.today(),
            )
        )
        record(uow, ctx, "absence.cover_cannot_be_met", "absence", absence_id)
    return stored


# ---------------------------------------------------------------- reading


@dataclass(frozen=True, kw_only=True, slots=True)
class ChildSummary:
    child: Child
    name: str
    age: int | None  # None before birth


@dataclass(frozen=True, kw_only=True, slots=True)
class MemberSummary:
    membership: Membership
    name: str
    role: MemberRole
    job_title: str = ""
    agency: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class LeadSummary:
    assignment: LeadAssignment
    name: str


@dataclass(frozen=True, kw_only=True, slots=True)
class CaseOverview:
    case: Case
    children: tuple[ChildSummary, ...]
    members: tuple[MemberSummary, ...]  # current members, excluded ones included and flagged
    lead: LeadSummary | None
    lead_history: tuple[LeadSummary, ...]  # every assignment, oldest first
    plan: Plan | None
    conferences: tuple[Conference, ...]


def case_overview(ctx: ServiceContext, *, case_id: int) -> CaseOverview:
    require(ctx, Permission.READ_CASE)
    today = ctx.clock.today()
    with ctx.uow() as uow:
        found = uow.repo(Case).find(id=case_id)
        if not found:
            raise InvalidInput.one("case_id", f"no case {case_id}")
        children = uow.repo(Child).find(case_id=case_id)
        members = [m for m in uow.repo(Membership).find(case_id=case_id) if m.active_on(today)]
        leads = uow.repo(LeadAssignment).find(case_id=case_id)
        ids = {c.person_id for c in children} | {m.person_id for m in members}
        ids |= {a.person_id for a in leads}
        people = {p.id: p for p in uow.repo(Person).find(id=sorted(ids))} if ids else {}
        agency_ids = sorted({p.agency_id for p in people.values() if p.agency_id is not None})
        agencies = (
            {a.id: a.name for a in uow.repo(Agency).find(id=agency_ids)} if agency_ids else {}
        )
        plan = _current_plan(uow, case_id)
        plans = uow.repo(Plan).find(case_id=case_id)
        conferences = uow.repo(Conference).find(case_id=case_id)
    history = tuple(LeadSummary(assignment=a, name=people[a.person_id].name) for a in leads)
    current = [h for h in history if h.assignment.ended_on is None]
    return CaseOverview(
        case=found[0],
        children=tuple(
            ChildSummary(child=c, name=people[c.person_id].name, age=c.age_on(today))
            for c in children
        ),
        members=tuple(
            MemberSummary(
                membership=m,
                name=people[m.person_id].name,
                role=m.role,
                job_title=people[m.person_id].job_title,
                agency=agencies.get(people[m.person_id].agency_id or -1, ""),
            )
            for m in members
        ),
        lead=current[-1] if current else None,
        lead_history=history,
        plan=plan if plan is not None else (plans[-1] if plans else None),
        conferences=tuple(conferences),
    )


def list_cases(
    ctx: ServiceContext, *, lp_person_id: int | None = None, include_closed: bool = False
) -> list[Case]:
    """Cases by reference: open ones (or all), optionally only those this person currently leads."""
    require(ctx, Permission.READ_CASE)
    with ctx.uow() as uow:
        cases = uow.repo(Case).find()
        if lp_person_id is not None:
            led = {
                a.case_id
                for a in uow.repo(LeadAssignment).find(person_id=lp_person_id)
                if a.ended_on is None
            }
            cases = [c for c in cases if c.id in led]
    return sorted(
        (c for c in cases if include_closed or c.closed_on is None), key=lambda c: c.reference
    )
