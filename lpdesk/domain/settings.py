"""Organisational settings kept in the database (authority name, protective marking, profile)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

__all__ = ["Setting"]


@dataclass(frozen=True, kw_only=True, slots=True)
class Setting:
    """One organisational setting: changed only through ``lpdesk.services.settings``, audited."""

    id: int | None = None
    key: str
    value: str
    updated_at: datetime
    updated_by: str  # the username of whoever set it
