"""An LP's year from an EMPTY database, through the real windows: start a case from the ICPC (journey
1), build the core group (2), the team manager transfers the LP and records absence and cover (7),
a review conference and the end of the plan (4). Each step asserts what was stored
(tests/gui/journey_steps.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.gui.journey_steps import (
    build_core_group,
    open_empty_database,
    review_then_plan_ends,
    start_case_from_icpc,
    transfer_and_cover,
    window_of,
)


@pytest.fixture
def empty_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any, settings: Any
) -> Iterator[Any]:
    """A migrated SQLite file with no cases and no demo; the people made in the windows."""
    monkeypatch.setenv("LPDESK_ENCRYPTION", "off")
    app = open_empty_database(tmp_path / "data", qtbot, settings)
    yield app
    app.close()


def test_an_lps_year_from_an_empty_database(qtbot, settings, empty_app, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = window_of(qtbot, settings, empty_app, "sam.okafor")
    case_id, ws = start_case_from_icpc(qtbot, window, empty_app)
    build_core_group(qtbot, window, ws, empty_app, monkeypatch)
    window.close()

    manager = window_of(qtbot, settings, empty_app, "dana.mills")
    ws = transfer_and_cover(qtbot, manager, empty_app, case_id)
    review_then_plan_ends(qtbot, manager, ws, empty_app)
    manager.close()
