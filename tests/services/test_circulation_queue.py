"""The circulation queue: approved minutes not yet circulated, across the team, overdue first."""

from __future__ import annotations

from dataclasses import replace

import pytest

from lpdesk.domain import DueStatus, Forbidden, Meeting, MeetingStatus, UserRole
from lpdesk.services.circulation_queue import circulation_queue
from lpdesk.services.demo import load_demo
from lpdesk.services.profiles import shared_provider
from tests.services.conftest import make_ctx


def test_approved_uncirculated_minutes_are_queued_with_their_deadline(store, clock) -> None:  # type: ignore[no-untyped-def]
    manager = make_ctx(store, clock, role=UserRole.TEAM_MANAGER, username="tm")
    load_demo(manager)
    assert circulation_queue(manager, profiles=shared_provider()) == []
    with manager.uow() as uow:
        circulated = [m for m in uow.repo(Meeting).find() if m.status is MeetingStatus.CIRCULATED]
        for meeting in circulated:  # as if nobody had sent them yet
            uow.repo(Meeting).update(
                replace(meeting, status=MeetingStatus.APPROVED, circulated_on=None)
            )
    admin = make_ctx(store, clock, role=UserRole.ADMINISTRATOR, username="admin")
    queue = circulation_queue(admin, profiles=shared_provider())
    assert sorted(e.meeting_id for e in queue) == sorted(m.id for m in circulated)
    assert all(e.status is DueStatus.OVERDUE for e in queue), "held weeks before the clock"
    assert all("circulated" in e.reason for e in queue)


def test_a_qa_manager_has_no_circulation_queue(store, clock) -> None:  # type: ignore[no-untyped-def]
    qa = make_ctx(store, clock, role=UserRole.QA_MANAGER, username="qa")
    with pytest.raises(Forbidden):
        circulation_queue(qa, profiles=shared_provider())
