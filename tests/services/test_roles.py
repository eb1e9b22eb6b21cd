"""Who may do what, across every service: the table of actions below is keyed by permission and
checked against ``permissions.POLICY``, so a new permission with no action here fails the suite.

For every role and every permission it lacks, each action needing that permission is refused with
``Forbidden`` and nothing is written (no row in any table, no audit event). The same holds for a
lead professional on a case they do not lead and a team manager on another team's case. A
positive control shows each action is not refused for someone entitled to it, so a refusal here
is the permission at work, not a broken call.
"""

from __future__ import annotations

import copy
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from lpdesk.domain import ENTITIES, Case, Conference, ConferenceKind, Forbidden, UserRole
from lpdesk.services import cases, disagreements, events, people, plans, visits
from lpdesk.services.assessments import commission_assessment
from lpdesk.services.audit_trail import history, history_for_case, history_for_reference
from lpdesk.services.auth import set_password
from lpdesk.services.case_file import export_case, import_case
from lpdesk.services.circulation.preview import preview as circulation_preview
from lpdesk.services.compliance_report import compliance_report
from lpdesk.services.context import FixedClock
from lpdesk.services.meetings import (
    approve,
    cancel_meeting,
    convene_meeting,
    record_attendance,
    reschedule_meeting,
    save_draft,
)
from lpdesk.services.oversight import caseload_counts, team_actions, unallocated_cases
from lpdesk.services.permissions import _OWN_CASE_ONLY, POLICY, Permission
from lpdesk.services.profiles import ProfileProvider
from lpdesk.services.review_conference import (
    comment_on_report,
    reports_awaiting_review,
    start_report,
)
from lpdesk.services.settings import set_setting
from lpdesk.store import Store
from lpdesk.store.engine import sqlite_url
from lpdesk.store.tables import table_for
from tests.services.conftest import make_ctx
from tests.services.meetings.builders import at, build_family, convene_first, everyone_present

pytestmark = pytest.mark.sqlite_only(
    "permissions are checked in the services before anything is written"
)

SERVICES = Path(__file__).resolve().parents[2] / "lpdesk" / "services"
PROFILES = ProfileProvider(forms_dir=Path(__file__).parent / "meetings" / "forms")
JAN6 = date(2027, 1, 6)

# Permissions no service checks yet: each must really be unused (a test below greps for it).
NO_SERVICE_YET: dict[Permission, str] = {}


@dataclass(frozen=True)
class World:
    case_id: int  # team North, led by lp_id
    other_case_id: int  # team South, led by other_lp_id
    lp_id: int
    other_lp_id: int
    plan_id: int
    child_id: int
    mother_id: int
    held_meeting: Any  # held: minutes can be drafted
    planned_meeting: Any  # convened, not held
    report_id: int
    conference_id: int
    meeting_chair_id: int
    conference_chair_id: int
    export: dict[str, Any]


@dataclass(frozen=True)
class Act:
    name: str
    run: Callable[[Any, World], object]
    case_scoped: bool = True  # acts on case_id (the ownership rules apply)
    chair: str = ""  # "meeting" or "conference": only that chair (or a team manager) may
    organisation: bool = False  # shared by every team: a manager with no team is entitled


def _visit(ctx, w: World) -> object:
    return visits.record_visit(
        ctx,
        case_id=w.case_id,
        child_id=w.child_id,
        visitor_person_id=w.lp_id,
        visited_at=datetime(2026, 12, 17, 15, 0),
        present="Mother",
        spoke_with_child=True,
        seen_alone=True,
        bedroom_seen=True,
        observations="Home warm and tidy.",
    )


