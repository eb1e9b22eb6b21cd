"""The SMTP password: keyring first; with no keyring asked once and kept in memory, no file."""

from __future__ import annotations

import os
from pathlib import Path

import keyring
import pytest

from lpdesk.circulation.secrets import SMTP_SERVICE, SecretStore


class Asker:
    def __init__(self, *answers: str | None) -> None:
        self.answers = list(answers)
        self.asked: list[str] = []

    def __call__(self, username: str) -> str | None:
        self.asked.append(username)
        return self.answers.pop(0)


def files_under(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


@pytest.fixture
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    for var in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(home))
    monkeypatch.chdir(home)
    return home


def test_password_comes_from_the_keyring(smtp_keyring, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    username = f"lp-{os.getpid()}-{tmp_path.name}"
    smtp_keyring(username, "from-the-keyring")
    ask = Asker()
    assert SecretStore(ask).get(username) == "from-the-keyring"
    assert ask.asked == []


@pytest.mark.usefixtures("no_keyring")
def test_no_keyring_asks_once_keeps_in_memory_and_writes_no_file(private_home: Path) -> None:
    ask = Asker("typed-password")
    store = SecretStore(ask)
    assert store.get("lee") == "typed-password"
    assert store.get("lee") == "typed-password"
    assert ask.asked == ["lee"]
    assert store.save("lee", "changed") is False
    assert store.get("lee") == "changed"
    assert files_under(private_home) == []


@pytest.mark.usefixtures("no_keyring")
def test_cancelled_question_returns_none_and_asks_again() -> None:
    ask = Asker(None, "second-try")
    store = SecretStore(ask)
    assert store.get("lee") is None
    assert store.get("lee") == "second-try"
    assert ask.asked == ["lee", "lee"]


def test_save_goes_to_the_keyring_and_forget_removes_it(smtp_keyring, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    username = f"lp-save-{os.getpid()}-{tmp_path.name}"
    smtp_keyring(username, "placeholder")
    store = SecretStore(Asker("asked-after-forget"))
    assert store.save(username, "saved") is True
    assert keyring.get_password(SMTP_SERVICE, username) == "saved"
    store.forget(username)
    assert keyring.get_password(SMTP_SERVICE, username) is None
    assert store.get(username) == "asked-after-forget"
