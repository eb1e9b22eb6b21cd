"""Meeting service tests read the shipped profiles and a small test form (``forms/``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lpdesk.services.profiles import ProfileProvider

HERE = Path(__file__).parent


@pytest.fixture(scope="session")
def profiles() -> ProfileProvider:
    return ProfileProvider(forms_dir=HERE / "forms")