ACTIONS: dict[Permission, list[Act]] = {
    Permission.READ_CASE: [
        Act("list cases", lambda c, w: cases.list_cases(c), case_scoped=False),
        Act("case overview", lambda c, w: cases.case_overview(c, case_id=w.case_id)),
    ],
    Permission.EDIT_NARRATIVE: [
        Act(
            "save minutes",
            lambda c, w: save_draft(
                c,
                meeting_id=w.held_meeting.id,
                answers={},
                expected_revision=w.held_meeting.revision,
                profiles=PROFILES,
            ),
        ),
        Act("record a visit", _visit),
        Act(
            "add a plan action",
            lambda c, w: plans.add_action(
                c,
                plan_id=w.plan_id,
                what="Attend",
                who_person_id=w.lp_id,
                by_when=JAN6,
                measure="Attendance record",
            ),
        ),
        Act(
            "change plan text",
            lambda c, w: plans.set_contingency(
                c, plan_id=w.plan_id, contingency="Review at once", expected_revision=0
            ),
        ),
        Act(
            "record a disagreement",
            lambda c, w: disagreements.record_disagreement(
                c,
                case_id=w.case_id,
                subject="Contact",
                raised_on=date(2026, 12, 18),
                positions=[(w.mother_id, "Wants more contact")],
            ),
        ),
        Act(
            "log a significant event",
            lambda c, w: events.log_significant_event(
                c, case_id=w.case_id, occurred_on=date(2026, 12, 18), description="Police called"
            ),
        ),
        Act(
            "commission an assessment",
            lambda c, w: commission_assessment(
                c, case_id=w.case_id, kind="parenting", title="Parenting", due_on=JAN6
            ),
        ),
        Act(
            "start a review report",
            lambda c, w: start_report(c, conference_id=w.conference_id, recommendation="x"),
        ),
    ],
    Permission.MANAGE_MEETINGS: [
        Act(
            "convene a meeting",
            lambda c, w: convene_meeting(
                c,
                case_id=w.case_id,
                scheduled_at=at(date(2027, 1, 20)),
                venue="Room 1",
                chair_person_id=w.lp_id,
                minute_taker_person_id=w.lp_id,
                profiles=PROFILES,
            ),
        ),
        Act(
            "reschedule a meeting",
            lambda c, w: reschedule_meeting(
                c,
                meeting_id=w.planned_meeting.id,
                scheduled_at=at(date(2027, 1, 21)),
                expected_revision=w.planned_meeting.revision,
            ),
        ),
        Act(
            "cancel a meeting",
            lambda c, w: cancel_meeting(
                c, meeting_id=w.planned_meeting.id, expected_revision=w.planned_meeting.revision
            ),
        ),
        Act(
            "record attendance",
            lambda c, w: record_attendance(c, meeting_id=w.planned_meeting.id, entries=[]),
        ),
    ],
    Permission.APPROVE_MINUTES: [
        Act(
            "approve minutes",
            lambda c, w: approve(
                c,
                meeting_id=w.held_meeting.id,
                expected_revision=w.held_meeting.revision,
                profiles=PROFILES,
            ),
            chair="meeting",
        ),
    ],
    Permission.ADMINISTER_CASES: [
        Act(
            "open a case",
            lambda c, w: cases.create_case(
                c, reference="CP-2026-0099", profile_id="england_cp", opened_on=JAN6
            ),
            case_scoped=False,
        ),
        Act(
            "add a core group member",
            lambda c, w: cases.add_member(
                c,
                case_id=w.case_id,
                person_id=w.other_lp_id,
                role="professional",
                joined_on=date(2026, 12, 18),
            ),
        ),
        Act("close a case", lambda c, w: cases.close_case(c, case_id=w.case_id, closed_on=JAN6)),
        Act("add a person", lambda c, w: people.add_person(c, name="Pat New"), case_scoped=False),
        Act(
            "change a family member's email",
            lambda c, w: people.update_person(c, person_id=w.mother_id, email="x@example.org"),
        ),
        Act(
            "withhold a family member's address",
            lambda c, w: people.set_address_withheld(c, person_id=w.mother_id, withheld=True),
        ),
        Act("add an agency", lambda c, w: people.add_agency(c, name="Agency"), case_scoped=False),
    ],
    Permission.ALLOCATE: [
        Act(
            "allocate a lead professional",
            lambda c, w: cases.assign_lead_professional(
                c,
                case_id=w.case_id,
                person_id=w.other_lp_id,
                started_on=JAN6,
                handover_note="Handover meeting held",
            ),
        ),
        Act(
            "record an absence",
            lambda c, w: cases.record_absence(c, person_id=w.lp_id, starts_on=JAN6),
        ),
    ],
    Permission.REVIEW_REPORTS: [
        Act("list reports to review", lambda c, w: reports_awaiting_review(c), case_scoped=False),
        Act(
            "comment on a report",
            lambda c, w: comment_on_report(c, report_id=w.report_id, comments="Good"),
            chair="conference",
        ),
    ],
    Permission.EXPORT: [Act("export a case", lambda c, w: export_case(c, w.case_id))],
    Permission.IMPORT: [
        Act("import a case", lambda c, w: import_case(c, w.export), case_scoped=False)
    ],
    Permission.READ_AUDIT: [
        Act(
            "read a record's history",
            lambda c, w: history(c, entity="case", entity_id=w.case_id),
        ),
        Act("read a case's history", lambda c, w: history_for_case(c, case_id=w.case_id)),
        Act(
            "read a case's history by reference",
            lambda c, w: history_for_reference(c, reference="CP-2026-0001"),
        ),
    ],
    Permission.OVERSEE: [
        Act("the team's actions", lambda c, w: team_actions(c), case_scoped=False),
        Act("caseload counts", lambda c, w: caseload_counts(c), case_scoped=False),
        Act("unallocated cases", lambda c, w: unallocated_cases(c), case_scoped=False),
        Act(
            "compliance report",
            lambda c, w: compliance_report(c, period_start=date(2026, 1, 1), period_end=JAN6),
            case_scoped=False,
        ),
    ],
    Permission.MANAGE_SETTINGS: [
        Act(
            "change a setting",
            lambda c, w: set_setting(c, key="team_name", value="North Team"),
            organisation=True,
        ),
    ],
    Permission.MANAGE_ACCOUNTS: [
        Act(
            "set another person's password",
            lambda c, w: set_password(c, username="someone.else", password="a fine password"),
            case_scoped=False,
        ),
    ],
    Permission.CIRCULATE: [
        Act(
            "preview a circulation",
            lambda c, w: circulation_preview(c, meeting_id=w.held_meeting.id, profiles=PROFILES),
        ),
    ],
}


