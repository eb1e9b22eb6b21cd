"""The documents generated for a case, newest first: what was produced, when, and its SHA-256."""

from __future__ import annotations

from lpdesk.domain import GeneratedDocument
from lpdesk.services.context import ServiceContext
from lpdesk.services.permissions import Permission, require_case

__all__ = ["list_documents"]


def list_documents(ctx: ServiceContext, *, case_id: int) -> list[GeneratedDocument]:
    with ctx.uow() as uow:
        require_case(ctx, uow, Permission.READ_CASE, case_id)
        docs = uow.repo(GeneratedDocument).find(case_id=case_id)
    return sorted(docs, key=lambda d: (d.created_at, d.id or 0), reverse=True)
