"""Reading a case's meetings and documents."""

from __future__ import annotations

from datetime import datetime

import pytest

from lpdesk.domain import DocumentKind, GeneratedDocument, Meeting, UserRole
from lpdesk.services.context import ServiceContext
from lpdesk.services.demo import load_demo
from lpdesk.services.documents import list_documents
from lpdesk.services.meetings import get_meeting, list_meetings
from tests.services.conftest import make_ctx


@pytest.fixture
def manager(store, clock) -> ServiceContext:  # type: ignore[no-untyped-def]
    ctx = make_ctx(store, clock, role=UserRole.TEAM_MANAGER, username="tm")
    load_demo(ctx)
    return ctx


def test_list_meetings_returns_the_case_meetings_in_date_order(manager: ServiceContext) -> None:
    with manager.uow() as uow:
        everything = uow.repo(Meeting).find()
    case_id = max(
        {m.case_id for m in everything}, key=lambda c: sum(m.case_id == c for m in everything)
    )
    listed = list_meetings(manager, case_id=case_id)
    assert [m.id for m in listed] == [
        m.id
        for m in sorted(
            (m for m in everything if m.case_id == case_id), key=lambda m: m.scheduled_at
        )
    ]
    assert get_meeting(manager, meeting_id=listed[0].id or 0) == listed[0]


def test_list_documents_newest_first(manager: ServiceContext) -> None:
    with manager.uow() as uow:
        case_id = uow.repo(Meeting).find()[0].case_id
        for day in (1, 3, 2):
            uow.repo(GeneratedDocument).add(
                GeneratedDocument(
                    case_id=case_id,
                    kind=DocumentKind.MINUTES,
                    fmt="pdf",
                    filename=f"CP-{day}.pdf",
                    sha256="0" * 64,
                    size=1,
                    created_at=datetime(2026, 11, day, 9, 0),
                )
            )
    assert [d.filename for d in list_documents(manager, case_id=case_id)][:3] == [
        "CP-3.pdf",
        "CP-2.pdf",
        "CP-1.pdf",
    ]
