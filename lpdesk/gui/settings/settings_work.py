"""The settings' values and the work on them that runs off the UI thread, Qt-free: read and write
them through ``lpdesk.services.settings``, check the Word template and the letterhead logo, and
render the sample document for the preview. ``SettingsDialog`` (``settings_dialog``) runs each on
the database lane or the work pool."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from lpdesk.domain import FieldProblem, InvalidInput
from lpdesk.services.context import ServiceContext

if TYPE_CHECKING:
    from lpdesk.gui.shell.session import GuiSession

__all__ = ["SETTING_KEYS", "check_files", "load_values", "render_preview_pdf", "store_values"]

SETTING_KEYS = (
    "authority_name",
    "default_profile",
    "protective_marking",
    "template_path",
    "letterhead_logo",
    "letterhead_address",
    "smtp_host",
    "smtp_port",
    "smtp_username",
    "smtp_starttls",
    "smtp_oauth_client_id",
    "smtp_oauth_tenant",
)
_LOGO_SUFFIXES = (".png", ".jpg", ".jpeg")


def load_values(ctx: ServiceContext) -> dict[str, str]:
    from lpdesk.services.settings import all_settings

    stored = all_settings(ctx)
    return {k: v for k, v in stored.items() if k in SETTING_KEYS}


def store_values(ctx: ServiceContext, changed: Mapping[str, str]) -> list[str]:
    """Write the changed values the settings service knows (each audited there). Returns the
    keys written; the others are left to the caller."""
    from lpdesk.services import settings

    known = getattr(settings, "KNOWN_SETTINGS", None)
    written = []
    for key, value in changed.items():
        if known is None or key in known:
            settings.set_setting(ctx, key=key, value=value)
            written.append(key)
    return written


def check_files(template_path: str, logo_path: str) -> None:
    """The template loads with every style lpdesk needs; the logo is a PNG or JPEG file.
    Raises ``InvalidInput`` naming the field (and each missing style)."""
    from lpdesk.documents.template import WordTemplate

    problems: list[FieldProblem] = []
    if template_path.strip():
        try:
            WordTemplate.load(Path(template_path.strip()))
        except InvalidInput as err:
            problems.extend(err.problems)
    logo = logo_path.strip()
    if logo:
        path = Path(logo)
        if path.suffix.lower() not in _LOGO_SUFFIXES:
            problems.extend(InvalidInput.one("letterhead_logo", "must be a PNG or JPEG").problems)
        elif not path.is_file():
            problems.extend(InvalidInput.one("letterhead_logo", f"{path} not found").problems)
    if problems:
        raise InvalidInput(problems)


def render_preview_pdf(session: GuiSession) -> Path:
    """The sample document as a PDF in a private temporary folder (0700; the file 0600)."""
    from lpdesk.services.leftovers import write_preview
    from lpdesk.services.rendering import render_sample

    files = render_sample(session.ctx, profiles=session.profiles, forms=session.forms)
    pdf = next(f for f in files if f.filename.lower().endswith(".pdf"))
    return write_preview("sample.pdf", pdf.data)  # a private folder removed at exit
