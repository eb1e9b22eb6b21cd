"""The administrators' verbs on an EMPTY database: case create, member add/exclude/leave and
conference record print JSON; bad input exits 2 naming each problem, with nothing written.
Also: ``lpdesk backup`` with no file, and ``lpdesk due | head`` with no traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from lpdesk.cli import main

TODAY = date.today()
ICPC = (TODAY - timedelta(days=60)).isoformat()
REVIEW = (TODAY - timedelta(days=10)).isoformat()
LATER = (TODAY + timedelta(days=170)).isoformat()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty, migrated database with one LP account, made through the services."""
    from lpdesk.app import open_app
    from lpdesk.domain import UserRole
    from lpdesk.services.context import Actor
    from lpdesk.services.users import add_user

    monkeypatch.setenv("LPDESK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("LPDESK_LOG_LEVEL", "WARNING")
    monkeypatch.setenv("LPDESK_ENCRYPTION", "off")
    app = open_app()
    add_user(
        app.context(Actor(username="local", role=UserRole.TEAM_MANAGER)),
        username="sam.okafor",
        display_name="Sam Okafor",
        role=UserRole.LEAD_PROFESSIONAL,
        email="sam.okafor@council.example.org",
        qualified_social_worker=True,
    )
    app.close()
    return tmp_path / "home"


def _rows(table: str) -> int:
    from lpdesk.app import open_app

    app = open_app()
    try:
        with app.store.engine.connect() as conn:
            return int(conn.exec_driver_sql(f'SELECT count(*) FROM "{table}"').scalar_one())
    finally:
        app.close()


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, object, str]:
    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, (json.loads(out) if code == 0 and "--json" in args else out), err


CREATE = [
    "case", "create", "--json", "--reference", "CP-2026-0900", "--category", "neglect",
    "--reason", "Home conditions.", "--child", "Robin Example,04/03/2016",
    "--unborn", "Baby Example," + LATER, "--conference-on", ICPC, "--chair", "Pat Chairperson",
    "--outline-plan", "Home conditions improve.", "--first-review", REVIEW, "--lead", "sam.okafor",
]  # fmt: skip


def _create(capsys: pytest.CaptureFixture[str]) -> dict:  # type: ignore[type-arg]
    code, out, err = _run(capsys, "--user", "sam.okafor", *CREATE)
    assert code == 0, err
    assert isinstance(out, dict)
    return out


