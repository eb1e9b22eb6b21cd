"""Escalation steps: complete them, list the open ones, and open the steps for children not seen.

docs/practice.md, "What a visit record holds": a child not seen by the lead professional for the profile's
``escalate_not_seen_by_lp_weeks``, or by any agency for ``escalate_not_seen_by_any_weeks``, is
escalated to the LP's manager. ``open_not_seen_escalations`` opens one LINE_MANAGER_DISCUSSION step
per child and trigger once per unseen spell: a step already opened after the child was last seen
(open or done) is not opened again. The clock for a child never seen starts at the initial
conference (or the birth, if later); without a conference, at the plan's first meeting.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date, timedelta

from lpdesk.domain import (
    CaseFacts,
    ChildFacts,
    EscalationStep,
    EscalationStepKind,
    EscalationTrigger,
    FieldProblem,
    InvalidInput,
    UserRole,
)
from lpdesk.rules.profile import Profile
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.meetings._common import get_case, raise_problems
from lpdesk.services.people import check_text
from lpdesk.services.permissions import Permission, require, require_case
from lpdesk.services.profiles import shared_provider

__all__ = ["complete_step", "open_not_seen_escalations", "open_steps"]


def complete_step(ctx: ServiceContext, *, step_id: int, done_on: date, note: str) -> EscalationStep:
    """Record that a step was done (by the signed-in user), when, and what was decided."""
    problems: list[FieldProblem] = []
    check_text(problems, "note", note, required=True, multiline=True, max_length=4000)
    if done_on > ctx.clock.today():
        problems.append(FieldProblem("done_on", "must not be in the future"))
    with ctx.uow() as uow:
        found = uow.repo(EscalationStep).find(id=step_id)
        if not found:
            raise InvalidInput.one("step_id", f"no escalation step {step_id}")
        step = found[0]
        require_case(ctx, uow, Permission.EDIT_NARRATIVE, step.case_id)
        if step.done_on is not None:
            problems.append(FieldProblem("step_id", f"already done on {step.done_on.isoformat()}"))
        if done_on < step.opened_on:
            problems.append(FieldProblem("done_on", "before the step was opened"))
        raise_problems(problems)
        stored = uow.repo(EscalationStep).update(
            replace(step, done_on=done_on, done_by=ctx.actor.username, note=note.strip())
        )
        record(uow, ctx, "escalation.complete", "escalation_step", step_id, f"case={step.case_id}")
    return stored


def open_steps(ctx: ServiceContext, *, case_id: int) -> list[EscalationStep]:
    """The case's steps not yet done, oldest first."""
    require(ctx, Permission.READ_CASE)
    with ctx.uow() as uow:
        get_case(uow, case_id)
        steps = [s for s in uow.repo(EscalationStep).find(case_id=case_id) if s.done_on is None]
    return sorted(steps, key=lambda s: (s.opened_on, s.id or 0))


def open_not_seen_escalations(
    ctx: ServiceContext, *, as_of: date, profiles: Mapping[str, Profile] | None = None
) -> list[EscalationStep]:
    """Open the escalation steps now due for children not seen (a lead professional's own cases, a
    team manager's team's, or every open case for a manager with no team). Returns the new steps;
    running it again the same day opens nothing."""
    require(ctx, Permission.EDIT_NARRATIVE)
    if as_of > ctx.clock.today():
        raise InvalidInput.one("as_of", "must not be in the future")
    known = profiles if profiles is not None else shared_provider().profiles()
    actor = ctx.actor
    lp_only = actor.person_id if actor.role is UserRole.LEAD_PROFESSIONAL else None
    with ctx.uow() as uow:
        facts = uow.case_facts(as_of=as_of, lp_person_id=lp_only)
        if actor.role is UserRole.TEAM_MANAGER and actor.team:
            facts = [f for f in facts if not f.team or f.team == actor.team]
        case_ids = [f.case_id for f in facts]
        earlier = uow.repo(EscalationStep).find(case_id=case_ids) if case_ids else []
        opened: dict[tuple[int | None, EscalationTrigger], date] = {}
        for s in earlier:
            key = (s.child_id, s.trigger)
            opened[key] = max(opened.get(key, s.opened_on), s.opened_on)
        new = [
            EscalationStep(
                case_id=case.case_id,
                child_id=child.child_id,
                trigger=trigger,
                step=EscalationStepKind.LINE_MANAGER_DISCUSSION,
                opened_on=as_of,
            )
            for case in facts
            if case.profile_id in known
            for child in case.children
            for trigger, since in _unseen(case, child, known[case.profile_id], as_of)
            if opened.get((child.child_id, trigger), date.min) <= since
        ]
        stored = uow.repo(EscalationStep).add_all(new) if new else []
        for step in stored:
            record(uow, ctx, "escalation.open", "escalation_step", step.id, f"case={step.case_id}")
    return stored


def _unseen(
    case: CaseFacts, child: ChildFacts, profile: Profile, as_of: date
) -> list[tuple[EscalationTrigger, date]]:
    """(trigger, the day the child was last seen or the clock started) for each escalation due."""
    if child.date_of_birth is None and child.expected_birth_date is not None:
        return []  # not yet born
    start = case.initial_conference_on or case.first_core_group_held_on
    if start is not None and child.date_of_birth is not None and child.date_of_birth > start:
        start = child.date_of_birth
    by_lp = child.last_seen_by_lp
    by_any = max((d for d in (child.last_seen_by_any, by_lp) if d is not None), default=None)
    due: list[tuple[EscalationTrigger, date]] = []
    for trigger, last, weeks in (
        (EscalationTrigger.NOT_SEEN_BY_LP, by_lp, profile.escalate_not_seen_by_lp_weeks),
        (EscalationTrigger.NOT_SEEN_BY_ANY_AGENCY, by_any, profile.escalate_not_seen_by_any_weeks),
    ):
        base = last if last is not None else start
        if base is not None and base + timedelta(weeks=weeks) <= as_of:
            due.append((trigger, base))
    return due
