"""Fictional team databases of any size, reproducible from a seed, for SQLite and PostgreSQL.

``generate_team(url, children=20_000, years=5, seed=1)`` migrates the database to head, then writes
a team's open caseload: ~1.5 children per case, 25 open cases per lead professional, teams of 8 LPs
with a team manager, professionals from four agencies, a conference chair and a QA manager. Each
case has years of records up to ``as_of``: conferences (initial, reviews every 6 months, the next
one scheduled), core groups every 4 weeks (circulated minutes with answers on the history, the
latest held or approved and not yet circulated, the next convened), a plan with outcomes and
actions, a visit to each child every ~2 weeks, assessments, now and then a transfer of the LP, an
absence or an open escalation. One case in ten more is closed (history only). The cases' due
facts (``lpdesk.store.due_facts``) are rebuilt in the same transaction. Everything depends
on ``seed``: the same seed gives the same rows. ``cached_team`` keeps SQLite files keyed by
(children, years, seed, schema head, generator version) so reruns are fast.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import time
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from bench.caseload import CaseWriter, Ids, Staff, TeamStaff
from bench.names import TextPool
from bench.sink import RowSink
from lpdesk.store import Store
from lpdesk.store.due_facts import rebuild
from lpdesk.store.engine import sqlite_url
from lpdesk.store.migrate import head_revision

__all__ = ["ANCHOR", "GeneratedTeam", "cache_dir", "cached_team", "generate_team"]

GENERATOR_VERSION = 1
ANCHOR = date(2026, 11, 23)  # "today" in every generated database: reproducible dates
CASES_PER_LP = 25
LPS_PER_TEAM = 8
PROFESSIONALS_PER_TEAM = 12
AGENCIES = (
    ("Fictional Community Health Trust", "health", "Health visitor"),
    ("Fictional Primary School", "education", "Designated safeguarding lead"),
    ("Fictional Medical Practice", "health", "GP"),
    ("Fictional Constabulary", "police", "Police officer"),
)


@dataclass(frozen=True, kw_only=True)
class GeneratedTeam:
    url: str
    children: int  # children on open cases
    years: int
    seed: int
    as_of: date
    open_cases: int
    closed_cases: int
    lead_professionals: int
    teams: int
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0  # generation time (0 when taken from the cache)
    lp_username: str = ""  # a lead professional with a full caseload
    lp_person_id: int = 0

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["as_of"] = self.as_of.isoformat()
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> GeneratedTeam:
        return cls(**{**data, "as_of": date.fromisoformat(data["as_of"])})


def generate_team(
    url: str,
    *,
    children: int,
    years: int = 5,
    seed: int,
    as_of: date = ANCHOR,
    closed_share: float = 0.1,
) -> GeneratedTeam:
    """Fill an empty database at ``url`` (migrated to head first) with a fictional team."""
    if children < 1 or years < 1:
        raise ValueError("children and years must be at least 1")
    started = time.perf_counter()
    rng = random.Random(seed)
    words = TextPool(rng)
    sizes = _case_sizes(rng, children)
    n_lps = -(-len(sizes) // CASES_PER_LP)
    n_closed = round(len(sizes) * closed_share)
    store = Store.open(url)
    try:
        with store.engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                driver: Any = conn.connection.driver_connection
                for pragma in ("synchronous=OFF", "journal_mode=MEMORY", "cache_size=-262144"):
                    driver.execute(f"PRAGMA {pragma}")  # a one-off load into a new file
            with conn.begin():
                if conn.dialect.name == "postgresql":
                    # Rows are written parents first and the same generator passes SQLite's
                    # foreign_key_check (tests/bench): skip the per-row FK triggers while copying.
                    conn.exec_driver_sql("SET LOCAL session_replication_role = replica")
                sink, ids = RowSink(conn), Ids()
                staff = _staff(sink, ids, words, n_lps)
                writer = CaseWriter(sink, ids, rng, words, staff, as_of=as_of, years=years)
                for index, size in enumerate(sizes):
                    writer.open_case(index // CASES_PER_LP, size)
                for _ in range(n_closed):
                    writer.closed_case(rng.randrange(n_lps), rng.choice((1, 1, 2)))
                _absences(sink, ids, rng, staff, as_of)
                sink.finish()
                rebuild(conn)  # the rows went round the unit of work: its due facts too
                if conn.dialect.name == "postgresql":
                    conn.exec_driver_sql("ANALYZE")
            if conn.dialect.name == "sqlite":
                driver.execute("PRAGMA journal_mode=WAL")  # as the app keeps it
        lp = staff.lps[0]
    finally:
        store.close()
    return GeneratedTeam(
        url=url,
        children=children,
        years=years,
        seed=seed,
        as_of=as_of,
        open_cases=len(sizes),
        closed_cases=n_closed,
        lead_professionals=n_lps,
        teams=len(staff.teams),
        rows={k: v for k, v in sorted(sink.counts.items()) if v},
        seconds=round(time.perf_counter() - started, 2),
        lp_username=lp.username,
        lp_person_id=lp.person_id,
    )


def _case_sizes(rng: random.Random, children: int) -> list[int]:
    """Children per open case: 1, 2 or 3 (mean 1.5), the last case taking what is left."""
    sizes: list[int] = []
    left = children
    while left > 0:
        size = min(left, rng.choices((1, 2, 3), weights=(55, 40, 5))[0])
        sizes.append(size)
        left -= size
    return sizes


def _staff(sink: RowSink, ids: Ids, words: TextPool, n_lps: int) -> Staff:
    def new(table: str, row: dict[str, Any]) -> int:
        ident = ids.next(table)
        sink.add(table, {"id": ident, **row})
        return ident

    agencies = [new("agency", {"name": name, "kind": kind}) for name, kind, _ in AGENCIES]
    council = new("agency", {"name": "Fictional Borough Council", "kind": "social care"})

    def person(title: str, agency: int, **extra: Any) -> int:
        name = words.full_name()
        email = name.lower().replace(" ", ".") + "@example.org"
        return new(
            "person",
            {"name": name, "job_title": title, "agency_id": agency, "email": email, **extra},
        )

    chair = person("Conference chair", council, qualified_social_worker=True)
    qa = person("Quality assurance manager", council)
    staff = Staff(chair=chair, qa_manager=qa)
    for team_no in range(-(-n_lps // LPS_PER_TEAM)):
        team_name = f"Team {team_no + 1}"
        manager = person("Team manager", council, qualified_social_worker=True)
        new(
            "user",
            {
                "username": f"tm{team_no + 1:03d}",
                "display_name": f"Team manager {team_no + 1}",
                "role": "team_manager",
                "person_id": manager,
                "team": team_name,
                "active": True,
            },
        )
        professionals = tuple(
            (person(AGENCIES[k % 4][2], agencies[k % 4]), AGENCIES[k % 4][1])
            for k in range(PROFESSIONALS_PER_TEAM)
        )
        staff.teams.append(TeamStaff(name=team_name, manager=manager, professionals=professionals))
    for n in range(n_lps):
        team = staff.teams[n // LPS_PER_TEAM]
        pid = person(
            "Social worker", council, qualified_social_worker=True, manager_id=team.manager
        )
        username = f"lp{n + 1:04d}"
        new(
            "user",
            {
                "username": username,
                "display_name": f"Lead professional {n + 1}",
                "role": "lead_professional",
                "person_id": pid,
                "team": team.name,
                "active": True,
            },
        )
        lp = Staff.Lp(person_id=pid, username=username, team=team)
        staff.lps.append(lp)
        team.lps.append(lp)
    return staff


def _absences(sink: RowSink, ids: Ids, rng: random.Random, staff: Staff, as_of: date) -> None:
    """One LP in thirty is away now, some for longer than the cover limit with no cover."""
    for lp in staff.lps[1::30]:
        starts = as_of - timedelta(days=rng.randint(5, 60))
        sink.add(
            "absence",
            {
                "id": ids.next("absence"),
                "person_id": lp.person_id,
                "starts_on": starts,
                "ends_on": None,
                "cover_person_id": None,
                "cover_recorded_on": None,
                "cover_cannot_be_met": False,
                "senior_manager_notified_on": None,
            },
        )


# ------------------------------------------------------------------ the cache


def cache_dir() -> Path:
    """``LPDESK_BENCH_CACHE``, else ``~/.cache/lpdesk-bench``."""
    env = os.environ.get("LPDESK_BENCH_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "lpdesk-bench"


def cached_team(
    children: int, *, years: int = 5, seed: int = 1, folder: Path | None = None
) -> GeneratedTeam:
    """A generated SQLite team database, from the cache when it is there (``seconds`` is then
    the original generation time and ``rows`` the original counts)."""
    root = folder or cache_dir()
    key = f"team-c{children}-y{years}-s{seed}-{head_revision()}-g{GENERATOR_VERSION}"
    path, meta = root / f"{key}.db", root / f"{key}.json"
    if path.is_file() and meta.is_file():
        return GeneratedTeam.from_json(json.loads(meta.read_text()))
    root.mkdir(parents=True, exist_ok=True)
    tmp = root / f".{key}.{os.getpid()}.db"
    for stale in (tmp, tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
        stale.unlink(missing_ok=True)
    team = generate_team(sqlite_url(tmp), children=children, years=years, seed=seed)
    shutil.rmtree(tmp.parent / "backups", ignore_errors=True)
    os.replace(tmp, path)
    for leftover in (tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
        leftover.unlink(missing_ok=True)
    done = GeneratedTeam.from_json({**team.to_json(), "url": sqlite_url(path)})
    meta.write_text(json.dumps(done.to_json(), indent=2, sort_keys=True))
    return done


def copy_of(team: GeneratedTeam, folder: Path) -> GeneratedTeam:
    """A private copy of a cached SQLite team database (for benchmarks that write)."""
    from lpdesk.store.engine import sqlite_path

    source = sqlite_path(team.url)
    assert source is not None
    target = folder / "team.db"
    shutil.copyfile(source, target)
    return GeneratedTeam.from_json({**team.to_json(), "url": sqlite_url(target)})
