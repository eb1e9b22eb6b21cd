"""The kept due facts move with the change that moves them, in its transaction, or not at all; a
row that does not hold (missing, another version, a day before a visit) is computed live; the
upgrade and ``lpdesk facts rebuild`` fill the table. (Equality with a full recomputation over
generated teams and random edits: tests/services/test_due_facts_kept.py.)"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, select, update

from lpdesk.cli import main
from lpdesk.domain import (
    Action,
    ActionStatus,
    Child,
    Meeting,
    MeetingStatus,
    Person,
    Plan,
    Visit,
    VisitOutcome,
)
from lpdesk.store import Store, due_facts
from lpdesk.store import facts as live
from lpdesk.store.engine import sqlite_url
from lpdesk.store.tables import case_due_facts
from tests.store.test_facts import AS_OF, at, build_scenario


def _rows(store: Store) -> dict[int, tuple[Any, ...]]:
    f = case_due_facts
    with store.engine.connect() as conn:
        rows = conn.execute(select(f.c.case_id, f.c.visits_until, f.c.version, f.c.facts))
        return {r.case_id: tuple(r) for r in rows}


def _visit(store: Store, ids: dict[str, Any]) -> Visit:
    with store.unit_of_work() as uow:
        child = uow.repo(Child).find(case_id=ids["a"])[0]
    return Visit(
        case_id=ids["a"],
        child_id=child.id,
        visitor_person_id=ids["lp"],
        visited_at=at(12, 20),
        recorded_at=at(12, 20),
        outcome=VisitOutcome.COMPLETED,
        seen_alone=True,
    )


def _same_as_live(store: Store, day: Any = AS_OF) -> None:
    with store.unit_of_work() as uow:
        assert uow.case_facts(as_of=day) == live.case_facts(uow.connection, day)


def test_a_change_moves_its_cases_facts_before_it_commits(store: Store) -> None:
    ids, _ = build_scenario(store)
    before = _rows(store)
    visit = _visit(store, ids)
    with store.unit_of_work() as uow:
        uow.repo(Visit).add(visit)
    after = _rows(store)
    assert after[ids["a"]] != before[ids["a"]]
    assert after[ids["a"]][1] == AS_OF + timedelta(days=2)  # visits_until: the visit's day
    assert {k: v for k, v in after.items() if k != ids["a"]} == {
        k: v for k, v in before.items() if k != ids["a"]
    }
    _same_as_live(store)


def test_a_change_rolled_back_leaves_the_facts_as_they_were(store: Store) -> None:
    ids, _ = build_scenario(store)
    before = _rows(store)
    visit = _visit(store, ids)
    with pytest.raises(RuntimeError), store.unit_of_work() as uow:
        uow.repo(Visit).add(visit)
        raise RuntimeError("a crash after the change")
    assert _rows(store) == before
    with store.unit_of_work() as uow:
        assert not [v for v in uow.repo(Visit).find(case_id=ids["a"]) if v.visited_at == at(12, 20)]


def test_facts_that_cannot_be_written_take_the_change_back_with_them(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids, _ = build_scenario(store)
    before = _rows(store)

    def broken(conn: Any, case_ids: Any) -> int:
        raise RuntimeError("the facts could not be written")

    monkeypatch.setattr(due_facts, "refresh", broken)
    visit = _visit(store, ids)
    with pytest.raises(RuntimeError, match="facts could not"), store.unit_of_work() as uow:
        uow.repo(Visit).add(visit)
    monkeypatch.undo()
    assert _rows(store) == before
    with store.unit_of_work() as uow:
        assert not [v for v in uow.repo(Visit).find(case_id=ids["a"]) if v.visited_at == at(12, 20)]


def test_rows_that_do_not_hold_are_computed_live(store: Store) -> None:
    ids, _ = build_scenario(store)
    visit = _visit(store, ids)
    with store.unit_of_work() as uow:
        uow.repo(Visit).add(visit)
    f = case_due_facts
    with store.engine.begin() as conn:
        conn.execute(delete(f).where(f.c.case_id == ids["c"]))  # written around lpdesk
        conn.execute(update(f).where(f.c.case_id == ids["a"]).values(version=0, facts="not json"))
    _same_as_live(store)
    _same_as_live(store, AS_OF + timedelta(days=5))  # after the visit of 20 Dec
    with store.unit_of_work() as uow:
        got = uow.case_facts(as_of=AS_OF, lp_person_id=ids["old_lp"])
        assert got == live.case_facts(uow.connection, AS_OF, lp_person_id=ids["old_lp"])
        assert [c.case_id for c in got] == [ids["c"]]


def test_a_desk_rebuilds_facts_an_earlier_version_wrote_when_it_opens(tmp_path: Path) -> None:
    """Facts of an older VERSION meant something else (before 2, seen alone counted anyone's
    visits): a desk recomputes them at its next start; a stale mark (0) is left to the reads."""
    url = sqlite_url(tmp_path / "lpdesk.db")
    store = Store.open(url)
    ids, _ = build_scenario(store)
    kept = _rows(store)
    f = case_due_facts
    with store.engine.begin() as conn:
        conn.execute(
            update(f)
            .where(f.c.case_id == ids["a"])
            .values(version=due_facts.VERSION - 1, facts="old")
        )
        conn.execute(update(f).where(f.c.case_id == ids["b"]).values(version=0))
    store.close()
    reopened = Store.open(url)
    try:
        rows = _rows(reopened)
        assert rows[ids["a"]] == kept[ids["a"]]  # recomputed with this version's code
        assert rows[ids["b"]][2] == 0  # a stale mark: read live, left as it is
        _same_as_live(reopened)
    finally:
        reopened.close()


def test_the_upgrade_and_the_rebuild_command_fill_the_table(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "lpdesk.db")
    store = Store.open(url)
    ids, _ = build_scenario(store)
    kept = _rows(store)
    assert set(kept) == {ids["a"], ids["b"], ids["c"]}
    with store.engine.begin() as conn:  # back to 0012, as a database before this version
        conn.exec_driver_sql("DROP INDEX ix_meeting_period")  # undo 0016 too
        conn.exec_driver_sql("DROP INDEX ix_visit_period")
        conn.exec_driver_sql("DROP TABLE case_due_item")  # undo 0015 too
        conn.exec_driver_sql("DROP TABLE person_photo")  # undo 0014 too
        conn.exec_driver_sql("DROP TABLE case_due_facts")
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0012_docs_reader'")
    store.close()
    store = Store.open(url, backup_dir=tmp_path / "backups")
    assert _rows(store) == kept
    with store.engine.begin() as conn:
        conn.execute(delete(case_due_facts))
    store.close()
    assert main(["--database-url", url, "facts", "rebuild", "--json"]) == 0
    store = Store.open(url)
    try:
        assert _rows(store) == kept
    finally:
        store.close()


def test_the_rebuild_command_says_how_many_cases(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = sqlite_url(tmp_path / "lpdesk.db")
    store = Store.open(url)
    build_scenario(store)
    store.close()
    assert main(["--database-url", url, "facts", "rebuild", "--json"]) == 0
    assert json.loads(capsys.readouterr().out.strip().splitlines()[-1])["cases"] == 3
    assert main(["--database-url", url, "facts", "rebuild"]) == 0
    assert "due facts rebuilt for 3 case(s)" in capsys.readouterr().out


def test_an_update_that_changes_nothing_the_facts_read_recomputes_nothing(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids, _ = build_scenario(store)
    refreshed: list[list[int]] = []
    real = due_facts.refresh

    def spy(conn: Any, case_ids: Any) -> int:
        refreshed.append(list(case_ids))
        return real(conn, case_ids)

    monkeypatch.setattr(due_facts, "refresh", spy)
    with store.unit_of_work() as uow:
        (meeting, *_) = uow.repo(Meeting).find(case_id=ids["a"])
        meeting = uow.repo(Meeting).update(replace(meeting, venue="Fictional Room 2"))
    assert refreshed == []  # the minutes saved as typed move no facts
    with store.unit_of_work() as uow:
        uow.repo(Meeting).update(replace(meeting, status=MeetingStatus.CANCELLED))
    assert refreshed == [[ids["a"]]]
    _same_as_live(store)


def test_a_person_deleted_moves_the_facts_of_the_actions_they_were_to_do(store: Store) -> None:
    ids, _ = build_scenario(store)
    with store.unit_of_work() as uow:
        helper = uow.repo(Person).add(Person(name="Fictional Helper"))
        plans = [p.id for p in uow.repo(Plan).find(case_id=ids["a"])]
        action = next(
            a
            for a in uow.repo(Action).find(plan_id=plans)
            if a.by_when is not None
            and a.status in (ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS)
        )
        uow.repo(Action).update(replace(action, who_person_id=helper.id))
    with store.unit_of_work() as uow:
        uow.repo(Person).delete(helper.id)  # the database sets who_person_id to null
    with store.engine.connect() as conn, conn.begin() as tx:
        kept = _rows(store)
        due_facts.rebuild(conn)
        f = case_due_facts
        rebuilt = {
            r.case_id: tuple(r)
            for r in conn.execute(select(f.c.case_id, f.c.visits_until, f.c.version, f.c.facts))
        }
        tx.rollback()
    assert kept == rebuilt
