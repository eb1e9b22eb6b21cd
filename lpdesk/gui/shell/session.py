"""What the composition root hands the GUI: a service context and the loaded profiles and forms.

The GUI never imports ``lpdesk.app`` or the store: it receives a factory that builds this session,
and calls it on the database thread after the main window is on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lpdesk.services.context import ServiceContext
from lpdesk.services.profiles import ProfileProvider


@dataclass(frozen=True, kw_only=True)
class GuiSession:
    ctx: ServiceContext
    profiles: ProfileProvider  # a mapping of profile id to Profile that also serves the forms
    forms: Any  # lpdesk.forms.registry.FormRegistry (the provider's)
    data_dir: Path
    close: Callable[[], None]
    storage_warning: str | None = None  # a network share or a cloud-synced folder: shown on top
    backup_due: Callable[[], Path | None] | None = None  # run on the database lane once open


SessionFactory = Callable[[], GuiSession]
