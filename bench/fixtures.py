"""A fictional case with its core group, plan and minutes, sized as a benchmark asks: the normal
minutes of a 12-member core group for the circulation pack, or minutes with 200 plan actions and
100 pages of text for the document-size figure. Nothing here is real."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from bench.names import TextPool
from lpdesk import paths
from lpdesk.documents.context import ChildView, DocumentContext, MinutesContext
from lpdesk.domain import (
    Action,
    ActionStatus,
    Agency,
    Case,
    Category,
    Channel,
    Child,
    Meeting,
    MeetingStatus,
    MemberRole,
    Membership,
    Outcome,
    Person,
    Plan,
    PlanKind,
    PlanStage,
)
from lpdesk.forms.registry import load_forms
from lpdesk.forms.spec import FormSpec

__all__ = ["CREATED", "minutes_context", "recipients_people"]

CREATED = date(2026, 11, 23)
WORDS_PER_PAGE = 330  # about one PDF page of running text

# (role, wants_editable): 12 recipients, four professionals asking for Word copies
_MEMBERS = (
    (MemberRole.PARENT, False),
    (MemberRole.PARENT, False),
    (MemberRole.CHILD, False),
    (MemberRole.LEAD_PROFESSIONAL, False),
    (MemberRole.LP_MANAGER, False),
    (MemberRole.QA_MANAGER, False),
    (MemberRole.CONFERENCE_CHAIR, False),
    (MemberRole.PROFESSIONAL, True),
    (MemberRole.PROFESSIONAL, True),
    (MemberRole.PROFESSIONAL, True),
    (MemberRole.PROFESSIONAL, True),
    (MemberRole.PROFESSIONAL, False),
)


@lru_cache(maxsize=1)
def _form() -> FormSpec:
    return load_forms([paths.forms_dir() / "proformas"]).latest("core_group_minutes")


def recipients_people() -> tuple[tuple[Membership, ...], dict[int, Person], tuple[Child, ...]]:
    """The core group: memberships, people (ids 1..12; the child is person 3) and the child."""
    words = TextPool(random.Random(5))
    surname = words.surname()
    people: dict[int, Person] = {}
    members: list[Membership] = []
    for number, (role, editable) in enumerate(_MEMBERS, start=1):
        family = role.is_family
        name = words.full_name(surname if family else None)
        people[number] = Person(
            id=number,
            name=name,
            agency_id=None if family else 1,
            job_title="" if family else "Practitioner",
            email=f"person{number}@example.org",
            address=f"{number} Fictional Road\nExampletown\nEX1 {number}AA",
            qualified_social_worker=role is MemberRole.LEAD_PROFESSIONAL,
        )
        members.append(
            Membership(
                id=number,
                case_id=1,
                person_id=number,
                role=role,
                joined_on=CREATED - timedelta(days=120),
                channel=Channel.EMAIL,
                wants_editable=editable,
            )
        )
    child = Child(id=1, case_id=1, person_id=3, date_of_birth=date(2012, 5, 4))
    return tuple(members), people, (child,)


def _paragraphs(words: TextPool, total_words: int) -> list[str]:
    """``total_words`` of text as paragraphs of ~120 words."""
    out: list[str] = []
    count = 0
    while count < total_words:
        text = words.text(8)
        out.append(text)
        count += len(text.split())
    return out


def _answers(words: TextPool, pages: int, actions: tuple[Action, ...]) -> dict[str, Any]:
    paragraphs = _paragraphs(words, pages * WORDS_PER_PAGE)
    # the text is spread over the agencies' updates, as long minutes are in practice
    per_row = max(1, len(paragraphs) // 40)
    updates = [
        {"from": f"Agency {k + 1}", "update": "\n\n".join(paragraphs[i : i + per_row])}
        for k, i in enumerate(range(0, len(paragraphs), per_row))
    ]
    return {
        "header": {
            "purpose": "To review the child protection plan and the progress made.",
            "venue": "Family centre",
            "why_on_plan": words.text(3),
            "plan_category": "neglect",
        },
        "visits": {"strengths": words.text(3), "concerns": words.text(3)},
        "updates": {"rows": updates},
        "voice": {"wishes": words.text(4), "lived_experience": words.text(4)},
        "parents_views": {"views": words.text(4)},
        "plan_review": {
            "rows": [
                {"action_id": str(a.id), "progress": words.text(1), "status": "in_progress"}
                for a in actions
            ]
        },
        "updated_plan": {"contingency": words.text(2), "seen_alone": words.text(1)},
        "events": {"police_information": "Restricted: a fictional police note."},
    }


def minutes_context(*, pages: int = 4, actions: int = 12) -> MinutesContext:
    """Minutes of ~``pages`` pages of free text reviewing a plan of ``actions`` actions."""
    words = TextPool(random.Random(11))
    members, people, children = recipients_people()
    plan = Plan(
        id=1,
        case_id=1,
        kind=PlanKind.CHILD_PROTECTION,
        stage=PlanStage.DETAILED,
        categories=(Category.NEGLECT,),
        reason=words.text(3),
        contingency=words.text(2),
        seen_arrangements=words.text(1),
        started_on=CREATED - timedelta(days=120),
    )
    n_outcomes = max(1, actions // 10)
    outcomes = tuple(
        Outcome(id=k, plan_id=1, number=k, description=words.text(1))
        for k in range(1, n_outcomes + 1)
    )
    plan_actions = tuple(
        Action(
            id=k,
            plan_id=1,
            outcome_id=outcomes[k % n_outcomes].id,
            what=words.text(1),
            who_person_id=8 + k % 5,
            by_when=CREATED + timedelta(days=7 + k % 60),
            measure=words.text(1),
            status=ActionStatus.IN_PROGRESS,
            progress=words.text(1),
        )
        for k in range(1, actions + 1)
    )
    base = DocumentContext(
        authority="Fictional Borough Council",
        case=Case(
            id=1, reference="CP-2026-000042", profile_id="england_cp", opened_on=plan.started_on
        ),
        created=CREATED,
        children=tuple(ChildView(child=c, name=people[c.person_id].name, age=14) for c in children),
        people=people,
        agencies={1: Agency(id=1, name="Fictional Community Health Trust", kind="health")},
        memberships=members,
        lead_professional_id=4,
        plan=plan,
        outcomes=outcomes,
        actions=plan_actions,
    )
    meeting = Meeting(
        id=1,
        case_id=1,
        number=4,
        scheduled_at=datetime.combine(CREATED - timedelta(days=3), datetime.min.time()),
        venue="Family centre",
        chair_person_id=4,
        minute_taker_person_id=8,
        status=MeetingStatus.APPROVED,
        form_id="core_group_minutes",
        form_version=_form().version,
        answers=_answers(words, pages, plan_actions),
        held_on=CREATED - timedelta(days=3),
        next_meeting_on=CREATED + timedelta(days=25),
    )
    return MinutesContext(base=base, meeting=meeting, form=_form())


def with_answers(ctx: MinutesContext, answers: dict[str, Any]) -> MinutesContext:
    return replace(ctx, meeting=replace(ctx.meeting, answers=answers))
