"""Saved plan versions, table by table (``services.plans.versions``): the snapshot kept of the
plan, its outcomes and actions; who may save one and who is consulted; who is told (the LP's
manager and the conference chair) and when; nothing written on a refusal. Small and fast: these
are the mutation run's tests for plan versions (docs/testing.md)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from lpdesk.domain import (
    AuditEvent,
    Case,
    Forbidden,
    InvalidInput,
    Plan,
    PlanVersion,
    UserRole,
)
from lpdesk.services import plans
from lpdesk.services.plans.versions import _plain
from tests.services.conftest import make_ctx
from tests.services.meetings.builders import audit_count, build_family

NOW = datetime(2026, 12, 18, 9, 30)  # the services' fixed clock
SMART = {
    "what": "Weekly food parcel",
    "by_when": date(2027, 2, 1),
    "measure": "Food in the cupboard at each visit",
}


def versions(store) -> list[PlanVersion]:
    with store.unit_of_work() as uow:
        return sorted(uow.repo(PlanVersion).find(), key=lambda v: v.id)


def audit(store) -> list[AuditEvent]:
    with store.unit_of_work() as uow:
        return sorted(uow.repo(AuditEvent).find(), key=lambda e: e.id)


@pytest.mark.parametrize(
    ("value", "plain"),
    [
        (date(2027, 2, 1), "2027-02-01"),
        (datetime(2027, 2, 1, 9, 5), "2027-02-01T09:05:00"),
        (UserRole.TEAM_MANAGER, "team_manager"),
    ],
)
def test_plain_values_in_the_snapshot(value: object, plain: str) -> None:
    assert _plain(value) == plain


def test_anything_else_is_refused_not_written_as_text() -> None:
    with pytest.raises(TypeError, match=r"^complex$"):
        _plain(1j)


def test_a_version_keeps_the_plan_as_it_is(store, ctx, clock):
    fam = build_family(store)
    action = plans.add_action(ctx, plan_id=fam.plan_id, who_person_id=fam.lp_id, **SMART).value
    outcome = plans.add_outcome(
        ctx, plan_id=fam.plan_id, description="Finn has food every weekend", child_words="Food"
    ).value
    before = audit_count(store)
    first = plans.save_plan_version(
        ctx,
        plan_id=fam.plan_id,
        summary="  Added parcels\n",
        consulted_person_ids=[fam.mother_id, fam.health_visitor_id],
    )
    assert first == versions(store)[0]
    assert (first.plan_id, first.number, first.created_at, first.created_by) == (
        fam.plan_id,
        1,
        NOW,
        "tm.test",
    )
    assert (first.summary, first.consulted_person_ids, first.notify_manager_and_chair) == (
        "Added parcels",
        (fam.mother_id, fam.health_visitor_id),
        True,
    )
    with store.unit_of_work() as uow:
        plan = uow.repo(Plan).get(fam.plan_id)
    assert first.snapshot["plan"] == {
        "id": fam.plan_id,
        "case_id": fam.case_id,
        "kind": plan.kind.value,
        "stage": plan.stage.value,
        "categories": [c.value for c in plan.categories],
        "reason": plan.reason,
        "contingency": plan.contingency,
        "seen_arrangements": plan.seen_arrangements,
        "started_on": plan.started_on.isoformat(),
        "ended_on": None,
        "revision": plan.revision,
    }
    (sought,) = first.snapshot["outcomes"]
    assert (sought["id"], sought["description"], sought["child_words"]) == (
        outcome.id,
        "Finn has food every weekend",
        "Food",
    )
    (kept,) = first.snapshot["actions"]
    assert (kept["id"], kept["what"], kept["by_when"], kept["who_person_id"]) == (
        action.id,
        "Weekly food parcel",
        "2027-02-01",
        fam.lp_id,
    )
    assert audit_count(store) == before + 1
    event = audit(store)[-1]
    assert (event.action, event.entity, event.entity_id, event.detail) == (
        "plan.version",
        "plan_version",
        first.id,
        f"plan={fam.plan_id}",
    )

    clock.current = datetime(2026, 12, 19, 11, 0)
    second = plans.save_plan_version(
        ctx,
        plan_id=fam.plan_id,
        summary="No notice needed",
        consulted_person_ids=(),
        notify_manager_and_chair=False,
    )
    assert (second.number, second.created_at, second.notify_manager_and_chair) == (
        2,
        datetime(2026, 12, 19, 11, 0),
        False,
    )
    assert second.consulted_person_ids == ()


@pytest.mark.parametrize(
    ("summary", "consulted", "problems"),
    [
        (" ", "mother", [("summary", "required")]),
        ("x" * 2001, "", [("summary", "longer than 2000 characters")]),
        ("Added\x07", "", [("summary", "must not contain control characters")]),
        ("Added", "outsider", [("consulted_person_ids[0]", "not a member of the core group")]),
        (
            "Added",
            "mother outsider 999",
            [
                ("consulted_person_ids[1]", "not a member of the core group"),
                ("consulted_person_ids[2]", "not a member of the core group"),
            ],
        ),
        (
            "",
            "outsider",
            [
                ("summary", "required"),
                ("consulted_person_ids[0]", "not a member of the core group"),
            ],
        ),
    ],
)
def test_a_refused_version_writes_nothing(store, ctx, summary, consulted, problems):
    fam = build_family(store)
    ids = {"mother": fam.mother_id, "outsider": fam.outsider_id, "999": 999}
    before = audit_count(store)
    with pytest.raises(InvalidInput) as refused:
        plans.save_plan_version(
            ctx,
            plan_id=fam.plan_id,
            summary=summary,
            consulted_person_ids=[ids[n] for n in consulted.split()],
        )
    assert [(p.field, p.message) for p in refused.value.problems] == problems
    assert versions(store) == [] and audit_count(store) == before


def test_only_those_who_edit_the_plan_save_a_version_or_record_the_notice(store, ctx, clock):
    fam = build_family(store)
    first = plans.save_plan_version(
        ctx, plan_id=fam.plan_id, summary="Added", consulted_person_ids=[]
    )
    qa = make_ctx(store, clock, role=UserRole.QA_MANAGER, username="qa.test")
    with pytest.raises(Forbidden):
        plans.save_plan_version(qa, plan_id=fam.plan_id, summary="Added", consulted_person_ids=[])
    with pytest.raises(Forbidden):
        plans.mark_notified(qa, plan_version_id=first.id, notified_on=date(2026, 12, 18))
    assert len(versions(store)) == 1 and versions(store)[0].notified_on is None


def test_who_is_told_of_which_versions(store, ctx, clock):
    fam = build_family(store)
    assert plans.plan_change_notices(ctx, fam.case_id) == []
    clock.current = datetime(2026, 12, 21, 10, 0)
    told = plans.save_plan_version(
        ctx, plan_id=fam.plan_id, summary="Three", consulted_person_ids=[]
    )
    plans.save_plan_version(
        ctx,
        plan_id=fam.plan_id,
        summary="Quiet",
        consulted_person_ids=[],
        notify_manager_and_chair=False,
    )
    clock.current = datetime(2026, 12, 22, 10, 0)
    later = plans.save_plan_version(
        ctx, plan_id=fam.plan_id, summary="Four", consulted_person_ids=[]
    )
    notices = plans.plan_change_notices(ctx, fam.case_id)
    assert [(n.plan_version_id, n.plan_id, n.number, n.created_at, n.summary) for n in notices] == [
        (told.id, fam.plan_id, 1, datetime(2026, 12, 21, 10, 0), "Three"),
        (later.id, fam.plan_id, 3, datetime(2026, 12, 22, 10, 0), "Four"),
    ]
    assert {(n.lp_manager_person_id, n.conference_chair_person_id) for n in notices} == {
        (fam.manager_id, fam.chair_id)
    }

    def refused(version_id: int, day: date) -> list[tuple[str, str]]:
        with pytest.raises(InvalidInput) as error:
            plans.mark_notified(ctx, plan_version_id=version_id, notified_on=day)
        return [(p.field, p.message) for p in error.value.problems]

    between = ("notified_on", "between the version's date and today")
    assert refused(999, date(2026, 12, 22)) == [("plan_version_id", "no plan version 999")]
    assert refused(later.id, date(2026, 12, 21)) == [between]  # before the version
    assert refused(later.id, date(2026, 12, 23)) == [between]  # after today
    before = audit_count(store)
    done = plans.mark_notified(ctx, plan_version_id=later.id, notified_on=date(2026, 12, 22))
    assert done.notified_on == date(2026, 12, 22) == versions(store)[2].notified_on
    event = audit(store)[-1]
    assert (event.action, event.entity, event.entity_id) == (
        "plan.notified",
        "plan_version",
        later.id,
    )
    assert audit_count(store) == before + 1
    assert [n.number for n in plans.plan_change_notices(ctx, fam.case_id)] == [1]
    assert refused(later.id, date(2026, 12, 22)) == [("plan_version_id", "already notified")]
    assert refused(later.id, date(2026, 12, 30)) == [
        ("plan_version_id", "already notified"),
        between,
    ]
    plans.mark_notified(ctx, plan_version_id=told.id, notified_on=date(2026, 12, 21))  # same day
    assert plans.plan_change_notices(ctx, fam.case_id) == []


def test_another_teams_manager_is_not_told(store, ctx, clock):
    fam = build_family(store)
    plans.save_plan_version(ctx, plan_id=fam.plan_id, summary="Added", consulted_person_ids=[])
    with store.unit_of_work() as uow:
        case = uow.repo(Case).get(fam.case_id)
        uow.repo(Case).update(replace(case, team="North"))
    north = make_ctx(store, clock, role=UserRole.TEAM_MANAGER, username="tm.north", team="North")
    south = make_ctx(store, clock, role=UserRole.TEAM_MANAGER, username="tm.south", team="South")
    assert [n.summary for n in plans.plan_change_notices(north, fam.case_id)] == ["Added"]
    with pytest.raises(Forbidden) as error:
        plans.plan_change_notices(south, fam.case_id)
    assert str(error.value) == "a team manager may not read cases on another team's case"
