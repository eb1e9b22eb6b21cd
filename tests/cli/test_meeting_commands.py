"""The meeting and escalation verbs from an empty database: convene, invitations (each member on
their channel), reschedule, cancel only with --yes; list and complete escalation steps; refused
input exits 2 naming the field."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from lpdesk.cli import main
from tests.gui.case.journey_case import JourneyCase, start_case


@pytest.fixture
def case(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> JourneyCase:
    from lpdesk.app import open_app

    monkeypatch.setenv("LPDESK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("LPDESK_LOG_LEVEL", "WARNING")
    monkeypatch.setenv("LPDESK_ENCRYPTION", "off")
    app = open_app(data_dir=tmp_path / "home")
    try:
        return start_case(app)
    finally:
        app.close()


def _json(capsys: pytest.CaptureFixture[str]) -> object:
    return json.loads(capsys.readouterr().out)


def test_convene_invite_move_cancel(case: JourneyCase, tmp_path: Path, capsys) -> None:
    day = date.today() + timedelta(days=10)
    base = ["meeting", "convene", "CP-2026-0901", "--at", f"{day.isoformat()}T10:00"]
    who = ["--chair", str(case.manager_id), "--minute-taker", str(case.health_visitor_id)]
    assert main([*base, "--venue", "Family centre", *who, "--json"]) == 0
    meeting = _json(capsys)
    assert meeting["status"] == "convened" and meeting["number"] == 1
    mid = str(meeting["meeting"])

    assert main(["meeting", "invitations", mid, "--out", str(tmp_path / "one"), "--json"]) == 0
    pack = _json(capsys)
    channels = {i["person"]: i["channel"] for i in pack["invitees"]}
    assert channels[case.mother_id] == "email" and channels[case.father_id] == "post"
    mother = next(i for i in pack["invitees"] if i["person"] == case.mother_id)
    assert mother["email_draft"] and Path(mother["email_draft"]).exists()
    cal = Calendar.from_ical(Path(mother["calendar"]).read_bytes())
    assert str(cal["METHOD"]) == "REQUEST"

    at = f"{day.isoformat()}T14:30"
    assert main(["meeting", "reschedule", mid, "--at", at, "--json"]) == 0
    assert _json(capsys)["at"] == at

    assert main(["meeting", "cancel", mid]) == 2  # irreversible: needs --yes
    assert "yes: cancelling cannot be undone" in capsys.readouterr().err
    assert main(["meeting", "cancel", mid, "--yes", "--json"]) == 0
    assert _json(capsys)["status"] == "cancelled"
    assert main(["meeting", "invitations", mid, "--out", str(tmp_path / "two"), "--json"]) == 0
    mother = next(i for i in _json(capsys)["invitees"] if i["person"] == case.mother_id)
    cal = Calendar.from_ical(Path(mother["calendar"]).read_bytes())
    assert str(cal["METHOD"]) == "CANCEL" and mother["letter"] is None


def test_refused_convening_names_the_field(case: JourneyCase, capsys) -> None:
    day = date.today() + timedelta(days=10)
    same = str(case.health_visitor_id)
    args = ["meeting", "convene", "CP-2026-0901", "--at", f"{day.isoformat()}T10:00"]
    assert main([*args, "--venue", "Centre", "--chair", same, "--minute-taker", same]) == 2
    assert "minute_taker_person_id: the minute taker must not be the chair" in (
        capsys.readouterr().err
    )
    assert (
        main(
            [
                "meeting",
                "convene",
                "CP-0000",
                *args[3:],
                "--venue",
                "Centre",
                "--chair",
                "1",
                "--minute-taker",
                "2",
            ]
        )
        == 2
    )
    assert "case: no case CP-0000" in capsys.readouterr().err


def test_escalation_steps_listed_and_completed(case: JourneyCase, tmp_path: Path, capsys) -> None:
    from lpdesk.app import open_app
    from lpdesk.domain import UserRole, VisitOutcome
    from lpdesk.services.context import Actor
    from lpdesk.services.visits import record_visit

    app = open_app(data_dir=tmp_path / "home")
    try:
        lp = app.context(
            Actor(username="alex.worker", role=UserRole.LEAD_PROFESSIONAL, person_id=case.lp_id)
        )
        record_visit(
            lp,
            case_id=case.case_id,
            child_id=case.child_id,
            visitor_person_id=case.lp_id,
            visited_at=datetime.now().replace(second=0, microsecond=0) - timedelta(hours=1),
            outcome=VisitOutcome.REFUSED,
            present="Mother, at the door",
        )
    finally:
        app.close()
    assert main(["escalation", "list", "CP-2026-0901", "--json"]) == 0
    steps = _json(capsys)
    assert steps[0]["kind"] == "line_manager_discussion" and len(steps) == 5
    first = str(steps[0]["step"])
    note = "With Morgan Teamlead: visit again with the police"
    assert main(["escalation", "complete", first, "--note", note, "--json"]) == 0
    assert _json(capsys) == {"step": steps[0]["step"], "done_on": date.today().isoformat()}
    assert main(["escalation", "complete", first, "--note", note]) == 2  # already done
    assert "step_id: already done" in capsys.readouterr().err
    assert main(["escalation", "list", "CP-2026-0901", "--json"]) == 0
    assert len(_json(capsys)) == 4
