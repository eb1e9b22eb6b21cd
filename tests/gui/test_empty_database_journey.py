"""One continuous walk from an EMPTY database (no demo) through the real windows on a real SQLite
file: a lead professional's year with one case, journeys 1 to 9 in the order they happen. Start the
case from the ICPC (1) and build its core group (2); convene the first core group, send the
invitations, hold, minute, approve and circulate it (3); a refused visit and its escalation (5);
assessments, a significant event and a change to the plan (6); the report to the review
conference (8) and every document on demand (9); the team manager transfers the case and records
cover (7); the review conference, then the plan ends (4). Each step asserts the records and the
documents it leaves (tests/gui/journey_steps.py, tests/gui/journey_meeting_steps.py, shared with
each journey's own test)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from lpdesk.domain import (
    Channel,
    DocumentKind,
    GeneratedDocument,
    MeetingStatus,
    MemberRole,
    Person,
    UserRole,
)
from lpdesk.services.context import Actor
from tests.gui.helpers import rows
from tests.gui.journey_meeting_steps import (
    circulate_to_everyone,
    convene,
    documents_on_demand,
    hold_and_minute,
    invitations_dialog,
    review_and_approve,
    review_report,
    send_invitations,
    stand_in_viewer,
    stored_meeting,
)
from tests.gui.journey_record_steps import (
    assessments_commissioned_and_completed,
    plan_change_consulted,
    refused_visit_then_escalation,
    significant_event_told,
)
from tests.gui.journey_steps import (
    REFERENCE,
    add_new_member,
    build_core_group,
    open_empty_database,
    review_then_plan_ends,
    said,
    start_case_from_icpc,
    transfer_and_cover,
    window_of,
)

pytestmark = pytest.mark.slow


@pytest.fixture
def empty_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any, settings: Any
) -> Iterator[Any]:
    monkeypatch.setenv("LPDESK_ENCRYPTION", "off")
    app = open_empty_database(tmp_path / "data", qtbot, settings)
    yield app
    app.close()


@pytest.fixture
def viewer() -> Iterator[Any]:
    yield from stand_in_viewer()


def _person(app: Any, name: str) -> int:
    (person,) = rows(app, Person, name=name)
    return int(person.id)


def _meetings_day(qtbot: Any, ws: Any, app: Any, when: datetime) -> None:
    app.clock.current = when
    ws.refresh()  # a new day: nothing was recorded, the dates moved on
    qtbot.waitUntil(lambda: ws.snapshot is not None and bool(ws.snapshot.meetings), timeout=10000)


@pytest.mark.slowest
def test_an_lps_year_from_an_empty_database_in_one_walk(  # type: ignore[no-untyped-def]
    qtbot, settings, empty_app, monkeypatch, tmp_path, viewer
) -> None:
    app = empty_app
    window = window_of(qtbot, settings, app, "sam.okafor")

    # 1 and 2: the case from its ICPC on Fri 18 Dec 2026, and its core group
    case_id, ws = start_case_from_icpc(qtbot, window, app)
    build_core_group(qtbot, window, ws, app, monkeypatch)
    health_visitor = add_new_member(
        qtbot,
        ws,
        "Gale Visitor",
        MemberRole.PROFESSIONAL,
        Channel.EMAIL,
        email="gale.visitor@health.example.org",
        agency="Health visiting",
    )
    father = add_new_member(
        qtbot, ws, "Eli Example", MemberRole.PARENT, Channel.POST, address="2 Test Row, Testville"
    )
    manager = _person(app, "Dana Mills")

    # 3: the first core group, convened for Mon 4 Jan 2027 (due by Wed 6 Jan), the invitations
    wizard = convene(
        qtbot,
        ws,
        date(2027, 1, 4),
        chair_id=manager,
        minute_taker_id=health_visitor,
        venue="Family centre, room 2",
    )
    meeting_id = wizard.meeting_id
    wizard.close()  # a meeting on a later day leads straight to its invitations
    pack = send_invitations(qtbot, invitations_dialog(qtbot, ws), tmp_path / "invitations")
    channels = {s.person_id: s.channel for s in pack.invitees}
    assert channels[father] is Channel.POST and channels[health_visitor] is Channel.EMAIL
    assert channels[manager] is Channel.HAND
    said(qtbot, ws)
    invitations = rows(app, GeneratedDocument, case_id=case_id, kind=DocumentKind.INVITATION)
    assert len(invitations) == len(pack.invitees)

    _meetings_day(qtbot, ws, app, datetime(2027, 1, 4, 14, 0))
    ws.select_meeting(meeting_id)
    wizard = ws.open_selected_meeting()
    qtbot.addWidget(wizard)
    hold_and_minute(qtbot, wizard)
    wizard.close()
    chair_window = window_of(qtbot, settings, app, "dana.mills")  # the chair approves
    chair_ws = chair_window.open_case(case_id, REFERENCE)
    qtbot.waitUntil(lambda: chair_ws.snapshot is not None, timeout=10000)
    chair_ws.select_meeting(meeting_id)
    wizard = chair_ws.open_selected_meeting()
    qtbot.addWidget(wizard)
    review_and_approve(qtbot, wizard)
    excluded = _person(app, "Alex Example")
    record = circulate_to_everyone(
        qtbot,
        wizard,
        app,
        tmp_path / "pack",
        summaries={excluded: "The core group met; the plan continues with weekly visits."},
        not_sent={excluded: "Address withheld: handed over at the next visit."},
    )
    assert {r.person_id for r in record.recipients} >= {father, health_visitor, manager}
    wizard.close()
    chair_window.close()
    assert stored_meeting(app, meeting_id).status is MeetingStatus.CIRCULATED

    # 5: a refused visit recorded late, and each escalation step it opened completed
    _meetings_day(qtbot, ws, app, datetime(2027, 1, 5, 10, 0))
    refused_visit_then_escalation(
        qtbot,
        ws,
        app,
        visitor_id=_person(app, "Sam Okafor"),
        child="Robin Example",
        manager="Dana Mills",
    )

    # 6: assessments, a significant event told to those who must know, a change to the plan
    assessments_commissioned_and_completed(qtbot, ws, app)
    significant_event_told(
        qtbot,
        ws,
        app,
        tmp_path / "notices",
        told={
            manager: "Dana Mills, the lead professional's manager: no email address: telephone",
            _person(app, "Pat Chairperson"): "Pat Chairperson, the conference chair: no email",
            health_visitor: "Gale Visitor, core group member: email draft",
        },
        reference=REFERENCE,
        child="Robin",
    )
    plan_change_consulted(qtbot, ws, app, (father, health_visitor))

    # 8: the report to the review conference on 18 Mar 2027, then 9: every document on demand
    _meetings_day(qtbot, ws, app, datetime(2027, 3, 1, 10, 0))
    chair = app.context(
        Actor(
            username="pat.chairperson",
            role=UserRole.CONFERENCE_CHAIR,
            person_id=_person(app, "Pat Chairperson"),
        )
    )
    review_report(
        qtbot,
        ws,
        app,
        chair=chair,
        review_on=date(2027, 3, 18),
        folder=tmp_path / "parents",
        parents=1,  # the father; the excluded parent is not sent the report
        visits=1,
    )
    labels = documents_on_demand(
        qtbot,
        ws,
        app,
        viewer,
        expected=[
            "The plan",
            "My plan, for Robin Example",
            "Minutes of 4 Jan 2027",
            "Summary for Alex Example, meeting on 4 Jan 2027",
            "Distribution record, meeting on 4 Jan 2027",
            "Visit record, Robin Example",
            "Plan change notice, version 2 of 5 Jan 2027",
            "Report to the review conference on 18 Mar 2027",
            "Guide for the family",
        ],
        names=["Robin", "Alex", "Eli", "Gale", "Sam Okafor"],
    )
    assert len(labels) >= 10
    window.close()

    # 7: the team manager transfers the case to Kim Lee and records Kim's absence and cover
    manager_window = window_of(qtbot, settings, app, "dana.mills")
    ws = transfer_and_cover(qtbot, manager_window, app, case_id)

    # 4: the review conference changes the category; at the next the plan ends and the case closes
    review_then_plan_ends(qtbot, manager_window, ws, app)
    manager_window.close()
