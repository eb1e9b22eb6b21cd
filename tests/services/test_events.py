from __future__ import annotations

from datetime import date, datetime

import pytest

from lpdesk.domain import InvalidInput, UserRole
from lpdesk.services import events
from lpdesk.services.context import ServiceContext
from tests.services.conftest import make_ctx
from tests.services.meetings.builders import audit_count, build_family


@pytest.fixture
def ctx(store, clock) -> ServiceContext:
    """A team manager with no team: may act on every case (ownership: test_permissions.py)."""
    return make_ctx(store, clock, role=UserRole.TEAM_MANAGER, username="tm.test")


def test_events_are_logged_and_listed_since_a_date(store, ctx, clock):
    fam = build_family(store)
    clock.current = datetime(2027, 1, 10, 9, 0)
    first = events.log_significant_event(
        ctx,
        case_id=fam.case_id,
        occurred_on=date(2026, 12, 24),
        description="Mum moved to a new flat.",
    )
    second = events.log_significant_event(
        ctx,
        case_id=fam.case_id,
        occurred_on=date(2027, 1, 8),
        description="Finn was aggressive at school.",
    )
    assert first.language_findings == ()
    assert [f.label for f in second.language_findings] == ["aggressive"]
    assert second.event.recorded_by == "tm.test"
    listed = events.list_significant_events(ctx, case_id=fam.case_id)
    assert listed == [first.event, second.event]
    since = events.list_significant_events(ctx, case_id=fam.case_id, since=date(2026, 12, 24))
    assert since == [second.event]


@pytest.mark.parametrize(
    ("occurred_on", "description", "field"),
    [
        (date(2027, 2, 1), "Tomorrow's news", "occurred_on"),
        (date(2026, 1, 1), "Before the case", "occurred_on"),
        (date(2026, 12, 18), "   ", "description"),
    ],
)
def test_event_refusals(store, ctx, occurred_on, description, field):
    fam = build_family(store)
    before = audit_count(store)
    with pytest.raises(InvalidInput) as refused:
        events.log_significant_event(
            ctx, case_id=fam.case_id, occurred_on=occurred_on, description=description
        )
    assert refused.value.problems[0].field == field
    assert events.list_significant_events(ctx, case_id=fam.case_id) == []
    assert audit_count(store) == before
