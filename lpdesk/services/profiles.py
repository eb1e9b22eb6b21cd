"""The practice profiles and pro-formas the meeting, plan and disagreement services read.

``ProfileProvider`` loads the profiles and the form registry once (lazily, on first use) and hands
them out; it is also a read-only mapping of profile id to ``Profile``, so it can be passed wherever
profiles are wanted. ``shared_provider()`` is the one for the shipped ``forms/`` folder; the
composition root builds one over the shipped folders and the authority's own (later folders
override earlier ones). Use cases take an optional ``profiles=`` keyword.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from lpdesk.domain import InvalidInput, PlanKind
from lpdesk.forms.registry import FormRegistry
from lpdesk.forms.spec import FormSpec
from lpdesk.rules.profile import Profile

__all__ = ["ProfileProvider", "install_provider", "shared_provider"]

# The review form each kind of plan is minuted on; child protection uses the profile's own.
_REVIEW_FORM = {
    PlanKind.GIRFEC: "girfec_child_plan_review",
    PlanKind.EARLY_HELP: "early_help_review",
}


class ProfileProvider(Mapping[str, Profile]):
    """Profiles by id and forms by (id, version), loaded once and kept.

    ``profiles_dir``/``forms_dir`` may each be one folder or a sequence of folders; a missing
    folder after the first is skipped (an authority that has added nothing).
    """

    def __init__(
        self,
        profiles_dir: Path | Sequence[Path] | None = None,
        forms_dir: Path | Sequence[Path] | None = None,
    ) -> None:
        self._profiles_dirs = _dirs(profiles_dir)
        self._forms_dirs = _dirs(forms_dir)
        self._profiles: Mapping[str, Profile] | None = None
        self._registry: FormRegistry | None = None
        self._lock = threading.Lock()

    # -- the mapping ------------------------------------------------------------------------------

    def __getitem__(self, profile_id: str) -> Profile:
        return self.profiles()[profile_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self.profiles())

    def __len__(self) -> int:
        return len(self.profiles())

    # -- profiles ---------------------------------------------------------------------------------

    def profiles(self) -> Mapping[str, Profile]:
        with self._lock:
            if self._profiles is None:
                from lpdesk.rules.profile_loader import default_profiles_dir, load_profiles

                first, *more = self._profiles_dirs or [default_profiles_dir()]
                loaded = dict(load_profiles(first))
                for folder in more:
                    if folder.is_dir():
                        loaded.update(load_profiles(folder))
                self._profiles = loaded
            return self._profiles

    def profile(self, profile_id: str, field: str = "profile_id") -> Profile:
        found = self.profiles().get(profile_id)
        if found is None:
            raise InvalidInput.one(field, f'no practice profile "{profile_id}"')
        return found

    # -- forms ------------------------------------------------------------------------------------

    def forms(self) -> FormRegistry:
        with self._lock:
            if self._registry is None:
                self._registry = (
                    FormRegistry.load(*self._forms_dirs)
                    if self._forms_dirs
                    else FormRegistry.shipped()
                )
            return self._registry

    def form(self, form_id: str, version: int) -> FormSpec:
        return self.forms().get(form_id, version)

    def latest_form(self, form_id: str) -> FormSpec:
        return self.forms().latest(form_id)

    def minutes_form_for(self, profile: Profile, plan_kind: PlanKind) -> FormSpec:
        """The latest version of the form a meeting on this kind of plan is minuted on."""
        return self.latest_form(_REVIEW_FORM.get(plan_kind, profile.minutes_form))


def _dirs(given: Path | Sequence[Path] | None) -> list[Path]:
    if given is None:
        return []
    return [given] if isinstance(given, Path) else list(given)


@functools.cache
def _shipped_provider() -> ProfileProvider:
    return ProfileProvider()


_installed: ProfileProvider | None = None


def install_provider(provider: ProfileProvider | None) -> None:
    """Make ``provider`` the deployment's profiles and forms (the composition root does this when
    it opens the app, so an authority's own profiles reach every use case); None restores the
    shipped ones."""
    global _installed
    _installed = provider


def shared_provider() -> ProfileProvider:
    """The deployment's provider when one is installed, else the shipped profiles and forms
    (``LPDESK_FORMS_DIR`` if set)."""
    return _installed if _installed is not None else _shipped_provider()
