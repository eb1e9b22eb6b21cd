"""Meeting service tests read the shipped profiles and a small test form (``forms/``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lpdesk.domain import UserRole
from lpdesk.services.context import FixedClock, ServiceContext
from lpdesk.services.profiles import ProfileProvider
from lpdesk.store import Store
from tests.services.conftest import make_ctx

HERE = Path(__file__).parent


@pytest.fixture(scope="session")
def profiles() -> ProfileProvider:
    return ProfileProvider(forms_dir=HERE / "forms")


@pytest.fixture
def ctx(store: Store, clock: FixedClock) -> ServiceContext:
    """A team manager with no team: may act on every case (ownership is tested on its own)."""
    return make_ctx(store, clock, role=UserRole.TEAM_MANAGER, username="tm.test")
