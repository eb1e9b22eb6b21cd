"""The due facts kept per case (``lpdesk.store.due_facts``) equal a full recomputation: a generated
team, then seeded random edits through the services (visits, meetings, conferences, actions,
assessments, escalations, children, handovers, absences, closing), on SQLite and PostgreSQL.

After every few edits, two checks: the kept rows are exactly what ``rebuild`` writes from the
records (in a transaction rolled back), and what the unit of work reads for a day (the whole team,
one LP, chosen cases; today, a past day before visits recorded since, a day ahead) equals the live
queries of ``lpdesk.store.facts`` for that day; and the team's due list read a page at a time from
the kept due items (``lpdesk.services.due_page``) is, page after page, the whole list.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from bench.generate import generate_team
from lpdesk.domain import (
    Action,
    ActionStatus,
    Assessment,
    Case,
    Child,
    EscalationStep,
    LeadAssignment,
    LpdeskError,
    Meeting,
    MeetingStatus,
    MemberRole,
    Membership,
    Plan,
    User,
    UserRole,
    VisitOutcome,
)
from lpdesk.rules.profile_loader import default_profiles_dir, load_profiles
from lpdesk.services.assessments import commission_assessment, complete_assessment
from lpdesk.services.cases import (
    add_child,
    assign_lead_professional,
    close_case,
    record_absence,
    record_conference,
)
from lpdesk.services.context import FixedClock, ServiceContext
from lpdesk.services.due import due_list
from lpdesk.services.due_page import due_page
from lpdesk.services.escalations import complete_step, open_not_seen_escalations
from lpdesk.services.meetings import (
    AttendanceEntry,
    attendance_of,
    cancel_meeting,
    convene_meeting,
    record_attendance,
)
from lpdesk.services.plans import add_action, update_action_progress
from lpdesk.services.visits import record_visit
from lpdesk.store import Store
from lpdesk.store import facts as live
from lpdesk.store.due_facts import rebuild
from lpdesk.store.tables import case_due_facts
from tests.services.conftest import make_ctx

PROFILES = load_profiles(default_profiles_dir())
CHILDREN = 80
EDITS = 60
CHECK_EVERY = 6
# The team's list read a page at a time: 40 rows a page (~18 pages a day) before the first edit and
# after the last; 120 (~6 pages, still five page breaks) after each few edits between. Each page is
# one read of the kept items, so the fine size throughout cost three quarters of the test.
FINE_PAGE, COARSE_PAGE = 40, 120


def _kept(conn: Any) -> dict[int, tuple[Any, ...]]:
    f = case_due_facts
    rows = conn.execute(
        select(
            f.c.case_id, f.c.lp_person_id, f.c.closed_on, f.c.visits_until, f.c.version, f.c.facts
        )
    )
    return {r.case_id: tuple(r) for r in rows}


def _assert_kept_equal_recomputed(
    store: Store, today: date, lp_ids: list[int], *, page: int = FINE_PAGE
) -> None:
    with store.engine.connect() as conn:
        kept = _kept(conn)
    with store.engine.connect() as conn, conn.begin() as tx:
        rebuild(conn)
        recomputed = _kept(conn)
        tx.rollback()
    assert kept == recomputed
    days = (today, today - timedelta(days=20), today + timedelta(days=40))
    with store.unit_of_work() as uow:
        conn = uow.connection
        some = sorted(kept)[::3]
        for day in days:
            assert uow.case_facts(as_of=day) == live.case_facts(conn, day)
            assert uow.case_facts(as_of=day, case_ids=some) == live.case_facts(
                conn, day, case_ids=some
            )
            for lp in lp_ids[:3]:
                assert uow.case_facts(as_of=day, lp_person_id=lp) == live.case_facts(
                    conn, day, lp_person_id=lp
                )
    for day in days:  # the kept items: the team's list, page by page, is the whole list
        _assert_pages_are_the_list(store, day, page)


def _assert_pages_are_the_list(store: Store, day: date, limit: int) -> None:
    clock = FixedClock(datetime.combine(day, time(9, 30)))
    ctx = make_ctx(store, clock, role=UserRole.TEAM_MANAGER, username="manager.test")
    whole = due_list(ctx, profiles=PROFILES, horizon_days=None)
    pages = [due_page(ctx, profiles=PROFILES, horizon_days=None, limit=limit)]
    while pages[-1].after is not None:
        pages.append(
            due_page(ctx, profiles=PROFILES, horizon_days=None, limit=limit, after=pages[-1].after)
        )
    paged = [i for p in pages for i in p.items]
    assert len(pages) > 2, "the list runs over several pages"
    assert sorted(map(repr, paged)) == sorted(map(repr, whole))
    assert [(i.due, i.case_id) for i in paged] == sorted((i.due, i.case_id) for i in whole)
    assert {p.total for p in pages} == {len(whole)}


class Editor:
    """Random edits through the services; each refusal (a rule, a bad date) is one too."""

    def __init__(self, store: Store, ctx: ServiceContext, rng: random.Random, today: date) -> None:
        self.store, self.ctx, self.rng, self.today = store, ctx, rng, today
        self.done: Counter[str] = Counter()
        self.refused: Counter[str] = Counter()
        self.why: dict[str, str] = {}

    def pick(self, cls: type, **where: Any) -> Any:
        with self.store.unit_of_work() as uow:
            found = uow.repo(cls).find(**where)
        return self.rng.choice(found) if found else None

    def open_case(self) -> Case:
        with self.store.unit_of_work() as uow:
            cases = [c for c in uow.repo(Case).find() if c.closed_on is None]
        return self.rng.choice(cases)

    def lead_of(self, case_id: int) -> int | None:
        lead = [a for a in self._leads(case_id) if a.ended_on is None]
        return lead[0].person_id if lead else None

    def _leads(self, case_id: int) -> list[LeadAssignment]:
        with self.store.unit_of_work() as uow:
            return uow.repo(LeadAssignment).find(case_id=case_id)

    def lps(self) -> list[int]:
        with self.store.unit_of_work() as uow:
            users = uow.repo(User).find(role=UserRole.LEAD_PROFESSIONAL)
            leads = uow.repo(LeadAssignment).find()
        ids = {u.person_id for u in users if u.person_id is not None}
        return sorted(ids | {a.person_id for a in leads})

    def day(self, back: int, ahead: int = 0) -> date:
        return self.today + timedelta(days=self.rng.randint(-back, ahead))

    # ------------------------------------------------------------ the edits

    def visit(self) -> None:
        case = self.open_case()
        child = self.pick(Child, case_id=case.id)
        visitor = self.lead_of(case.id) if self.rng.random() < 0.7 else self.rng.choice(self.lps())
        if child is None or visitor is None:
            raise LpdeskError("no child or visitor")
        seen = self.rng.random() < 0.8
        record_visit(
            self.ctx,
            case_id=case.id,
            child_id=child.id,
            visitor_person_id=visitor,
            visited_at=datetime.combine(self.day(30), time(11)),
            outcome=VisitOutcome.COMPLETED if seen else VisitOutcome.NO_ACCESS,
            seen_alone=seen and self.rng.random() < 0.5,
            not_alone_reason="Fictional: a parent stayed in the room",
            bedroom_seen=seen and self.rng.random() < 0.5,
            observations="Fictional observations.",
            present="Fictional parent",
        )

    def assess(self) -> None:
        commission_assessment(
            self.ctx,
            case_id=self.open_case().id,
            kind=self.rng.choice(["core", "specialist"]),
            title="Fictional assessment",
            due_on=self.day(10, 60),
            commissioned_on=self.day(20),
        )

    def complete_assessment(self) -> None:
        found = self.pick(Assessment, completed_on=None)
        if found is None:
            raise LpdeskError("none open")
        complete_assessment(self.ctx, assessment_id=found.id, completed_on=self.today)

    def escalate(self) -> None:
        open_not_seen_escalations(self.ctx, as_of=self.today)

    def complete_step(self) -> None:
        step = self.pick(EscalationStep, done_on=None)
        if step is None:
            raise LpdeskError("none open")
        complete_step(self.ctx, step_id=step.id, done_on=self.today, note="Fictional: done.")

    def hand_over(self) -> None:
        case = self.open_case()
        assign_lead_professional(
            self.ctx,
            case_id=case.id,
            person_id=self.rng.choice([p for p in self.lps() if p != self.lead_of(case.id)]),
            started_on=self.today,
            handover_note="Fictional handover.",
        )

    def close(self) -> None:
        close_case(self.ctx, case_id=self.open_case().id, closed_on=self.day(5))

    def conference(self) -> None:
        case = self.open_case()
        if self.rng.random() < 0.5:
            record_conference(
                self.ctx, case_id=case.id, kind="review", scheduled_for=self.day(0, 120)
            )
        else:
            record_conference(self.ctx, case_id=case.id, kind="review", held_on=self.day(30))

    def child(self) -> None:
        born = self.rng.random() < 0.8
        add_child(
            self.ctx,
            case_id=self.open_case().id,
            name="Fictional Child",
            date_of_birth=self.day(3000) if born else None,
            expected_birth_date=None if born else self.day(0, 100),
        )

    def action(self) -> None:
        case = self.open_case()
        plan = self.pick(Plan, case_id=case.id, ended_on=None)
        if plan is None:
            raise LpdeskError("no plan")
        member = self.pick(Membership, case_id=case.id, left_on=None)
        add_action(
            self.ctx,
            plan_id=plan.id,
            what="Fictional action",
            who_person_id=member.person_id if member else None,
            by_when=self.day(10, 60),
            measure="Fictional measure",
        )

    def progress(self) -> None:
        with self.store.unit_of_work() as uow:
            plans = [p.id for p in uow.repo(Plan).find(ended_on=None)]
            actions = uow.repo(Action).find(plan_id=plans)
        action = self.rng.choice(actions) if actions else None
        if action is None:
            raise LpdeskError("no action")
        status = self.rng.choice(list(ActionStatus))
        done = status is ActionStatus.COMPLETED
        update_action_progress(
            self.ctx,
            action_id=action.id,
            status=status,
            progress="Fictional progress.",
            impact="Fictional impact.",
            completed_on=self.today if done else None,
        )

    def convene_past(self) -> None:
        self.convene(back=True)

    def convene(self, back: bool = False) -> None:
        case = self.open_case()
        lead = self.lead_of(case.id)
        with self.store.unit_of_work() as uow:
            members = uow.repo(Membership).find(case_id=case.id, left_on=None)
        takers = [
            m.person_id
            for m in members
            if m.person_id != lead and not m.excluded and m.role is MemberRole.PROFESSIONAL
        ]
        if lead is None or not takers:
            raise LpdeskError("no lead or no minute taker")
        convene_meeting(
            self.ctx,
            case_id=case.id,
            scheduled_at=datetime.combine(self.day(30, -1 if back else 30), time(10)),
            venue="Fictional Family Centre",
            chair_person_id=lead,
            minute_taker_person_id=self.rng.choice(takers),
        )

    def hold(self) -> None:
        with self.store.unit_of_work() as uow:
            held = [
                m
                for m in uow.repo(Meeting).find(status=MeetingStatus.CONVENED)
                if m.scheduled_at.date() <= self.today
            ]
        invited = []
        while held and not invited:  # one the services convened: its invitees are listed
            meeting = held.pop(self.rng.randrange(len(held)))
            invited = attendance_of(self.ctx, meeting_id=meeting.id)
        if not invited:
            raise LpdeskError("none convened in the past")
        entries = [AttendanceEntry(person_id=a.person_id, status="present") for a in invited]
        record_attendance(self.ctx, meeting_id=meeting.id, entries=entries)

    def cancel(self) -> None:
        meeting = self.pick(Meeting, status=MeetingStatus.CONVENED)
        if meeting is None:
            raise LpdeskError("none convened")
        cancel_meeting(self.ctx, meeting_id=meeting.id, expected_revision=meeting.revision)

    def absence(self) -> None:
        record_absence(
            self.ctx,
            person_id=self.rng.choice(self.lps()),
            starts_on=self.day(10),
            ends_on=self.day(0, 30) if self.rng.random() < 0.7 else None,
        )

    def run(self, name: str) -> None:
        edit: Callable[[], None] = getattr(self, name)
        try:
            edit()
        except LpdeskError as e:
            self.refused[name] += 1
            self.why[name] = str(e)
        else:
            self.done[name] += 1


KINDS = (
    "visit",
    "visit",
    "visit",
    "assess",
    "complete_assessment",
    "escalate",
    "complete_step",
    "hand_over",
    "close",
    "conference",
    "child",
    "action",
    "progress",
    "convene",
    "convene_past",
    "convene_past",
    "hold",
    "cancel",
    "absence",
)


@pytest.mark.slowest
@pytest.mark.parametrize("seed", [3])
def test_the_kept_due_facts_equal_a_full_recomputation_after_random_edits(
    database_url: str, seed: int
) -> None:
    team = generate_team(database_url, children=CHILDREN, years=1, seed=seed)
    store = Store.open(database_url)
    try:
        _edit_and_check(store, team.as_of, seed)
    finally:
        store.close()


def _edit_and_check(store: Store, today: date, seed: int) -> None:
    clock = FixedClock(datetime.combine(today, time(9, 30)))
    ctx = make_ctx(store, clock, role=UserRole.TEAM_MANAGER, username="manager.test")
    editor = Editor(store, ctx, random.Random(seed), today)
    lp_ids = editor.lps()
    _assert_kept_equal_recomputed(store, today, lp_ids)
    for n in range(EDITS):
        editor.run(KINDS[n % len(KINDS)] if n < len(KINDS) else editor.rng.choice(KINDS))
        if n % CHECK_EVERY == CHECK_EVERY - 1:
            _assert_kept_equal_recomputed(store, today, lp_ids, page=COARSE_PAGE)
    _assert_kept_equal_recomputed(store, today, lp_ids)
    # the edits really happened: every kind at least once
    assert set(editor.done) == set(KINDS), (editor.done, editor.why)
