"""One generated case at a time: family, core group, plan, conferences, meetings, visits."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from bench.names import TextPool
from bench.sink import RowSink
from lpdesk.rules.calendar import add_months

__all__ = ["CaseWriter", "Ids", "Staff", "TeamStaff"]

PROFILES = (("england_cp", 80), ("wales_cp", 10), ("early_help", 10))
CATEGORIES = ("neglect", "physical", "sexual", "emotional")
ANSWER_VARIANTS = 32


class Ids:
    """Explicit ids per table, so rows can reference each other before anything is written."""

    def __init__(self) -> None:
        self._last: dict[str, int] = {}

    def next(self, table: str) -> int:
        value = self._last.get(table, 0) + 1
        self._last[table] = value
        return value


@dataclass(eq=False)
class TeamStaff:
    name: str
    manager: int
    professionals: tuple[tuple[int, str], ...]  # (person id, agency kind)
    lps: list[Staff.Lp] = field(default_factory=list)


@dataclass(eq=False)
class Staff:
    @dataclass(frozen=True, eq=False)
    class Lp:
        person_id: int
        username: str
        team: TeamStaff

    chair: int
    qa_manager: int
    teams: list[TeamStaff] = field(default_factory=list)
    lps: list[Lp] = field(default_factory=list)


def _weekday(day: date) -> date:
    """The day, or the Monday after it if it falls at a weekend."""
    return day + timedelta(days=(7 - day.weekday()) % 7) if day.weekday() >= 5 else day


def _at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour, 0))


class CaseWriter:
    """Writes cases through a ``RowSink``; every choice comes from the seeded ``rng``."""

    def __init__(
        self,
        sink: RowSink,
        ids: Ids,
        rng: random.Random,
        words: TextPool,
        staff: Staff,
        *,
        as_of: date,
        years: int,
    ) -> None:
        self.sink, self.ids, self.rng, self.words, self.staff = sink, ids, rng, words, staff
        self.as_of, self.years = as_of, years
        self.answers = [self._answers() for _ in range(ANSWER_VARIANTS)]
        self.case_count = 0

    def add(self, table: str, row: dict[str, Any]) -> int:
        ident = self.ids.next(table)
        self.sink.add(table, {"id": ident, **row})
        return ident

    # -- cases ------------------------------------------------------------------------------------

    def open_case(self, lp_index: int, children: int) -> int:
        opened = self.as_of - timedelta(days=self.rng.randint(20, 365 * self.years))
        return self._case(self.staff.lps[lp_index], children, _weekday(opened), None)

    def closed_case(self, lp_index: int, children: int) -> int:
        closed = self.as_of - timedelta(days=self.rng.randint(30, 365 * self.years))
        opened = closed - timedelta(days=self.rng.randint(120, 540))
        return self._case(self.staff.lps[lp_index], children, _weekday(opened), closed)

    def _case(self, lp: Staff.Lp, n_children: int, opened: date, closed: date | None) -> int:
        r = self.rng
        self.case_count += 1
        profile = r.choices([p for p, _ in PROFILES], weights=[w for _, w in PROFILES])[0]
        end = closed or self.as_of
        case_id = self.add(
            "case",
            {
                "reference": f"CP-{opened.year}-{self.case_count:06d}",
                "profile_id": profile,
                "team": lp.team.name,
                "opened_on": opened,
                "closed_on": closed,
                "looked_after": r.random() < 0.08,
            },
        )
        surname = self.words.surname()
        pre_birth = closed is None and profile != "early_help" and r.random() < 0.02
        children = [
            self._child(case_id, surname, opened, unborn=pre_birth and k == 0)
            for k in range(n_children)
        ]
        leads = self._leads(case_id, lp, opened, end, closed)
        self._members(case_id, surname, lp, children, opened)
        plan_id = self._plan(case_id, profile, opened, end, closed)
        if profile != "early_help":
            self._conferences(case_id, opened, end, closed, pre_birth)
        self._meetings(case_id, profile, opened, end, closed, lp)
        for child_id, born in children:
            if born is not None:
                self._visits(case_id, child_id, max(opened, born), end, leads, lp.team)
        self._assessments(case_id, opened, end)
        if closed is None and r.random() < 0.02 and children[-1][1] is not None:
            self._escalation(case_id, children[-1][0])
        _ = plan_id
        return case_id

    def _child(self, case_id: int, surname: str, opened: date, *, unborn: bool) -> tuple[int, Any]:
        person = self.add("person", {"name": self.words.full_name(surname)})
        if unborn:
            due = self.as_of + timedelta(days=self.rng.randint(10, 120))
            born = None
        else:
            born = opened - timedelta(days=self.rng.randint(30, 15 * 365))
            due = None
        child_id = self.add(
            "child",
            {
                "case_id": case_id,
                "person_id": person,
                "date_of_birth": born,
                "expected_birth_date": due,
            },
        )
        return child_id, born

    def _leads(
        self, case_id: int, lp: Staff.Lp, opened: date, end: date, closed: date | None
    ) -> list[tuple[date, int]]:
        """Lead assignments; one case in ten changed hands halfway. Returns (from, person)."""
        r = self.rng
        start = opened
        spans: list[tuple[date, int]] = []
        if (end - opened).days > 180 and r.random() < 0.1 and len(lp.team.lps) > 1:
            before = r.choice([x for x in lp.team.lps if x is not lp])
            handover = opened + (end - opened) / 2
            self.add(
                "lead_assignment",
                {
                    "case_id": case_id,
                    "person_id": before.person_id,
                    "started_on": opened,
                    "ended_on": handover,
                    "handover_note": "Planned transfer; the family was told in person.",
                    "family_informed_on": handover,
                },
            )
            spans.append((opened, before.person_id))
            start = handover
        self.add(
            "lead_assignment",
            {
                "case_id": case_id,
                "person_id": lp.person_id,
                "started_on": start,
                "ended_on": closed,
            },
        )
        spans.append((start, lp.person_id))
        return spans

    def _members(
        self, case_id: int, surname: str, lp: Staff.Lp, children: list[tuple[int, Any]], day: date
    ) -> None:
        r = self.rng
        parents = [self.add("person", {"name": self.words.full_name(surname)}) for _ in range(2)]
        excluded = r.random() < 0.05
        rows: list[tuple[int, str, dict[str, Any]]] = [
            (parents[0], "parent", {}),
            (
                parents[1],
                "parent",
                {"excluded": excluded, "exclusion_reason": "Risk to the child" if excluded else ""},
            ),
            (lp.person_id, "lead_professional", {}),
            (lp.team.manager, "lp_manager", {}),
            (self.staff.qa_manager, "qa_manager", {}),
            (self.staff.chair, "conference_chair", {}),
        ]
        for person, _kind in r.sample(lp.team.professionals, 4):
            rows.append((person, "professional", {"wants_editable": r.random() < 0.5}))
        for person, role, extra in rows:
            self.add(
                "membership",
                {"case_id": case_id, "person_id": person, "role": role, "joined_on": day, **extra},
            )
        _ = children

    def _plan(
        self, case_id: int, profile: str, opened: date, end: date, closed: date | None
    ) -> int:
        r, w = self.rng, self.words
        plan_id = self.add(
            "plan",
            {
                "case_id": case_id,
                "kind": "early_help" if profile == "early_help" else "child_protection",
                "stage": "ended" if closed else "detailed",
                "categories": sorted(r.sample(CATEGORIES, r.randint(1, 2))),
                "reason": w.text(3),
                "contingency": w.text(2),
                "seen_arrangements": w.text(1),
                "started_on": opened,
                "ended_on": closed,
            },
        )
        for number in range(1, 4):
            outcome = self.add(
                "outcome", {"plan_id": plan_id, "number": number, "description": w.text(1)}
            )
            for _ in range(2):
                by_when = opened + timedelta(days=r.randint(20, (end - opened).days + 90))
                done = by_when < self.as_of - timedelta(days=20) and r.random() < 0.8
                self.add(
                    "action",
                    {
                        "plan_id": plan_id,
                        "outcome_id": outcome,
                        "what": w.text(1),
                        "who_person_id": None,
                        "by_when": by_when,
                        "measure": w.text(1),
                        "status": "completed" if done else r.choice(("not_started", "in_progress")),
                        "progress": w.text(1),
                        "impact": w.text(1) if done else "",
                        "completed_on": by_when if done else None,
                    },
                )
        return plan_id

    def _conferences(
        self, case_id: int, opened: date, end: date, closed: date | None, pre_birth: bool
    ) -> None:
        chair = self.staff.chair
        kind = "pre_birth" if pre_birth else "initial"
        self.add(
            "conference",
            {"case_id": case_id, "kind": kind, "held_on": opened, "chair_person_id": chair},
        )
        review = _weekday(add_months(opened, 3))
        while review <= end:
            self.add(
                "conference",
                {
                    "case_id": case_id,
                    "kind": "review",
                    "held_on": review,
                    "scheduled_for": review,
                    "chair_person_id": chair,
                },
            )
            review = _weekday(add_months(review, 6))
        if closed is None:
            conference = self.add(
                "conference",
                {
                    "case_id": case_id,
                    "kind": "review",
                    "held_on": None,
                    "scheduled_for": review,
                    "chair_person_id": chair,
                },
            )
            if (review - self.as_of).days < 21 and self.rng.random() < 0.5:
                self.add(
                    "review_report",
                    {
                        "case_id": case_id,
                        "conference_id": conference,
                        "status": "submitted",
                        "recommendation": self.words.text(2),
                        "submitted_on": self.as_of - timedelta(days=2),
                    },
                )

    def _meetings(
        self,
        case_id: int,
        profile: str,
        opened: date,
        end: date,
        closed: date | None,
        lp: Staff.Lp,
    ) -> None:
        r = self.rng
        form = "early_help_review" if profile == "early_help" else "core_group_minutes"
        day = _weekday(opened + timedelta(days=0 if profile == "early_help" else 9))
        stop = end - timedelta(days=45) if closed is None and r.random() < 0.04 else end
        number = 0
        while day <= stop:
            number += 1
            recent = closed is None and (self.as_of - day).days <= 10
            status = r.choice(("held", "approved")) if recent else "circulated"
            self.add(
                "meeting",
                {
                    "case_id": case_id,
                    "kind": "core_group",
                    "number": number,
                    "scheduled_at": _at(day, 10),
                    "venue": "Family centre",
                    "chair_person_id": lp.team.manager if number == 1 else lp.person_id,
                    "minute_taker_person_id": lp.team.professionals[0][0],
                    "status": status,
                    "form_id": form,
                    "form_version": 1,
                    "answers": r.choice(self.answers),
                    "next_meeting_on": day + timedelta(days=28),
                    "held_on": day,
                    "approved_hash": "0" * 64 if status != "held" else "",
                    "approved_by": "tm" if status != "held" else "",
                    "approved_at": _at(day + timedelta(days=2), 12) if status != "held" else None,
                    "circulated_on": day + timedelta(days=5) if status == "circulated" else None,
                },
            )
            day = _weekday(day + timedelta(days=28))
        if closed is None and stop == end:
            self.add(
                "meeting",
                {
                    "case_id": case_id,
                    "kind": "core_group",
                    "number": number + 1,
                    "scheduled_at": _at(day, 10),
                    "venue": "Family centre",
                    "chair_person_id": lp.person_id,
                    "status": "convened",
                    "form_id": form,
                    "form_version": 1,
                    "answers": {},
                },
            )

    def _visits(
        self,
        case_id: int,
        child_id: int,
        start: date,
        end: date,
        leads: list[tuple[date, int]],
        team: TeamStaff,
    ) -> None:
        r, pool = self.rng, self.words.sentences
        stop = end - timedelta(days=40) if r.random() < 0.05 else end
        day = start + timedelta(days=r.randint(1, 7))
        while day < stop:
            lp = leads[-1][1] if day >= leads[-1][0] else leads[0][1]
            visitor = lp if r.random() < 0.9 else r.choice(team.professionals)[0]
            roll = r.random()
            outcome = "completed" if roll < 0.97 else "no_access" if roll < 0.99 else "refused"
            seen = outcome == "completed"
            alone = seen and r.random() < 0.5
            at = datetime.combine(day, time(r.randint(9, 17), 0))
            self.add(
                "visit",
                {
                    "case_id": case_id,
                    "child_id": child_id,
                    "visitor_person_id": visitor,
                    "visited_at": at,
                    "recorded_at": at + timedelta(hours=r.randint(1, 60)),
                    "outcome": outcome,
                    "present": "Mother and the child",
                    "spoke_with_child": seen,
                    "seen_alone": alone,
                    "not_alone_reason": "" if alone or not seen else "The child was asleep.",
                    "bedroom_seen": seen and r.random() < 0.2,
                    "observations": r.choice(pool),
                    "key_subjects": "Home conditions; school attendance",
                    "presentation": r.choice(pool),
                    "new_concerns": "",
                },
            )
            day += timedelta(days=r.randint(11, 17))

    def _assessments(self, case_id: int, opened: date, end: date) -> None:
        r = self.rng
        if r.random() >= 0.3:
            return
        commissioned = opened + timedelta(days=r.randint(0, max(0, (end - opened).days)))
        due = commissioned + timedelta(days=60)
        done = due < self.as_of - timedelta(days=10) and r.random() < 0.8
        self.add(
            "assessment",
            {
                "case_id": case_id,
                "kind": r.choice(("core", "specialist")),
                "title": "Parenting assessment",
                "commissioned_on": commissioned,
                "due_on": due,
                "completed_on": due if done else None,
                "provider": "Fictional Family Service",
            },
        )

    def _escalation(self, case_id: int, child_id: int) -> None:
        self.add(
            "escalation_step",
            {
                "case_id": case_id,
                "child_id": child_id,
                "trigger": "contact_refused",
                "step": "line_manager_discussion",
                "opened_on": self.as_of - timedelta(days=self.rng.randint(0, 6)),
            },
        )

    # -- minutes ----------------------------------------------------------------------------------

    def _answers(self) -> dict[str, Any]:
        """The answers of a held core group: a short but complete record (~2-3 KB)."""
        w, r = self.words, self.rng
        return {
            "header": {
                "purpose": "To review the child protection plan and the progress made.",
                "venue": "Family centre",
                "why_on_plan": w.text(2),
                "plan_category": r.choice(CATEGORIES),
            },
            "visits": {"strengths": w.text(2), "concerns": w.text(2)},
            "updates": {
                "rows": [{"from": f"Agency {k + 1}", "update": w.text(2)} for k in range(4)]
            },
            "voice": {"wishes": w.text(2), "lived_experience": w.text(2)},
            "parents_views": {"views": w.text(2)},
            "plan_review": {
                "rows": [
                    {"action_id": str(k + 1), "progress": w.text(1), "status": "in_progress"}
                    for k in range(4)
                ]
            },
            "updated_plan": {"contingency": w.text(1), "seen_alone": w.text(1)},
            "next_dates": {},
        }
