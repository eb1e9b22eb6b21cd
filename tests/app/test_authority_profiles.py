"""An authority's own profile, dropped into the data directory, reaches the use cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from lpdesk.app import open_app
from lpdesk.domain import InvalidInput
from lpdesk.services.profiles import shared_provider


def test_an_authority_profile_extends_a_shipped_one_and_is_used(tmp_path: Path) -> None:
    own = tmp_path / "forms" / "profiles"
    own.mkdir(parents=True)
    (own / "fictional_borough_cp.toml").write_text(
        '[profile]\nextends = "england_cp"\ntitle = "Fictional Borough child protection"\n'
        "[timescales]\ncore_group_interval_weeks = 6\n",
        encoding="utf-8",
    )
    app = open_app(data_dir=tmp_path)
    try:
        assert app.profiles["fictional_borough_cp"].core_group_interval_weeks == 6
        assert app.profiles["england_cp"].core_group_interval_weeks == 4
        assert shared_provider() is app.profiles, "use cases see the authority's profiles"
    finally:
        app.close()
    assert "fictional_borough_cp" not in shared_provider()


def test_a_broken_authority_profile_is_refused_naming_file_line_and_key(tmp_path: Path) -> None:
    own = tmp_path / "forms" / "profiles"
    own.mkdir(parents=True)
    (own / "bad.toml").write_text(
        '[profile]\nextends = "england_cp"\n[timescales]\ncore_group_intervl_weeks = 6\n',
        encoding="utf-8",
    )
    with pytest.raises(InvalidInput) as refused:
        open_app(data_dir=tmp_path)
    assert "bad.toml:4" in str(refused.value)
