"""Shared fixtures for the rules tests: the shipped profiles, loaded once."""

from __future__ import annotations

import pytest

from lpdesk.rules.profile import Profile
from lpdesk.rules.profile_loader import default_profiles_dir, load_profiles


@pytest.fixture(scope="session")
def profiles() -> dict[str, Profile]:
    return load_profiles(default_profiles_dir())
