from __future__ import annotations

from datetime import date, datetime

import pytest

from lpdesk.domain import (
    Action,
    ActionStatus,
    Conflict,
    InvalidInput,
    Outcome,
    PlanStage,
    PlanVersion,
    RuleViolation,
    UserRole,
)
from lpdesk.services import plans
from lpdesk.services.context import ServiceContext
from lpdesk.services.meetings import record_attendance
from tests.services.conftest import make_ctx
from tests.services.meetings.builders import (
    audit_count,
    build_family,
    convene_first,
    everyone_present,
)

SMART = {
    "what": "Weekly food parcel",
    "by_when": date(2027, 2, 1),
    "measure": "Food in the cupboard at each visit",
}


def _count(store, cls) -> int:
    with store.unit_of_work() as uow:
        return len(uow.repo(cls).find())


@pytest.mark.sqlite_only("the SMART check is the services' own, made before anything is written")
@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"what": " "}, "what"),
        ({"who_person_id": None}, "who_person_id"),
        ({"by_when": None}, "by_when"),
        ({"measure": ""}, "measure"),
        ({"who_person_id": "outsider"}, "who_person_id"),
        ({"by_when": date(2026, 1, 1)}, "by_when"),
        ({"outcome_id": 999}, "outcome_id"),
    ],
)
def test_an_action_must_be_smart(store, ctx, change, field):
    fam = build_family(store)
    args = dict(SMART, who_person_id=fam.health_visitor_id)
    args.update({k: fam.outsider_id if v == "outsider" else v for k, v in change.items()})
    before = audit_count(store)
    with pytest.raises(InvalidInput) as refused:
        plans.add_action(ctx, plan_id=fam.plan_id, **args)
    assert [p.field for p in refused.value.problems] == [field]
    assert _count(store, Action) == 0 and audit_count(store) == before


@pytest.fixture
def ctx(store, clock) -> ServiceContext:
    """A team manager with no team: may act on every case (ownership: test_permissions.py)."""
    return make_ctx(store, clock, role=UserRole.TEAM_MANAGER, username="tm.test")


def test_all_missing_smart_parts_are_named_together(store, ctx):
    fam = build_family(store)
    with pytest.raises(InvalidInput) as refused:
        plans.add_action(
            ctx, plan_id=fam.plan_id, what="", who_person_id=None, by_when=None, measure=""
        )
    assert [p.field for p in refused.value.problems] == [
        "what",
        "measure",
        "who_person_id",
        "by_when",
    ]


def test_action_progress_and_completion(store, ctx, clock):
    fam = build_family(store)
    action = plans.add_action(ctx, plan_id=fam.plan_id, who_person_id=fam.lp_id, **SMART).value
    clock.current = datetime(2027, 1, 20, 9, 0)
    going = plans.update_action_progress(
        ctx,
        action_id=action.id,
        status="in_progress",
        progress="Two parcels; the cupboard looked ok",
    )
    assert going.value.status is ActionStatus.IN_PROGRESS
    assert [f.label for f in going.language_findings] == ["ok"]
    with pytest.raises(InvalidInput) as refused:
        plans.update_action_progress(ctx, action_id=action.id, status="completed")
    assert [p.field for p in refused.value.problems] == ["impact"]
    done = plans.update_action_progress(
        ctx,
        action_id=action.id,
        status=ActionStatus.COMPLETED,
        impact="Finn has breakfast every school day",
    ).value
    assert (done.completed_on, done.progress) == (date(2027, 1, 20), going.value.progress)
    assert not done.is_open


def test_outcomes_on_a_girfec_plan_name_a_wellbeing_indicator(store, ctx):
    fam = build_family(store, profile_id="scotland_girfec", review_on=None)
    with pytest.raises(InvalidInput) as refused:
        plans.add_outcome(ctx, plan_id=fam.plan_id, description="Finn is well fed")
    assert refused.value.problems[0].field == "indicator"
    assert _count(store, Outcome) == 0
    first = plans.add_outcome(
        ctx, plan_id=fam.plan_id, description="Finn is well fed", indicator="Healthy"
    ).value
    second = plans.add_outcome(
        ctx, plan_id=fam.plan_id, description="Finn is safe at home", indicator="safe"
    ).value
    assert (first.number, first.indicator, second.number) == (1, "healthy", 2)


def test_outline_becomes_detailed_only_at_the_first_core_group(store, ctx, clock):
    fam = build_family(store)
    with pytest.raises(RuleViolation):
        plans.make_detailed(ctx, plan_id=fam.plan_id, expected_revision=1)
    meeting = convene_first(ctx, fam, None, date(2027, 1, 6))
    clock.current = datetime(2027, 1, 6, 12, 0)
    record_attendance(ctx, meeting_id=meeting.id, entries=everyone_present(fam))
    plan = plans.make_detailed(ctx, plan_id=fam.plan_id, expected_revision=1)
    assert (plan.stage, plan.revision) == (PlanStage.DETAILED, 2)
    with pytest.raises(InvalidInput):
        plans.make_detailed(ctx, plan_id=fam.plan_id, expected_revision=2)


def test_plan_text_is_optimistically_locked(store, ctx):
    fam = build_family(store)
    mine = plans.set_contingency(
        ctx, plan_id=fam.plan_id, contingency="Legal planning meeting", expected_revision=1
    )
    assert mine.value.revision == 2
    with pytest.raises(Conflict) as clash:
        plans.set_seen_arrangements(
            ctx, plan_id=fam.plan_id, arrangements="At school", expected_revision=1
        )
    assert clash.value.theirs.contingency == "Legal planning meeting"
    assert plans.plan_view(ctx, plan_id=fam.plan_id).plan.seen_arrangements == ""
    with pytest.raises(InvalidInput) as refused:
        plans.set_contingency(ctx, plan_id=fam.plan_id, contingency=" ", expected_revision=2)
    assert refused.value.problems[0].field == "contingency"


def test_versions_snapshot_the_plan_and_flag_notices(store, ctx, clock):
    fam = build_family(store)
    plans.add_action(ctx, plan_id=fam.plan_id, who_person_id=fam.lp_id, **SMART)
    with pytest.raises(InvalidInput) as refused:
        plans.save_plan_version(
            ctx,
            plan_id=fam.plan_id,
            summary="Added parcels",
            consulted_person_ids=[fam.mother_id, fam.outsider_id],
        )
    assert [p.field for p in refused.value.problems] == ["consulted_person_ids[1]"]
    assert _count(store, PlanVersion) == 0
    first = plans.save_plan_version(
        ctx, plan_id=fam.plan_id, summary="Added parcels", consulted_person_ids=[fam.mother_id]
    )
    second = plans.save_plan_version(
        ctx,
        plan_id=fam.plan_id,
        summary="No notice needed",
        consulted_person_ids=[],
        notify_manager_and_chair=False,
    )
    assert (first.number, second.number) == (1, 2)
    assert first.snapshot["actions"][0]["by_when"] == "2027-02-01"
    assert first.snapshot["plan"]["kind"] == "child_protection"
    notices = plans.plan_change_notices(ctx, fam.case_id)
    assert [(n.number, n.lp_manager_person_id, n.conference_chair_person_id) for n in notices] == [
        (1, fam.manager_id, fam.chair_id)
    ]
    with pytest.raises(InvalidInput) as refused:
        plans.mark_notified(ctx, plan_version_id=first.id, notified_on=date(2027, 1, 1))
    assert refused.value.problems[0].field == "notified_on"
    plans.mark_notified(ctx, plan_version_id=first.id, notified_on=date(2026, 12, 18))
    assert plans.plan_change_notices(ctx, fam.case_id) == []
