"""The command line's tests: the demo loaded once per session into a plain data folder, copied
per test (loading it through ``lpdesk demo`` cost ~0.3 s a test)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lpdesk.cli import main


@pytest.fixture(scope="session")
def demo_home_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An LPDESK_HOME after ``lpdesk demo`` (plain SQLite: an encrypted file's key is kept per
    path, so a copy could not be opened). Copy it; never write into it."""
    home = tmp_path_factory.mktemp("cli-demo") / "home"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("LPDESK_HOME", str(home))
        mp.setenv("LPDESK_LOG_LEVEL", "WARNING")
        mp.setenv("LPDESK_ENCRYPTION", "off")
        for name in ("LPDESK_USER", "LPDESK_DATABASE_URL", "LPDESK_PASSWORD_FILE"):
            mp.delenv(name, raising=False)
        assert main(["demo"]) == 0
    return home
