"""Who may do what is enforced in the services: an LP only on the cases they lead; a QA manager
reads; an administrator arranges meetings but does not write minutes. Refusals write nothing."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from lpdesk.domain import Forbidden, Meeting, UserRole
from lpdesk.services import disagreements, events, plans
from lpdesk.services.meetings import convene_meeting, record_attendance, save_draft
from tests.services.meetings.builders import (
    as_person,
    at,
    audit_count,
    build_family,
    convene_first,
    everyone_present,
)

JAN6 = date(2027, 1, 6)


def test_an_lp_cannot_act_on_a_case_they_do_not_lead(store, ctx, clock, profiles):
    fam = build_family(store)
    other = build_family(store, reference="CP-2026-0002")
    meeting = convene_first(ctx, fam, profiles, JAN6)
    clock.current = datetime(2027, 1, 6, 12, 0)
    meeting = record_attendance(ctx, meeting_id=meeting.id, entries=everyone_present(fam))
    stranger = as_person(store, clock, other.lp_id)  # leads the other case only
    before = audit_count(store)
    attempts = [
        lambda: save_draft(
            stranger,
            meeting_id=meeting.id,
            answers={},
            expected_revision=meeting.revision,
            profiles=profiles,
        ),
        lambda: convene_meeting(
            stranger,
            case_id=fam.case_id,
            scheduled_at=at(JAN6),
            venue="x",
            chair_person_id=fam.manager_id,
            minute_taker_person_id=fam.lp_id,
            profiles=profiles,
        ),
        lambda: plans.add_action(
            stranger,
            plan_id=fam.plan_id,
            what="x",
            who_person_id=fam.lp_id,
            by_when=JAN6,
            measure="x",
        ),
        lambda: disagreements.record_disagreement(
            stranger,
            case_id=fam.case_id,
            subject="x",
            raised_on=JAN6,
            positions=[(fam.mother_id, "x")],
        ),
        lambda: events.log_significant_event(
            stranger, case_id=fam.case_id, occurred_on=JAN6, description="x"
        ),
    ]
    for attempt in attempts:
        with pytest.raises(Forbidden):
            attempt()
    assert audit_count(store) == before
    with store.unit_of_work() as uow:
        assert uow.repo(Meeting).get(meeting.id).revision == meeting.revision
    own = as_person(store, clock, fam.lp_id)
    saved = save_draft(
        own,
        meeting_id=meeting.id,
        answers={},
        expected_revision=meeting.revision,
        profiles=profiles,
    )
    assert saved.revision == meeting.revision + 1


def test_roles_without_the_permission_are_refused(store, ctx, clock, profiles):
    fam = build_family(store)
    admin = as_person(store, clock, fam.outsider_id, UserRole.ADMINISTRATOR)
    meeting = convene_first(admin, fam, profiles, JAN6)  # an administrator arranges meetings
    clock.current = datetime(2027, 1, 6, 12, 0)
    meeting = record_attendance(admin, meeting_id=meeting.id, entries=everyone_present(fam))
    for role in (UserRole.ADMINISTRATOR, UserRole.QA_MANAGER, UserRole.CONFERENCE_CHAIR):
        with pytest.raises(Forbidden):
            save_draft(
                as_person(store, clock, fam.outsider_id, role),
                meeting_id=meeting.id,
                answers={},
                expected_revision=meeting.revision,
                profiles=profiles,
            )
