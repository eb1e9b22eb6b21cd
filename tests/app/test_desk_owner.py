"""``App.desk_owner`` (the start of a set-up desk reads its owner alone) gives exactly the owner
that ``App.desk_state`` gives: none on an empty desk, the owner once set up (name, role, team,
person and job title), none when that user is no longer active."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from lpdesk.app import open_app
from lpdesk.domain import User, UserRole


def test_the_owner_read_alone_is_the_owner_of_the_desk_state(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LPDESK_ENCRYPTION", "off")
    app = open_app(data_dir=tmp_path / "data")
    try:
        assert app.desk_owner() is None and app.desk_state().owner is None
        made = app.set_up_owner(
            name="Aisha Rahman", role=UserRole.LEAD_PROFESSIONAL, job_title="Social worker"
        )
        owner = app.desk_owner()
        assert owner is not None and owner == app.desk_state().owner == made
        assert owner.job_title == "Social worker" and owner.name == "Aisha Rahman"
        with app.store.unit_of_work() as uow:
            user = uow.repo(User).find(username=made.username)[0]
            uow.repo(User).update(replace(user, active=False))
        assert app.desk_owner() is None and app.desk_state().owner is None
    finally:
        app.close()
