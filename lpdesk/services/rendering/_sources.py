"""What every assembler reads besides the records: the authority's settings, the practice profiles
and the pro-formas, and today's date."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from lpdesk.documents.letterhead import Letterhead
from lpdesk.documents.template import WordTemplate
from lpdesk.documents.tree import DEFAULT_MARKING
from lpdesk.domain import InvalidInput, Setting
from lpdesk.forms.registry import FormRegistry
from lpdesk.forms.spec import FormSpec
from lpdesk.rules.profile import Profile
from lpdesk.services.ports import UnitOfWork
from lpdesk.services.profiles import ProfileProvider, shared_provider

__all__ = ["DEFAULT_AUTHORITY", "AuthoritySettings", "Inputs", "Sources", "load_settings"]

DEFAULT_AUTHORITY = "Local authority"


@dataclass(frozen=True, kw_only=True, slots=True)
class AuthoritySettings:
    """What an authority puts on every document. ``template_path`` None: the bundled base."""

    authority_name: str = DEFAULT_AUTHORITY
    marking: str = DEFAULT_MARKING
    template_path: Path | None = None
    letterhead: Letterhead | None = None

    def template(self) -> WordTemplate:
        if self.template_path is None:
            return WordTemplate.default()
        return WordTemplate.load(self.template_path)


def load_settings(uow: UnitOfWork) -> AuthoritySettings:
    """The authority name and marking kept in the database (``services.settings``), with defaults."""
    stored = {
        s.key: s.value for s in uow.repo(Setting).find(key=["authority_name", "protective_marking"])
    }
    return AuthoritySettings(
        authority_name=stored.get("authority_name") or DEFAULT_AUTHORITY,
        marking=stored.get("protective_marking") or DEFAULT_MARKING,
    )


class Sources:
    """Profiles and forms, from a ``ProfileProvider`` or from an app's loaded mapping and registry."""

    def __init__(
        self,
        profiles: ProfileProvider | Mapping[str, Profile] | None = None,
        forms: FormRegistry | None = None,
    ) -> None:
        self._provider = profiles if isinstance(profiles, ProfileProvider) else None
        self._profiles = None if isinstance(profiles, ProfileProvider) else profiles
        self._forms = forms

    def provider(self) -> ProfileProvider | None:
        """The provider these sources wrap, if any (None: an app's own mapping, or the shipped)."""
        return self._provider

    def profile(self, profile_id: str) -> Profile:
        if self._profiles is not None:
            found = self._profiles.get(profile_id)
            if found is None:
                raise InvalidInput.one("profile_id", f'no practice profile "{profile_id}"')
            return found
        return (self._provider or shared_provider()).profile(profile_id)

    def form(self, form_id: str, version: int) -> FormSpec:
        if self._forms is not None:
            return self._forms.get(form_id, version)
        return (self._provider or shared_provider()).form(form_id, version)


@dataclass(frozen=True, kw_only=True, slots=True)
class Inputs:
    """Everything an assembler is given besides the unit of work and the record id."""

    settings: AuthoritySettings
    sources: Sources
    today: date
