"""The demo caseload loads once, into an empty database, and holds what the brief lists."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, timedelta

import pytest

from lpdesk.domain import (
    Agency,
    Case,
    Child,
    Conference,
    ConferenceKind,
    Disagreement,
    DueKind,
    DueStatus,
    EscalationLevel,
    Forbidden,
    InvalidInput,
    LeadAssignment,
    Meeting,
    MeetingStatus,
    MemberRole,
    Membership,
    Person,
    Plan,
    PlanKind,
    User,
    UserRole,
    Visit,
)
from lpdesk.services.context import FixedClock, ServiceContext
from lpdesk.services.demo import load_demo
from lpdesk.services.due import due_list
from lpdesk.services.meetings.approval import minutes_hash
from lpdesk.services.people import add_agency
from lpdesk.services.profiles import shared_provider
from lpdesk.store import Store
from tests.services.conftest import make_ctx
from tests.services.test_people import row_counts

TODAY = date(2026, 12, 18)


@pytest.fixture
def manager(store: Store, clock) -> ServiceContext:  # type: ignore[no-untyped-def]
    return make_ctx(store, clock, UserRole.TEAM_MANAGER, username="demo.loader")


@pytest.fixture
def demo(manager: ServiceContext) -> ServiceContext:
    summary = load_demo(manager)
    assert (summary.cases, summary.children, summary.users) == (6, 9, 7)
    assert str(summary).startswith("6 cases, 9 children")
    return manager


def _case(ctx: ServiceContext, reference: str) -> tuple[Case, list[Child], Plan]:
    with ctx.uow() as uow:
        case = uow.repo(Case).find(reference=reference)[0]
        children = uow.repo(Child).find(case_id=case.id)
        plans = uow.repo(Plan).find(case_id=case.id)
    assert len(plans) == 1
    return case, children, plans[0]


def _people(ctx: ServiceContext) -> dict[int, Person]:
    with ctx.uow() as uow:
        return {p.id: p for p in uow.repo(Person).find() if p.id is not None}


def test_loads_once_only(demo: ServiceContext) -> None:
    before = row_counts(demo)
    with pytest.raises(InvalidInput) as err:
        load_demo(demo)
    assert [p.field for p in err.value.problems] == ["demo"]
    assert row_counts(demo) == before


def test_refuses_a_database_that_is_not_empty(manager: ServiceContext) -> None:
    add_agency(manager, name="Somewhere Council")
    before = row_counts(manager)
    with pytest.raises(InvalidInput):
        load_demo(manager)
    assert row_counts(manager) == before


def test_only_a_team_manager_loads_it(store: Store, clock) -> None:  # type: ignore[no-untyped-def]
    admin = make_ctx(store, clock, UserRole.ADMINISTRATOR, username="admin.test")
    before = row_counts(admin)
    with pytest.raises(Forbidden):
        load_demo(admin)
    assert row_counts(admin) == before


def test_siblings_share_one_plan_and_the_refuge_and_exclusion(demo: ServiceContext) -> None:
    case, children, plan = _case(demo, "CP-2026-0141")
    assert len(children) == 2 and plan.kind is PlanKind.CHILD_PROTECTION
    people = _people(demo)
    with demo.uow() as uow:
        members = uow.repo(Membership).find(case_id=case.id)
    parents = [m for m in members if m.role is MemberRole.PARENT]
    refuge = [people[m.person_id] for m in parents if people[m.person_id].address_withheld]
    assert len(refuge) == 1 and refuge[0].address  # the mother's refuge address, withheld
    excluded = [m for m in parents if m.excluded]
    assert len(excluded) == 1 and excluded[0].exclusion_reason
    roles = {m.role for m in members}
    assert {MemberRole.QA_MANAGER, MemberRole.CONFERENCE_CHAIR, MemberRole.LP_MANAGER} <= roles
    agencies = {people[m.person_id].agency_id for m in members if m.role is MemberRole.PROFESSIONAL}
    with demo.uow() as uow:
        kinds = {a.kind for a in uow.repo(Agency).find(id=sorted(a for a in agencies if a))}
    assert {"health", "education", "police"} <= kinds
    assert all(people[m.person_id].email for m in members if m.role is MemberRole.PROFESSIONAL)


def test_core_groups_one_circulated_one_awaiting_approval(demo: ServiceContext) -> None:
    case, _, _ = _case(demo, "CP-2026-0141")
    with demo.uow() as uow:
        meetings = uow.repo(Meeting).find(case_id=case.id)
        disagreements = uow.repo(Disagreement).find(case_id=case.id)
    assert [m.status for m in meetings] == [MeetingStatus.CIRCULATED, MeetingStatus.HELD]
    assert all((m.form_id, m.form_version) == ("core_group_minutes", 1) for m in meetings)
    assert all(m.answers for m in meetings)
    circulated, held = meetings
    assert circulated.id is not None and circulated.circulated_on is not None
    assert minutes_hash(demo, circulated.id) == circulated.approved_hash
    assert held.approved_hash == "" and held.held_on is not None
    form = shared_provider().form("core_group_minutes", 1)
    sections = {s.key: {f.key for f in s.fields} for s in form.sections}
    for m in meetings:
        for section, answers in m.answers.items():
            assert set(answers) <= sections[section]
    assert len(disagreements) == 1
    assert disagreements[0].escalated_to is EscalationLevel.CONFERENCE_CHAIR
    assert disagreements[0].meeting_id == held.id and len(disagreements[0].positions) == 2


def test_visits_by_the_lp_and_another_agency(demo: ServiceContext) -> None:
    case, _, _ = _case(demo, "CP-2026-0141")
    with demo.uow() as uow:
        visits = uow.repo(Visit).find(case_id=case.id)
        lead = next(a for a in uow.repo(LeadAssignment).find(case_id=case.id) if not a.ended_on)
    by_lp = [v for v in visits if v.visitor_person_id == lead.person_id]
    by_other = [v for v in visits if v.visitor_person_id != lead.person_id]
    assert by_lp and by_other
    assert any(v.seen_alone for v in visits)
    assert any(not v.seen_alone and v.not_alone_reason for v in visits)
    assert any(v.bedroom_seen for v in visits)


def test_pre_birth_girfec_and_early_help_plans(demo: ServiceContext) -> None:
    pre_birth, (unborn,), _ = _case(demo, "CP-2026-0152")
    assert unborn.date_of_birth is None and unborn.expected_birth_date is not None
    with demo.uow() as uow:
        conferences = uow.repo(Conference).find(case_id=pre_birth.id)
    assert [c.kind for c in conferences] == [ConferenceKind.PRE_BIRTH]
    girfec, _, plan = _case(demo, "GM-2026-0033")
    assert girfec.profile_id == "scotland_girfec" and plan.kind is PlanKind.GIRFEC
    early, _, plan = _case(demo, "EH-2026-0088")
    assert early.profile_id == "early_help" and plan.kind is PlanKind.EARLY_HELP
    people = _people(demo)
    with demo.uow() as uow:
        leads = uow.repo(LeadAssignment).find(case_id=[girfec.id, early.id])
    assert not any(people[a.person_id].qualified_social_worker for a in leads)


def test_foster_carers_and_a_transfer(demo: ServiceContext) -> None:
    case, children, _ = _case(demo, "CP-2026-0119")
    assert case.looked_after and len(children) == 2
    people = _people(demo)
    with demo.uow() as uow:
        members = uow.repo(Membership).find(case_id=case.id)
        leads = uow.repo(LeadAssignment).find(case_id=case.id)
    carers = [m for m in members if m.role is MemberRole.FOSTER_CARER]
    assert len(carers) == 2
    assert all(not m.share_address for m in carers)
    assert all(people[m.person_id].address and people[m.person_id].address_withheld for m in carers)
    assert [a.ended_on is None for a in leads] == [False, True] and leads[1].handover_note


def test_the_due_list_shows_overdue_and_first_core_group_due(demo: ServiceContext) -> None:
    recent, _, _ = _case(demo, "CP-2026-0160")
    with demo.uow() as uow:
        icpc = uow.repo(Conference).find(case_id=recent.id)[0]
        assert not uow.repo(Meeting).find(case_id=recent.id)
    assert icpc.kind is ConferenceKind.INITIAL and icpc.held_on == TODAY
    items = due_list(demo, profiles=shared_provider().profiles())
    overdue = {(i.case_reference, i.kind) for i in items if i.status is DueStatus.OVERDUE}
    assert ("CP-2026-0119", DueKind.VISIT) in overdue
    assert ("CP-2026-0119", DueKind.NEXT_CORE_GROUP) in overdue
    first = [
        i
        for i in items
        if i.case_reference == "CP-2026-0160" and i.kind is DueKind.FIRST_CORE_GROUP
    ]
    assert [i.due for i in first] == [date(2027, 1, 6)]
    assert all(i.due <= TODAY + timedelta(days=400) for i in items)


def test_users_for_every_role_and_three_lps_in_one_team(demo: ServiceContext) -> None:
    with demo.uow() as uow:
        users = uow.repo(User).find()
    roles = [u.role for u in users]
    assert set(roles) == set(UserRole)
    lps = [u for u in users if u.role is UserRole.LEAD_PROFESSIONAL]
    assert len(lps) == 3 and len({u.team for u in lps}) == 1
    people = _people(demo)
    assert all(u.person_id in people for u in users)
    assert all(people[u.person_id].qualified_social_worker for u in lps if u.person_id)


@pytest.mark.sqlite_only(
    "the days chosen are rules; the demo loads on PostgreSQL in the other cases"
)
@pytest.mark.parametrize("day", [datetime(2028, 2, 29, 9), datetime(2027, 1, 1, 9)])
def test_loads_on_any_day(store: Store, day: datetime) -> None:
    ctx = make_ctx(store, FixedClock(day), UserRole.TEAM_MANAGER, username="demo.loader")
    assert load_demo(ctx).children == 9
    assert len(due_list(ctx, profiles=shared_provider().profiles())) > 0


def test_names_are_diverse(demo: ServiceContext) -> None:
    names = " ".join(p.name for p in _people(demo).values())
    scripts = {unicodedata.name(ch).split()[0] for ch in names if ch.isalpha() and ord(ch) > 0x24F}
    assert {"GREEK", "ARABIC", "CJK"} <= scripts
    assert any(ch in names for ch in "éèóòíáüñ")


@pytest.mark.sqlite_only(
    "the days chosen are rules; the demo loads on PostgreSQL in the other cases"
)
@pytest.mark.parametrize(
    "day",
    [
        datetime(2026, 12, 19, 9),  # a Saturday
        datetime(2026, 12, 20, 9),  # a Sunday
        datetime(2026, 12, 28, 9),  # a bank holiday (Monday)
        datetime(2027, 3, 7, 9),  # a Sunday
    ],
)
def test_conferences_and_core_groups_fall_on_working_days(store: Store, day: datetime) -> None:
    ctx = make_ctx(store, FixedClock(day), UserRole.TEAM_MANAGER, username="demo.loader")
    load_demo(ctx)
    calendar = shared_provider().profile("england_cp").calendar()
    with ctx.uow() as uow:
        conferences = uow.repo(Conference).find()
        meetings = uow.repo(Meeting).find()
    days = [c.held_on or c.scheduled_for for c in conferences]
    days += [m.scheduled_at.date() for m in meetings] + [m.next_meeting_on for m in meetings]
    off = [d for d in days if d is not None and not calendar.is_working_day(d)]
    assert off == [], [d.strftime("%a %d %b %Y") for d in off]


def test_the_demo_names_its_authority(demo: ServiceContext) -> None:
    from lpdesk.services.settings import get_setting

    assert get_setting(demo, "authority_name") == "Northvale Council"
    assert get_setting(demo, "team_name")


def test_the_demo_is_anchored_to_the_day_it_is_loaded(store: Store) -> None:
    """Loaded on any later day, the caseload is as fresh as on the first: the initial conference
    was held on the last working day, and most items are not overdue."""
    day = datetime(2027, 6, 16, 9)  # a Wednesday, months after the demo was written
    ctx = make_ctx(store, FixedClock(day), UserRole.TEAM_MANAGER, username="demo.loader")
    load_demo(ctx)
    recent, _, _ = _case(ctx, "CP-2026-0160")
    with ctx.uow() as uow:
        icpc = uow.repo(Conference).find(case_id=recent.id)[0]
    assert icpc.held_on == day.date()
    items = due_list(ctx, profiles=shared_provider().profiles(), horizon_days=None)
    overdue = [i for i in items if i.status is DueStatus.OVERDUE]
    assert 0 < len(overdue) < len(items) / 2
    assert {i.case_reference for i in items if i.status is not DueStatus.OVERDUE} >= {
        "CP-2026-0160",
        "CP-2026-0152",
    }
