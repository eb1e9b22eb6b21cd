"""The case file import, fed an exported demo case with arbitrary mutations (values replaced by
any JSON, keys and list items deleted, added or duplicated, ids copied across): each file is
either imported or refused with ``InvalidInput`` whose every problem names a JSON path, and a
refusal writes nothing. No other exception may escape."""

from __future__ import annotations

import copy
import itertools
from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lpdesk.domain import Case, InvalidInput, UserRole
from lpdesk.services.case_file import export_case, import_case
from lpdesk.services.context import Actor, FixedClock, ServiceContext
from lpdesk.services.demo import load_demo
from lpdesk.store import Store
from lpdesk.store.engine import sqlite_url
from tests.fuzz.conftest import FUZZ

OUTCOMES: Counter[str] = Counter()
_numbers = itertools.count(1)

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20)
    | st.sampled_from(["", "2026-13-45", "1900-01-01", "0", "-1", "null", "\x00", "😀" * 3]),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


@pytest.fixture(scope="module")
def demo(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[ServiceContext, dict[str, Any]]]:
    folder = tmp_path_factory.mktemp("fuzz-import")
    store = Store.open(sqlite_url(folder / "lpdesk.db"), backup_dir=folder / "backups")
    ctx = ServiceContext(
        uow=store.unit_of_work,
        actor=Actor(username="tm.fuzz", role=UserRole.TEAM_MANAGER),
        clock=FixedClock(datetime(2026, 12, 18, 9, 30)),
    )
    load_demo(ctx)
    with store.unit_of_work() as uow:
        case_id = uow.repo(Case).find()[0].id
    yield ctx, export_case(ctx, case_id)
    store.close()
    print(f"\nimport fuzz: {sum(OUTCOMES.values())} files tried: {dict(OUTCOMES)}")


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(node, dict):
        for key in sorted(node):
            yield from _paths(node[key], (*prefix, key))
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from _paths(item, (*prefix, i))


def _at(root: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        root = root[step]
    return root


def _mutate(data: Any, draw: Any) -> Any:
    paths = list(_paths(data))
    path = paths[draw(st.integers(0, len(paths) - 1))]
    kind = draw(st.sampled_from(["replace", "delete", "add", "duplicate", "copy"]))
    if not path:
        return draw(json_values) if kind == "replace" else data
    parent, last = _at(data, path[:-1]), path[-1]
    if kind == "replace":
        parent[last] = draw(json_values)
    elif kind == "delete":
        del parent[last]
    elif kind == "add":
        target = parent[last]
        if isinstance(target, dict):
            target[draw(st.text(max_size=10))] = draw(json_values)
        elif isinstance(target, list):
            target.append(draw(json_values))
        else:
            parent[last] = [target, draw(json_values)]
    elif kind == "duplicate" and isinstance(parent, list):
        parent.insert(last, copy.deepcopy(parent[last]))
    else:  # copy another value here (ids pointing elsewhere, types swapped)
        source = paths[draw(st.integers(0, len(paths) - 1))]
        if source and path[: len(source)] != source:
            parent[last] = copy.deepcopy(_at(data, source))
    return data


@FUZZ
@given(data=st.data())
def test_a_mutated_case_file_is_imported_or_refused_with_paths(demo, data) -> None:
    ctx, exported = demo
    case_file = copy.deepcopy(exported)
    case_file["case"]["reference"] = f"FZ-{next(_numbers)}"  # unmutated, it would import
    for _ in range(data.draw(st.integers(0, 3))):
        case_file = _mutate(case_file, data.draw)
    with ctx.uow() as uow:
        before = len(uow.repo(Case).find())
    try:
        case = import_case(ctx, case_file)
    except InvalidInput as refused:
        assert refused.problems, "a refusal with no problem"
        for problem in refused.problems:
            assert problem.field.startswith("$"), problem
            assert problem.message.strip(), problem
        with ctx.uow() as uow:
            assert len(uow.repo(Case).find()) == before, "a refused file wrote a case"
        OUTCOMES["refused"] += 1
        return
    assert case.id is not None
    OUTCOMES["imported"] += 1