def test_case_create_prints_the_started_case(home: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = _create(capsys)
    assert out["case"]["reference"] == "CP-2026-0900"
    assert out["plan"]["categories"] == ["neglect"]
    assert [c["expected_birth_date"] for c in out["children"]] == [None, LATER]
    assert out["conference"]["held_on"] == ICPC
    assert out["first_review"]["scheduled_for"] == REVIEW
    assert out["first_core_group_reason"].startswith("first core group due by")
    assert _rows("case") == 1


def test_case_create_refused_names_each_problem_and_writes_nothing(home: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, _out, err = _run(
        capsys,
        "--user", "sam.okafor", "case", "create", "--json", "--reference", "CP 2026",
        "--child", "Robin Example,31/02/2016", "--conference-on", ICPC, "--first-review", ICPC,
        "--lead", "nobody",
    )  # fmt: skip
    assert code == 2
    for field in ("reference", "categories", "reason", "child", "first_review_on", "chair_name"):
        assert f"  {field}:" in err, (field, err)
    assert "lead: no user" in err
    assert (_rows("case"), _rows("conference"), _rows("child")) == (0, 0, 0)


def test_member_add_exclude_leave(home: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    _create(capsys)
    base = ["--user", "sam.okafor", "member"]
    code, parent, err = _run(
        capsys, *base, "add", "--json", "--case", "CP-2026-0900", "--name", "Alex Example",
        "--role", "parent", "--channel", "post", "--address", "Flat 2\\n1 Example Road",
        "--withheld-reason", "a refuge", "--access-needs", "Polish interpreter",
    )  # fmt: skip
    assert code == 0, err
    assert isinstance(parent, dict) and parent["role"] == "parent" and parent["channel"] == "post"
    code, school, err = _run(
        capsys, *base, "add", "--json", "--case", "CP-2026-0900", "--name", "Jo Teacher",
        "--agency", "Example Primary", "--email", "jo@school.example.org",
    )  # fmt: skip
    assert code == 0, err
    assert isinstance(school, dict)
    code, out, err = _run(
        capsys, *base, "exclude", "--json", "--membership-id", str(parent["id"]),
        "--reason", "Threats to a worker.",
    )  # fmt: skip
    assert code == 0, err
    assert isinstance(out, dict) and out["excluded"] is True and out["excluded_on"]
    code, out, err = _run(capsys, *base, "leave", "--json", "--membership-id", str(school["id"]))
    assert code == 0, err
    assert isinstance(out, dict) and out["left_on"] == TODAY.isoformat()


def test_member_verbs_refused_name_each_problem_and_write_nothing(home: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    _create(capsys)
    before = _rows("membership"), _rows("person")
    base = ["--user", "sam.okafor", "member"]
    code, _out, err = _run(
        capsys, *base, "add", "--case", "CP-2026-0900", "--name", "Alex Example",
        "--channel", "email", "--role", "uncle", "--joined-on", "32/13/2026",
    )  # fmt: skip
    assert code == 2
    for field in ("joined-on", "role", "channel"):
        assert f"  {field}:" in err, (field, err)
    code, _out, err = _run(capsys, *base, "exclude", "--membership-id", "x")
    assert code == 2 and "  membership-id:" in err and "  reason:" in err
    code, _out, err = _run(capsys, *base, "leave", "--membership-id", "1", "--on", "soon")
    assert code == 2 and "  on:" in err
    assert (_rows("membership"), _rows("person")) == before


def test_conference_record_then_the_plan_ends(home: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    _create(capsys)
    base = ["--user", "sam.okafor", "conference", "record", "--json", "--case", "CP-2026-0900"]
    code, _out, err = _run(capsys, *base, "--held-on", REVIEW, "--outcome", "maybe")
    assert code == 2 and "  outcome:" in err
    assert _rows("audit_event") == _rows("audit_event")  # readable after a refusal
    code, out, err = _run(
        capsys, *base, "--held-on", REVIEW, "--outcome", "plan_continues", "--next-review", LATER
    )
    assert code == 0, err
    assert isinstance(out, dict) and out["conference"]["outcome"] == "plan_continues"
    assert out["next_review"]["scheduled_for"] == LATER
    code, _out, err = _run(capsys, *base, "--held-on", TODAY.isoformat(), "--outcome", "plan_ends")
    assert code == 2 and "  end_reason:" in err
    code, out, err = _run(
        capsys, *base, "--held-on", TODAY.isoformat(), "--outcome", "plan_ends",
        "--end-reason", "Sustained change.",
    )  # fmt: skip
    assert code == 0, err
    assert isinstance(out, dict) and out["case"]["closed_on"] == TODAY.isoformat()
    assert out["case"]["closed_reason"] == "Sustained change."


def test_user_add_on_an_empty_database(tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LPDESK_HOME", str(tmp_path / "empty"))
    monkeypatch.setenv("LPDESK_ENCRYPTION", "off")
    code, _out, err = _run(capsys, "user", "add", "Kim Lee", "--role", "boss")
    assert code == 2 and "  role:" in err and "  username:" in err and "  display_name:" in err
    assert _rows("user") == 0
    code, out, err = _run(
        capsys, "user", "add", "kim.lee", "--name", "Kim Lee", "--qualified-social-worker", "--json"
    )
    assert code == 0, err
    assert isinstance(out, dict) and out["role"] == "lead_professional" and out["person_id"]
    assert _rows("user") == 1


def test_backup_with_no_file_writes_a_dated_backup(home: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["backup"]) == 0
    (written,) = (home / "backups").glob("lpdesk-*.db")
    assert written.stat().st_size > 0
    assert str(written) in capsys.readouterr().out


def test_due_piped_into_a_reader_that_stops_prints_no_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``true`` exits before lpdesk writes: every write meets a closed pipe (as ``head`` does once
    it has its lines)."""
    monkeypatch.setenv("LPDESK_HOME", str(tmp_path / "demo"))
    monkeypatch.setenv("LPDESK_ENCRYPTION", "off")
    assert main(["demo"]) == 0
    env = {**os.environ, "LPDESK_LOG_LEVEL": "WARNING"}
    done = subprocess.run(
        f"{sys.executable} -m lpdesk due --all --as-of 2026-11-23 | true",
        shell=True,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr, done.stderr
    head = subprocess.run(
        f"{sys.executable} -m lpdesk due --all --as-of 2026-11-23 | head -n 1",
        shell=True,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert head.stdout.count("\n") == 1 and "Traceback" not in head.stderr
