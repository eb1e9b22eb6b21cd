"""The team manager's verbs on an EMPTY database: ``user add`` with ``--line-manager``, ``user
set-manager`` and ``user list`` as the desk's owner (a team manager), workers named by username; bad input exits 2 naming each problem
by its option, and nothing is written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lpdesk.cli import main


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("LPDESK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("LPDESK_LOG_LEVEL", "WARNING")
    monkeypatch.setenv("LPDESK_ENCRYPTION", "off")
    from lpdesk.app import open_app
    from lpdesk.domain import UserRole

    app = open_app()  # the first run makes the desk's owner, the team manager
    try:
        assert app.set_up_owner(name="Dana Mills", role=UserRole.TEAM_MANAGER).username == (
            "dana.mills"
        )
    finally:
        app.close()
    return tmp_path / "home"


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, object, str]:
    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, (json.loads(out) if code == 0 and "--json" in args else out), err


def _stored() -> dict[str, tuple[str, int | None, int | None]]:
    """username -> (name, person id, line manager's person id), read straight from the file."""
    from lpdesk.app import open_app
    from lpdesk.domain import Person, User

    app = open_app()
    try:
        with app.store.unit_of_work() as uow:
            people = {p.id: p for p in uow.repo(Person).find()}
            return {
                u.username: (
                    people[u.person_id].name,
                    u.person_id,
                    people[u.person_id].manager_id,
                )
                for u in uow.repo(User).find()
            }
    finally:
        app.close()


def test_accounts_with_line_managers_from_the_command_line(home, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = _run(
        capsys, "user", "add", "Sam!", "--role", "boss", "--line-manager", "nobody",
        "--email", "not an address",
    )  # fmt: skip
    assert code == 2
    for option in ("role:", "line-manager:", "username:", "display_name:", "email:"):
        assert f"  {option}" in err, err
    assert set(_stored()) == {"dana.mills"}  # nothing written

    code, out, err = _run(
        capsys, "user", "add", "sam.okafor", "--name", "Sam Okafor", "--json",
        "--qualified-social-worker", "--line-manager", "dana.mills",
    )  # fmt: skip
    assert code == 0, err
    assert isinstance(out, dict)
    assert (out["name"], out["line_manager_name"], out["role"]) == (
        "Sam Okafor",
        "Dana Mills",
        "lead_professional",
    )
    assert "password_hash" not in out
    stored = _stored()
    assert stored["sam.okafor"][2] == stored["dana.mills"][1]

    code, out, err = _run(capsys, "user", "add", "kim.lee", "--name", "Kim Lee")
    assert code == 0 and "line manager none recorded" in out
    code, out, err = _run(
        capsys, "user", "set-manager", "kim.lee", "--line-manager", "sam.okafor", "--json"
    )
    assert code == 0, err
    assert isinstance(out, dict) and out["line_manager_name"] == "Sam Okafor"

    code, out, err = _run(capsys, "user", "set-manager", "sam.okafor", "--line-manager", "kim.lee")
    assert code == 2 and "  line-manager: Kim Lee is managed by Sam Okafor" in err
    code, out, err = _run(capsys, "user", "set-manager", "nobody")
    assert code == 2 and "  username:" in err and "  line-manager:" in err
    assert _stored()["sam.okafor"][2] == _stored()["dana.mills"][1]

    code, out, err = _run(capsys, "user", "set-manager", "kim.lee", "--none")
    assert code == 0 and "line manager none recorded" in out
    code, out, err = _run(capsys, "user", "list", "--json")
    assert code == 0, err
    assert isinstance(out, list)
    assert [(s["name"], s["line_manager_name"]) for s in out] == [
        ("Dana Mills", ""),
        ("Kim Lee", ""),
        ("Sam Okafor", "Dana Mills"),
    ]
    code, out, err = _run(capsys, "user", "list")
    assert "sam.okafor: Sam Okafor, line manager Dana Mills (lead professional, qualified" in out
