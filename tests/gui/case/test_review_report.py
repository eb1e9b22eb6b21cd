"""Journey 8 from an empty database, through the real window: the LP starts the report to the
review conference from the records, edits it, submits it to the chair by the deadline, sees the
chair's request for changes and answers it, and shares it with the parents (a copy each, read
back with pdftotext)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lpdesk.domain import UserRole
from tests.gui.journey_meeting_steps import review_report

pytestmark = pytest.mark.slow


def test_report_started_edited_submitted_answered_and_shared(
    qtbot, lp_workspace, empty_app, journey, tmp_path: Path
):
    from lpdesk.services.context import Actor

    chair = empty_app.context(
        Actor(username="chris.chair", role=UserRole.CONFERENCE_CHAIR, person_id=journey.chair_id)
    )
    review_report(
        qtbot,
        lp_workspace,
        empty_app,
        chair=chair,
        review_on=journey.review_on,
        folder=tmp_path / "parents",
        parents=2,  # mother and father
        visits=0,
    )
    for copy in (tmp_path / "parents").iterdir():
        assert "Finn" not in copy.name
