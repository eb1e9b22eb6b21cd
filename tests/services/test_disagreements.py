from __future__ import annotations

from datetime import date, datetime

import pytest

from lpdesk.domain import Disagreement, EscalationLevel, InvalidInput, UserRole
from lpdesk.services import disagreements as d
from lpdesk.services.context import ServiceContext
from tests.services.conftest import make_ctx
from tests.services.meetings.builders import audit_count, build_family

DAY = date(2026, 12, 18)


def _count(store) -> int:
    with store.unit_of_work() as uow:
        return len(uow.repo(Disagreement).find())


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"positions": []}, "positions"),
        ({"positions": [("outsider", "No")]}, "positions[0].person_id"),
        ({"positions": [("mother", " ")]}, "positions[0].position"),
        ({"subject": ""}, "subject"),
        ({"raised_on": date(2027, 1, 1)}, "raised_on"),
        ({"meeting_id": 42}, "meeting_id"),
    ],
)
def test_record_refusals(store, ctx, change, field):
    fam = build_family(store)
    ids = {"outsider": fam.outsider_id, "mother": fam.mother_id}
    args = {"subject": "Visits", "raised_on": DAY, "positions": [(fam.mother_id, "Too many")]}
    args.update(change)
    args["positions"] = [(ids.get(p, p), t) for p, t in args["positions"]]
    before = audit_count(store)
    with pytest.raises(InvalidInput) as refused:
        d.record_disagreement(ctx, case_id=fam.case_id, **args)
    assert field in [p.field for p in refused.value.problems]
    assert _count(store) == 0 and audit_count(store) == before


@pytest.fixture
def ctx(store, clock) -> ServiceContext:
    """A team manager with no team: may act on every case (ownership: test_permissions.py)."""
    return make_ctx(store, clock, role=UserRole.TEAM_MANAGER, username="tm.test")


def test_escalation_goes_manager_then_chair_and_resolution(store, ctx, clock):
    fam = build_family(store)
    rec = d.record_disagreement(
        ctx,
        case_id=fam.case_id,
        subject="Visits",
        raised_on=DAY,
        positions=[(fam.mother_id, "Too many")],
    )
    with pytest.raises(InvalidInput) as refused:
        d.escalate_disagreement(
            ctx, disagreement_id=rec.id, level="conference_chair", escalated_on=DAY
        )
    assert refused.value.problems[0].field == "level"
    step1 = d.escalate_disagreement(
        ctx, disagreement_id=rec.id, level="lp_manager", escalated_on=DAY
    )
    assert (step1.escalated_to, step1.escalated_on) == (EscalationLevel.LP_MANAGER, DAY)
    clock.current = datetime(2026, 12, 21, 9, 0)
    with pytest.raises(InvalidInput) as refused:
        d.escalate_disagreement(
            ctx, disagreement_id=rec.id, level="conference_chair", escalated_on=date(2026, 12, 17)
        )
    assert refused.value.problems[0].field == "escalated_on"
    step2 = d.escalate_disagreement(
        ctx, disagreement_id=rec.id, level="conference_chair", escalated_on=date(2026, 12, 21)
    )
    assert step2.escalated_to is EscalationLevel.CONFERENCE_CHAIR
    with pytest.raises(InvalidInput):
        d.escalate_disagreement(
            ctx, disagreement_id=rec.id, level="conference_chair", escalated_on=date(2026, 12, 21)
        )
    done = d.resolve_disagreement(
        ctx, disagreement_id=rec.id, outcome="Fortnightly visits", resolved_on=date(2026, 12, 21)
    )
    assert done.resolved_on == date(2026, 12, 21)
    with pytest.raises(InvalidInput) as refused:
        d.resolve_disagreement(
            ctx, disagreement_id=rec.id, outcome="Again", resolved_on=date(2026, 12, 21)
        )
    assert refused.value.problems[0].field == "disagreement_id"


def test_an_unlocked_disagreement_can_be_deleted(store, ctx):
    fam = build_family(store)
    rec = d.record_disagreement(
        ctx,
        case_id=fam.case_id,
        subject="Visits",
        raised_on=DAY,
        positions=[(fam.mother_id, "Too many")],
    )
    assert d.list_disagreements(ctx, case_id=fam.case_id) == [rec]
    d.delete_disagreement(ctx, disagreement_id=rec.id)
    assert d.list_disagreements(ctx, case_id=fam.case_id) == []
