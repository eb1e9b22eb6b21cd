"""Optimistic locking on people, plan actions and review reports, on both backends.

Two desks (two stores: two engines, two connections) read the same record; the first saves, the
second's save names the revision it read and is refused with ``Conflict``, nothing overwritten.
On PostgreSQL the same holds for two transactions interleaved on two connections: the second's
UPDATE finds the revision moved and writes nothing (no silent last-writer-wins).
"""

from __future__ import annotations

from datetime import date

import pytest

from lpdesk.domain import Action, Conflict, Person, ReviewReport, UserRole
from lpdesk.services import people, plans
from lpdesk.services.review_conference import revise_report, start_report
from lpdesk.store import Store
from tests.services.conftest import make_ctx
from tests.services.meetings.builders import build_family


@pytest.fixture
def second(database_url, tmp_path):
    other = Store.open(database_url, backup_dir=tmp_path / "backups2")
    yield other
    other.close()


def _tm(store, clock, name):
    return make_ctx(store, clock, role=UserRole.TEAM_MANAGER, username=name)


def test_a_person_saved_on_another_desk_is_not_overwritten(store, second, clock):
    fam = build_family(store)
    with second.unit_of_work() as uow:
        read = uow.repo(Person).get(fam.mother_id).revision
    people.update_person(
        _tm(store, clock, "ana"),
        person_id=fam.mother_id,
        email="first@example.org",
        expected_revision=read,
    )
    with pytest.raises(Conflict):
        people.update_person(
            _tm(second, clock, "ben"),
            person_id=fam.mother_id,
            email="second@example.org",
            expected_revision=read,
        )
    with store.unit_of_work() as uow:
        stored = uow.repo(Person).get(fam.mother_id)
    assert (stored.email, stored.revision) == ("first@example.org", read + 1)


def test_an_action_saved_on_another_desk_is_not_overwritten(store, second, clock):
    fam = build_family(store)
    added = plans.add_action(
        _tm(store, clock, "ana"),
        plan_id=fam.plan_id,
        what="Attend nursery",
        who_person_id=fam.lp_id,
        by_when=date(2027, 1, 6),
        measure="Register",
    ).value
    plans.update_action_progress(
        _tm(store, clock, "ana"),
        action_id=added.id,
        status="in_progress",
        progress="Two days a week",
        expected_revision=added.revision,
    )
    with pytest.raises(Conflict):
        plans.update_action_progress(
            _tm(second, clock, "ben"),
            action_id=added.id,
            status="in_progress",
            progress="Not yet",
            expected_revision=added.revision,
        )
    with store.unit_of_work() as uow:
        assert uow.repo(Action).get(added.id).progress == "Two days a week"


def test_a_review_report_saved_on_another_desk_is_not_overwritten(store, second, clock):
    from lpdesk.domain import Conference, ConferenceKind

    fam = build_family(store)
    with store.unit_of_work() as uow:
        (review,) = uow.repo(Conference).find(case_id=fam.case_id, kind=ConferenceKind.REVIEW)
    report = start_report(_tm(store, clock, "ana"), conference_id=review.id, recommendation="A")
    revise_report(
        _tm(store, clock, "ana"),
        report_id=report.id,
        recommendation="Continue",
        expected_revision=report.revision,
    )
    with pytest.raises(Conflict):
        revise_report(
            _tm(second, clock, "ben"),
            report_id=report.id,
            recommendation="End",
            expected_revision=report.revision,
        )
    with store.unit_of_work() as uow:
        assert uow.repo(ReviewReport).get(report.id).recommendation == "Continue"


def test_interleaved_transactions_never_overwrite(store, second, backend):
    """Two transactions read revision r; one commits; the other's update is refused. (On SQLite a
    unit of work takes the write lock at BEGIN, so the second cannot even read until the first
    is done: checked by reading after it.)"""
    fam = build_family(store)
    if backend == "sqlite":
        pytest.skip("SQLite serialises units of work at BEGIN IMMEDIATE: no interleaving")
    first = store.unit_of_work().__enter__()
    try:
        mine = first.repo(Person).get(fam.mother_id)
        with second.unit_of_work() as other:
            theirs = other.repo(Person).get(fam.mother_id)
            from dataclasses import replace

            other.repo(Person).update(replace(theirs, email="theirs@example.org"))
        with pytest.raises(Conflict):
            first.repo(Person).update(replace(mine, email="mine@example.org"))
    finally:
        first.__exit__(None, None, None)
    with store.unit_of_work() as uow:
        assert uow.repo(Person).get(fam.mother_id).email == "theirs@example.org"
