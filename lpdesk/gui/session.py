"""What the composition root hands the GUI: a service context and the loaded profiles and forms.

The GUI never imports ``lpdesk.app`` or the store: it receives a factory that builds this session,
and calls it on the database thread after the main window is on screen.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lpdesk.services.context import ServiceContext


@dataclass(frozen=True, kw_only=True)
class GuiSession:
    ctx: ServiceContext
    profiles: Mapping[str, Any]  # profile id -> lpdesk.rules.profile.Profile
    forms: Any  # lpdesk.forms.registry.FormRegistry
    data_dir: Path
    close: Callable[[], None]


SessionFactory = Callable[[], GuiSession]
