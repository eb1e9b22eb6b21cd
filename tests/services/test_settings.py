"""Organisational settings: in the database, changed by a team manager only, every change audited
with the key, bad values refused naming the field."""

from __future__ import annotations

from datetime import datetime

import pytest

from lpdesk.domain import AuditEvent, Forbidden, InvalidInput, Setting, UserRole
from lpdesk.services.settings import all_settings, get_setting, set_setting
from tests.services.conftest import make_ctx


@pytest.fixture
def tm(store, clock):
    return make_ctx(store, clock, role=UserRole.TEAM_MANAGER, username="tm.one")


def test_a_team_manager_sets_and_changes_a_setting(store, clock, tm):
    first = set_setting(tm, key="authority_name", value="  Testshire Council ")
    clock.current = datetime(2026, 12, 19, 8, 0)
    second = set_setting(tm, key="authority_name", value="Testshire County Council")
    assert second.id == first.id and second.updated_at == clock.now()
    lp = make_ctx(store, clock)
    assert get_setting(lp, "authority_name") == "Testshire County Council"
    assert get_setting(lp, "protective_marking", "OFFICIAL") == "OFFICIAL"
    assert all_settings(lp) == {"authority_name": "Testshire County Council"}
    with store.unit_of_work() as uow:
        events = uow.repo(AuditEvent).find(action="setting.set")
        (stored,) = uow.repo(Setting).find()
    assert [(e.user, e.detail) for e in events] == [("tm.one", "key=authority_name")] * 2
    assert stored.updated_by == "tm.one"


@pytest.mark.parametrize("role", [r for r in UserRole if r is not UserRole.TEAM_MANAGER])
def test_no_other_role_changes_settings(store, clock, role):
    with pytest.raises(Forbidden):
        set_setting(make_ctx(store, clock, role=role), key="team_name", value="North")
    with store.unit_of_work() as uow:
        assert uow.repo(Setting).find() == [] and uow.repo(AuditEvent).find() == []


@pytest.mark.parametrize(
    ("key", "value", "field"),
    [
        ("favourite_colour", "blue", "key"),
        ("protective_marking", "X" * 61, "value"),
        ("team_name", "North\nSouth", "value"),
    ],
)
def test_bad_settings_are_refused_naming_the_field(store, tm, key, value, field):
    with pytest.raises(InvalidInput) as refused:
        set_setting(tm, key=key, value=value)
    assert refused.value.problems[0].field == field
    with store.unit_of_work() as uow:
        assert uow.repo(Setting).find() == [] and uow.repo(AuditEvent).find() == []