def _world(store, clock) -> World:
    fam = build_family(store)
    other = build_family(store, reference="CP-2026-0002")
    with store.unit_of_work() as uow:
        for case_id, team in ((fam.case_id, "North"), (other.case_id, "South")):
            uow.repo(Case).update(replace(uow.repo(Case).get(case_id), team=team))
        (review,) = uow.repo(Conference).find(case_id=fam.case_id, kind=ConferenceKind.REVIEW)
    tm = make_ctx(store, clock, role=UserRole.TEAM_MANAGER, username="tm.setup")
    held = convene_first(tm, fam, PROFILES, JAN6)
    planned = convene_first(tm, fam, PROFILES, date(2027, 1, 13))
    clock.current = datetime(2027, 1, 6, 12, 0)
    held = record_attendance(tm, meeting_id=held.id, entries=everyone_present(fam))
    report = start_report(tm, conference_id=review.id, recommendation="Continue the plan")
    exported = export_case(tm, other.case_id)
    exported = _renamed(exported)
    return World(
        case_id=fam.case_id,
        other_case_id=other.case_id,
        lp_id=fam.lp_id,
        other_lp_id=other.lp_id,
        plan_id=fam.plan_id,
        child_id=fam.child_id,
        mother_id=fam.mother_id,
        held_meeting=held,
        planned_meeting=planned,
        report_id=report.id,
        conference_id=review.id,
        meeting_chair_id=fam.manager_id,
        conference_chair_id=review.chair_person_id,
        export=exported,
    )


@pytest.fixture(scope="module")
def built_world(
    tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path
) -> tuple[Path, World, datetime]:
    """The world built once for the module on a migrated SQLite file, with the time its building
    left the clock at; each test works on a copy of the file (building it took ~0.3 s a test)."""
    path = tmp_path_factory.mktemp("roles-world") / "lpdesk.db"
    shutil.copyfile(sqlite_template, path)
    clock = FixedClock(datetime(2026, 12, 18, 9, 30))
    built = Store.open(sqlite_url(path))
    try:
        world = _world(built, clock)
    finally:
        built.close()  # the last connection folds the WAL into the file
    return path, world, clock.current


@pytest.fixture
def database_url(backend: str, built_world: tuple[Path, World, datetime], tmp_path: Path) -> str:
    """This test's own copy of the built world (SQLite only: see ``pytestmark``)."""
    db = tmp_path / "lpdesk.db"
    shutil.copyfile(built_world[0], db)
    db.chmod(0o600)
    return sqlite_url(db)


@pytest.fixture
def world(built_world: tuple[Path, World, datetime], clock: FixedClock) -> World:
    """The built world's ids (a copy: nothing a test does to it reaches the next), at its time."""
    clock.current = built_world[2]
    return copy.deepcopy(built_world[1])


