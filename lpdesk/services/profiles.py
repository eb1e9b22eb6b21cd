"""The practice profiles and pro-formas the meeting, plan and disagreement services read.

``ProfileProvider`` loads the profiles and the form registry once (lazily, on first use) and hands
them out; ``shared_provider()`` is the one for the shipped ``forms/`` folder. Use cases take an
optional ``profiles=`` keyword so a test or an authority's own folder can be wired in.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Mapping
from pathlib import Path

from lpdesk.domain import InvalidInput, PlanKind
from lpdesk.forms.registry import FormRegistry
from lpdesk.forms.spec import FormSpec
from lpdesk.rules.profile import Profile

__all__ = ["ProfileProvider", "shared_provider"]

# The review form each kind of plan is minuted on; child protection uses the profile's own.
_REVIEW_FORM = {
    PlanKind.GIRFEC: "girfec_child_plan_review",
    PlanKind.EARLY_HELP: "early_help_review",
}


class ProfileProvider:
    """Profiles by id and forms by (id, version), loaded once and kept."""

    def __init__(self, profiles_dir: Path | None = None, forms_dir: Path | None = None) -> None:
        self._profiles_dir = profiles_dir
        self._forms_dir = forms_dir
        self._profiles: Mapping[str, Profile] | None = None
        self._registry: FormRegistry | None = None
        self._lock = threading.Lock()

    # -- profiles ---------------------------------------------------------------------------------

    def profiles(self) -> Mapping[str, Profile]:
        with self._lock:
            if self._profiles is None:
                from lpdesk.rules.profile_loader import default_profiles_dir, load_profiles

                self._profiles = load_profiles(self._profiles_dir or default_profiles_dir())
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
                    FormRegistry.shipped()
                    if self._forms_dir is None
                    else FormRegistry.load(self._forms_dir)
                )
            return self._registry

    def form(self, form_id: str, version: int) -> FormSpec:
        return self.forms().get(form_id, version)

    def latest_form(self, form_id: str) -> FormSpec:
        return self.forms().latest(form_id)

    def minutes_form_for(self, profile: Profile, plan_kind: PlanKind) -> FormSpec:
        """The latest version of the form a meeting on this kind of plan is minuted on."""
        return self.latest_form(_REVIEW_FORM.get(plan_kind, profile.minutes_form))


@functools.cache
def shared_provider() -> ProfileProvider:
    """The provider for the shipped profiles and forms (``LPDESK_FORMS_DIR`` if set)."""
    return ProfileProvider()
