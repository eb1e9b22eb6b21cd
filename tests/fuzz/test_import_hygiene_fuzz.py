"""Hostile values anywhere in a case file (nesting past the limit, integers past int64, lone
surrogates, NUL and direction overrides, out-of-range dates, huge strings, non-finite numbers):
each file is imported or refused with ``InvalidInput`` naming JSON paths, never a traceback, and a
refusal writes nothing. At least 1,000 files a run (more with ``LPDESK_FUZZ_EXAMPLES``)."""

from __future__ import annotations

import copy
import itertools
from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from lpdesk.domain import Case, InvalidInput, UserRole
from lpdesk.services.case_file import export_case, import_case
from lpdesk.services.context import Actor, FixedClock, ServiceContext
from lpdesk.services.demo import load_demo
from lpdesk.store import Store, tables
from lpdesk.store.engine import sqlite_url
from tests.fuzz.conftest import FUZZ_EXAMPLES
from tests.fuzz.test_import_fuzz import _at, _paths

OUTCOMES: Counter[str] = Counter()
_numbers = itertools.count(1)


def _deep(levels: int) -> Any:
    value: Any = "x"
    for i in range(levels):
        value = [value] if i % 2 else {"k": value}
    return value


HOSTILE = st.sampled_from(
    [
        _deep(70),
        _deep(200),
        2**63,
        -(2**63) - 1,
        2**70,
        "\udc80",
        "a\ud800b",
        "nul\x00",
        "bell\x07",
        "\u202eevil",
        "\u2066isolate",
        "0001-01-01",
        "9999-12-31",
        "0001-01-01T00:00:00",
        "9999-12-31T23:59:59",
        "x" * 100_001,
        float("nan"),
        float("inf"),
        "CP-1\nBcc: x@evil.example",
        "atlantis_cp",
    ]
)


@pytest.fixture(scope="module")
def demo(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[ServiceContext, dict[str, Any]]]:
    folder = tmp_path_factory.mktemp("fuzz-hygiene")
    store = Store.open(sqlite_url(folder / "lpdesk.db"), backup_dir=folder / "backups")
    ctx = ServiceContext(
        uow=store.unit_of_work,
        actor=Actor(username="tm.fuzz", role=UserRole.TEAM_MANAGER),
        clock=FixedClock(datetime(2026, 12, 18, 9, 30)),
    )
    load_demo(ctx)
    with store.unit_of_work() as uow:
        case_id = uow.repo(Case).find()[0].id
    exported = export_case(ctx, case_id)
    yield ctx, exported
    store.close()
    print(f"\nimport hygiene fuzz: {sum(OUTCOMES.values())} files tried: {dict(OUTCOMES)}")


def _counts(ctx: ServiceContext) -> tuple[int, ...]:
    """The rows of cases, people and meetings, and the import audit events (a refusal writes
    none). Counted in SQL: loading every record twice an example was 40 % of the test."""
    with ctx.uow() as uow:
        conn = uow.connection  # type: ignore[attr-defined]
        return (
            *(
                conn.execute(select(func.count()).select_from(t)).scalar_one()
                for t in (tables.case, tables.person, tables.meeting)
            ),
            conn.execute(
                select(func.count())
                .select_from(tables.audit_event)
                .where(tables.audit_event.c.action == "case.import")
            ).scalar_one(),
        )


@pytest.mark.slowest
@settings(
    max_examples=max(1000, FUZZ_EXAMPLES),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_hostile_values_are_refused_with_paths_and_nothing_written(demo, data) -> None:
    ctx, exported = demo
    case_file = copy.deepcopy(exported)
    case_file["case"]["reference"] = f"HY-{next(_numbers)}"
    paths = [p for p in _paths(case_file) if p]
    for _ in range(data.draw(st.integers(1, 3))):
        path = paths[data.draw(st.integers(0, len(paths) - 1))]
        try:
            parent = _at(case_file, path[:-1])
            parent[path[-1]] = data.draw(HOSTILE)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change replaced this path's parent
    before = _counts(ctx)
    try:
        import_case(ctx, case_file)
    except InvalidInput as refused:
        assert refused.problems, "a refusal with no problem"
        assert all(p.field.startswith("$") and p.message.strip() for p in refused.problems)
        assert _counts(ctx) == before, "a refused file wrote something"
        OUTCOMES["refused"] += 1
        return
    OUTCOMES["imported"] += 1
