"""Reading meetings: a case's meetings for the workspace and timeline, and one meeting by id."""

from __future__ import annotations

from lpdesk.domain import Meeting
from lpdesk.services.context import ServiceContext
from lpdesk.services.meetings._common import meeting_for
from lpdesk.services.permissions import Permission, require_case

__all__ = ["get_meeting", "list_meetings"]


def list_meetings(ctx: ServiceContext, *, case_id: int) -> list[Meeting]:
    """Every meeting of the case (core groups and looked after child reviews), oldest first."""
    with ctx.uow() as uow:
        require_case(ctx, uow, Permission.READ_CASE, case_id)
        meetings = uow.repo(Meeting).find(case_id=case_id)
    return sorted(meetings, key=lambda m: (m.scheduled_at, m.id or 0))


def get_meeting(ctx: ServiceContext, *, meeting_id: int) -> Meeting:
    with ctx.uow() as uow:
        return meeting_for(ctx, uow, meeting_id, Permission.READ_CASE)
