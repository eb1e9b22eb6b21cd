"""Team mode on the command line, on a real PostgreSQL server: every command signs in, the name
given with --user or LPDESK_USER is never trusted on its own, and scheduled jobs read the
password from a file only their owner can read."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from lpdesk.cli import main
from lpdesk.domain import AuditEvent, User, UserRole
from lpdesk.services.auth import SignInRefused
from tests.store.pg import (
    PG_BIN,
    empty_tables,
    fresh_database,
    postgres_available,
    running_postgres,
)

PASSWORD = "a team test password"
MANAGER = "tm.north"
REFERENCE = "CP-2026-0301"

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def team_database() -> Iterator[str]:
    if not postgres_available():
        pytest.skip(f"PostgreSQL server binaries not found in {PG_BIN}")
    from lpdesk.store import Store

    with running_postgres() as server, fresh_database(server) as url:
        Store.open(url).close()
        yield url


@pytest.fixture
def team(team_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """An emptied team database holding one team manager with a password, and one case."""
    from lpdesk.app import open_app
    from lpdesk.services.auth import set_password
    from lpdesk.services.cases import create_case
    from lpdesk.services.context import Actor

    empty_tables(team_database)
    for name in ("LPDESK_USER", "LPDESK_PASSWORD_FILE", "LPDESK_DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LPDESK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("LPDESK_LOG_LEVEL", "WARNING")
    app = open_app(database_url=team_database)
    with app.store.unit_of_work() as uow:
        uow.repo(User).add(
            User(username=MANAGER, display_name="Tam North", role=UserRole.TEAM_MANAGER)
        )
    setup = app.context(Actor(username="setup", role=UserRole.TEAM_MANAGER))
    set_password(setup, username=MANAGER, password=PASSWORD)
    create_case(setup, reference=REFERENCE, profile_id="england_cp", opened_on=date(2026, 11, 2))
    app.close()
    yield team_database


def _password_file(tmp_path: Path, text: str, mode: int = 0o600) -> Path:
    path = tmp_path / "password"
    path.write_text(text + "\n", encoding="utf-8")
    path.chmod(mode)
    return path


def _events(url: str, action: str) -> list[AuditEvent]:
    from lpdesk.store import Store

    store = Store.open(url)
    try:
        with store.unit_of_work() as uow:
            return list(uow.repo(AuditEvent).find(action=action))
    finally:
        store.close()


def test_the_right_password_signs_in_and_the_audit_names_the_user(
    team: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LPDESK_PASSWORD_FILE", str(_password_file(tmp_path, PASSWORD)))
    out = tmp_path / "case.json"
    argv = ["--database-url", team, "--user", MANAGER, "export", REFERENCE, "-o", str(out)]
    assert main(argv) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "lpdesk-case"
    assert [e.user for e in _events(team, "user.sign_in")] == [MANAGER]
    assert [e.user for e in _events(team, "case.export")] == [MANAGER]


def test_a_wrong_password_is_refused_with_the_one_generic_message(
    team: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LPDESK_PASSWORD_FILE", str(_password_file(tmp_path, "not the password")))
    out = tmp_path / "case.json"
    for user in (MANAGER, "no.such.user"):
        argv = ["--database-url", team, "--user", user, "export", REFERENCE, "-o", str(out)]
        assert main(argv) == 1
        assert capsys.readouterr().err.strip() == f"lpdesk: {SignInRefused()}"
    assert not out.exists()
    assert [e.user for e in _events(team, "user.sign_in_refused")] == [MANAGER]
    assert _events(team, "case.export") == []


def test_a_name_alone_is_not_trusted_without_a_terminal_or_a_password_file(
    team: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LPDESK_USER", MANAGER)
    assert main(["--database-url", team, "export", REFERENCE]) == 1
    err = capsys.readouterr().err
    assert "no terminal" in err and "LPDESK_PASSWORD_FILE" in err
    assert _events(team, "case.export") == []


def test_a_team_database_needs_a_username(
    team: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LPDESK_PASSWORD_FILE", str(_password_file(tmp_path, PASSWORD)))
    assert main(["--database-url", team, "export", REFERENCE]) == 1
    assert "--user or set LPDESK_USER" in capsys.readouterr().err


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604])
def test_a_password_file_others_can_read_is_refused(
    team: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    mode: int,
) -> None:
    monkeypatch.setenv("LPDESK_PASSWORD_FILE", str(_password_file(tmp_path, PASSWORD, mode)))
    argv = ["--database-url", team, "--user", MANAGER, "export", REFERENCE]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert f"mode {mode:04o}" in err and "chmod 600" in err
    assert _events(team, "user.sign_in") == [] and _events(team, "case.export") == []


def test_a_missing_password_file_says_so(
    team: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LPDESK_PASSWORD_FILE", str(tmp_path / "absent"))
    assert main(["--database-url", team, "--user", MANAGER, "export", REFERENCE]) == 1
    assert "LPDESK_PASSWORD_FILE cannot be read" in capsys.readouterr().err


def test_the_desktop_session_acts_as_the_person_who_signed_in(
    team: str, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``lpdesk`` with no command on a team database: the session factory (run on the database
    thread) shows the sign-in dialog on the UI thread; a wrong password keeps it open with the
    one message; the session's actor is the person App.sign_in accepted."""
    import threading

    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from lpdesk.cli import build_parser
    from lpdesk.cli.gui_command import session_factory
    from lpdesk.gui.shell.sign_in_dialog import OnUiThread, SignInDialog

    args = build_parser().parse_args(["--database-url", team, "--user", MANAGER])
    factory = session_factory(args, OnUiThread())
    passwords, refusals = ["not the password", PASSWORD], []
    outcome: dict[str, object] = {}

    def answer() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, SignInDialog) and widget.isVisible():
                if widget.error_label.isVisible():
                    refusals.append(widget.error_label.text())
                if not widget.password_edit.text() and passwords:
                    assert widget.username_edit.text() == MANAGER  # --user fills the field only
                    widget.password_edit.setText(passwords.pop(0))
                    qtbot.mouseClick(widget.sign_in_button, Qt.MouseButton.LeftButton)

    def build() -> None:
        try:
            outcome["session"] = factory()
        except BaseException as err:  # handed to the test
            outcome["error"] = err

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(answer)
    timer.start()
    worker = threading.Thread(target=build)
    worker.start()
    qtbot.waitUntil(lambda: not worker.is_alive(), timeout=30000)
    timer.stop()
    assert "error" not in outcome, outcome.get("error")
    session = outcome["session"]
    try:
        assert session.ctx.actor.username == MANAGER  # type: ignore[attr-defined]
        assert session.ctx.actor.role is UserRole.TEAM_MANAGER  # type: ignore[attr-defined]
    finally:
        session.close()  # type: ignore[attr-defined]
    assert passwords == [] and set(refusals) == {str(SignInRefused())}
    assert [e.user for e in _events(team, "user.sign_in_refused")] == [MANAGER]
    assert [e.user for e in _events(team, "user.sign_in")] == [MANAGER]


def test_the_app_trusts_no_name_on_a_team_database_until_someone_signs_in(
    team: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lpdesk.app import open_app
    from lpdesk.domain import LpdeskError

    monkeypatch.setenv("LPDESK_USER", MANAGER)
    app = open_app(database_url=team)
    try:
        assert app.team_mode
        for name in (MANAGER, None):
            with pytest.raises(LpdeskError, match="sign in first"):
                app.actor(name)
        app.sign_in(MANAGER, PASSWORD)
        assert app.actor().username == MANAGER and app.actor(MANAGER).username == MANAGER
        with pytest.raises(LpdeskError, match="not as"):
            app.actor("someone.else")
    finally:
        app.close()