def _renamed(data: dict[str, Any]) -> dict[str, Any]:
    """The exported case under a reference not yet in the database (so it could be imported)."""
    import json

    text = json.dumps(data).replace("CP-2026-0002", "CP-2026-0077")
    return json.loads(text)  # type: ignore[no-any-return]


def _snapshot(store) -> dict[str, int]:
    with store.engine.connect() as conn:
        return {
            t.name: int(conn.scalar(select(func.count()).select_from(t)) or 0)
            for t in map(table_for, ENTITIES)
        }


def _all_refused(store, ctx, w: World, acts: list[Act]) -> None:
    before = _snapshot(store)
    for act in acts:
        with pytest.raises(Forbidden):
            act.run(ctx, w)
        assert _snapshot(store) == before, f"{act.name}: something was written"


FORBIDDEN = [
    (role, permission)
    for role in UserRole
    for permission in Permission
    if permission not in POLICY[role] and ACTIONS[permission]
]


def test_every_permission_has_actions_here_or_no_service_uses_it():
    assert set(ACTIONS) == set(Permission), "add the new permission's actions to ACTIONS"
    assert set(POLICY) == set(UserRole), "a role with no policy"
    sources = "\n".join(p.read_text() for p in SERVICES.rglob("*.py"))
    for permission in Permission:
        used = re.search(rf"Permission\.{permission.name}\b", sources) is not None
        if ACTIONS[permission]:
            assert permission not in NO_SERVICE_YET
        else:
            assert permission in NO_SERVICE_YET, f"{permission.name}: no actions to test"
            assert not used, f"a service now checks {permission.name}: add its actions"


@pytest.mark.parametrize(
    ("role", "permission"), FORBIDDEN, ids=[f"{r.value}-{p.name}" for r, p in FORBIDDEN]
)
def test_each_role_is_refused_what_its_policy_does_not_allow(store, clock, world, role, permission):
    w = world
    person = w.lp_id if role is UserRole.LEAD_PROFESSIONAL else None
    team = "North" if role is UserRole.TEAM_MANAGER else ""
    ctx = make_ctx(store, clock, role=role, person_id=person, username="role.test", team=team)
    _all_refused(store, ctx, w, ACTIONS[permission])


OWNED = [
    (role, p)
    for role in (UserRole.LEAD_PROFESSIONAL, UserRole.TEAM_MANAGER)
    for p in Permission
    if p in POLICY[role]
    and any(a.case_scoped for a in ACTIONS[p])
    # Reading a case is open to every role (the policy's ownership rule is about changes).
    and p is not Permission.READ_CASE
    and (role is UserRole.TEAM_MANAGER or p in _OWN_CASE_ONLY)
]


@pytest.mark.parametrize(
    ("role", "permission"), OWNED, ids=[f"{r.value}-{p.name}" for r, p in OWNED]
)
def test_no_one_acts_on_a_case_that_is_not_theirs(store, clock, world, role, permission):
    """An LP on a case they do not lead (or its people); a team manager on another team's case,
    its people, its lead professional's absence, its history, or what every team shares."""
    w = world
    if role is UserRole.LEAD_PROFESSIONAL:
        ctx = make_ctx(store, clock, person_id=w.other_lp_id, username="other.lp")
    else:
        ctx = make_ctx(store, clock, role=role, username="tm.south", team="South")
    _all_refused(store, ctx, w, [a for a in ACTIONS[permission] if a.case_scoped])


@pytest.mark.parametrize("role", list(UserRole), ids=[r.value for r in UserRole])
def test_the_entitled_are_not_refused(store, clock, world, role):
    """Positive control: with each permission of its policy, a role (an LP on their own case, the
    case's team manager, the meeting's or conference's chair where the service asks for it) is
    not refused any of the actions. Other refusals (incomplete minutes, say) may follow: one
    world serves every action, in turn."""
    w = world
    for permission in sorted(POLICY[role]):
        for act in ACTIONS[permission]:
            person = w.lp_id if role is UserRole.LEAD_PROFESSIONAL else None
            if act.chair:
                person = w.meeting_chair_id if act.chair == "meeting" else w.conference_chair_id
            team = "North" if role is UserRole.TEAM_MANAGER and not act.organisation else ""
            ctx = make_ctx(store, clock, role=role, person_id=person, username="ok", team=team)
            try:
                act.run(ctx, w)
            except Forbidden as refused:
                pytest.fail(f"{role.value} refused {act.name}: {refused}")
            except Exception:
                pass
