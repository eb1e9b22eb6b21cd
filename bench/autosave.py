"""Minutes autosave as the meeting editor does it: ``save_draft`` of the growing answers of a held
core group, through the services, on the database named by ``LPDESK_DATABASE_URL``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["autosave_setup"]


def autosave_setup() -> tuple[Callable[[int], int], int]:
    """(save(expected_revision) -> new revision, the meeting's current revision), for a held
    meeting of the acting lead professional's caseload. Imports here: this runs on the database
    lane, and the UI thread that imports the module must not pay for SQLAlchemy."""
    from sqlalchemy import select

    from lpdesk.app import open_app
    from lpdesk.domain import Meeting
    from lpdesk.services.meetings.minutes import save_draft
    from lpdesk.store import tables as t

    app = open_app()
    actor = app.actor()
    m, la = t.meeting, t.lead_assignment
    with app.store.engine.connect() as conn:
        meeting_id = conn.execute(
            select(m.c.id)
            .join(la, la.c.case_id == m.c.case_id)
            .where(la.c.person_id == actor.person_id, la.c.ended_on.is_(None))
            .where(m.c.status.in_(("held", "approved")))
            .order_by(m.c.id)
            .limit(1)
        ).scalar_one()
    with app.store.unit_of_work() as uow:
        meeting = uow.repo(Meeting).get(meeting_id)
    ctx = app.context(actor)
    answers: dict[str, Any] = {k: dict(v) for k, v in meeting.answers.items()}
    voice = answers.setdefault("voice", {})

    def save(revision: int) -> int:
        voice["wishes"] = str(voice.get("wishes", "")) + " The child said more about school."
        return save_draft(
            ctx, meeting_id=meeting_id, answers=answers, expected_revision=revision
        ).revision

    return save, meeting.revision
