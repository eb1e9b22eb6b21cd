"""Visits to a child (docs/practice.md): record every field a visit record holds, flag a late recording, warn
about non-specific labels, and open the escalation a refused or avoided contact requires.

A visit whose contact was refused or avoided (``REFUSED``) or that found no one in (``NO_ACCESS``)
leaves the child unseen: a serious breach of the plan. Recording it opens one ``EscalationStep``
per required discussion (line manager, core group, conference chair, urgent review, legal
threshold), each due at once until someone completes it (``escalations.complete_step``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from lpdesk.domain import (
    Case,
    Child,
    Conference,
    EscalationStep,
    EscalationStepKind,
    EscalationTrigger,
    FieldProblem,
    InvalidInput,
    Visit,
    VisitOutcome,
)
from lpdesk.rules.calendar import fmt_date
from lpdesk.rules.compliance import VisitCompliance, visit_compliance
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.meetings._common import (
    as_enum,
    case_for,
    check_persons,
    current_lead,
    get_case,
    provider,
    raise_problems,
)
from lpdesk.services.meetings.language import TextFinding, check_texts
from lpdesk.services.people import check_text
from lpdesk.services.permissions import Permission, require, require_case
from lpdesk.services.ports import UnitOfWork
from lpdesk.services.profiles import ProfileProvider
from lpdesk.services.validation import (
    VISIT_TEXT_LIMITS,
    check_date_bounds,
    check_not_future,
    check_visit,
)

__all__ = [
    "REFUSED_CONTACT_STEPS",
    "RecordedVisit",
    "child_visit_compliance",
    "list_visits",
    "record_visit",
]

# The discussions practice requires (docs/practice.md) when contact with the child is refused or avoided, in order.
REFUSED_CONTACT_STEPS: tuple[EscalationStepKind, ...] = (
    EscalationStepKind.LINE_MANAGER_DISCUSSION,
    EscalationStepKind.CORE_GROUP_DISCUSSION,
    EscalationStepKind.CHAIR_DISCUSSION,
    EscalationStepKind.URGENT_REVIEW_CONSIDERED,
    EscalationStepKind.LEGAL_THRESHOLD_CONSIDERED,
)
_NOT_SEEN = (VisitOutcome.REFUSED, VisitOutcome.NO_ACCESS)


@dataclass(frozen=True, kw_only=True, slots=True)
class RecordedVisit:
    """The stored visit; ``late`` when it was recorded after the profile's working days, with the
    reason; language warnings on the observations and presentation; escalation steps opened."""

    visit: Visit
    late: bool
    late_reason: str = ""
    language_findings: tuple[TextFinding, ...] = ()
    escalation_steps: tuple[EscalationStep, ...] = ()


def record_visit(
    ctx: ServiceContext,
    *,
    case_id: int,
    child_id: int,
    visitor_person_id: int,
    visited_at: datetime,
    outcome: VisitOutcome | str = VisitOutcome.COMPLETED,
    present: str = "",
    spoke_with_child: bool = False,
    seen_alone: bool = False,
    not_alone_reason: str = "",
    bedroom_seen: bool = False,
    observations: str = "",
    key_subjects: str = "",
    presentation: str = "",
    new_concerns: str = "",
    profiles: ProfileProvider | None = None,
) -> RecordedVisit:
    """Record a visit. Who was present is required unless there was no access. A completed visit
    where the child was not seen alone needs the reason why not; a refused or no-access visit cannot record the child as spoken with, seen alone or their
    bedroom seen. The visit cannot be in the future; ``recorded_at`` is now."""
    now = ctx.clock.now()
    problems: list[FieldProblem] = []
    chosen = as_enum(VisitOutcome, "outcome", outcome, problems)
    check_date_bounds(problems, "visited_at", visited_at)
    check_not_future(problems, "visited_at", visited_at, now)
    check_text(
        problems,
        "present",
        present,
        required=chosen is not VisitOutcome.NO_ACCESS,  # nobody came to the door
        multiline=True,
        max_length=VISIT_TEXT_LIMITS["present"],
    )
    for field, text in (
        ("not_alone_reason", not_alone_reason),
        ("observations", observations),
        ("key_subjects", key_subjects),
        ("presentation", presentation),
        ("new_concerns", new_concerns),
    ):
        check_text(problems, field, text, multiline=True, max_length=VISIT_TEXT_LIMITS[field])
    check_visit(
        problems,
        lambda name: name,
        outcome=chosen,
        seen_alone=seen_alone,
        not_alone_reason=not_alone_reason,
        spoke_with_child=spoke_with_child,
        bedroom_seen=bedroom_seen,
    )
    with ctx.uow() as uow:
        case = case_for(ctx, uow, case_id, Permission.EDIT_NARRATIVE)
        if not uow.repo(Child).find(id=child_id, case_id=case_id):
            problems.append(FieldProblem("child_id", f"no child {child_id} on case {case_id}"))
        check_persons(uow, [("visitor_person_id", visitor_person_id)], problems)
        raise_problems(problems)
        assert isinstance(chosen, VisitOutcome)
        profile = provider(profiles).profile(case.profile_id, "case_id")
        visit = uow.repo(Visit).add(
            Visit(
                case_id=case_id,
                child_id=child_id,
                visitor_person_id=visitor_person_id,
                visited_at=visited_at,
                recorded_at=now,
                outcome=chosen,
                present=present.strip(),
                spoke_with_child=spoke_with_child,
                seen_alone=seen_alone,
                not_alone_reason=not_alone_reason.strip(),
                bedroom_seen=bedroom_seen,
                observations=observations.strip(),
                key_subjects=key_subjects.strip(),
                presentation=presentation.strip(),
                new_concerns=new_concerns.strip(),
            )
        )
        assert visit.id is not None
        record(uow, ctx, "visit.record", "visit", visit.id, f"case={case_id} child={child_id}")
        steps: tuple[EscalationStep, ...] = ()
        if chosen in _NOT_SEEN:
            steps = _open_refused_contact_steps(ctx, uow, visit)
    n = profile.visit_recording_working_days
    due = profile.calendar().add_working_days(visited_at.date(), n)
    late = now.date() > due
    reason = (
        f"recorded on {fmt_date(now.date())}: due by {fmt_date(due)}, {n} working days after the "
        f"visit on {fmt_date(visited_at.date())}"
        if late
        else ""
    )
    findings = check_texts(
        [("observations", visit.observations), ("presentation", visit.presentation)],
        profile.non_specific_labels,
    )
    return RecordedVisit(
        visit=visit,
        late=late,
        late_reason=reason,
        language_findings=findings,
        escalation_steps=steps,
    )


def _open_refused_contact_steps(
    ctx: ServiceContext, uow: UnitOfWork, visit: Visit
) -> tuple[EscalationStep, ...]:
    """One step per required discussion, unless that step is already open for the child."""
    open_kinds = {
        s.step
        for s in uow.repo(EscalationStep).find(
            case_id=visit.case_id,
            child_id=visit.child_id,
            trigger=EscalationTrigger.CONTACT_REFUSED,
        )
        if s.done_on is None
    }
    wanted = [k for k in REFUSED_CONTACT_STEPS if k not in open_kinds]
    if not wanted:
        return ()
    stored = uow.repo(EscalationStep).add_all(
        [
            EscalationStep(
                case_id=visit.case_id,
                child_id=visit.child_id,
                trigger=EscalationTrigger.CONTACT_REFUSED,
                step=kind,
                opened_on=visit.visited_at.date(),
                visit_id=visit.id,
            )
            for kind in wanted
        ]
    )
    for step in stored:
        record(uow, ctx, "escalation.open", "escalation_step", step.id, f"visit={visit.id}")
    return tuple(stored)


def list_visits(ctx: ServiceContext, *, case_id: int, child_id: int | None = None) -> list[Visit]:
    """The case's visits (or one child's), oldest first."""
    require(ctx, Permission.READ_CASE)
    with ctx.uow() as uow:
        if not uow.repo(Case).find(id=case_id):  # a closed case's visits stay readable
            raise InvalidInput.one("case_id", f"no case {case_id}")
        where: dict[str, object] = {"case_id": case_id}
        if child_id is not None:
            where["child_id"] = child_id
        visits = uow.repo(Visit).find(**where)
    return sorted(visits, key=lambda v: (v.visited_at, v.id or 0))


def child_visit_compliance(
    ctx: ServiceContext,
    *,
    child_id: int,
    period_start: date,
    period_end: date,
    profiles: ProfileProvider | None = None,
) -> VisitCompliance:
    """Visit compliance of one child over [period_start, period_end], against the case's current
    lead professional and its held conferences (``rules.compliance.visit_compliance``)."""
    if period_end < period_start:
        raise InvalidInput.one("period_end", "before the start of the period")
    with ctx.uow() as uow:
        found = uow.repo(Child).find(id=child_id)
        if not found:
            raise InvalidInput.one("child_id", f"no child {child_id}")
        case = get_case(uow, found[0].case_id, "child_id")
        require_case(ctx, uow, Permission.READ_CASE, found[0].case_id)
        lead = current_lead(uow, found[0].case_id)
        visits = uow.repo(Visit).find(child_id=child_id)
        conferences = [
            c.held_on for c in uow.repo(Conference).find(case_id=found[0].case_id) if c.held_on
        ]
    if lead is None:
        raise InvalidInput.one("child_id", "the case has no lead professional")
    profile = provider(profiles).profile(case.profile_id, "child_id")
    return visit_compliance(
        visits, child_id, lead.person_id, period_start, period_end, profile, conferences
    )
