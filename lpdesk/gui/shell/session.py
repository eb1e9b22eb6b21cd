"""What the composition root hands the GUI: a service context and the loaded profiles and forms.

The GUI never imports ``lpdesk.app`` or the store: it receives a factory that builds this session,
and calls it on the database thread after the main window is on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from lpdesk.domain import UserRole
from lpdesk.services.context import ServiceContext
from lpdesk.services.profiles import ProfileProvider

__all__ = ["GuiSession", "SessionFactory", "user_role_label"]


@dataclass(frozen=True, kw_only=True)
class GuiSession:
    ctx: ServiceContext
    profiles: ProfileProvider  # a mapping of profile id to Profile that also serves the forms
    forms: Any  # lpdesk.forms.registry.FormRegistry (the provider's)
    data_dir: Path
    close: Callable[[], None]
    storage_warning: str | None = None  # a network share or a cloud-synced folder: shown on top
    backup_due: Callable[[], Path | None] | None = None  # run on the database lane once open
    acting_name: str = ""  # the acting person's name ("" : the username is shown)
    demo: bool = False  # the fictional demo: a visitor chose who to be

    @property
    def who(self) -> str:
        return self.acting_name or self.ctx.actor.username


SessionFactory = Callable[[], GuiSession]

_ROLES = {
    UserRole.LEAD_PROFESSIONAL: "lead professional",
    UserRole.TEAM_MANAGER: "team manager",
    UserRole.ADMINISTRATOR: "administrator",
    UserRole.CONFERENCE_CHAIR: "conference chair",
    UserRole.QA_MANAGER: "quality assurance manager",
}


def user_role_label(role: UserRole) -> str:
    """A user's role in words ("conference chair")."""
    return QCoreApplication.translate("session", _ROLES[role])
