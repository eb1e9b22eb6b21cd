"""Telling people about a significant event: a draft each for those with an email address, a
telephone call listed for the others, every notice recorded; refused input writes nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from lpdesk.domain import AuditEvent, InvalidInput, Person, UserRole
from lpdesk.services import events
from lpdesk.services.context import ServiceContext
from lpdesk.services.event_notices import tell_about_event
from tests.services.conftest import make_ctx
from tests.services.meetings.builders import audit_count, build_family


@pytest.fixture
def ctx(store, clock) -> ServiceContext:
    return make_ctx(store, clock, role=UserRole.TEAM_MANAGER, username="tm.test")


def _with_email(store, person_id: int, email: str) -> None:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as uow:
        person = uow.repo(Person).get(person_id)
        uow.repo(Person).update(replace(person, email=email))


def test_each_chosen_person_is_told_and_recorded(store, ctx, clock, tmp_path: Path) -> None:
    fam = build_family(store)
    _with_email(store, fam.chair_id, "chris.chair@example.org")
    _with_email(store, fam.health_visitor_id, "gale@example.org")
    clock.current = datetime(2027, 1, 10, 9, 0)
    logged = events.log_significant_event(
        ctx, case_id=fam.case_id, occurred_on=date(2027, 1, 9), description="Police called."
    )
    told = tell_about_event(
        ctx,
        event_id=logged.event.id or 0,
        manager=True,
        chair=True,
        core_group=True,
        out_dir=tmp_path / "notices",
    )
    by_person = {n.person_id: n for n in told.notices}
    assert set(by_person) == {fam.manager_id, fam.chair_id, fam.health_visitor_id, fam.teacher_id}
    assert by_person[fam.manager_id].draft is None  # no email address: telephone
    assert by_person[fam.teacher_id].draft is None
    for pid, address in (
        (fam.chair_id, "chris.chair@example.org"),
        (fam.health_visitor_id, "gale@example.org"),
    ):
        path = by_person[pid].draft
        assert path is not None and (path.stat().st_mode & 0o777) == 0o600
        msg = message_from_bytes(path.read_bytes(), policy=policy.default)
        assert msg["To"].addresses[0].addr_spec == address
        assert "Finn" not in str(msg["Subject"]) and "Police called." in msg.get_content()
    assert len(told.problems) == 2
    with store.unit_of_work() as uow:
        notes = [e for e in uow.repo(AuditEvent).find() if e.action == "event.notify"]
    assert len(notes) == 4
    assert all("Finn" not in n.detail and "Police" not in n.detail for n in notes)


def test_refused_input_writes_nothing(store, ctx, clock, tmp_path: Path) -> None:
    fam = build_family(store)
    logged = events.log_significant_event(
        ctx, case_id=fam.case_id, occurred_on=date(2026, 12, 18), description="Moved house."
    )
    before = audit_count(store)
    with pytest.raises(InvalidInput) as refused:
        tell_about_event(
            ctx,
            event_id=logged.event.id or 0,
            manager=False,
            chair=False,
            core_group=False,
            out_dir=tmp_path / "none",
        )
    assert refused.value.problems[0].field == "audience"
    used = tmp_path / "used"
    used.mkdir()
    (used / "keep.txt").write_text("mine")
    with pytest.raises(InvalidInput) as refused:
        tell_about_event(
            ctx,
            event_id=logged.event.id or 0,
            manager=True,
            chair=False,
            core_group=False,
            out_dir=used,
        )
    assert refused.value.problems[0].field == "out_dir"
    assert [p.name for p in used.iterdir()] == ["keep.txt"]
    assert not (tmp_path / "none").exists() and audit_count(store) == before
