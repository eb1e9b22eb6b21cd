"""Repositories and units of work against real databases (SQLite file and PostgreSQL)."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from lpdesk.domain import (
    ENTITIES,
    Agency,
    AuditEvent,
    Case,
    Conflict,
    Meeting,
    NotFound,
    Person,
    Plan,
    PlanKind,
    User,
    UserRole,
    entity_name,
)
from lpdesk.store import Store
from lpdesk.store.tables import table_for
from tests.store.sample import add_one_of_each


def _count(store: Store, cls: type) -> int:
    with store.engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(table_for(cls))) or 0)


def test_every_entity_round_trips_exactly(store: Store) -> None:
    with store.unit_of_work() as uow:
        stored = add_one_of_each(uow)
    assert set(stored) == set(ENTITIES)
    with store.unit_of_work() as uow:
        for cls, obj in stored.items():
            assert obj.id is not None
            loaded = uow.repo(cls).get(obj.id)
            assert loaded == obj, entity_name(cls)
            for f in dataclasses.fields(cls):  # enums come back as enums, tuples as tuples
                assert type(getattr(loaded, f.name)) is type(getattr(obj, f.name)), f.name


def test_add_all_returns_ids_in_order_and_find_filters(store: Store) -> None:
    names = [f"Agency {i}" for i in range(7)]
    with store.unit_of_work() as uow:
        added = uow.repo(Agency).add_all(
            [Agency(name=n, kind="k" if i % 2 else "") for i, n in enumerate(names)]
        )
        assert [a.name for a in added] == names
        ids = [a.id for a in added]
        assert ids == sorted(ids) and len(set(ids)) == 7
        for a in added:
            assert uow.repo(Agency).get(a.id).name == a.name
        repo = uow.repo(Agency)
        assert [a.name for a in repo.find(id=[ids[5], ids[1], ids[3]])] == [
            names[1],
            names[3],
            names[5],
        ]
        assert [a.id for a in repo.find(kind="k")] == ids[1::2]
        assert [a.id for a in repo.find(kind="k", id=(ids[1], ids[2]))] == [ids[1]]
        assert repo.find(id=[]) == []
        assert uow.repo(Agency).add_all([]) == []


def test_find_converts_enums_and_none(store: Store) -> None:
    with store.unit_of_work() as uow:
        p = uow.repo(Person).add(Person(name="P"))
        uow.repo(User).add_all(
            [
                User(username="a", display_name="A", role=UserRole.LEAD_PROFESSIONAL),
                User(username="b", display_name="B", role=UserRole.TEAM_MANAGER, person_id=p.id),
            ]
        )
        users = uow.repo(User)
        assert [u.username for u in users.find(role=UserRole.LEAD_PROFESSIONAL)] == ["a"]
        assert [
            u.username for u in users.find(role=[UserRole.TEAM_MANAGER, UserRole.QA_MANAGER])
        ] == ["b"]
        assert [u.username for u in users.find(person_id=None)] == ["a"]
        with pytest.raises(TypeError, match="no field"):
            users.find(nickname="x")


def test_get_update_delete_missing_raise_not_found(store: Store) -> None:
    with store.unit_of_work() as uow:
        repo = uow.repo(Agency)
        with pytest.raises(NotFound):
            repo.get(999)
        with pytest.raises(NotFound):
            repo.delete(999)
        with pytest.raises(NotFound):
            repo.update(Agency(id=999, name="x"))
        a = repo.add(Agency(name="A"))
        assert repo.update(dataclasses.replace(a, name="B")).name == "B"
        assert repo.get(a.id).name == "B"
        repo.delete(a.id)
        assert repo.find(id=a.id) == []


def test_add_refuses_an_object_that_has_an_id(store: Store) -> None:
    with store.unit_of_work() as uow, pytest.raises(ValueError, match="id must be None"):
        uow.repo(Agency).add(Agency(id=4, name="A"))


def test_optimistic_locking_raises_conflict_with_both_versions(store: Store) -> None:
    with store.unit_of_work() as uow:
        case = uow.repo(Case).add(
            Case(reference="CP-1", profile_id="england", opened_on=date(2026, 1, 5))
        )
        plan = uow.repo(Plan).add(
            Plan(case_id=case.id, kind=PlanKind.CHILD_PROTECTION, started_on=date(2026, 1, 5))
        )
    assert plan.revision == 1
    opened_by_me = plan
    with store.unit_of_work() as uow:  # someone else saves first
        theirs = uow.repo(Plan).update(dataclasses.replace(plan, reason="theirs"))
    assert theirs.revision == 2
    mine = dataclasses.replace(opened_by_me, reason="mine")
    with store.unit_of_work() as uow, pytest.raises(Conflict) as caught:
        uow.repo(Plan).update(mine)
    assert caught.value.theirs == theirs
    assert caught.value.mine == mine
    assert caught.value.kind == "plan" and caught.value.ident == plan.id
    with store.unit_of_work() as uow:
        assert uow.repo(Plan).get(plan.id) == theirs
        again = uow.repo(Plan).update(dataclasses.replace(theirs, reason="merged"))
    assert again.revision == 3


def test_meeting_revision_is_bumped_on_every_save(store: Store) -> None:
    with store.unit_of_work() as uow:
        case = uow.repo(Case).add(
            Case(reference="CP-2", profile_id="england", opened_on=date(2026, 1, 5))
        )
        m = uow.repo(Meeting).add(Meeting(case_id=case.id, scheduled_at=datetime(2026, 2, 1, 10)))
        m2 = uow.repo(Meeting).update(dataclasses.replace(m, venue="Hall"))
        m3 = uow.repo(Meeting).update(m2)
        assert (m.revision, m2.revision, m3.revision) == (1, 2, 3)
        assert uow.repo(Meeting).get(m.id) == m3


def test_an_exception_rolls_everything_back(store: Store) -> None:
    with pytest.raises(RuntimeError, match="refused"), store.unit_of_work() as uow:
        uow.repo(Agency).add(Agency(name="A"))
        uow.audit(AuditEvent(at=datetime(2026, 1, 1, 9), user="u", role="r", action="agency.add"))
        raise RuntimeError("refused")
    assert _count(store, Agency) == 0
    assert _count(store, AuditEvent) == 0


def test_a_clean_exit_commits_and_audit_appends(store: Store) -> None:
    event = AuditEvent(
        at=datetime(2026, 1, 1, 9, 0, 1), user="u", role="r", action="a", entity="case", entity_id=3
    )
    with store.unit_of_work() as uow:
        uow.audit(event)
    with store.unit_of_work() as uow:
        assert uow.repo(AuditEvent).find() == [dataclasses.replace(event, id=1)]


def test_a_unit_of_work_is_used_once(store: Store) -> None:
    uow = store.unit_of_work()
    with uow:
        pass
    with pytest.raises(RuntimeError), uow:
        pass


def test_concurrent_units_of_work_that_read_then_write_all_succeed(sqlite_store: Store) -> None:
    import threading

    errors: list[BaseException] = []

    def worker(n: int) -> None:
        try:
            for i in range(15):
                with sqlite_store.unit_of_work() as uow:
                    seen = len(uow.repo(Agency).find())
                    uow.repo(Agency).add(Agency(name=f"{n}-{i}", kind=str(seen)))
                    uow.audit(
                        AuditEvent(at=datetime(2026, 1, 1), user=str(n), role="r", action="a")
                    )
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert _count(sqlite_store, Agency) == _count(sqlite_store, AuditEvent) == 60
    with sqlite_store.unit_of_work() as uow:  # each saw every row committed before it
        assert sorted(int(a.kind) for a in uow.repo(Agency).find()) == list(range(60))
