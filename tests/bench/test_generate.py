"""The team database generator: reproducible from a seed, the sizes asked for, every reference
satisfied, and facts the due list can read (one CaseFacts per open case)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bench.generate import CASES_PER_LP, cached_team, generate_team
from lpdesk.store import Store
from lpdesk.store.engine import sqlite_url
from lpdesk.store.tables import metadata

CHILDREN = 60


def _dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(path) as conn:
        return {
            t.name: conn.execute(f'SELECT * FROM "{t.name}" ORDER BY id').fetchall()
            for t in metadata.sorted_tables
        }


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    path = tmp_path_factory.mktemp("team") / "team.db"
    return path, generate_team(sqlite_url(path), children=CHILDREN, years=2, seed=7)


def test_the_same_seed_gives_the_same_rows(generated, tmp_path: Path) -> None:
    path, _ = generated
    again = tmp_path / "again.db"
    generate_team(sqlite_url(again), children=CHILDREN, years=2, seed=7)
    other = tmp_path / "other.db"
    generate_team(sqlite_url(other), children=CHILDREN, years=2, seed=8)
    assert _dump(again) == _dump(path)
    assert _dump(other)["visit"] != _dump(path)["visit"]


def test_sizes_are_as_asked(generated) -> None:
    path, team = generated
    with sqlite3.connect(path) as conn:
        open_children = conn.execute(
            'SELECT count(*) FROM child JOIN "case" c ON c.id = child.case_id '
            "WHERE c.closed_on IS NULL"
        ).fetchone()[0]
        open_cases = conn.execute('SELECT count(*) FROM "case" WHERE closed_on IS NULL').fetchone()
        closed = conn.execute('SELECT count(*) FROM "case" WHERE closed_on IS NOT NULL').fetchone()
        per_lp = conn.execute(
            "SELECT max(n) FROM (SELECT count(*) AS n FROM lead_assignment "
            "WHERE ended_on IS NULL GROUP BY person_id)"
        ).fetchone()[0]
        visits_per_child = conn.execute(
            "SELECT count(*) * 1.0 / count(DISTINCT child_id) FROM visit"
        ).fetchone()[0]
    assert open_children == team.children == CHILDREN
    assert open_cases[0] == team.open_cases
    assert 1.3 <= CHILDREN / team.open_cases <= 1.7  # about 1.5 children per case
    assert closed[0] == team.closed_cases == round(team.open_cases * 0.1)
    assert per_lp == CASES_PER_LP  # 25 open cases each
    assert visits_per_child > 10  # a visit every ~2 weeks over up to two years


def test_every_reference_is_satisfied(generated) -> None:
    path, _ = generated
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_case_facts_cover_every_open_case(generated) -> None:
    path, team = generated
    store = Store.open(sqlite_url(path))
    try:
        with store.unit_of_work() as uow:
            facts = uow.case_facts(as_of=team.as_of)
            mine = uow.case_facts(as_of=team.as_of, lp_person_id=team.lp_person_id)
    finally:
        store.close()
    assert len(facts) == len({f.case_id for f in facts}) == team.open_cases
    assert sum(len(f.children) for f in facts) == CHILDREN
    assert 0 < len(mine) <= CASES_PER_LP
    assert all(f.lp_person_id == team.lp_person_id for f in mine)


def test_the_cache_reuses_the_file(tmp_path: Path) -> None:
    first = cached_team(12, years=1, seed=3, folder=tmp_path)
    again = cached_team(12, years=1, seed=3, folder=tmp_path)
    assert again == first
    assert len(list(tmp_path.glob("*.db"))) == 1
