"""Organisational settings kept in the database, shared by a team: changed by a team manager,
every change audited, each value checked before it is written."""

from __future__ import annotations

from dataclasses import replace

from lpdesk.domain import InvalidInput, Setting
from lpdesk.services.context import ServiceContext, record
from lpdesk.services.permissions import Permission, require, require_organisation

__all__ = ["KNOWN_SETTINGS", "all_settings", "get_setting", "set_setting"]

# key -> (description, longest value allowed)
KNOWN_SETTINGS: dict[str, tuple[str, int]] = {
    "authority_name": ("the authority's name, as it appears on documents", 200),
    "protective_marking": ("the marking printed on every page (e.g. OFFICIAL-SENSITIVE)", 60),
    "default_profile": ("the practice profile new cases start on", 80),
    "team_name": ("the team's name, as it appears on letters", 200),
    "template_path": ("the authority's Word template (a .docx with lpdesk's named styles)", 1000),
    "letterhead_logo": ("the logo printed on the first page (PNG or JPEG)", 1000),
    "letterhead_address": ("the authority's address on the first page", 500),
    "smtp_host": ("the authority's mail server", 255),
    "smtp_port": ("the mail server's port", 5),
    "smtp_username": ("the account lpdesk signs in to the mail server as", 255),
    "smtp_starttls": ("whether to use STARTTLS (yes) or implicit TLS (no)", 3),
    # Exchange Online: sign in to SMTP with an OAuth2 token (XOAUTH2) instead of a password.
    "smtp_oauth_client_id": ("the application (client) id lpdesk is registered as in Entra ID", 64),
    "smtp_oauth_tenant": ("the authority's Microsoft Entra tenant (its id or domain)", 255),
}
# Settings that may hold more than one line (nothing else may contain a control character).
MULTILINE_SETTINGS = frozenset({"letterhead_address"})


def _check(key: str, value: str) -> str:
    if key not in KNOWN_SETTINGS:
        raise InvalidInput.one("key", f'"{key}" is not a setting lpdesk knows')
    value = value.strip()
    longest = KNOWN_SETTINGS[key][1]
    if len(value) > longest:
        raise InvalidInput.one("value", f"must be at most {longest} characters")
    allowed = {"\n"} if key in MULTILINE_SETTINGS else set()
    if any((ord(c) < 32 or ord(c) == 127) and c not in allowed for c in value):
        raise InvalidInput.one("value", "must be one line of text (no control characters)")
    return value


def get_setting(ctx: ServiceContext, key: str, default: str = "") -> str:
    require(ctx, Permission.READ_CASE)
    with ctx.uow() as uow:
        found = uow.repo(Setting).find(key=key)
    return found[0].value if found else default


def all_settings(ctx: ServiceContext) -> dict[str, str]:
    require(ctx, Permission.READ_CASE)
    with ctx.uow() as uow:
        return {s.key: s.value for s in uow.repo(Setting).find()}


def set_setting(ctx: ServiceContext, *, key: str, value: str) -> Setting:
    """Set one organisational setting (team managers only); audited with the key, not the value."""
    require(ctx, Permission.MANAGE_SETTINGS)
    value = _check(key, value)
    now = ctx.clock.now()
    with ctx.uow() as uow:
        require_organisation(ctx, uow, Permission.MANAGE_SETTINGS)
        repo = uow.repo(Setting)
        found = repo.find(key=key)
        if found:
            saved = repo.update(
                replace(found[0], value=value, updated_at=now, updated_by=ctx.actor.username)
            )
        else:
            saved = repo.add(
                Setting(key=key, value=value, updated_at=now, updated_by=ctx.actor.username)
            )
        record(uow, ctx, "setting.set", "setting", saved.id, f"key={key}")
    return saved
