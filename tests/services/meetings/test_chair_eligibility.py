"""Who may chair and minute a core group: professionals of the core group (the LP's manager for the
first), never a parent, carer, child or excluded member; the minute taker is not the chair. Refused
in the service with a sentence naming the person, nothing written; ``meeting_officers`` lists only
those who may, for the convene page."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from lpdesk.domain import InvalidInput, Meeting
from lpdesk.services.meetings import convene_meeting, record_attendance
from lpdesk.services.meetings.convene import meeting_officers
from tests.services.meetings.builders import (
    at,
    audit_count,
    build_family,
    convene_first,
    everyone_present,
)
from tests.services.test_people import row_counts

pytestmark = pytest.mark.sqlite_only("who may chair is decided in the services from the members")

JAN6 = date(2027, 1, 6)
FEB3 = date(2027, 2, 3)


def _hold_first(store, ctx, clock, profiles):
    fam = build_family(store)
    first = convene_first(ctx, fam, profiles, JAN6)
    clock.current = datetime(2027, 1, 6, 12, 0)
    record_attendance(ctx, meeting_id=first.id, entries=everyone_present(fam))
    return fam


@pytest.mark.parametrize(
    ("chair", "taker", "field", "words"),
    [
        ("mother_id", "lp_id", "chair_person_id", "Dana Example cannot be the chair"),
        ("father_id", "lp_id", "chair_person_id", "Eli Example cannot be the chair"),
        ("child_person_id", "lp_id", "chair_person_id", "Finn Example cannot be the chair"),
        ("outsider_id", "lp_id", "chair_person_id", "Indy Elsewhere cannot be the chair"),
        ("lp_id", "mother_id", "minute_taker_person_id", "Dana Example cannot be the minute taker"),
        ("lp_id", "father_id", "minute_taker_person_id", "Eli Example cannot be the minute taker"),
        ("teacher_id", "teacher_id", "minute_taker_person_id", "must not be the chair"),
    ],
)
def test_a_family_member_or_excluded_person_never_chairs_or_minutes(
    store, ctx, clock, profiles, chair, taker, field, words
):
    fam = _hold_first(store, ctx, clock, profiles)
    before = row_counts(ctx)
    audits = audit_count(store)
    with pytest.raises(InvalidInput) as refused:
        convene_meeting(
            ctx,
            case_id=fam.case_id,
            scheduled_at=at(FEB3),
            venue="School",
            chair_person_id=getattr(fam, chair),
            minute_taker_person_id=getattr(fam, taker),
            profiles=profiles,
        )
    found = {p.field: p.message for p in refused.value.problems}
    assert field in found and words in found[field], found
    assert "person " not in found[field]  # a name, not an id
    assert row_counts(ctx) == before and audit_count(store) == audits


def test_the_first_core_group_is_chaired_by_the_lps_manager_named(store, ctx, profiles):
    fam = build_family(store)
    with pytest.raises(InvalidInput) as refused:
        convene_meeting(
            ctx,
            case_id=fam.case_id,
            scheduled_at=at(JAN6),
            venue="Family centre",
            chair_person_id=fam.mother_id,
            minute_taker_person_id=fam.father_id,
            profiles=profiles,
        )
    found = {p.field: p.message for p in refused.value.problems}
    assert "lead professional's manager, Morgan Teamlead" in found["chair_person_id"]
    assert "Eli Example cannot be the minute taker" in found["minute_taker_person_id"]
    with store.unit_of_work() as uow:
        assert uow.repo(Meeting).find(case_id=fam.case_id) == []


def test_officers_offered_are_exactly_those_who_may(store, ctx, clock, profiles):
    fam = build_family(store)
    first = meeting_officers(ctx, case_id=fam.case_id, profiles=profiles)
    assert first.chairs == (fam.manager_id,) and first.chair_required == fam.manager_id
    assert set(first.minute_takers) == {fam.lp_id, fam.health_visitor_id, fam.teacher_id}
    convene_first(ctx, fam, profiles, JAN6)
    later = meeting_officers(ctx, case_id=fam.case_id, profiles=profiles)
    assert later.chair_required is None
    assert set(later.chairs) == {fam.lp_id, fam.health_visitor_id, fam.teacher_id, fam.manager_id}
    assert later.minute_takers == later.chairs
    family = {fam.mother_id, fam.father_id, fam.child_person_id, fam.outsider_id}
    assert not family & (set(later.chairs) | set(later.minute_takers))


def test_a_professional_of_the_core_group_chairs_a_later_one(store, ctx, clock, profiles):
    fam = _hold_first(store, ctx, clock, profiles)
    second = convene_meeting(
        ctx,
        case_id=fam.case_id,
        scheduled_at=at(FEB3),
        venue="School",
        chair_person_id=fam.health_visitor_id,
        minute_taker_person_id=fam.teacher_id,
        profiles=profiles,
    )
    assert (second.chair_person_id, second.minute_taker_person_id) == (
        fam.health_visitor_id,
        fam.teacher_id,
    )
