"""Open and close a case; the plan kind a case's profile runs."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date

from lpdesk.domain import Case, FieldProblem, Plan, PlanKind, PlanStage
from lpdesk.rules.profile import Profile
from lpdesk.services.cases.checks import check_not_future, open_case
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.meetings._common import current_plan, raise_problems
from lpdesk.services.people import check_text
from lpdesk.services.permissions import Permission, require
from lpdesk.services.profiles import shared_provider
from lpdesk.services.validation import REFERENCE, check_profile, check_reference

__all__ = [
    "REFERENCE",  # kept importable here
    "close_case",
    "create_case",
    "plan_kind_of_profile",
]


def plan_kind_of_profile(
    profile_id: str, profiles: Mapping[str, Profile] | None = None
) -> PlanKind:
    """The kind of plan a profile runs, for a case with no plan yet. An unknown profile counts as
    child protection: the strictest rules apply."""
    profile = (profiles if profiles is not None else shared_provider().profiles()).get(profile_id)
    return profile.plan_kind if profile is not None else PlanKind.CHILD_PROTECTION


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
    check_reference(problems, "reference", reference)
    known = profiles if profiles is not None else shared_provider().profiles()
    check_profile(problems, "profile_id", profile_id, known)
    check_text(problems, "team", team, max_length=80)
    check_not_future(ctx, "opened_on", opened_on, problems)
    with ctx.uow() as uow:
        if REFERENCE.fullmatch(reference) and uow.repo(Case).find(reference=reference):
            problems.append(FieldProblem("reference", f"a case {reference} already exists"))
        raise_problems(problems)
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
    check_not_future(ctx, "closed_on", closed_on, problems)
    with ctx.uow() as uow:
        case = open_case(ctx, uow, case_id, problems)
        if case is not None and closed_on < case.opened_on:
            problems.append(FieldProblem("closed_on", "before the case was opened"))
        raise_problems(problems)
        assert case is not None
        plan = current_plan(uow, case_id)
        if plan is not None:
            uow.repo(Plan).update(replace(plan, stage=PlanStage.ENDED, ended_on=closed_on))
        closed = uow.repo(Case).update(replace(case, closed_on=closed_on))
        record(uow, ctx, "case.close", "case", case_id)
    return closed
