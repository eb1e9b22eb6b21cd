""" "My plan" tells the child when the grown-ups meet next: the next core group convened, or the date
the approved minutes agreed; never the date a draft of unapproved minutes proposes."""

from __future__ import annotations

import subprocess
from datetime import date, datetime

from lpdesk.services.meetings import (
    approve,
    convene_meeting,
    record_attendance,
    save_draft,
)
from lpdesk.services.rendering import render_document
from tests.services.meetings.builders import (
    as_person,
    at,
    build_family,
    convene_first,
    everyone_present,
)
from tests.services.meetings.test_sealed_minutes import COMPLETE


def _my_plan(ctx, fam, profiles) -> str:  # type: ignore[no-untyped-def]
    file = render_document(
        ctx, kind="child_plan", record_id=fam.child_id, fmt="pdf", profiles=profiles
    )
    done = subprocess.run(["pdftotext", "-", "-"], input=file.data, capture_output=True, check=True)
    return " ".join(done.stdout.decode().split())


def test_my_plan_gives_the_next_convened_core_group_not_a_drafts_date(store, ctx, clock, profiles):
    fam = build_family(store)
    meeting = convene_first(ctx, fam, profiles, date(2027, 1, 6))
    clock.current = datetime(2027, 1, 6, 12, 0)
    meeting = record_attendance(ctx, meeting_id=meeting.id, entries=everyone_present(fam))
    saved = save_draft(
        ctx,
        meeting_id=meeting.id,
        answers=COMPLETE,  # the draft proposes 3 February 2027
        expected_revision=meeting.revision,
        profiles=profiles,
    )
    text = _my_plan(ctx, fam, profiles)
    assert "3 February 2027" not in text and "meet again" not in text

    approve(
        as_person(store, clock, fam.manager_id),
        meeting_id=meeting.id,
        expected_revision=saved.revision,
        profiles=profiles,
    )
    assert "meet again on 3 February 2027" in _my_plan(ctx, fam, profiles)

    convene_meeting(
        ctx,
        case_id=fam.case_id,
        scheduled_at=at(date(2027, 2, 2)),
        venue="Family centre",
        chair_person_id=fam.lp_id,
        minute_taker_person_id=fam.health_visitor_id,
        profiles=profiles,
    )
    text = _my_plan(ctx, fam, profiles)
    assert "meet again on 2 February 2027" in text and "3 February" not in text
