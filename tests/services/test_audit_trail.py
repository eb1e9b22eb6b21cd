"""The audit trail: "record opened" events, the history of a record and of a case (QA and team
managers only, a team manager for their own team), and a trail no one can rewrite (both backends)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from lpdesk.domain import AuditEvent, Case, Forbidden, NotFound, UserRole
from lpdesk.services import events
from lpdesk.services.audit_trail import (
    history,
    history_for_case,
    history_for_reference,
    record_opened,
)
from tests.services.conftest import make_ctx
from tests.services.meetings.builders import build_family


@pytest.fixture
def family(store):
    return build_family(store)


def _qa(store, clock):
    return make_ctx(store, clock, role=UserRole.QA_MANAGER, username="qa.one")


def test_opening_a_record_is_audited_under_the_persons_name(store, clock, family):
    lp = make_ctx(store, clock, person_id=family.lp_id, username="alex.lp")
    record_opened(lp, "case", family.case_id)
    (event,) = history(_qa(store, clock), entity="case", entity_id=family.case_id)
    assert (event.user, event.role, event.action) == ("alex.lp", "lead_professional", "record.open")
    assert event.at == clock.now()


def test_a_case_history_gathers_its_records_and_people_and_nothing_else(store, clock, family):
    other = build_family(store, reference="CP-2026-0002")
    tm = make_ctx(store, clock, role=UserRole.TEAM_MANAGER, username="tm.one")
    record_opened(tm, "case", family.case_id)
    clock.current = datetime(2026, 12, 19, 10, 0)
    event = events.log_significant_event(
        tm, case_id=family.case_id, occurred_on=date(2026, 12, 18), description="Police called"
    )
    events.log_significant_event(
        tm, case_id=other.case_id, occurred_on=date(2026, 12, 18), description="Elsewhere"
    )
    record_opened(tm, "person", family.mother_id)  # a core group member of the case
    record_opened(tm, "person", other.mother_id)  # of the other case only
    trail = history_for_case(_qa(store, clock), case_id=family.case_id)
    assert [(e.action, e.entity, e.entity_id) for e in trail] == [
        ("record.open", "case", family.case_id),
        ("event.log", "significant_event", event.event.id),
        ("record.open", "person", family.mother_id),
    ]


@pytest.mark.parametrize(
    "role", [UserRole.LEAD_PROFESSIONAL, UserRole.ADMINISTRATOR, UserRole.CONFERENCE_CHAIR]
)
def test_only_qa_and_team_managers_read_the_trail(store, clock, family, role):
    ctx = make_ctx(store, clock, role=role, person_id=family.lp_id)
    with pytest.raises(Forbidden):
        history(ctx, entity="case", entity_id=family.case_id)
    with pytest.raises(Forbidden):
        history_for_case(ctx, case_id=family.case_id)


def test_a_team_manager_reads_only_their_own_teams_cases(store, clock, family):
    with store.unit_of_work() as uow:
        case = uow.repo(Case).get(family.case_id)
        uow.repo(Case).update(replace(case, team="South"))
    north = make_ctx(store, clock, role=UserRole.TEAM_MANAGER, username="tm.n", team="North")
    south = make_ctx(store, clock, role=UserRole.TEAM_MANAGER, username="tm.s", team="South")
    with pytest.raises(Forbidden):
        history_for_case(north, case_id=family.case_id)
    assert history_for_case(south, case_id=family.case_id) == []
    with pytest.raises(NotFound):
        history_for_case(_qa(store, clock), case_id=9999)


def _one_event(store, clock) -> int:
    record_opened(make_ctx(store, clock, role=UserRole.QA_MANAGER), "case", 1)
    with store.unit_of_work() as uow:
        return uow.repo(AuditEvent).find()[0].id


def test_the_database_refuses_to_change_an_audit_event(store, clock):
    ident = _one_event(store, clock)
    with pytest.raises(DBAPIError, match="append-only"), store.unit_of_work() as uow:
        uow.repo(AuditEvent).update(replace(uow.repo(AuditEvent).get(ident), user="someone.else"))
    with pytest.raises(DBAPIError, match="append-only"), store.unit_of_work() as uow:
        uow.connection.execute(text("UPDATE audit_event SET detail = 'x'"))
    with store.unit_of_work() as uow:
        assert uow.repo(AuditEvent).get(ident).user == "lp.test"


def test_the_database_refuses_to_delete_an_audit_event(store, clock):
    ident = _one_event(store, clock)
    with pytest.raises(DBAPIError, match="append-only"), store.unit_of_work() as uow:
        uow.repo(AuditEvent).delete(ident)
    with pytest.raises(DBAPIError, match="append-only"), store.unit_of_work() as uow:
        uow.connection.execute(text("DELETE FROM audit_event"))
    if store.engine.dialect.name == "postgresql":
        with pytest.raises(DBAPIError, match="append-only"), store.unit_of_work() as uow:
            uow.connection.execute(text("TRUNCATE audit_event"))
    with store.unit_of_work() as uow:
        assert [e.id for e in uow.repo(AuditEvent).find()] == [ident]


def test_a_case_history_by_reference(store, clock, family):
    record_opened(make_ctx(store, clock, person_id=family.lp_id), "case", family.case_id)
    qa = _qa(store, clock)
    (event,) = history_for_reference(qa, reference=" CP-2026-0001 ")
    assert (event.action, event.entity_id) == ("record.open", family.case_id)
    with pytest.raises(NotFound):
        history_for_reference(qa, reference="CP-2026-9999")
    with pytest.raises(Forbidden):
        history_for_reference(make_ctx(store, clock), reference="CP-2026-0001")
