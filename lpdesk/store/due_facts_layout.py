"""The JSON layout of a case's kept due facts (``case_due_facts.facts``): the day-independent
``CaseFacts`` as a compact list, without the case id, LP, manager or absence (columns, or read
with the row). Part of ``lpdesk.store.due_facts``; a change of layout raises its ``VERSION``."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from lpdesk.domain import (
    AbsenceFacts,
    CaseFacts,
    ChildFacts,
    EscalationStepKind,
    EscalationTrigger,
    OpenAction,
    OpenAssessment,
    OpenEscalation,
    PlanKind,
    UncirculatedMeeting,
)

__all__ = ["decode", "encode"]


_DAYS = (
    "initial_conference_on",
    "last_review_conference_on",
    "next_review_scheduled_for",
    "first_core_group_held_on",
    "last_core_group_held_on",
    "next_core_group_scheduled_on",
    "last_core_group_before_review_on",
    "report_submitted_on",
    "report_shared_with_parents_on",
)


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _day(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def encode(f: CaseFacts) -> str:
    """The day-independent facts as compact JSON (not the case id, LP, manager or absence: they
    are columns or are read with the row)."""
    data: list[Any] = [
        f.reference,
        f.profile_id,
        f.plan_kind.value,
        f.team,
        f.pre_birth,
        f.core_groups_since_last_conference,
        f.outline_plan,
        [_iso(getattr(f, name)) for name in _DAYS],
        [[m.meeting_id, _iso(m.held_on), m.approved] for m in f.uncirculated_meetings],
        [[a.action_id, _iso(a.by_when), a.who_person_id] for a in f.open_actions],
        [[a.assessment_id, a.title_kind, _iso(a.due_on)] for a in f.open_assessments],
        [
            [e.step_id, e.child_id, e.trigger.value, e.step.value, _iso(e.opened_on)]
            for e in f.open_escalations
        ],
        [
            [
                c.child_id,
                c.label,
                _iso(c.date_of_birth),
                _iso(c.expected_birth_date),
                _iso(c.last_seen_by_lp),
                _iso(c.last_seen_by_any),
                _iso(c.last_seen_alone),
                _iso(c.last_bedroom_seen),
            ]
            for c in f.children
        ],
    ]
    return json.dumps(data, separators=(",", ":"))


def decode(
    raw: str,
    *,
    case_id: int,
    lp_person_id: int | None,
    manager_id: int | None,
    absence: AbsenceFacts | None,
) -> CaseFacts:
    (ref, profile, kind, team, pre_birth, since, outline, days, unc, acts, asms, escs, kids) = (
        json.loads(raw)
    )
    return CaseFacts(
        case_id=case_id,
        reference=ref,
        profile_id=profile,
        plan_kind=PlanKind(kind),
        team=team,
        lp_person_id=lp_person_id,
        lp_manager_person_id=manager_id,
        pre_birth=pre_birth,
        core_groups_since_last_conference=since,
        outline_plan=outline,
        **{name: _day(v) for name, v in zip(_DAYS, days, strict=True)},
        uncirculated_meetings=tuple(
            UncirculatedMeeting(meeting_id=i, held_on=date.fromisoformat(d), approved=ok)
            for i, d, ok in unc
        ),
        open_actions=tuple(
            OpenAction(action_id=i, by_when=date.fromisoformat(d), who_person_id=who)
            for i, d, who in acts
        ),
        open_assessments=tuple(
            OpenAssessment(assessment_id=i, title_kind=k, due_on=date.fromisoformat(d))
            for i, k, d in asms
        ),
        open_escalations=tuple(
            OpenEscalation(
                step_id=i,
                child_id=child,
                trigger=EscalationTrigger(trigger),
                step=EscalationStepKind(step),
                opened_on=date.fromisoformat(d),
            )
            for i, child, trigger, step, d in escs
        ),
        lp_absence=absence if lp_person_id is not None else None,
        children=tuple(
            ChildFacts(
                child_id=c[0],
                label=c[1],
                date_of_birth=_day(c[2]),
                expected_birth_date=_day(c[3]),
                last_seen_by_lp=_day(c[4]),
                last_seen_by_any=_day(c[5]),
                last_seen_alone=_day(c[6]),
                last_bedroom_seen=_day(c[7]),
            )
            for c in kids
        ),
    )
